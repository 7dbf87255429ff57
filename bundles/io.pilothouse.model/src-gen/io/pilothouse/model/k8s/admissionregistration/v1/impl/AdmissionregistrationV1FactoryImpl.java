/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AdmissionregistrationV1FactoryImpl extends EFactoryImpl implements AdmissionregistrationV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AdmissionregistrationV1Factory init() {
		try {
			AdmissionregistrationV1Factory theAdmissionregistrationV1Factory = (AdmissionregistrationV1Factory)EPackage.Registry.INSTANCE.getEFactory(AdmissionregistrationV1Package.eNS_URI);
			if (theAdmissionregistrationV1Factory != null) {
				return theAdmissionregistrationV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AdmissionregistrationV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdmissionregistrationV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AdmissionregistrationV1Package.APPLY_CONFIGURATION: return createApplyConfiguration();
			case AdmissionregistrationV1Package.AUDIT_ANNOTATION: return createAuditAnnotation();
			case AdmissionregistrationV1Package.EXPRESSION_WARNING: return createExpressionWarning();
			case AdmissionregistrationV1Package.JSON_PATCH: return createJSONPatch();
			case AdmissionregistrationV1Package.MATCH_CONDITION: return createMatchCondition();
			case AdmissionregistrationV1Package.MATCH_RESOURCES: return createMatchResources();
			case AdmissionregistrationV1Package.MUTATING_ADMISSION_POLICY: return createMutatingAdmissionPolicy();
			case AdmissionregistrationV1Package.MUTATING_ADMISSION_POLICY_BINDING: return createMutatingAdmissionPolicyBinding();
			case AdmissionregistrationV1Package.MUTATING_ADMISSION_POLICY_BINDING_LIST: return createMutatingAdmissionPolicyBindingList();
			case AdmissionregistrationV1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC: return createMutatingAdmissionPolicyBindingSpec();
			case AdmissionregistrationV1Package.MUTATING_ADMISSION_POLICY_LIST: return createMutatingAdmissionPolicyList();
			case AdmissionregistrationV1Package.MUTATING_ADMISSION_POLICY_SPEC: return createMutatingAdmissionPolicySpec();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK: return createMutatingWebhook();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK_CONFIGURATION: return createMutatingWebhookConfiguration();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK_CONFIGURATION_LIST: return createMutatingWebhookConfigurationList();
			case AdmissionregistrationV1Package.MUTATION: return createMutation();
			case AdmissionregistrationV1Package.NAMED_RULE_WITH_OPERATIONS: return createNamedRuleWithOperations();
			case AdmissionregistrationV1Package.PARAM_KIND: return createParamKind();
			case AdmissionregistrationV1Package.PARAM_REF: return createParamRef();
			case AdmissionregistrationV1Package.RULE_WITH_OPERATIONS: return createRuleWithOperations();
			case AdmissionregistrationV1Package.SERVICE_REFERENCE: return createServiceReference();
			case AdmissionregistrationV1Package.TYPE_CHECKING: return createTypeChecking();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY: return createValidatingAdmissionPolicy();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_BINDING: return createValidatingAdmissionPolicyBinding();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_BINDING_LIST: return createValidatingAdmissionPolicyBindingList();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_BINDING_SPEC: return createValidatingAdmissionPolicyBindingSpec();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_LIST: return createValidatingAdmissionPolicyList();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC: return createValidatingAdmissionPolicySpec();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS: return createValidatingAdmissionPolicyStatus();
			case AdmissionregistrationV1Package.VALIDATING_WEBHOOK: return createValidatingWebhook();
			case AdmissionregistrationV1Package.VALIDATING_WEBHOOK_CONFIGURATION: return createValidatingWebhookConfiguration();
			case AdmissionregistrationV1Package.VALIDATING_WEBHOOK_CONFIGURATION_LIST: return createValidatingWebhookConfigurationList();
			case AdmissionregistrationV1Package.VALIDATION: return createValidation();
			case AdmissionregistrationV1Package.VARIABLE: return createVariable();
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG: return createWebhookClientConfig();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplyConfiguration createApplyConfiguration() {
		ApplyConfigurationImpl applyConfiguration = new ApplyConfigurationImpl();
		return applyConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditAnnotation createAuditAnnotation() {
		AuditAnnotationImpl auditAnnotation = new AuditAnnotationImpl();
		return auditAnnotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpressionWarning createExpressionWarning() {
		ExpressionWarningImpl expressionWarning = new ExpressionWarningImpl();
		return expressionWarning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JSONPatch createJSONPatch() {
		JSONPatchImpl jsonPatch = new JSONPatchImpl();
		return jsonPatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchCondition createMatchCondition() {
		MatchConditionImpl matchCondition = new MatchConditionImpl();
		return matchCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchResources createMatchResources() {
		MatchResourcesImpl matchResources = new MatchResourcesImpl();
		return matchResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicy createMutatingAdmissionPolicy() {
		MutatingAdmissionPolicyImpl mutatingAdmissionPolicy = new MutatingAdmissionPolicyImpl();
		return mutatingAdmissionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyBinding createMutatingAdmissionPolicyBinding() {
		MutatingAdmissionPolicyBindingImpl mutatingAdmissionPolicyBinding = new MutatingAdmissionPolicyBindingImpl();
		return mutatingAdmissionPolicyBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyBindingList createMutatingAdmissionPolicyBindingList() {
		MutatingAdmissionPolicyBindingListImpl mutatingAdmissionPolicyBindingList = new MutatingAdmissionPolicyBindingListImpl();
		return mutatingAdmissionPolicyBindingList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyBindingSpec createMutatingAdmissionPolicyBindingSpec() {
		MutatingAdmissionPolicyBindingSpecImpl mutatingAdmissionPolicyBindingSpec = new MutatingAdmissionPolicyBindingSpecImpl();
		return mutatingAdmissionPolicyBindingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyList createMutatingAdmissionPolicyList() {
		MutatingAdmissionPolicyListImpl mutatingAdmissionPolicyList = new MutatingAdmissionPolicyListImpl();
		return mutatingAdmissionPolicyList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicySpec createMutatingAdmissionPolicySpec() {
		MutatingAdmissionPolicySpecImpl mutatingAdmissionPolicySpec = new MutatingAdmissionPolicySpecImpl();
		return mutatingAdmissionPolicySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingWebhook createMutatingWebhook() {
		MutatingWebhookImpl mutatingWebhook = new MutatingWebhookImpl();
		return mutatingWebhook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingWebhookConfiguration createMutatingWebhookConfiguration() {
		MutatingWebhookConfigurationImpl mutatingWebhookConfiguration = new MutatingWebhookConfigurationImpl();
		return mutatingWebhookConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingWebhookConfigurationList createMutatingWebhookConfigurationList() {
		MutatingWebhookConfigurationListImpl mutatingWebhookConfigurationList = new MutatingWebhookConfigurationListImpl();
		return mutatingWebhookConfigurationList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mutation createMutation() {
		MutationImpl mutation = new MutationImpl();
		return mutation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedRuleWithOperations createNamedRuleWithOperations() {
		NamedRuleWithOperationsImpl namedRuleWithOperations = new NamedRuleWithOperationsImpl();
		return namedRuleWithOperations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParamKind createParamKind() {
		ParamKindImpl paramKind = new ParamKindImpl();
		return paramKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParamRef createParamRef() {
		ParamRefImpl paramRef = new ParamRefImpl();
		return paramRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleWithOperations createRuleWithOperations() {
		RuleWithOperationsImpl ruleWithOperations = new RuleWithOperationsImpl();
		return ruleWithOperations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceReference createServiceReference() {
		ServiceReferenceImpl serviceReference = new ServiceReferenceImpl();
		return serviceReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypeChecking createTypeChecking() {
		TypeCheckingImpl typeChecking = new TypeCheckingImpl();
		return typeChecking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicy createValidatingAdmissionPolicy() {
		ValidatingAdmissionPolicyImpl validatingAdmissionPolicy = new ValidatingAdmissionPolicyImpl();
		return validatingAdmissionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicyBinding createValidatingAdmissionPolicyBinding() {
		ValidatingAdmissionPolicyBindingImpl validatingAdmissionPolicyBinding = new ValidatingAdmissionPolicyBindingImpl();
		return validatingAdmissionPolicyBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicyBindingList createValidatingAdmissionPolicyBindingList() {
		ValidatingAdmissionPolicyBindingListImpl validatingAdmissionPolicyBindingList = new ValidatingAdmissionPolicyBindingListImpl();
		return validatingAdmissionPolicyBindingList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicyBindingSpec createValidatingAdmissionPolicyBindingSpec() {
		ValidatingAdmissionPolicyBindingSpecImpl validatingAdmissionPolicyBindingSpec = new ValidatingAdmissionPolicyBindingSpecImpl();
		return validatingAdmissionPolicyBindingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicyList createValidatingAdmissionPolicyList() {
		ValidatingAdmissionPolicyListImpl validatingAdmissionPolicyList = new ValidatingAdmissionPolicyListImpl();
		return validatingAdmissionPolicyList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicySpec createValidatingAdmissionPolicySpec() {
		ValidatingAdmissionPolicySpecImpl validatingAdmissionPolicySpec = new ValidatingAdmissionPolicySpecImpl();
		return validatingAdmissionPolicySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingAdmissionPolicyStatus createValidatingAdmissionPolicyStatus() {
		ValidatingAdmissionPolicyStatusImpl validatingAdmissionPolicyStatus = new ValidatingAdmissionPolicyStatusImpl();
		return validatingAdmissionPolicyStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingWebhook createValidatingWebhook() {
		ValidatingWebhookImpl validatingWebhook = new ValidatingWebhookImpl();
		return validatingWebhook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingWebhookConfiguration createValidatingWebhookConfiguration() {
		ValidatingWebhookConfigurationImpl validatingWebhookConfiguration = new ValidatingWebhookConfigurationImpl();
		return validatingWebhookConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidatingWebhookConfigurationList createValidatingWebhookConfigurationList() {
		ValidatingWebhookConfigurationListImpl validatingWebhookConfigurationList = new ValidatingWebhookConfigurationListImpl();
		return validatingWebhookConfigurationList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Validation createValidation() {
		ValidationImpl validation = new ValidationImpl();
		return validation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable createVariable() {
		VariableImpl variable = new VariableImpl();
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebhookClientConfig createWebhookClientConfig() {
		WebhookClientConfigImpl webhookClientConfig = new WebhookClientConfigImpl();
		return webhookClientConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdmissionregistrationV1Package getAdmissionregistrationV1Package() {
		return (AdmissionregistrationV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AdmissionregistrationV1Package getPackage() {
		return AdmissionregistrationV1Package.eINSTANCE;
	}

} //AdmissionregistrationV1FactoryImpl
