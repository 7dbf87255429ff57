/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Request Header Modifier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestHeaderModifier#getAdd <em>Add</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestHeaderModifier#getRemove <em>Remove</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestHeaderModifier#getSet <em>Set</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteRequestHeaderModifier()
 * @generated
 */
public interface HTTPRouteRequestHeaderModifier extends EObject {
	/**
	 * Returns the value of the '<em><b>Add</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteAdd}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Add</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteRequestHeaderModifier_Add()
	 * @generated
	 */
	EList<HTTPRouteAdd> getAdd();

	/**
	 * Returns the value of the '<em><b>Remove</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remove</em>' attribute list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteRequestHeaderModifier_Remove()
	 * @generated
	 */
	EList<String> getRemove();

	/**
	 * Returns the value of the '<em><b>Set</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteAdd}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteRequestHeaderModifier_Set()
	 * @generated
	 */
	EList<HTTPRouteAdd> getSet();

} // HTTPRouteRequestHeaderModifier
