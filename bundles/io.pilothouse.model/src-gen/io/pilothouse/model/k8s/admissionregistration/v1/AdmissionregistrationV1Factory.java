/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package
 * @generated
 */
public interface AdmissionregistrationV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdmissionregistrationV1Factory eINSTANCE = io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Apply Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Apply Configuration</em>'.
	 * @generated
	 */
	ApplyConfiguration createApplyConfiguration();

	/**
	 * Returns a new object of class '<em>Audit Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Audit Annotation</em>'.
	 * @generated
	 */
	AuditAnnotation createAuditAnnotation();

	/**
	 * Returns a new object of class '<em>Expression Warning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expression Warning</em>'.
	 * @generated
	 */
	ExpressionWarning createExpressionWarning();

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
	 * Returns a new object of class '<em>Mutating Webhook</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Webhook</em>'.
	 * @generated
	 */
	MutatingWebhook createMutatingWebhook();

	/**
	 * Returns a new object of class '<em>Mutating Webhook Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Webhook Configuration</em>'.
	 * @generated
	 */
	MutatingWebhookConfiguration createMutatingWebhookConfiguration();

	/**
	 * Returns a new object of class '<em>Mutating Webhook Configuration List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutating Webhook Configuration List</em>'.
	 * @generated
	 */
	MutatingWebhookConfigurationList createMutatingWebhookConfigurationList();

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
	 * Returns a new object of class '<em>Rule With Operations</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule With Operations</em>'.
	 * @generated
	 */
	RuleWithOperations createRuleWithOperations();

	/**
	 * Returns a new object of class '<em>Service Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Reference</em>'.
	 * @generated
	 */
	ServiceReference createServiceReference();

	/**
	 * Returns a new object of class '<em>Type Checking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Type Checking</em>'.
	 * @generated
	 */
	TypeChecking createTypeChecking();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicy createValidatingAdmissionPolicy();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy Binding</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicyBinding createValidatingAdmissionPolicyBinding();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy Binding List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy Binding List</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicyBindingList createValidatingAdmissionPolicyBindingList();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy Binding Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy Binding Spec</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicyBindingSpec createValidatingAdmissionPolicyBindingSpec();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy List</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicyList createValidatingAdmissionPolicyList();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy Spec</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicySpec createValidatingAdmissionPolicySpec();

	/**
	 * Returns a new object of class '<em>Validating Admission Policy Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Admission Policy Status</em>'.
	 * @generated
	 */
	ValidatingAdmissionPolicyStatus createValidatingAdmissionPolicyStatus();

	/**
	 * Returns a new object of class '<em>Validating Webhook</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Webhook</em>'.
	 * @generated
	 */
	ValidatingWebhook createValidatingWebhook();

	/**
	 * Returns a new object of class '<em>Validating Webhook Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Webhook Configuration</em>'.
	 * @generated
	 */
	ValidatingWebhookConfiguration createValidatingWebhookConfiguration();

	/**
	 * Returns a new object of class '<em>Validating Webhook Configuration List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validating Webhook Configuration List</em>'.
	 * @generated
	 */
	ValidatingWebhookConfigurationList createValidatingWebhookConfigurationList();

	/**
	 * Returns a new object of class '<em>Validation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validation</em>'.
	 * @generated
	 */
	Validation createValidation();

	/**
	 * Returns a new object of class '<em>Variable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Variable</em>'.
	 * @generated
	 */
	Variable createVariable();

	/**
	 * Returns a new object of class '<em>Webhook Client Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Webhook Client Config</em>'.
	 * @generated
	 */
	WebhookClientConfig createWebhookClientConfig();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AdmissionregistrationV1Package getAdmissionregistrationV1Package();

} //AdmissionregistrationV1Factory
