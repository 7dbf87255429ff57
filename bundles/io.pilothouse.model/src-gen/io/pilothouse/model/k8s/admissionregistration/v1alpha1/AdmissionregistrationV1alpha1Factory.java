/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package
 * @generated
 */
public interface AdmissionregistrationV1alpha1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdmissionregistrationV1alpha1Factory eINSTANCE = io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.AdmissionregistrationV1alpha1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Apply Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Apply Configuration</em>'.
	 * @generated
	 */
	ApplyConfiguration createApplyConfiguration();

	/**
	 * Returns a new object of class '<em>JSON Patch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>JSON Patch</em>'.
	 * @generated
	 */
	JSONPatch createJSONPatch();

	/**
	 * Returns a new object of class '<em>Match Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Match Condition</em>'.
	 * @generated
	 */
	MatchCondition createMatchCondition();

	/**
	 * Returns a new object of class '<em>Match Resources</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Match Resources</em>'.
	 * @generated
	 */
	MatchResources createMatchResources();

	/**
	 * Returns a new object of class '<em>Mutating Admission Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Admission Policy</em>'.
	 * @generated
	 */
	MutatingAdmissionPolicy createMutatingAdmissionPolicy();

	/**
	 * Returns a new object of class '<em>Mutating Admission Policy Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Admission Policy Binding</em>'.
	 * @generated
	 */
	MutatingAdmissionPolicyBinding createMutatingAdmissionPolicyBinding();

	/**
	 * Returns a new object of class '<em>Mutating Admission Policy Binding List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Admission Policy Binding List</em>'.
	 * @generated
	 */
	MutatingAdmissionPolicyBindingList createMutatingAdmissionPolicyBindingList();

	/**
	 * Returns a new object of class '<em>Mutating Admission Policy Binding Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Admission Policy Binding Spec</em>'.
	 * @generated
	 */
	MutatingAdmissionPolicyBindingSpec createMutatingAdmissionPolicyBindingSpec();

	/**
	 * Returns a new object of class '<em>Mutating Admission Policy List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Admission Policy List</em>'.
	 * @generated
	 */
	MutatingAdmissionPolicyList createMutatingAdmissionPolicyList();

	/**
	 * Returns a new object of class '<em>Mutating Admission Policy Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Admission Policy Spec</em>'.
	 * @generated
	 */
	MutatingAdmissionPolicySpec createMutatingAdmissionPolicySpec();

	/**
	 * Returns a new object of class '<em>Mutation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutation</em>'.
	 * @generated
	 */
	Mutation createMutation();

	/**
	 * Returns a new object of class '<em>Named Rule With Operations</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Rule With Operations</em>'.
	 * @generated
	 */
	NamedRuleWithOperations createNamedRuleWithOperations();

	/**
	 * Returns a new object of class '<em>Param Kind</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Param Kind</em>'.
	 * @generated
	 */
	ParamKind createParamKind();

	/**
	 * Returns a new object of class '<em>Param Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Param Ref</em>'.
	 * @generated
	 */
	ParamRef createParamRef();

	/**
	 * Returns a new object of class '<em>Variable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Variable</em>'.
	 * @generated
	 */
	Variable createVariable();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AdmissionregistrationV1alpha1Package getAdmissionregistrationV1alpha1Package();

} //AdmissionregistrationV1alpha1Factory
