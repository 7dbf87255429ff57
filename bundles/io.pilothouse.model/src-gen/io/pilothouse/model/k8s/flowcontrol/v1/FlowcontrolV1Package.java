/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Factory
 * @generated
 */
public interface FlowcontrolV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/flowcontrol/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "flowcontrol.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FlowcontrolV1Package eINSTANCE = io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ExemptPriorityLevelConfigurationImpl <em>Exempt Priority Level Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.ExemptPriorityLevelConfigurationImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getExemptPriorityLevelConfiguration()
	 * @generated
	 */
	int EXEMPT_PRIORITY_LEVEL_CONFIGURATION = 0;

	/**
	 * The feature id for the '<em><b>Lendable Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT = 0;

	/**
	 * The feature id for the '<em><b>Nominal Concurrency Shares</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES = 1;

	/**
	 * The number of structural features of the '<em>Exempt Priority Level Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXEMPT_PRIORITY_LEVEL_CONFIGURATION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowDistinguisherMethodImpl <em>Flow Distinguisher Method</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowDistinguisherMethodImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowDistinguisherMethod()
	 * @generated
	 */
	int FLOW_DISTINGUISHER_METHOD = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_DISTINGUISHER_METHOD__TYPE = 0;

	/**
	 * The number of structural features of the '<em>Flow Distinguisher Method</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_DISTINGUISHER_METHOD_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaImpl <em>Flow Schema</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchema()
	 * @generated
	 */
	int FLOW_SCHEMA = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Flow Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl <em>Flow Schema Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaCondition()
	 * @generated
	 */
	int FLOW_SCHEMA_CONDITION = 3;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>Flow Schema Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaListImpl <em>Flow Schema List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaListImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaList()
	 * @generated
	 */
	int FLOW_SCHEMA_LIST = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Flow Schema List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl <em>Flow Schema Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaSpec()
	 * @generated
	 */
	int FLOW_SCHEMA_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Distinguisher Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD = 0;

	/**
	 * The feature id for the '<em><b>Matching Precedence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE = 1;

	/**
	 * The feature id for the '<em><b>Priority Level Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION = 2;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_SPEC__RULES = 3;

	/**
	 * The number of structural features of the '<em>Flow Schema Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaStatusImpl <em>Flow Schema Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaStatusImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaStatus()
	 * @generated
	 */
	int FLOW_SCHEMA_STATUS = 6;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_STATUS__CONDITIONS = 0;

	/**
	 * The number of structural features of the '<em>Flow Schema Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_SCHEMA_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.GroupSubjectImpl <em>Group Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.GroupSubjectImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getGroupSubject()
	 * @generated
	 */
	int GROUP_SUBJECT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SUBJECT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Group Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SUBJECT_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitResponseImpl <em>Limit Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitResponseImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getLimitResponse()
	 * @generated
	 */
	int LIMIT_RESPONSE = 8;

	/**
	 * The feature id for the '<em><b>Queuing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_RESPONSE__QUEUING = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_RESPONSE__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Limit Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_RESPONSE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl <em>Limited Priority Level Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getLimitedPriorityLevelConfiguration()
	 * @generated
	 */
	int LIMITED_PRIORITY_LEVEL_CONFIGURATION = 9;

	/**
	 * The feature id for the '<em><b>Borrowing Limit Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT = 0;

	/**
	 * The feature id for the '<em><b>Lendable Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT = 1;

	/**
	 * The feature id for the '<em><b>Limit Response</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE = 2;

	/**
	 * The feature id for the '<em><b>Nominal Concurrency Shares</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES = 3;

	/**
	 * The number of structural features of the '<em>Limited Priority Level Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITED_PRIORITY_LEVEL_CONFIGURATION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.NonResourcePolicyRuleImpl <em>Non Resource Policy Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.NonResourcePolicyRuleImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getNonResourcePolicyRule()
	 * @generated
	 */
	int NON_RESOURCE_POLICY_RULE = 10;

	/**
	 * The feature id for the '<em><b>Non Resource UR Ls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_POLICY_RULE__NON_RESOURCE_UR_LS = 0;

	/**
	 * The feature id for the '<em><b>Verbs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_POLICY_RULE__VERBS = 1;

	/**
	 * The number of structural features of the '<em>Non Resource Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_POLICY_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl <em>Policy Rules With Subjects</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPolicyRulesWithSubjects()
	 * @generated
	 */
	int POLICY_RULES_WITH_SUBJECTS = 11;

	/**
	 * The feature id for the '<em><b>Non Resource Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES = 0;

	/**
	 * The feature id for the '<em><b>Resource Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES = 1;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULES_WITH_SUBJECTS__SUBJECTS = 2;

	/**
	 * The number of structural features of the '<em>Policy Rules With Subjects</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULES_WITH_SUBJECTS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationImpl <em>Priority Level Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfiguration()
	 * @generated
	 */
	int PRIORITY_LEVEL_CONFIGURATION = 12;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Priority Level Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationConditionImpl <em>Priority Level Configuration Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationConditionImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationCondition()
	 * @generated
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION = 13;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>Priority Level Configuration Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationListImpl <em>Priority Level Configuration List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationListImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationList()
	 * @generated
	 */
	int PRIORITY_LEVEL_CONFIGURATION_LIST = 14;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Priority Level Configuration List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationReferenceImpl <em>Priority Level Configuration Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationReferenceImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationReference()
	 * @generated
	 */
	int PRIORITY_LEVEL_CONFIGURATION_REFERENCE = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_REFERENCE__NAME = 0;

	/**
	 * The number of structural features of the '<em>Priority Level Configuration Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_REFERENCE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl <em>Priority Level Configuration Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationSpec()
	 * @generated
	 */
	int PRIORITY_LEVEL_CONFIGURATION_SPEC = 16;

	/**
	 * The feature id for the '<em><b>Exempt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT = 0;

	/**
	 * The feature id for the '<em><b>Limited</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE = 2;

	/**
	 * The number of structural features of the '<em>Priority Level Configuration Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationStatusImpl <em>Priority Level Configuration Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationStatusImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationStatus()
	 * @generated
	 */
	int PRIORITY_LEVEL_CONFIGURATION_STATUS = 17;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_STATUS__CONDITIONS = 0;

	/**
	 * The number of structural features of the '<em>Priority Level Configuration Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_LEVEL_CONFIGURATION_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl <em>Queuing Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getQueuingConfiguration()
	 * @generated
	 */
	int QUEUING_CONFIGURATION = 18;

	/**
	 * The feature id for the '<em><b>Hand Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUING_CONFIGURATION__HAND_SIZE = 0;

	/**
	 * The feature id for the '<em><b>Queue Length Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT = 1;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUING_CONFIGURATION__QUEUES = 2;

	/**
	 * The number of structural features of the '<em>Queuing Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUING_CONFIGURATION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl <em>Resource Policy Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getResourcePolicyRule()
	 * @generated
	 */
	int RESOURCE_POLICY_RULE = 19;

	/**
	 * The feature id for the '<em><b>Api Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POLICY_RULE__API_GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Cluster Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POLICY_RULE__CLUSTER_SCOPE = 1;

	/**
	 * The feature id for the '<em><b>Namespaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POLICY_RULE__NAMESPACES = 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POLICY_RULE__RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Verbs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POLICY_RULE__VERBS = 4;

	/**
	 * The number of structural features of the '<em>Resource Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POLICY_RULE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ServiceAccountSubjectImpl <em>Service Account Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.ServiceAccountSubjectImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getServiceAccountSubject()
	 * @generated
	 */
	int SERVICE_ACCOUNT_SUBJECT = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACCOUNT_SUBJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACCOUNT_SUBJECT__NAMESPACE = 1;

	/**
	 * The number of structural features of the '<em>Service Account Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACCOUNT_SUBJECT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.SubjectImpl <em>Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.SubjectImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getSubject()
	 * @generated
	 */
	int SUBJECT = 21;

	/**
	 * The feature id for the '<em><b>Group</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Service Account</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SERVICE_ACCOUNT = 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__USER = 3;

	/**
	 * The number of structural features of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.UserSubjectImpl <em>User Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.UserSubjectImpl
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getUserSubject()
	 * @generated
	 */
	int USER_SUBJECT = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_SUBJECT__NAME = 0;

	/**
	 * The number of structural features of the '<em>User Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_SUBJECT_FEATURE_COUNT = 1;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration <em>Exempt Priority Level Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exempt Priority Level Configuration</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration
	 * @generated
	 */
	EClass getExemptPriorityLevelConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getLendablePercent <em>Lendable Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lendable Percent</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getLendablePercent()
	 * @see #getExemptPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getExemptPriorityLevelConfiguration_LendablePercent();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nominal Concurrency Shares</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getNominalConcurrencyShares()
	 * @see #getExemptPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getExemptPriorityLevelConfiguration_NominalConcurrencyShares();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod <em>Flow Distinguisher Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Distinguisher Method</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod
	 * @generated
	 */
	EClass getFlowDistinguisherMethod();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod#getType()
	 * @see #getFlowDistinguisherMethod()
	 * @generated
	 */
	EAttribute getFlowDistinguisherMethod_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema <em>Flow Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Schema</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema
	 * @generated
	 */
	EClass getFlowSchema();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getApiVersion()
	 * @see #getFlowSchema()
	 * @generated
	 */
	EAttribute getFlowSchema_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getKind()
	 * @see #getFlowSchema()
	 * @generated
	 */
	EAttribute getFlowSchema_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getMetadata()
	 * @see #getFlowSchema()
	 * @generated
	 */
	EReference getFlowSchema_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getSpec()
	 * @see #getFlowSchema()
	 * @generated
	 */
	EReference getFlowSchema_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchema#getStatus()
	 * @see #getFlowSchema()
	 * @generated
	 */
	EReference getFlowSchema_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition <em>Flow Schema Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Schema Condition</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition
	 * @generated
	 */
	EClass getFlowSchemaCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getLastTransitionTime()
	 * @see #getFlowSchemaCondition()
	 * @generated
	 */
	EAttribute getFlowSchemaCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getMessage()
	 * @see #getFlowSchemaCondition()
	 * @generated
	 */
	EAttribute getFlowSchemaCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getReason()
	 * @see #getFlowSchemaCondition()
	 * @generated
	 */
	EAttribute getFlowSchemaCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getStatus()
	 * @see #getFlowSchemaCondition()
	 * @generated
	 */
	EAttribute getFlowSchemaCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition#getType()
	 * @see #getFlowSchemaCondition()
	 * @generated
	 */
	EAttribute getFlowSchemaCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList <em>Flow Schema List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Schema List</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList
	 * @generated
	 */
	EClass getFlowSchemaList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getApiVersion()
	 * @see #getFlowSchemaList()
	 * @generated
	 */
	EAttribute getFlowSchemaList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getItems()
	 * @see #getFlowSchemaList()
	 * @generated
	 */
	EReference getFlowSchemaList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getKind()
	 * @see #getFlowSchemaList()
	 * @generated
	 */
	EAttribute getFlowSchemaList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaList#getMetadata()
	 * @see #getFlowSchemaList()
	 * @generated
	 */
	EReference getFlowSchemaList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec <em>Flow Schema Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Schema Spec</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec
	 * @generated
	 */
	EClass getFlowSchemaSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getDistinguisherMethod <em>Distinguisher Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Distinguisher Method</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getDistinguisherMethod()
	 * @see #getFlowSchemaSpec()
	 * @generated
	 */
	EReference getFlowSchemaSpec_DistinguisherMethod();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getMatchingPrecedence <em>Matching Precedence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Matching Precedence</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getMatchingPrecedence()
	 * @see #getFlowSchemaSpec()
	 * @generated
	 */
	EAttribute getFlowSchemaSpec_MatchingPrecedence();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getPriorityLevelConfiguration <em>Priority Level Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Priority Level Configuration</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getPriorityLevelConfiguration()
	 * @see #getFlowSchemaSpec()
	 * @generated
	 */
	EReference getFlowSchemaSpec_PriorityLevelConfiguration();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getRules()
	 * @see #getFlowSchemaSpec()
	 * @generated
	 */
	EReference getFlowSchemaSpec_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaStatus <em>Flow Schema Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Schema Status</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaStatus
	 * @generated
	 */
	EClass getFlowSchemaStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaStatus#getConditions()
	 * @see #getFlowSchemaStatus()
	 * @generated
	 */
	EReference getFlowSchemaStatus_Conditions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.GroupSubject <em>Group Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Subject</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.GroupSubject
	 * @generated
	 */
	EClass getGroupSubject();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.GroupSubject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.GroupSubject#getName()
	 * @see #getGroupSubject()
	 * @generated
	 */
	EAttribute getGroupSubject_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse <em>Limit Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limit Response</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse
	 * @generated
	 */
	EClass getLimitResponse();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getQueuing <em>Queuing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Queuing</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getQueuing()
	 * @see #getLimitResponse()
	 * @generated
	 */
	EReference getLimitResponse_Queuing();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getType()
	 * @see #getLimitResponse()
	 * @generated
	 */
	EAttribute getLimitResponse_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration <em>Limited Priority Level Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limited Priority Level Configuration</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration
	 * @generated
	 */
	EClass getLimitedPriorityLevelConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getBorrowingLimitPercent <em>Borrowing Limit Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Borrowing Limit Percent</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getBorrowingLimitPercent()
	 * @see #getLimitedPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getLimitedPriorityLevelConfiguration_BorrowingLimitPercent();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLendablePercent <em>Lendable Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lendable Percent</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLendablePercent()
	 * @see #getLimitedPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getLimitedPriorityLevelConfiguration_LendablePercent();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLimitResponse <em>Limit Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Limit Response</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLimitResponse()
	 * @see #getLimitedPriorityLevelConfiguration()
	 * @generated
	 */
	EReference getLimitedPriorityLevelConfiguration_LimitResponse();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nominal Concurrency Shares</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getNominalConcurrencyShares()
	 * @see #getLimitedPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getLimitedPriorityLevelConfiguration_NominalConcurrencyShares();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule <em>Non Resource Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Non Resource Policy Rule</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule
	 * @generated
	 */
	EClass getNonResourcePolicyRule();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule#getNonResourceURLs <em>Non Resource UR Ls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Non Resource UR Ls</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule#getNonResourceURLs()
	 * @see #getNonResourcePolicyRule()
	 * @generated
	 */
	EAttribute getNonResourcePolicyRule_NonResourceURLs();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule#getVerbs <em>Verbs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Verbs</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule#getVerbs()
	 * @see #getNonResourcePolicyRule()
	 * @generated
	 */
	EAttribute getNonResourcePolicyRule_Verbs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects <em>Policy Rules With Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Rules With Subjects</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects
	 * @generated
	 */
	EClass getPolicyRulesWithSubjects();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getNonResourceRules <em>Non Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Non Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getNonResourceRules()
	 * @see #getPolicyRulesWithSubjects()
	 * @generated
	 */
	EReference getPolicyRulesWithSubjects_NonResourceRules();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getResourceRules <em>Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getResourceRules()
	 * @see #getPolicyRulesWithSubjects()
	 * @generated
	 */
	EReference getPolicyRulesWithSubjects_ResourceRules();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getSubjects()
	 * @see #getPolicyRulesWithSubjects()
	 * @generated
	 */
	EReference getPolicyRulesWithSubjects_Subjects();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration <em>Priority Level Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Level Configuration</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration
	 * @generated
	 */
	EClass getPriorityLevelConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getApiVersion()
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getPriorityLevelConfiguration_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getKind()
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 */
	EAttribute getPriorityLevelConfiguration_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getMetadata()
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 */
	EReference getPriorityLevelConfiguration_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getSpec()
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 */
	EReference getPriorityLevelConfiguration_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfiguration#getStatus()
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 */
	EReference getPriorityLevelConfiguration_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition <em>Priority Level Configuration Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Level Configuration Condition</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition
	 * @generated
	 */
	EClass getPriorityLevelConfigurationCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getLastTransitionTime()
	 * @see #getPriorityLevelConfigurationCondition()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getMessage()
	 * @see #getPriorityLevelConfigurationCondition()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getReason()
	 * @see #getPriorityLevelConfigurationCondition()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getStatus()
	 * @see #getPriorityLevelConfigurationCondition()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationCondition#getType()
	 * @see #getPriorityLevelConfigurationCondition()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList <em>Priority Level Configuration List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Level Configuration List</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList
	 * @generated
	 */
	EClass getPriorityLevelConfigurationList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getApiVersion()
	 * @see #getPriorityLevelConfigurationList()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getItems()
	 * @see #getPriorityLevelConfigurationList()
	 * @generated
	 */
	EReference getPriorityLevelConfigurationList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getKind()
	 * @see #getPriorityLevelConfigurationList()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationList#getMetadata()
	 * @see #getPriorityLevelConfigurationList()
	 * @generated
	 */
	EReference getPriorityLevelConfigurationList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationReference <em>Priority Level Configuration Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Level Configuration Reference</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationReference
	 * @generated
	 */
	EClass getPriorityLevelConfigurationReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationReference#getName()
	 * @see #getPriorityLevelConfigurationReference()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationReference_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec <em>Priority Level Configuration Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Level Configuration Spec</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec
	 * @generated
	 */
	EClass getPriorityLevelConfigurationSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getExempt <em>Exempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exempt</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getExempt()
	 * @see #getPriorityLevelConfigurationSpec()
	 * @generated
	 */
	EReference getPriorityLevelConfigurationSpec_Exempt();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getLimited <em>Limited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Limited</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getLimited()
	 * @see #getPriorityLevelConfigurationSpec()
	 * @generated
	 */
	EReference getPriorityLevelConfigurationSpec_Limited();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getType()
	 * @see #getPriorityLevelConfigurationSpec()
	 * @generated
	 */
	EAttribute getPriorityLevelConfigurationSpec_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationStatus <em>Priority Level Configuration Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Level Configuration Status</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationStatus
	 * @generated
	 */
	EClass getPriorityLevelConfigurationStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationStatus#getConditions()
	 * @see #getPriorityLevelConfigurationStatus()
	 * @generated
	 */
	EReference getPriorityLevelConfigurationStatus_Conditions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration <em>Queuing Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Queuing Configuration</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration
	 * @generated
	 */
	EClass getQueuingConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getHandSize <em>Hand Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hand Size</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getHandSize()
	 * @see #getQueuingConfiguration()
	 * @generated
	 */
	EAttribute getQueuingConfiguration_HandSize();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueueLengthLimit <em>Queue Length Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Length Limit</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueueLengthLimit()
	 * @see #getQueuingConfiguration()
	 * @generated
	 */
	EAttribute getQueuingConfiguration_QueueLengthLimit();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueues <em>Queues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queues</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueues()
	 * @see #getQueuingConfiguration()
	 * @generated
	 */
	EAttribute getQueuingConfiguration_Queues();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule <em>Resource Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Policy Rule</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule
	 * @generated
	 */
	EClass getResourcePolicyRule();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getApiGroups <em>Api Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Groups</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getApiGroups()
	 * @see #getResourcePolicyRule()
	 * @generated
	 */
	EAttribute getResourcePolicyRule_ApiGroups();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getClusterScope <em>Cluster Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cluster Scope</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getClusterScope()
	 * @see #getResourcePolicyRule()
	 * @generated
	 */
	EAttribute getResourcePolicyRule_ClusterScope();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getNamespaces <em>Namespaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Namespaces</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getNamespaces()
	 * @see #getResourcePolicyRule()
	 * @generated
	 */
	EAttribute getResourcePolicyRule_Namespaces();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getResources()
	 * @see #getResourcePolicyRule()
	 * @generated
	 */
	EAttribute getResourcePolicyRule_Resources();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getVerbs <em>Verbs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Verbs</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getVerbs()
	 * @see #getResourcePolicyRule()
	 * @generated
	 */
	EAttribute getResourcePolicyRule_Verbs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.ServiceAccountSubject <em>Service Account Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Account Subject</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ServiceAccountSubject
	 * @generated
	 */
	EClass getServiceAccountSubject();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.ServiceAccountSubject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ServiceAccountSubject#getName()
	 * @see #getServiceAccountSubject()
	 * @generated
	 */
	EAttribute getServiceAccountSubject_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.ServiceAccountSubject#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.ServiceAccountSubject#getNamespace()
	 * @see #getServiceAccountSubject()
	 * @generated
	 */
	EAttribute getServiceAccountSubject_Namespace();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.Subject
	 * @generated
	 */
	EClass getSubject();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.Subject#getGroup()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.Subject#getKind()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getServiceAccount <em>Service Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service Account</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.Subject#getServiceAccount()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_ServiceAccount();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>User</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.Subject#getUser()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_User();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.flowcontrol.v1.UserSubject <em>User Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Subject</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.UserSubject
	 * @generated
	 */
	EClass getUserSubject();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.flowcontrol.v1.UserSubject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.UserSubject#getName()
	 * @see #getUserSubject()
	 * @generated
	 */
	EAttribute getUserSubject_Name();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FlowcontrolV1Factory getFlowcontrolV1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ExemptPriorityLevelConfigurationImpl <em>Exempt Priority Level Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.ExemptPriorityLevelConfigurationImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getExemptPriorityLevelConfiguration()
		 * @generated
		 */
		EClass EXEMPT_PRIORITY_LEVEL_CONFIGURATION = eINSTANCE.getExemptPriorityLevelConfiguration();

		/**
		 * The meta object literal for the '<em><b>Lendable Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT = eINSTANCE.getExemptPriorityLevelConfiguration_LendablePercent();

		/**
		 * The meta object literal for the '<em><b>Nominal Concurrency Shares</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES = eINSTANCE.getExemptPriorityLevelConfiguration_NominalConcurrencyShares();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowDistinguisherMethodImpl <em>Flow Distinguisher Method</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowDistinguisherMethodImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowDistinguisherMethod()
		 * @generated
		 */
		EClass FLOW_DISTINGUISHER_METHOD = eINSTANCE.getFlowDistinguisherMethod();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_DISTINGUISHER_METHOD__TYPE = eINSTANCE.getFlowDistinguisherMethod_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaImpl <em>Flow Schema</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchema()
		 * @generated
		 */
		EClass FLOW_SCHEMA = eINSTANCE.getFlowSchema();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA__API_VERSION = eINSTANCE.getFlowSchema_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA__KIND = eINSTANCE.getFlowSchema_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA__METADATA = eINSTANCE.getFlowSchema_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA__SPEC = eINSTANCE.getFlowSchema_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA__STATUS = eINSTANCE.getFlowSchema_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl <em>Flow Schema Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaCondition()
		 * @generated
		 */
		EClass FLOW_SCHEMA_CONDITION = eINSTANCE.getFlowSchemaCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getFlowSchemaCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_CONDITION__MESSAGE = eINSTANCE.getFlowSchemaCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_CONDITION__REASON = eINSTANCE.getFlowSchemaCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_CONDITION__STATUS = eINSTANCE.getFlowSchemaCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_CONDITION__TYPE = eINSTANCE.getFlowSchemaCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaListImpl <em>Flow Schema List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaListImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaList()
		 * @generated
		 */
		EClass FLOW_SCHEMA_LIST = eINSTANCE.getFlowSchemaList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_LIST__API_VERSION = eINSTANCE.getFlowSchemaList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA_LIST__ITEMS = eINSTANCE.getFlowSchemaList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_LIST__KIND = eINSTANCE.getFlowSchemaList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA_LIST__METADATA = eINSTANCE.getFlowSchemaList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl <em>Flow Schema Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaSpec()
		 * @generated
		 */
		EClass FLOW_SCHEMA_SPEC = eINSTANCE.getFlowSchemaSpec();

		/**
		 * The meta object literal for the '<em><b>Distinguisher Method</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD = eINSTANCE.getFlowSchemaSpec_DistinguisherMethod();

		/**
		 * The meta object literal for the '<em><b>Matching Precedence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE = eINSTANCE.getFlowSchemaSpec_MatchingPrecedence();

		/**
		 * The meta object literal for the '<em><b>Priority Level Configuration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION = eINSTANCE.getFlowSchemaSpec_PriorityLevelConfiguration();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA_SPEC__RULES = eINSTANCE.getFlowSchemaSpec_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaStatusImpl <em>Flow Schema Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaStatusImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getFlowSchemaStatus()
		 * @generated
		 */
		EClass FLOW_SCHEMA_STATUS = eINSTANCE.getFlowSchemaStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW_SCHEMA_STATUS__CONDITIONS = eINSTANCE.getFlowSchemaStatus_Conditions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.GroupSubjectImpl <em>Group Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.GroupSubjectImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getGroupSubject()
		 * @generated
		 */
		EClass GROUP_SUBJECT = eINSTANCE.getGroupSubject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SUBJECT__NAME = eINSTANCE.getGroupSubject_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitResponseImpl <em>Limit Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitResponseImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getLimitResponse()
		 * @generated
		 */
		EClass LIMIT_RESPONSE = eINSTANCE.getLimitResponse();

		/**
		 * The meta object literal for the '<em><b>Queuing</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMIT_RESPONSE__QUEUING = eINSTANCE.getLimitResponse_Queuing();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMIT_RESPONSE__TYPE = eINSTANCE.getLimitResponse_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl <em>Limited Priority Level Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getLimitedPriorityLevelConfiguration()
		 * @generated
		 */
		EClass LIMITED_PRIORITY_LEVEL_CONFIGURATION = eINSTANCE.getLimitedPriorityLevelConfiguration();

		/**
		 * The meta object literal for the '<em><b>Borrowing Limit Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT = eINSTANCE.getLimitedPriorityLevelConfiguration_BorrowingLimitPercent();

		/**
		 * The meta object literal for the '<em><b>Lendable Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT = eINSTANCE.getLimitedPriorityLevelConfiguration_LendablePercent();

		/**
		 * The meta object literal for the '<em><b>Limit Response</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE = eINSTANCE.getLimitedPriorityLevelConfiguration_LimitResponse();

		/**
		 * The meta object literal for the '<em><b>Nominal Concurrency Shares</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES = eINSTANCE.getLimitedPriorityLevelConfiguration_NominalConcurrencyShares();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.NonResourcePolicyRuleImpl <em>Non Resource Policy Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.NonResourcePolicyRuleImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getNonResourcePolicyRule()
		 * @generated
		 */
		EClass NON_RESOURCE_POLICY_RULE = eINSTANCE.getNonResourcePolicyRule();

		/**
		 * The meta object literal for the '<em><b>Non Resource UR Ls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NON_RESOURCE_POLICY_RULE__NON_RESOURCE_UR_LS = eINSTANCE.getNonResourcePolicyRule_NonResourceURLs();

		/**
		 * The meta object literal for the '<em><b>Verbs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NON_RESOURCE_POLICY_RULE__VERBS = eINSTANCE.getNonResourcePolicyRule_Verbs();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl <em>Policy Rules With Subjects</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPolicyRulesWithSubjects()
		 * @generated
		 */
		EClass POLICY_RULES_WITH_SUBJECTS = eINSTANCE.getPolicyRulesWithSubjects();

		/**
		 * The meta object literal for the '<em><b>Non Resource Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES = eINSTANCE.getPolicyRulesWithSubjects_NonResourceRules();

		/**
		 * The meta object literal for the '<em><b>Resource Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES = eINSTANCE.getPolicyRulesWithSubjects_ResourceRules();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_RULES_WITH_SUBJECTS__SUBJECTS = eINSTANCE.getPolicyRulesWithSubjects_Subjects();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationImpl <em>Priority Level Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfiguration()
		 * @generated
		 */
		EClass PRIORITY_LEVEL_CONFIGURATION = eINSTANCE.getPriorityLevelConfiguration();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION__API_VERSION = eINSTANCE.getPriorityLevelConfiguration_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION__KIND = eINSTANCE.getPriorityLevelConfiguration_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION__METADATA = eINSTANCE.getPriorityLevelConfiguration_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION__SPEC = eINSTANCE.getPriorityLevelConfiguration_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION__STATUS = eINSTANCE.getPriorityLevelConfiguration_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationConditionImpl <em>Priority Level Configuration Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationConditionImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationCondition()
		 * @generated
		 */
		EClass PRIORITY_LEVEL_CONFIGURATION_CONDITION = eINSTANCE.getPriorityLevelConfigurationCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getPriorityLevelConfigurationCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_CONDITION__MESSAGE = eINSTANCE.getPriorityLevelConfigurationCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_CONDITION__REASON = eINSTANCE.getPriorityLevelConfigurationCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_CONDITION__STATUS = eINSTANCE.getPriorityLevelConfigurationCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_CONDITION__TYPE = eINSTANCE.getPriorityLevelConfigurationCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationListImpl <em>Priority Level Configuration List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationListImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationList()
		 * @generated
		 */
		EClass PRIORITY_LEVEL_CONFIGURATION_LIST = eINSTANCE.getPriorityLevelConfigurationList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_LIST__API_VERSION = eINSTANCE.getPriorityLevelConfigurationList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION_LIST__ITEMS = eINSTANCE.getPriorityLevelConfigurationList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_LIST__KIND = eINSTANCE.getPriorityLevelConfigurationList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION_LIST__METADATA = eINSTANCE.getPriorityLevelConfigurationList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationReferenceImpl <em>Priority Level Configuration Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationReferenceImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationReference()
		 * @generated
		 */
		EClass PRIORITY_LEVEL_CONFIGURATION_REFERENCE = eINSTANCE.getPriorityLevelConfigurationReference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_REFERENCE__NAME = eINSTANCE.getPriorityLevelConfigurationReference_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl <em>Priority Level Configuration Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationSpec()
		 * @generated
		 */
		EClass PRIORITY_LEVEL_CONFIGURATION_SPEC = eINSTANCE.getPriorityLevelConfigurationSpec();

		/**
		 * The meta object literal for the '<em><b>Exempt</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT = eINSTANCE.getPriorityLevelConfigurationSpec_Exempt();

		/**
		 * The meta object literal for the '<em><b>Limited</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED = eINSTANCE.getPriorityLevelConfigurationSpec_Limited();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE = eINSTANCE.getPriorityLevelConfigurationSpec_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationStatusImpl <em>Priority Level Configuration Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationStatusImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getPriorityLevelConfigurationStatus()
		 * @generated
		 */
		EClass PRIORITY_LEVEL_CONFIGURATION_STATUS = eINSTANCE.getPriorityLevelConfigurationStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_LEVEL_CONFIGURATION_STATUS__CONDITIONS = eINSTANCE.getPriorityLevelConfigurationStatus_Conditions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl <em>Queuing Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getQueuingConfiguration()
		 * @generated
		 */
		EClass QUEUING_CONFIGURATION = eINSTANCE.getQueuingConfiguration();

		/**
		 * The meta object literal for the '<em><b>Hand Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUING_CONFIGURATION__HAND_SIZE = eINSTANCE.getQueuingConfiguration_HandSize();

		/**
		 * The meta object literal for the '<em><b>Queue Length Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT = eINSTANCE.getQueuingConfiguration_QueueLengthLimit();

		/**
		 * The meta object literal for the '<em><b>Queues</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUING_CONFIGURATION__QUEUES = eINSTANCE.getQueuingConfiguration_Queues();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl <em>Resource Policy Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getResourcePolicyRule()
		 * @generated
		 */
		EClass RESOURCE_POLICY_RULE = eINSTANCE.getResourcePolicyRule();

		/**
		 * The meta object literal for the '<em><b>Api Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POLICY_RULE__API_GROUPS = eINSTANCE.getResourcePolicyRule_ApiGroups();

		/**
		 * The meta object literal for the '<em><b>Cluster Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POLICY_RULE__CLUSTER_SCOPE = eINSTANCE.getResourcePolicyRule_ClusterScope();

		/**
		 * The meta object literal for the '<em><b>Namespaces</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POLICY_RULE__NAMESPACES = eINSTANCE.getResourcePolicyRule_Namespaces();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POLICY_RULE__RESOURCES = eINSTANCE.getResourcePolicyRule_Resources();

		/**
		 * The meta object literal for the '<em><b>Verbs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POLICY_RULE__VERBS = eINSTANCE.getResourcePolicyRule_Verbs();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ServiceAccountSubjectImpl <em>Service Account Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.ServiceAccountSubjectImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getServiceAccountSubject()
		 * @generated
		 */
		EClass SERVICE_ACCOUNT_SUBJECT = eINSTANCE.getServiceAccountSubject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACCOUNT_SUBJECT__NAME = eINSTANCE.getServiceAccountSubject_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACCOUNT_SUBJECT__NAMESPACE = eINSTANCE.getServiceAccountSubject_Namespace();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.SubjectImpl <em>Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.SubjectImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getSubject()
		 * @generated
		 */
		EClass SUBJECT = eINSTANCE.getSubject();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__GROUP = eINSTANCE.getSubject_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__KIND = eINSTANCE.getSubject_Kind();

		/**
		 * The meta object literal for the '<em><b>Service Account</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__SERVICE_ACCOUNT = eINSTANCE.getSubject_ServiceAccount();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__USER = eINSTANCE.getSubject_User();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.UserSubjectImpl <em>User Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.UserSubjectImpl
		 * @see io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl#getUserSubject()
		 * @generated
		 */
		EClass USER_SUBJECT = eINSTANCE.getUserSubject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_SUBJECT__NAME = eINSTANCE.getUserSubject_Name();

	}

} //FlowcontrolV1Package
