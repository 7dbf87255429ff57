/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend TLS Policy Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyStatus#getAncestors <em>Ancestors</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyStatus()
 * @generated
 */
public interface BackendTLSPolicyStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Ancestors</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ancestors</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyStatus_Ancestors()
	 * @generated
	 */
	EList<BackendTLSPolicyAncestor> getAncestors();

} // BackendTLSPolicyStatus
