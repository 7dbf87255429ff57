/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutating Admission Policy Binding Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingAdmissionPolicyBindingSpec()
 * @generated
 */
public interface MutatingAdmissionPolicyBindingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Match Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Resources</em>' containment reference.
	 * @see #setMatchResources(MatchResources)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingAdmissionPolicyBindingSpec_MatchResources()
	 * @generated
	 */
	MatchResources getMatchResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingAdmissionPolicyBindingSpec_ParamRef()
	 * @generated
	 */
	ParamRef getParamRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingAdmissionPolicyBindingSpec_PolicyName()
	 * @generated
	 */
	String getPolicyName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Name</em>' attribute.
	 * @see #getPolicyName()
	 * @generated
	 */
	void setPolicyName(String value);

} // MutatingAdmissionPolicyBindingSpec
