/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validating Admission Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getAuditAnnotations <em>Audit Annotations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConditions <em>Match Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getValidations <em>Validations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec()
 * @generated
 */
public interface ValidatingAdmissionPolicySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Audit Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audit Annotations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_AuditAnnotations()
	 * @generated
	 */
	EList<AuditAnnotation> getAuditAnnotations();

	/**
	 * Returns the value of the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Policy</em>' attribute.
	 * @see #setFailurePolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_FailurePolicy()
	 * @generated
	 */
	String getFailurePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Policy</em>' attribute.
	 * @see #getFailurePolicy()
	 * @generated
	 */
	void setFailurePolicy(String value);

	/**
	 * Returns the value of the '<em><b>Match Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_MatchConditions()
	 * @generated
	 */
	EList<MatchCondition> getMatchConditions();

	/**
	 * Returns the value of the '<em><b>Match Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Constraints</em>' containment reference.
	 * @see #setMatchConstraints(MatchResources)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_MatchConstraints()
	 * @generated
	 */
	MatchResources getMatchConstraints();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Constraints</em>' containment reference.
	 * @see #getMatchConstraints()
	 * @generated
	 */
	void setMatchConstraints(MatchResources value);

	/**
	 * Returns the value of the '<em><b>Param Kind</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Param Kind</em>' containment reference.
	 * @see #setParamKind(ParamKind)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_ParamKind()
	 * @generated
	 */
	ParamKind getParamKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Param Kind</em>' containment reference.
	 * @see #getParamKind()
	 * @generated
	 */
	void setParamKind(ParamKind value);

	/**
	 * Returns the value of the '<em><b>Validations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.Validation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_Validations()
	 * @generated
	 */
	EList<Validation> getValidations();

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicySpec_Variables()
	 * @generated
	 */
	EList<Variable> getVariables();

} // ValidatingAdmissionPolicySpec
