/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend TLS Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicySpec#getOptions <em>Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicySpec#getTargetRefs <em>Target Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicySpec#getValidation <em>Validation</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getBackendTLSPolicySpec()
 * @generated
 */
public interface BackendTLSPolicySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Options</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' map.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getBackendTLSPolicySpec_Options()
	 * @generated
	 */
	EMap<String, String> getOptions();

	/**
	 * Returns the value of the '<em><b>Target Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicyTargetRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getBackendTLSPolicySpec_TargetRefs()
	 * @generated
	 */
	EList<BackendTLSPolicyTargetRef> getTargetRefs();

	/**
	 * Returns the value of the '<em><b>Validation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation</em>' containment reference.
	 * @see #setValidation(BackendTLSPolicyValidation)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getBackendTLSPolicySpec_Validation()
	 * @generated
	 */
	BackendTLSPolicyValidation getValidation();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicySpec#getValidation <em>Validation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation</em>' containment reference.
	 * @see #getValidation()
	 * @generated
	 */
	void setValidation(BackendTLSPolicyValidation value);

} // BackendTLSPolicySpec
