/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Allowed Routes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayAllowedRoutes#getKinds <em>Kinds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayAllowedRoutes#getNamespaces <em>Namespaces</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayAllowedRoutes()
 * @generated
 */
public interface GatewayAllowedRoutes extends EObject {
	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewaySupportedKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kinds</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayAllowedRoutes_Kinds()
	 * @generated
	 */
	EList<GatewaySupportedKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Namespaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespaces</em>' containment reference.
	 * @see #setNamespaces(GatewayAllowedRoutesNamespaces)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayAllowedRoutes_Namespaces()
	 * @generated
	 */
	GatewayAllowedRoutesNamespaces getNamespaces();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewayAllowedRoutes#getNamespaces <em>Namespaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespaces</em>' containment reference.
	 * @see #getNamespaces()
	 * @generated
	 */
	void setNamespaces(GatewayAllowedRoutesNamespaces value);

} // GatewayAllowedRoutes
