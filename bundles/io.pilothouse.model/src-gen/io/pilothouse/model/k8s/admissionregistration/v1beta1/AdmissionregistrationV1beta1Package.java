/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1beta1;

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
 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Factory
 * @generated
 */
public interface AdmissionregistrationV1beta1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1beta1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/admissionregistration/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "admissionregistration.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdmissionregistrationV1beta1Package eINSTANCE = io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ApplyConfigurationImpl <em>Apply Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ApplyConfigurationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getApplyConfiguration()
	 * @generated
	 */
	int APPLY_CONFIGURATION = 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_CONFIGURATION__EXPRESSION = 0;

	/**
	 * The number of structural features of the '<em>Apply Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_CONFIGURATION_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.JSONPatchImpl <em>JSON Patch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.JSONPatchImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getJSONPatch()
	 * @generated
	 */
	int JSON_PATCH = 1;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_PATCH__EXPRESSION = 0;

	/**
	 * The number of structural features of the '<em>JSON Patch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_PATCH_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchConditionImpl <em>Match Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchConditionImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMatchCondition()
	 * @generated
	 */
	int MATCH_CONDITION = 2;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_CONDITION__EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_CONDITION__NAME = 1;

	/**
	 * The number of structural features of the '<em>Match Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_CONDITION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchResourcesImpl <em>Match Resources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchResourcesImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMatchResources()
	 * @generated
	 */
	int MATCH_RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Exclude Resource Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES = 0;

	/**
	 * The feature id for the '<em><b>Match Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RESOURCES__MATCH_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RESOURCES__NAMESPACE_SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Object Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RESOURCES__OBJECT_SELECTOR = 3;

	/**
	 * The feature id for the '<em><b>Resource Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RESOURCES__RESOURCE_RULES = 4;

	/**
	 * The number of structural features of the '<em>Match Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RESOURCES_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyImpl <em>Mutating Admission Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicy()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Mutating Admission Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingImpl <em>Mutating Admission Policy Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_BINDING = 5;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Mutating Admission Policy Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingListImpl <em>Mutating Admission Policy Binding List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST = 6;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Mutating Admission Policy Binding List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl <em>Mutating Admission Policy Binding Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Match Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES = 0;

	/**
	 * The feature id for the '<em><b>Param Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF = 1;

	/**
	 * The feature id for the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME = 2;

	/**
	 * The number of structural features of the '<em>Mutating Admission Policy Binding Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyListImpl <em>Mutating Admission Policy List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyList()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_LIST = 8;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Mutating Admission Policy List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicySpecImpl <em>Mutating Admission Policy Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicySpecImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY = 0;

	/**
	 * The feature id for the '<em><b>Match Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Match Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS = 2;

	/**
	 * The feature id for the '<em><b>Mutations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS = 3;

	/**
	 * The feature id for the '<em><b>Param Kind</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND = 4;

	/**
	 * The feature id for the '<em><b>Reinvocation Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY = 5;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC__VARIABLES = 6;

	/**
	 * The number of structural features of the '<em>Mutating Admission Policy Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_ADMISSION_POLICY_SPEC_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl <em>Mutation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutation()
	 * @generated
	 */
	int MUTATION = 10;

	/**
	 * The feature id for the '<em><b>Apply Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATION__APPLY_CONFIGURATION = 0;

	/**
	 * The feature id for the '<em><b>Json Patch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATION__JSON_PATCH = 1;

	/**
	 * The feature id for the '<em><b>Patch Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATION__PATCH_TYPE = 2;

	/**
	 * The number of structural features of the '<em>Mutation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.NamedRuleWithOperationsImpl <em>Named Rule With Operations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.NamedRuleWithOperationsImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getNamedRuleWithOperations()
	 * @generated
	 */
	int NAMED_RULE_WITH_OPERATIONS = 11;

	/**
	 * The feature id for the '<em><b>Api Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS__API_GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Api Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS__API_VERSIONS = 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS__OPERATIONS = 2;

	/**
	 * The feature id for the '<em><b>Resource Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES = 3;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS__RESOURCES = 4;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS__SCOPE = 5;

	/**
	 * The number of structural features of the '<em>Named Rule With Operations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_RULE_WITH_OPERATIONS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamKindImpl <em>Param Kind</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamKindImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getParamKind()
	 * @generated
	 */
	int PARAM_KIND = 12;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_KIND__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_KIND__KIND = 1;

	/**
	 * The number of structural features of the '<em>Param Kind</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_KIND_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl <em>Param Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getParamRef()
	 * @generated
	 */
	int PARAM_REF = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_REF__NAME = 0;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_REF__NAMESPACE = 1;

	/**
	 * The feature id for the '<em><b>Parameter Not Found Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_REF__PARAMETER_NOT_FOUND_ACTION = 2;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_REF__SELECTOR = 3;

	/**
	 * The number of structural features of the '<em>Param Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAM_REF_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.VariableImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 14;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = 1;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ApplyConfiguration <em>Apply Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Apply Configuration</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ApplyConfiguration
	 * @generated
	 */
	EClass getApplyConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ApplyConfiguration#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ApplyConfiguration#getExpression()
	 * @see #getApplyConfiguration()
	 * @generated
	 */
	EAttribute getApplyConfiguration_Expression();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.JSONPatch <em>JSON Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>JSON Patch</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.JSONPatch
	 * @generated
	 */
	EClass getJSONPatch();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.JSONPatch#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.JSONPatch#getExpression()
	 * @see #getJSONPatch()
	 * @generated
	 */
	EAttribute getJSONPatch_Expression();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchCondition <em>Match Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match Condition</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchCondition
	 * @generated
	 */
	EClass getMatchCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchCondition#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchCondition#getExpression()
	 * @see #getMatchCondition()
	 * @generated
	 */
	EAttribute getMatchCondition_Expression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchCondition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchCondition#getName()
	 * @see #getMatchCondition()
	 * @generated
	 */
	EAttribute getMatchCondition_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources <em>Match Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources
	 * @generated
	 */
	EClass getMatchResources();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getExcludeResourceRules <em>Exclude Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exclude Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getExcludeResourceRules()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_ExcludeResourceRules();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getMatchPolicy <em>Match Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getMatchPolicy()
	 * @see #getMatchResources()
	 * @generated
	 */
	EAttribute getMatchResources_MatchPolicy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getNamespaceSelector <em>Namespace Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespace Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getNamespaceSelector()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_NamespaceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getObjectSelector <em>Object Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getObjectSelector()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_ObjectSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getResourceRules <em>Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources#getResourceRules()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_ResourceRules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy <em>Mutating Admission Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy
	 * @generated
	 */
	EClass getMutatingAdmissionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getApiVersion()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicy_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getKind()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicy_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getMetadata()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicy_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getSpec()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicy_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding <em>Mutating Admission Policy Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Binding</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyBinding();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getApiVersion()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBinding_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getKind()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBinding_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getMetadata()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBinding_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding#getSpec()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBinding_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList <em>Mutating Admission Policy Binding List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Binding List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyBindingList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getApiVersion()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBindingList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getItems()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getKind()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBindingList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList#getMetadata()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec <em>Mutating Admission Policy Binding Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Binding Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyBindingSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec#getMatchResources()
	 * @see #getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingSpec_MatchResources();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Param Ref</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec#getParamRef()
	 * @see #getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingSpec_ParamRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec#getPolicyName()
	 * @see #getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBindingSpec_PolicyName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList <em>Mutating Admission Policy List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getApiVersion()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getItems()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getKind()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyList#getMetadata()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec <em>Mutating Admission Policy Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec
	 * @generated
	 */
	EClass getMutatingAdmissionPolicySpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getFailurePolicy()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicySpec_FailurePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getMatchConditions <em>Match Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Conditions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getMatchConditions()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_MatchConditions();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match Constraints</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getMatchConstraints()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_MatchConstraints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getMutations <em>Mutations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mutations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getMutations()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_Mutations();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Param Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getParamKind()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_ParamKind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getReinvocationPolicy <em>Reinvocation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reinvocation Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getReinvocationPolicy()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicySpec_ReinvocationPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicySpec#getVariables()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_Variables();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation <em>Mutation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutation</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation
	 * @generated
	 */
	EClass getMutation();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getApplyConfiguration <em>Apply Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Apply Configuration</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getApplyConfiguration()
	 * @see #getMutation()
	 * @generated
	 */
	EReference getMutation_ApplyConfiguration();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getJsonPatch <em>Json Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Json Patch</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getJsonPatch()
	 * @see #getMutation()
	 * @generated
	 */
	EReference getMutation_JsonPatch();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getPatchType <em>Patch Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patch Type</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getPatchType()
	 * @see #getMutation()
	 * @generated
	 */
	EAttribute getMutation_PatchType();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations <em>Named Rule With Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Rule With Operations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations
	 * @generated
	 */
	EClass getNamedRuleWithOperations();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getApiGroups <em>Api Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Groups</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getApiGroups()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_ApiGroups();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getApiVersions <em>Api Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Versions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getApiVersions()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_ApiVersions();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Operations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getOperations()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_Operations();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getResourceNames <em>Resource Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resource Names</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getResourceNames()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_ResourceNames();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getResources()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_Resources();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.NamedRuleWithOperations#getScope()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_Scope();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamKind <em>Param Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Param Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamKind
	 * @generated
	 */
	EClass getParamKind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamKind#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamKind#getApiVersion()
	 * @see #getParamKind()
	 * @generated
	 */
	EAttribute getParamKind_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamKind#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamKind#getKind()
	 * @see #getParamKind()
	 * @generated
	 */
	EAttribute getParamKind_Kind();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef <em>Param Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Param Ref</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef
	 * @generated
	 */
	EClass getParamRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getName()
	 * @see #getParamRef()
	 * @generated
	 */
	EAttribute getParamRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getNamespace()
	 * @see #getParamRef()
	 * @generated
	 */
	EAttribute getParamRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getParameterNotFoundAction <em>Parameter Not Found Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter Not Found Action</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getParameterNotFoundAction()
	 * @see #getParamRef()
	 * @generated
	 */
	EAttribute getParamRef_ParameterNotFoundAction();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef#getSelector()
	 * @see #getParamRef()
	 * @generated
	 */
	EReference getParamRef_Selector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Variable#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Variable#getExpression()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Expression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Variable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.Variable#getName()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Name();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AdmissionregistrationV1beta1Factory getAdmissionregistrationV1beta1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ApplyConfigurationImpl <em>Apply Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ApplyConfigurationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getApplyConfiguration()
		 * @generated
		 */
		EClass APPLY_CONFIGURATION = eINSTANCE.getApplyConfiguration();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLY_CONFIGURATION__EXPRESSION = eINSTANCE.getApplyConfiguration_Expression();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.JSONPatchImpl <em>JSON Patch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.JSONPatchImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getJSONPatch()
		 * @generated
		 */
		EClass JSON_PATCH = eINSTANCE.getJSONPatch();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_PATCH__EXPRESSION = eINSTANCE.getJSONPatch_Expression();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchConditionImpl <em>Match Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchConditionImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMatchCondition()
		 * @generated
		 */
		EClass MATCH_CONDITION = eINSTANCE.getMatchCondition();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_CONDITION__EXPRESSION = eINSTANCE.getMatchCondition_Expression();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_CONDITION__NAME = eINSTANCE.getMatchCondition_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchResourcesImpl <em>Match Resources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MatchResourcesImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMatchResources()
		 * @generated
		 */
		EClass MATCH_RESOURCES = eINSTANCE.getMatchResources();

		/**
		 * The meta object literal for the '<em><b>Exclude Resource Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES = eINSTANCE.getMatchResources_ExcludeResourceRules();

		/**
		 * The meta object literal for the '<em><b>Match Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_RESOURCES__MATCH_POLICY = eINSTANCE.getMatchResources_MatchPolicy();

		/**
		 * The meta object literal for the '<em><b>Namespace Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH_RESOURCES__NAMESPACE_SELECTOR = eINSTANCE.getMatchResources_NamespaceSelector();

		/**
		 * The meta object literal for the '<em><b>Object Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH_RESOURCES__OBJECT_SELECTOR = eINSTANCE.getMatchResources_ObjectSelector();

		/**
		 * The meta object literal for the '<em><b>Resource Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH_RESOURCES__RESOURCE_RULES = eINSTANCE.getMatchResources_ResourceRules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyImpl <em>Mutating Admission Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicy()
		 * @generated
		 */
		EClass MUTATING_ADMISSION_POLICY = eINSTANCE.getMutatingAdmissionPolicy();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY__API_VERSION = eINSTANCE.getMutatingAdmissionPolicy_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY__KIND = eINSTANCE.getMutatingAdmissionPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY__METADATA = eINSTANCE.getMutatingAdmissionPolicy_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY__SPEC = eINSTANCE.getMutatingAdmissionPolicy_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingImpl <em>Mutating Admission Policy Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyBinding()
		 * @generated
		 */
		EClass MUTATING_ADMISSION_POLICY_BINDING = eINSTANCE.getMutatingAdmissionPolicyBinding();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_BINDING__API_VERSION = eINSTANCE.getMutatingAdmissionPolicyBinding_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_BINDING__KIND = eINSTANCE.getMutatingAdmissionPolicyBinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_BINDING__METADATA = eINSTANCE.getMutatingAdmissionPolicyBinding_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_BINDING__SPEC = eINSTANCE.getMutatingAdmissionPolicyBinding_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingListImpl <em>Mutating Admission Policy Binding List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyBindingList()
		 * @generated
		 */
		EClass MUTATING_ADMISSION_POLICY_BINDING_LIST = eINSTANCE.getMutatingAdmissionPolicyBindingList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_BINDING_LIST__API_VERSION = eINSTANCE.getMutatingAdmissionPolicyBindingList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_BINDING_LIST__ITEMS = eINSTANCE.getMutatingAdmissionPolicyBindingList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_BINDING_LIST__KIND = eINSTANCE.getMutatingAdmissionPolicyBindingList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_BINDING_LIST__METADATA = eINSTANCE.getMutatingAdmissionPolicyBindingList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl <em>Mutating Admission Policy Binding Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyBindingSpec()
		 * @generated
		 */
		EClass MUTATING_ADMISSION_POLICY_BINDING_SPEC = eINSTANCE.getMutatingAdmissionPolicyBindingSpec();

		/**
		 * The meta object literal for the '<em><b>Match Resources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES = eINSTANCE.getMutatingAdmissionPolicyBindingSpec_MatchResources();

		/**
		 * The meta object literal for the '<em><b>Param Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF = eINSTANCE.getMutatingAdmissionPolicyBindingSpec_ParamRef();

		/**
		 * The meta object literal for the '<em><b>Policy Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME = eINSTANCE.getMutatingAdmissionPolicyBindingSpec_PolicyName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyListImpl <em>Mutating Admission Policy List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicyList()
		 * @generated
		 */
		EClass MUTATING_ADMISSION_POLICY_LIST = eINSTANCE.getMutatingAdmissionPolicyList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_LIST__API_VERSION = eINSTANCE.getMutatingAdmissionPolicyList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_LIST__ITEMS = eINSTANCE.getMutatingAdmissionPolicyList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_LIST__KIND = eINSTANCE.getMutatingAdmissionPolicyList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_LIST__METADATA = eINSTANCE.getMutatingAdmissionPolicyList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicySpecImpl <em>Mutating Admission Policy Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicySpecImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutatingAdmissionPolicySpec()
		 * @generated
		 */
		EClass MUTATING_ADMISSION_POLICY_SPEC = eINSTANCE.getMutatingAdmissionPolicySpec();

		/**
		 * The meta object literal for the '<em><b>Failure Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY = eINSTANCE.getMutatingAdmissionPolicySpec_FailurePolicy();

		/**
		 * The meta object literal for the '<em><b>Match Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS = eINSTANCE.getMutatingAdmissionPolicySpec_MatchConditions();

		/**
		 * The meta object literal for the '<em><b>Match Constraints</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS = eINSTANCE.getMutatingAdmissionPolicySpec_MatchConstraints();

		/**
		 * The meta object literal for the '<em><b>Mutations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS = eINSTANCE.getMutatingAdmissionPolicySpec_Mutations();

		/**
		 * The meta object literal for the '<em><b>Param Kind</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND = eINSTANCE.getMutatingAdmissionPolicySpec_ParamKind();

		/**
		 * The meta object literal for the '<em><b>Reinvocation Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY = eINSTANCE.getMutatingAdmissionPolicySpec_ReinvocationPolicy();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_ADMISSION_POLICY_SPEC__VARIABLES = eINSTANCE.getMutatingAdmissionPolicySpec_Variables();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl <em>Mutation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getMutation()
		 * @generated
		 */
		EClass MUTATION = eINSTANCE.getMutation();

		/**
		 * The meta object literal for the '<em><b>Apply Configuration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATION__APPLY_CONFIGURATION = eINSTANCE.getMutation_ApplyConfiguration();

		/**
		 * The meta object literal for the '<em><b>Json Patch</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATION__JSON_PATCH = eINSTANCE.getMutation_JsonPatch();

		/**
		 * The meta object literal for the '<em><b>Patch Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATION__PATCH_TYPE = eINSTANCE.getMutation_PatchType();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.NamedRuleWithOperationsImpl <em>Named Rule With Operations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.NamedRuleWithOperationsImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getNamedRuleWithOperations()
		 * @generated
		 */
		EClass NAMED_RULE_WITH_OPERATIONS = eINSTANCE.getNamedRuleWithOperations();

		/**
		 * The meta object literal for the '<em><b>Api Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_RULE_WITH_OPERATIONS__API_GROUPS = eINSTANCE.getNamedRuleWithOperations_ApiGroups();

		/**
		 * The meta object literal for the '<em><b>Api Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_RULE_WITH_OPERATIONS__API_VERSIONS = eINSTANCE.getNamedRuleWithOperations_ApiVersions();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_RULE_WITH_OPERATIONS__OPERATIONS = eINSTANCE.getNamedRuleWithOperations_Operations();

		/**
		 * The meta object literal for the '<em><b>Resource Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES = eINSTANCE.getNamedRuleWithOperations_ResourceNames();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_RULE_WITH_OPERATIONS__RESOURCES = eINSTANCE.getNamedRuleWithOperations_Resources();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_RULE_WITH_OPERATIONS__SCOPE = eINSTANCE.getNamedRuleWithOperations_Scope();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamKindImpl <em>Param Kind</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamKindImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getParamKind()
		 * @generated
		 */
		EClass PARAM_KIND = eINSTANCE.getParamKind();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAM_KIND__API_VERSION = eINSTANCE.getParamKind_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAM_KIND__KIND = eINSTANCE.getParamKind_Kind();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl <em>Param Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getParamRef()
		 * @generated
		 */
		EClass PARAM_REF = eINSTANCE.getParamRef();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAM_REF__NAME = eINSTANCE.getParamRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAM_REF__NAMESPACE = eINSTANCE.getParamRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Parameter Not Found Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAM_REF__PARAMETER_NOT_FOUND_ACTION = eINSTANCE.getParamRef_ParameterNotFoundAction();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAM_REF__SELECTOR = eINSTANCE.getParamRef_Selector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.VariableImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__EXPRESSION = eINSTANCE.getVariable_Expression();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__NAME = eINSTANCE.getVariable_Name();

	}

} //AdmissionregistrationV1beta1Package
