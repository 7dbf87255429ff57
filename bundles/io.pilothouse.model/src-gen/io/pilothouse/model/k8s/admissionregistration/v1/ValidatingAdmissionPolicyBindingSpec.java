/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validating Admission Policy Binding Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getValidationActions <em>Validation Actions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyBindingSpec()
 * @generated
 */
public interface ValidatingAdmissionPolicyBindingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Match Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Resources</em>' containment reference.
	 * @see #setMatchResources(MatchResources)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyBindingSpec_MatchResources()
	 * @generated
	 */
	MatchResources getMatchResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Resources</em>' containment reference.
	 * @see #getMatchResources()
	 * @generated
	 */
	void setMatchResources(MatchResources value);

	/**
	 * Returns the value of the '<em><b>Param Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Param Ref</em>' containment reference.
	 * @see #setParamRef(ParamRef)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyBindingSpec_ParamRef()
	 * @generated
	 */
	ParamRef getParamRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Param Ref</em>' containment reference.
	 * @see #getParamRef()
	 * @generated
	 */
	void setParamRef(ParamRef value);

	/**
	 * Returns the value of the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Name</em>' attribute.
	 * @see #setPolicyName(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyBindingSpec_PolicyName()
	 * @generated
	 */
	String getPolicyName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Name</em>' attribute.
	 * @see #getPolicyName()
	 * @generated
	 */
	void setPolicyName(String value);

	/**
	 * Returns the value of the '<em><b>Validation Actions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Actions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyBindingSpec_ValidationActions()
	 * @generated
	 */
	EList<String> getValidationActions();

} // ValidatingAdmissionPolicyBindingSpec
