/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutating Admission Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getMatchConditions <em>Match Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getMutations <em>Mutations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getReinvocationPolicy <em>Reinvocation Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec()
 * @generated
 */
public interface MutatingAdmissionPolicySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Policy</em>' attribute.
	 * @see #setFailurePolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_FailurePolicy()
	 * @generated
	 */
	String getFailurePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Policy</em>' attribute.
	 * @see #getFailurePolicy()
	 * @generated
	 */
	void setFailurePolicy(String value);

	/**
	 * Returns the value of the '<em><b>Match Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MatchCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_MatchConditions()
	 * @generated
	 */
	EList<MatchCondition> getMatchConditions();

	/**
	 * Returns the value of the '<em><b>Match Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Constraints</em>' containment reference.
	 * @see #setMatchConstraints(MatchResources)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_MatchConstraints()
	 * @generated
	 */
	MatchResources getMatchConstraints();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Constraints</em>' containment reference.
	 * @see #getMatchConstraints()
	 * @generated
	 */
	void setMatchConstraints(MatchResources value);

	/**
	 * Returns the value of the '<em><b>Mutations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.Mutation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mutations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_Mutations()
	 * @generated
	 */
	EList<Mutation> getMutations();

	/**
	 * Returns the value of the '<em><b>Param Kind</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Param Kind</em>' containment reference.
	 * @see #setParamKind(ParamKind)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_ParamKind()
	 * @generated
	 */
	ParamKind getParamKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Param Kind</em>' containment reference.
	 * @see #getParamKind()
	 * @generated
	 */
	void setParamKind(ParamKind value);

	/**
	 * Returns the value of the '<em><b>Reinvocation Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reinvocation Policy</em>' attribute.
	 * @see #setReinvocationPolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_ReinvocationPolicy()
	 * @generated
	 */
	String getReinvocationPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec#getReinvocationPolicy <em>Reinvocation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reinvocation Policy</em>' attribute.
	 * @see #getReinvocationPolicy()
	 * @generated
	 */
	void setReinvocationPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getMutatingAdmissionPolicySpec_Variables()
	 * @generated
	 */
	EList<Variable> getVariables();

} // MutatingAdmissionPolicySpec
