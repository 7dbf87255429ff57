/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.*;

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
public class FlowcontrolV1FactoryImpl extends EFactoryImpl implements FlowcontrolV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FlowcontrolV1Factory init() {
		try {
			FlowcontrolV1Factory theFlowcontrolV1Factory = (FlowcontrolV1Factory)EPackage.Registry.INSTANCE.getEFactory(FlowcontrolV1Package.eNS_URI);
			if (theFlowcontrolV1Factory != null) {
				return theFlowcontrolV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FlowcontrolV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowcontrolV1FactoryImpl() {
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
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION: return createExemptPriorityLevelConfiguration();
			case FlowcontrolV1Package.FLOW_DISTINGUISHER_METHOD: return createFlowDistinguisherMethod();
			case FlowcontrolV1Package.FLOW_SCHEMA: return createFlowSchema();
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION: return createFlowSchemaCondition();
			case FlowcontrolV1Package.FLOW_SCHEMA_LIST: return createFlowSchemaList();
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC: return createFlowSchemaSpec();
			case FlowcontrolV1Package.FLOW_SCHEMA_STATUS: return createFlowSchemaStatus();
			case FlowcontrolV1Package.GROUP_SUBJECT: return createGroupSubject();
			case FlowcontrolV1Package.LIMIT_RESPONSE: return createLimitResponse();
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION: return createLimitedPriorityLevelConfiguration();
			case FlowcontrolV1Package.NON_RESOURCE_POLICY_RULE: return createNonResourcePolicyRule();
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS: return createPolicyRulesWithSubjects();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION: return createPriorityLevelConfiguration();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_CONDITION: return createPriorityLevelConfigurationCondition();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_LIST: return createPriorityLevelConfigurationList();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_REFERENCE: return createPriorityLevelConfigurationReference();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC: return createPriorityLevelConfigurationSpec();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_STATUS: return createPriorityLevelConfigurationStatus();
			case FlowcontrolV1Package.QUEUING_CONFIGURATION: return createQueuingConfiguration();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE: return createResourcePolicyRule();
			case FlowcontrolV1Package.SERVICE_ACCOUNT_SUBJECT: return createServiceAccountSubject();
			case FlowcontrolV1Package.SUBJECT: return createSubject();
			case FlowcontrolV1Package.USER_SUBJECT: return createUserSubject();
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
	public ExemptPriorityLevelConfiguration createExemptPriorityLevelConfiguration() {
		ExemptPriorityLevelConfigurationImpl exemptPriorityLevelConfiguration = new ExemptPriorityLevelConfigurationImpl();
		return exemptPriorityLevelConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowDistinguisherMethod createFlowDistinguisherMethod() {
		FlowDistinguisherMethodImpl flowDistinguisherMethod = new FlowDistinguisherMethodImpl();
		return flowDistinguisherMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowSchema createFlowSchema() {
		FlowSchemaImpl flowSchema = new FlowSchemaImpl();
		return flowSchema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowSchemaCondition createFlowSchemaCondition() {
		FlowSchemaConditionImpl flowSchemaCondition = new FlowSchemaConditionImpl();
		return flowSchemaCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowSchemaList createFlowSchemaList() {
		FlowSchemaListImpl flowSchemaList = new FlowSchemaListImpl();
		return flowSchemaList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowSchemaSpec createFlowSchemaSpec() {
		FlowSchemaSpecImpl flowSchemaSpec = new FlowSchemaSpecImpl();
		return flowSchemaSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowSchemaStatus createFlowSchemaStatus() {
		FlowSchemaStatusImpl flowSchemaStatus = new FlowSchemaStatusImpl();
		return flowSchemaStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupSubject createGroupSubject() {
		GroupSubjectImpl groupSubject = new GroupSubjectImpl();
		return groupSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitResponse createLimitResponse() {
		LimitResponseImpl limitResponse = new LimitResponseImpl();
		return limitResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitedPriorityLevelConfiguration createLimitedPriorityLevelConfiguration() {
		LimitedPriorityLevelConfigurationImpl limitedPriorityLevelConfiguration = new LimitedPriorityLevelConfigurationImpl();
		return limitedPriorityLevelConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NonResourcePolicyRule createNonResourcePolicyRule() {
		NonResourcePolicyRuleImpl nonResourcePolicyRule = new NonResourcePolicyRuleImpl();
		return nonResourcePolicyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyRulesWithSubjects createPolicyRulesWithSubjects() {
		PolicyRulesWithSubjectsImpl policyRulesWithSubjects = new PolicyRulesWithSubjectsImpl();
		return policyRulesWithSubjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfiguration createPriorityLevelConfiguration() {
		PriorityLevelConfigurationImpl priorityLevelConfiguration = new PriorityLevelConfigurationImpl();
		return priorityLevelConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfigurationCondition createPriorityLevelConfigurationCondition() {
		PriorityLevelConfigurationConditionImpl priorityLevelConfigurationCondition = new PriorityLevelConfigurationConditionImpl();
		return priorityLevelConfigurationCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfigurationList createPriorityLevelConfigurationList() {
		PriorityLevelConfigurationListImpl priorityLevelConfigurationList = new PriorityLevelConfigurationListImpl();
		return priorityLevelConfigurationList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfigurationReference createPriorityLevelConfigurationReference() {
		PriorityLevelConfigurationReferenceImpl priorityLevelConfigurationReference = new PriorityLevelConfigurationReferenceImpl();
		return priorityLevelConfigurationReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfigurationSpec createPriorityLevelConfigurationSpec() {
		PriorityLevelConfigurationSpecImpl priorityLevelConfigurationSpec = new PriorityLevelConfigurationSpecImpl();
		return priorityLevelConfigurationSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfigurationStatus createPriorityLevelConfigurationStatus() {
		PriorityLevelConfigurationStatusImpl priorityLevelConfigurationStatus = new PriorityLevelConfigurationStatusImpl();
		return priorityLevelConfigurationStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueuingConfiguration createQueuingConfiguration() {
		QueuingConfigurationImpl queuingConfiguration = new QueuingConfigurationImpl();
		return queuingConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePolicyRule createResourcePolicyRule() {
		ResourcePolicyRuleImpl resourcePolicyRule = new ResourcePolicyRuleImpl();
		return resourcePolicyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAccountSubject createServiceAccountSubject() {
		ServiceAccountSubjectImpl serviceAccountSubject = new ServiceAccountSubjectImpl();
		return serviceAccountSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject createSubject() {
		SubjectImpl subject = new SubjectImpl();
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserSubject createUserSubject() {
		UserSubjectImpl userSubject = new UserSubjectImpl();
		return userSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowcontrolV1Package getFlowcontrolV1Package() {
		return (FlowcontrolV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FlowcontrolV1Package getPackage() {
		return FlowcontrolV1Package.eINSTANCE;
	}

} //FlowcontrolV1FactoryImpl
