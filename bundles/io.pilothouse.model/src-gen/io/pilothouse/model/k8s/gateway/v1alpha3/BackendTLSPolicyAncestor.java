/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend TLS Policy Ancestor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getAncestorRef <em>Ancestor Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getControllerName <em>Controller Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyAncestor()
 * @generated
 */
public interface BackendTLSPolicyAncestor extends EObject {
	/**
	 * Returns the value of the '<em><b>Ancestor Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ancestor Ref</em>' containment reference.
	 * @see #setAncestorRef(BackendTLSPolicyAncestorRef)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyAncestor_AncestorRef()
	 * @generated
	 */
	BackendTLSPolicyAncestorRef getAncestorRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getAncestorRef <em>Ancestor Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ancestor Ref</em>' containment reference.
	 * @see #getAncestorRef()
	 * @generated
	 */
	void setAncestorRef(BackendTLSPolicyAncestorRef value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyAncestor_Conditions()
	 * @generated
	 */
	EList<BackendTLSPolicyCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Name</em>' attribute.
	 * @see #setControllerName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyAncestor_ControllerName()
	 * @generated
	 */
	String getControllerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getControllerName <em>Controller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Name</em>' attribute.
	 * @see #getControllerName()
	 * @generated
	 */
	void setControllerName(String value);

} // BackendTLSPolicyAncestor
