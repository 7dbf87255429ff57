/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Allowed Listeners</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners#getNamespaces <em>Namespaces</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayAllowedListeners()
 * @generated
 */
public interface GatewayAllowedListeners extends EObject {
	/**
	 * Returns the value of the '<em><b>Namespaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespaces</em>' containment reference.
	 * @see #setNamespaces(GatewayAllowedListenersNamespaces)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayAllowedListeners_Namespaces()
	 * @generated
	 */
	GatewayAllowedListenersNamespaces getNamespaces();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners#getNamespaces <em>Namespaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespaces</em>' containment reference.
	 * @see #getNamespaces()
	 * @generated
	 */
	void setNamespaces(GatewayAllowedListenersNamespaces value);

} // GatewayAllowedListeners
