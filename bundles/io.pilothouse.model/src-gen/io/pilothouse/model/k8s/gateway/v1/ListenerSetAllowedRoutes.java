/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listener Set Allowed Routes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetAllowedRoutes#getKinds <em>Kinds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetAllowedRoutes#getNamespaces <em>Namespaces</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetAllowedRoutes()
 * @generated
 */
public interface ListenerSetAllowedRoutes extends EObject {
	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSupportedKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kinds</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetAllowedRoutes_Kinds()
	 * @generated
	 */
	EList<ListenerSetSupportedKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Namespaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespaces</em>' containment reference.
	 * @see #setNamespaces(ListenerSetNamespaces)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetAllowedRoutes_Namespaces()
	 * @generated
	 */
	ListenerSetNamespaces getNamespaces();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetAllowedRoutes#getNamespaces <em>Namespaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespaces</em>' containment reference.
	 * @see #getNamespaces()
	 * @generated
	 */
	void setNamespaces(ListenerSetNamespaces value);

} // ListenerSetAllowedRoutes
