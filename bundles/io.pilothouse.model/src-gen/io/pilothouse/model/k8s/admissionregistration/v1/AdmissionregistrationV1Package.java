/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

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
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Factory
 * @generated
 */
public interface AdmissionregistrationV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/admissionregistration/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "admissionregistration.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdmissionregistrationV1Package eINSTANCE = io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ApplyConfigurationImpl <em>Apply Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ApplyConfigurationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getApplyConfiguration()
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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.AuditAnnotationImpl <em>Audit Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AuditAnnotationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getAuditAnnotation()
	 * @generated
	 */
	int AUDIT_ANNOTATION = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ANNOTATION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ANNOTATION__VALUE_EXPRESSION = 1;

	/**
	 * The number of structural features of the '<em>Audit Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ANNOTATION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ExpressionWarningImpl <em>Expression Warning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ExpressionWarningImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getExpressionWarning()
	 * @generated
	 */
	int EXPRESSION_WARNING = 2;

	/**
	 * The feature id for the '<em><b>Field Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_WARNING__FIELD_REF = 0;

	/**
	 * The feature id for the '<em><b>Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_WARNING__WARNING = 1;

	/**
	 * The number of structural features of the '<em>Expression Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_WARNING_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.JSONPatchImpl <em>JSON Patch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.JSONPatchImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getJSONPatch()
	 * @generated
	 */
	int JSON_PATCH = 3;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchConditionImpl <em>Match Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchConditionImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMatchCondition()
	 * @generated
	 */
	int MATCH_CONDITION = 4;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl <em>Match Resources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMatchResources()
	 * @generated
	 */
	int MATCH_RESOURCES = 5;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyImpl <em>Mutating Admission Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicy()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY = 6;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingImpl <em>Mutating Admission Policy Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_BINDING = 7;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingListImpl <em>Mutating Admission Policy Binding List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_LIST = 8;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingSpecImpl <em>Mutating Admission Policy Binding Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingSpecImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_BINDING_SPEC = 9;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyListImpl <em>Mutating Admission Policy List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyList()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_LIST = 10;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicySpecImpl <em>Mutating Admission Policy Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicySpecImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	int MUTATING_ADMISSION_POLICY_SPEC = 11;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl <em>Mutating Webhook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingWebhook()
	 * @generated
	 */
	int MUTATING_WEBHOOK = 12;

	/**
	 * The feature id for the '<em><b>Admission Review Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS = 0;

	/**
	 * The feature id for the '<em><b>Client Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__CLIENT_CONFIG = 1;

	/**
	 * The feature id for the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__FAILURE_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Match Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__MATCH_CONDITIONS = 3;

	/**
	 * The feature id for the '<em><b>Match Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__MATCH_POLICY = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__NAME = 5;

	/**
	 * The feature id for the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__NAMESPACE_SELECTOR = 6;

	/**
	 * The feature id for the '<em><b>Object Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__OBJECT_SELECTOR = 7;

	/**
	 * The feature id for the '<em><b>Reinvocation Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__REINVOCATION_POLICY = 8;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__RULES = 9;

	/**
	 * The feature id for the '<em><b>Side Effects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__SIDE_EFFECTS = 10;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK__TIMEOUT_SECONDS = 11;

	/**
	 * The number of structural features of the '<em>Mutating Webhook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationImpl <em>Mutating Webhook Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingWebhookConfiguration()
	 * @generated
	 */
	int MUTATING_WEBHOOK_CONFIGURATION = 13;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Webhooks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION__WEBHOOKS = 3;

	/**
	 * The number of structural features of the '<em>Mutating Webhook Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationListImpl <em>Mutating Webhook Configuration List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingWebhookConfigurationList()
	 * @generated
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_LIST = 14;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Mutating Webhook Configuration List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTATING_WEBHOOK_CONFIGURATION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutationImpl <em>Mutation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutation()
	 * @generated
	 */
	int MUTATION = 15;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.NamedRuleWithOperationsImpl <em>Named Rule With Operations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.NamedRuleWithOperationsImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getNamedRuleWithOperations()
	 * @generated
	 */
	int NAMED_RULE_WITH_OPERATIONS = 16;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamKindImpl <em>Param Kind</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamKindImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getParamKind()
	 * @generated
	 */
	int PARAM_KIND = 17;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamRefImpl <em>Param Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamRefImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getParamRef()
	 * @generated
	 */
	int PARAM_REF = 18;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.RuleWithOperationsImpl <em>Rule With Operations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.RuleWithOperationsImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getRuleWithOperations()
	 * @generated
	 */
	int RULE_WITH_OPERATIONS = 19;

	/**
	 * The feature id for the '<em><b>Api Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WITH_OPERATIONS__API_GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Api Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WITH_OPERATIONS__API_VERSIONS = 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WITH_OPERATIONS__OPERATIONS = 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WITH_OPERATIONS__RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WITH_OPERATIONS__SCOPE = 4;

	/**
	 * The number of structural features of the '<em>Rule With Operations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WITH_OPERATIONS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ServiceReferenceImpl <em>Service Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ServiceReferenceImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getServiceReference()
	 * @generated
	 */
	int SERVICE_REFERENCE = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__NAMESPACE = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__PATH = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__PORT = 3;

	/**
	 * The number of structural features of the '<em>Service Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.TypeCheckingImpl <em>Type Checking</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.TypeCheckingImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getTypeChecking()
	 * @generated
	 */
	int TYPE_CHECKING = 21;

	/**
	 * The feature id for the '<em><b>Expression Warnings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_CHECKING__EXPRESSION_WARNINGS = 0;

	/**
	 * The number of structural features of the '<em>Type Checking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_CHECKING_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyImpl <em>Validating Admission Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicy()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY = 22;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingImpl <em>Validating Admission Policy Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyBinding()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING = 23;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingListImpl <em>Validating Admission Policy Binding List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyBindingList()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_LIST = 24;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy Binding List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingSpecImpl <em>Validating Admission Policy Binding Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingSpecImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_SPEC = 25;

	/**
	 * The feature id for the '<em><b>Match Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES = 0;

	/**
	 * The feature id for the '<em><b>Param Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF = 1;

	/**
	 * The feature id for the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME = 2;

	/**
	 * The feature id for the '<em><b>Validation Actions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_SPEC__VALIDATION_ACTIONS = 3;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy Binding Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_BINDING_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyListImpl <em>Validating Admission Policy List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyList()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY_LIST = 26;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl <em>Validating Admission Policy Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC = 27;

	/**
	 * The feature id for the '<em><b>Audit Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS = 0;

	/**
	 * The feature id for the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Match Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS = 2;

	/**
	 * The feature id for the '<em><b>Match Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS = 3;

	/**
	 * The feature id for the '<em><b>Param Kind</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND = 4;

	/**
	 * The feature id for the '<em><b>Validations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS = 5;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES = 6;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_SPEC_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl <em>Validating Admission Policy Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyStatus()
	 * @generated
	 */
	int VALIDATING_ADMISSION_POLICY_STATUS = 28;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION = 1;

	/**
	 * The feature id for the '<em><b>Type Checking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING = 2;

	/**
	 * The number of structural features of the '<em>Validating Admission Policy Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_ADMISSION_POLICY_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookImpl <em>Validating Webhook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingWebhook()
	 * @generated
	 */
	int VALIDATING_WEBHOOK = 29;

	/**
	 * The feature id for the '<em><b>Admission Review Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS = 0;

	/**
	 * The feature id for the '<em><b>Client Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__CLIENT_CONFIG = 1;

	/**
	 * The feature id for the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__FAILURE_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Match Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__MATCH_CONDITIONS = 3;

	/**
	 * The feature id for the '<em><b>Match Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__MATCH_POLICY = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__NAME = 5;

	/**
	 * The feature id for the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__NAMESPACE_SELECTOR = 6;

	/**
	 * The feature id for the '<em><b>Object Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__OBJECT_SELECTOR = 7;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__RULES = 8;

	/**
	 * The feature id for the '<em><b>Side Effects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__SIDE_EFFECTS = 9;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK__TIMEOUT_SECONDS = 10;

	/**
	 * The number of structural features of the '<em>Validating Webhook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationImpl <em>Validating Webhook Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingWebhookConfiguration()
	 * @generated
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION = 30;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Webhooks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION__WEBHOOKS = 3;

	/**
	 * The number of structural features of the '<em>Validating Webhook Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationListImpl <em>Validating Webhook Configuration List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationListImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingWebhookConfigurationList()
	 * @generated
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_LIST = 31;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Validating Webhook Configuration List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATING_WEBHOOK_CONFIGURATION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidationImpl <em>Validation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidationImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidation()
	 * @generated
	 */
	int VALIDATION = 32;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION__EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION__MESSAGE_EXPRESSION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION__REASON = 3;

	/**
	 * The number of structural features of the '<em>Validation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.VariableImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 33;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl <em>Webhook Client Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getWebhookClientConfig()
	 * @generated
	 */
	int WEBHOOK_CLIENT_CONFIG = 34;

	/**
	 * The feature id for the '<em><b>Ca Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG__CA_BUNDLE = 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG__SERVICE = 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG__URL = 2;

	/**
	 * The number of structural features of the '<em>Webhook Client Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG_FEATURE_COUNT = 3;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ApplyConfiguration <em>Apply Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Apply Configuration</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ApplyConfiguration
	 * @generated
	 */
	EClass getApplyConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ApplyConfiguration#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ApplyConfiguration#getExpression()
	 * @see #getApplyConfiguration()
	 * @generated
	 */
	EAttribute getApplyConfiguration_Expression();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation <em>Audit Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Annotation</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation
	 * @generated
	 */
	EClass getAuditAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation#getKey()
	 * @see #getAuditAnnotation()
	 * @generated
	 */
	EAttribute getAuditAnnotation_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation#getValueExpression()
	 * @see #getAuditAnnotation()
	 * @generated
	 */
	EAttribute getAuditAnnotation_ValueExpression();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning <em>Expression Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expression Warning</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning
	 * @generated
	 */
	EClass getExpressionWarning();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getFieldRef <em>Field Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Ref</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getFieldRef()
	 * @see #getExpressionWarning()
	 * @generated
	 */
	EAttribute getExpressionWarning_FieldRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getWarning <em>Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warning</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getWarning()
	 * @see #getExpressionWarning()
	 * @generated
	 */
	EAttribute getExpressionWarning_Warning();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.JSONPatch <em>JSON Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>JSON Patch</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.JSONPatch
	 * @generated
	 */
	EClass getJSONPatch();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.JSONPatch#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.JSONPatch#getExpression()
	 * @see #getJSONPatch()
	 * @generated
	 */
	EAttribute getJSONPatch_Expression();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition <em>Match Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match Condition</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition
	 * @generated
	 */
	EClass getMatchCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition#getExpression()
	 * @see #getMatchCondition()
	 * @generated
	 */
	EAttribute getMatchCondition_Expression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition#getName()
	 * @see #getMatchCondition()
	 * @generated
	 */
	EAttribute getMatchCondition_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources <em>Match Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchResources
	 * @generated
	 */
	EClass getMatchResources();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getExcludeResourceRules <em>Exclude Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exclude Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getExcludeResourceRules()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_ExcludeResourceRules();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getMatchPolicy <em>Match Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getMatchPolicy()
	 * @see #getMatchResources()
	 * @generated
	 */
	EAttribute getMatchResources_MatchPolicy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getNamespaceSelector <em>Namespace Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespace Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getNamespaceSelector()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_NamespaceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getObjectSelector <em>Object Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getObjectSelector()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_ObjectSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getResourceRules <em>Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getResourceRules()
	 * @see #getMatchResources()
	 * @generated
	 */
	EReference getMatchResources_ResourceRules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy <em>Mutating Admission Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy
	 * @generated
	 */
	EClass getMutatingAdmissionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getApiVersion()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicy_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getKind()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicy_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getMetadata()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicy_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicy#getSpec()
	 * @see #getMutatingAdmissionPolicy()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicy_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding <em>Mutating Admission Policy Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Binding</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyBinding();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getApiVersion()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBinding_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getKind()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBinding_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getMetadata()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBinding_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBinding#getSpec()
	 * @see #getMutatingAdmissionPolicyBinding()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBinding_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList <em>Mutating Admission Policy Binding List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Binding List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyBindingList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getApiVersion()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBindingList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getItems()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getKind()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBindingList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingList#getMetadata()
	 * @see #getMutatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec <em>Mutating Admission Policy Binding Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Binding Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyBindingSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getMatchResources()
	 * @see #getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingSpec_MatchResources();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Param Ref</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getParamRef()
	 * @see #getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyBindingSpec_ParamRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec#getPolicyName()
	 * @see #getMutatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyBindingSpec_PolicyName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList <em>Mutating Admission Policy List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList
	 * @generated
	 */
	EClass getMutatingAdmissionPolicyList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getApiVersion()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getItems()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getKind()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicyList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicyList#getMetadata()
	 * @see #getMutatingAdmissionPolicyList()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicyList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec <em>Mutating Admission Policy Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Admission Policy Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec
	 * @generated
	 */
	EClass getMutatingAdmissionPolicySpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getFailurePolicy()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicySpec_FailurePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getMatchConditions <em>Match Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Conditions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getMatchConditions()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_MatchConditions();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match Constraints</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getMatchConstraints()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_MatchConstraints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getMutations <em>Mutations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mutations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getMutations()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_Mutations();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Param Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getParamKind()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_ParamKind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getReinvocationPolicy <em>Reinvocation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reinvocation Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getReinvocationPolicy()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EAttribute getMutatingAdmissionPolicySpec_ReinvocationPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingAdmissionPolicySpec#getVariables()
	 * @see #getMutatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getMutatingAdmissionPolicySpec_Variables();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook <em>Mutating Webhook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Webhook</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook
	 * @generated
	 */
	EClass getMutatingWebhook();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getAdmissionReviewVersions <em>Admission Review Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Admission Review Versions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getAdmissionReviewVersions()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_AdmissionReviewVersions();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getClientConfig <em>Client Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Client Config</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getClientConfig()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EReference getMutatingWebhook_ClientConfig();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getFailurePolicy <em>Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getFailurePolicy()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_FailurePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchConditions <em>Match Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Conditions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchConditions()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EReference getMutatingWebhook_MatchConditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchPolicy <em>Match Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchPolicy()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_MatchPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getName()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getNamespaceSelector <em>Namespace Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespace Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getNamespaceSelector()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EReference getMutatingWebhook_NamespaceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getObjectSelector <em>Object Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getObjectSelector()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EReference getMutatingWebhook_ObjectSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getReinvocationPolicy <em>Reinvocation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reinvocation Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getReinvocationPolicy()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_ReinvocationPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getRules()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EReference getMutatingWebhook_Rules();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getSideEffects <em>Side Effects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side Effects</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getSideEffects()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_SideEffects();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getTimeoutSeconds()
	 * @see #getMutatingWebhook()
	 * @generated
	 */
	EAttribute getMutatingWebhook_TimeoutSeconds();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration <em>Mutating Webhook Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Webhook Configuration</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration
	 * @generated
	 */
	EClass getMutatingWebhookConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getApiVersion()
	 * @see #getMutatingWebhookConfiguration()
	 * @generated
	 */
	EAttribute getMutatingWebhookConfiguration_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getKind()
	 * @see #getMutatingWebhookConfiguration()
	 * @generated
	 */
	EAttribute getMutatingWebhookConfiguration_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getMetadata()
	 * @see #getMutatingWebhookConfiguration()
	 * @generated
	 */
	EReference getMutatingWebhookConfiguration_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getWebhooks <em>Webhooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Webhooks</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfiguration#getWebhooks()
	 * @see #getMutatingWebhookConfiguration()
	 * @generated
	 */
	EReference getMutatingWebhookConfiguration_Webhooks();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList <em>Mutating Webhook Configuration List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutating Webhook Configuration List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList
	 * @generated
	 */
	EClass getMutatingWebhookConfigurationList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getApiVersion()
	 * @see #getMutatingWebhookConfigurationList()
	 * @generated
	 */
	EAttribute getMutatingWebhookConfigurationList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getItems()
	 * @see #getMutatingWebhookConfigurationList()
	 * @generated
	 */
	EReference getMutatingWebhookConfigurationList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getKind()
	 * @see #getMutatingWebhookConfigurationList()
	 * @generated
	 */
	EAttribute getMutatingWebhookConfigurationList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhookConfigurationList#getMetadata()
	 * @see #getMutatingWebhookConfigurationList()
	 * @generated
	 */
	EReference getMutatingWebhookConfigurationList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.Mutation <em>Mutation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutation</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Mutation
	 * @generated
	 */
	EClass getMutation();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.Mutation#getApplyConfiguration <em>Apply Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Apply Configuration</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Mutation#getApplyConfiguration()
	 * @see #getMutation()
	 * @generated
	 */
	EReference getMutation_ApplyConfiguration();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.Mutation#getJsonPatch <em>Json Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Json Patch</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Mutation#getJsonPatch()
	 * @see #getMutation()
	 * @generated
	 */
	EReference getMutation_JsonPatch();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Mutation#getPatchType <em>Patch Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patch Type</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Mutation#getPatchType()
	 * @see #getMutation()
	 * @generated
	 */
	EAttribute getMutation_PatchType();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations <em>Named Rule With Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Rule With Operations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations
	 * @generated
	 */
	EClass getNamedRuleWithOperations();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getApiGroups <em>Api Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Groups</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getApiGroups()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_ApiGroups();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getApiVersions <em>Api Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Versions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getApiVersions()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_ApiVersions();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Operations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getOperations()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_Operations();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getResourceNames <em>Resource Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resource Names</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getResourceNames()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_ResourceNames();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getResources()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_Resources();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations#getScope()
	 * @see #getNamedRuleWithOperations()
	 * @generated
	 */
	EAttribute getNamedRuleWithOperations_Scope();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamKind <em>Param Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Param Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamKind
	 * @generated
	 */
	EClass getParamKind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamKind#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamKind#getApiVersion()
	 * @see #getParamKind()
	 * @generated
	 */
	EAttribute getParamKind_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamKind#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamKind#getKind()
	 * @see #getParamKind()
	 * @generated
	 */
	EAttribute getParamKind_Kind();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamRef <em>Param Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Param Ref</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamRef
	 * @generated
	 */
	EClass getParamRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getName()
	 * @see #getParamRef()
	 * @generated
	 */
	EAttribute getParamRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getNamespace()
	 * @see #getParamRef()
	 * @generated
	 */
	EAttribute getParamRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getParameterNotFoundAction <em>Parameter Not Found Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter Not Found Action</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getParameterNotFoundAction()
	 * @see #getParamRef()
	 * @generated
	 */
	EAttribute getParamRef_ParameterNotFoundAction();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ParamRef#getSelector()
	 * @see #getParamRef()
	 * @generated
	 */
	EReference getParamRef_Selector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations <em>Rule With Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule With Operations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations
	 * @generated
	 */
	EClass getRuleWithOperations();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getApiGroups <em>Api Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Groups</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getApiGroups()
	 * @see #getRuleWithOperations()
	 * @generated
	 */
	EAttribute getRuleWithOperations_ApiGroups();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getApiVersions <em>Api Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Versions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getApiVersions()
	 * @see #getRuleWithOperations()
	 * @generated
	 */
	EAttribute getRuleWithOperations_ApiVersions();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Operations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getOperations()
	 * @see #getRuleWithOperations()
	 * @generated
	 */
	EAttribute getRuleWithOperations_Operations();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getResources()
	 * @see #getRuleWithOperations()
	 * @generated
	 */
	EAttribute getRuleWithOperations_Resources();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations#getScope()
	 * @see #getRuleWithOperations()
	 * @generated
	 */
	EAttribute getRuleWithOperations_Scope();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference <em>Service Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Reference</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference
	 * @generated
	 */
	EClass getServiceReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getName()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getNamespace()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getPath()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference#getPort()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Port();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking <em>Type Checking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Type Checking</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking
	 * @generated
	 */
	EClass getTypeChecking();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking#getExpressionWarnings <em>Expression Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expression Warnings</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking#getExpressionWarnings()
	 * @see #getTypeChecking()
	 * @generated
	 */
	EReference getTypeChecking_ExpressionWarnings();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy <em>Validating Admission Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy
	 * @generated
	 */
	EClass getValidatingAdmissionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getApiVersion()
	 * @see #getValidatingAdmissionPolicy()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicy_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getKind()
	 * @see #getValidatingAdmissionPolicy()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicy_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getMetadata()
	 * @see #getValidatingAdmissionPolicy()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicy_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getSpec()
	 * @see #getValidatingAdmissionPolicy()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicy_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicy#getStatus()
	 * @see #getValidatingAdmissionPolicy()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicy_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding <em>Validating Admission Policy Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy Binding</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding
	 * @generated
	 */
	EClass getValidatingAdmissionPolicyBinding();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getApiVersion()
	 * @see #getValidatingAdmissionPolicyBinding()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyBinding_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getKind()
	 * @see #getValidatingAdmissionPolicyBinding()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyBinding_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getMetadata()
	 * @see #getValidatingAdmissionPolicyBinding()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyBinding_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBinding#getSpec()
	 * @see #getValidatingAdmissionPolicyBinding()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyBinding_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList <em>Validating Admission Policy Binding List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy Binding List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList
	 * @generated
	 */
	EClass getValidatingAdmissionPolicyBindingList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getApiVersion()
	 * @see #getValidatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyBindingList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getItems()
	 * @see #getValidatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyBindingList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getKind()
	 * @see #getValidatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyBindingList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingList#getMetadata()
	 * @see #getValidatingAdmissionPolicyBindingList()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyBindingList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec <em>Validating Admission Policy Binding Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy Binding Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec
	 * @generated
	 */
	EClass getValidatingAdmissionPolicyBindingSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getMatchResources <em>Match Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match Resources</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getMatchResources()
	 * @see #getValidatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyBindingSpec_MatchResources();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getParamRef <em>Param Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Param Ref</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getParamRef()
	 * @see #getValidatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyBindingSpec_ParamRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getPolicyName <em>Policy Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getPolicyName()
	 * @see #getValidatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyBindingSpec_PolicyName();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getValidationActions <em>Validation Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Validation Actions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec#getValidationActions()
	 * @see #getValidatingAdmissionPolicyBindingSpec()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyBindingSpec_ValidationActions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList <em>Validating Admission Policy List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList
	 * @generated
	 */
	EClass getValidatingAdmissionPolicyList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getApiVersion()
	 * @see #getValidatingAdmissionPolicyList()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getItems()
	 * @see #getValidatingAdmissionPolicyList()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getKind()
	 * @see #getValidatingAdmissionPolicyList()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyList#getMetadata()
	 * @see #getValidatingAdmissionPolicyList()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec <em>Validating Admission Policy Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy Spec</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec
	 * @generated
	 */
	EClass getValidatingAdmissionPolicySpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getAuditAnnotations <em>Audit Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit Annotations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getAuditAnnotations()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicySpec_AuditAnnotations();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getFailurePolicy <em>Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getFailurePolicy()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicySpec_FailurePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConditions <em>Match Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Conditions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConditions()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicySpec_MatchConditions();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConstraints <em>Match Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match Constraints</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getMatchConstraints()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicySpec_MatchConstraints();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getParamKind <em>Param Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Param Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getParamKind()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicySpec_ParamKind();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getValidations <em>Validations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Validations</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getValidations()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicySpec_Validations();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec#getVariables()
	 * @see #getValidatingAdmissionPolicySpec()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicySpec_Variables();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus <em>Validating Admission Policy Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Admission Policy Status</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus
	 * @generated
	 */
	EClass getValidatingAdmissionPolicyStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getConditions()
	 * @see #getValidatingAdmissionPolicyStatus()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getObservedGeneration()
	 * @see #getValidatingAdmissionPolicyStatus()
	 * @generated
	 */
	EAttribute getValidatingAdmissionPolicyStatus_ObservedGeneration();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getTypeChecking <em>Type Checking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Type Checking</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getTypeChecking()
	 * @see #getValidatingAdmissionPolicyStatus()
	 * @generated
	 */
	EReference getValidatingAdmissionPolicyStatus_TypeChecking();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook <em>Validating Webhook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Webhook</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook
	 * @generated
	 */
	EClass getValidatingWebhook();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getAdmissionReviewVersions <em>Admission Review Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Admission Review Versions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getAdmissionReviewVersions()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EAttribute getValidatingWebhook_AdmissionReviewVersions();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getClientConfig <em>Client Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Client Config</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getClientConfig()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EReference getValidatingWebhook_ClientConfig();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getFailurePolicy <em>Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getFailurePolicy()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EAttribute getValidatingWebhook_FailurePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getMatchConditions <em>Match Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Conditions</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getMatchConditions()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EReference getValidatingWebhook_MatchConditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getMatchPolicy <em>Match Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Policy</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getMatchPolicy()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EAttribute getValidatingWebhook_MatchPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getName()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EAttribute getValidatingWebhook_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getNamespaceSelector <em>Namespace Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespace Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getNamespaceSelector()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EReference getValidatingWebhook_NamespaceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getObjectSelector <em>Object Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object Selector</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getObjectSelector()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EReference getValidatingWebhook_ObjectSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getRules()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EReference getValidatingWebhook_Rules();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getSideEffects <em>Side Effects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side Effects</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getSideEffects()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EAttribute getValidatingWebhook_SideEffects();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhook#getTimeoutSeconds()
	 * @see #getValidatingWebhook()
	 * @generated
	 */
	EAttribute getValidatingWebhook_TimeoutSeconds();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration <em>Validating Webhook Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Webhook Configuration</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration
	 * @generated
	 */
	EClass getValidatingWebhookConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getApiVersion()
	 * @see #getValidatingWebhookConfiguration()
	 * @generated
	 */
	EAttribute getValidatingWebhookConfiguration_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getKind()
	 * @see #getValidatingWebhookConfiguration()
	 * @generated
	 */
	EAttribute getValidatingWebhookConfiguration_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getMetadata()
	 * @see #getValidatingWebhookConfiguration()
	 * @generated
	 */
	EReference getValidatingWebhookConfiguration_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getWebhooks <em>Webhooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Webhooks</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfiguration#getWebhooks()
	 * @see #getValidatingWebhookConfiguration()
	 * @generated
	 */
	EReference getValidatingWebhookConfiguration_Webhooks();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList <em>Validating Webhook Configuration List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validating Webhook Configuration List</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList
	 * @generated
	 */
	EClass getValidatingWebhookConfigurationList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getApiVersion()
	 * @see #getValidatingWebhookConfigurationList()
	 * @generated
	 */
	EAttribute getValidatingWebhookConfigurationList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getItems()
	 * @see #getValidatingWebhookConfigurationList()
	 * @generated
	 */
	EReference getValidatingWebhookConfigurationList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getKind()
	 * @see #getValidatingWebhookConfigurationList()
	 * @generated
	 */
	EAttribute getValidatingWebhookConfigurationList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.ValidatingWebhookConfigurationList#getMetadata()
	 * @see #getValidatingWebhookConfigurationList()
	 * @generated
	 */
	EReference getValidatingWebhookConfigurationList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.Validation <em>Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validation</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Validation
	 * @generated
	 */
	EClass getValidation();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Validation#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Validation#getExpression()
	 * @see #getValidation()
	 * @generated
	 */
	EAttribute getValidation_Expression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Validation#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Validation#getMessage()
	 * @see #getValidation()
	 * @generated
	 */
	EAttribute getValidation_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Validation#getMessageExpression <em>Message Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Validation#getMessageExpression()
	 * @see #getValidation()
	 * @generated
	 */
	EAttribute getValidation_MessageExpression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Validation#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Validation#getReason()
	 * @see #getValidation()
	 * @generated
	 */
	EAttribute getValidation_Reason();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Variable#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Variable#getExpression()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Expression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.Variable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.Variable#getName()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig <em>Webhook Client Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Webhook Client Config</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig
	 * @generated
	 */
	EClass getWebhookClientConfig();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig#getCaBundle <em>Ca Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ca Bundle</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig#getCaBundle()
	 * @see #getWebhookClientConfig()
	 * @generated
	 */
	EAttribute getWebhookClientConfig_CaBundle();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig#getService()
	 * @see #getWebhookClientConfig()
	 * @generated
	 */
	EReference getWebhookClientConfig_Service();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig#getUrl()
	 * @see #getWebhookClientConfig()
	 * @generated
	 */
	EAttribute getWebhookClientConfig_Url();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AdmissionregistrationV1Factory getAdmissionregistrationV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ApplyConfigurationImpl <em>Apply Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ApplyConfigurationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getApplyConfiguration()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.AuditAnnotationImpl <em>Audit Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AuditAnnotationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getAuditAnnotation()
		 * @generated
		 */
		EClass AUDIT_ANNOTATION = eINSTANCE.getAuditAnnotation();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ANNOTATION__KEY = eINSTANCE.getAuditAnnotation_Key();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ANNOTATION__VALUE_EXPRESSION = eINSTANCE.getAuditAnnotation_ValueExpression();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ExpressionWarningImpl <em>Expression Warning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ExpressionWarningImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getExpressionWarning()
		 * @generated
		 */
		EClass EXPRESSION_WARNING = eINSTANCE.getExpressionWarning();

		/**
		 * The meta object literal for the '<em><b>Field Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPRESSION_WARNING__FIELD_REF = eINSTANCE.getExpressionWarning_FieldRef();

		/**
		 * The meta object literal for the '<em><b>Warning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPRESSION_WARNING__WARNING = eINSTANCE.getExpressionWarning_Warning();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.JSONPatchImpl <em>JSON Patch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.JSONPatchImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getJSONPatch()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchConditionImpl <em>Match Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchConditionImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMatchCondition()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl <em>Match Resources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMatchResources()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyImpl <em>Mutating Admission Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicy()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingImpl <em>Mutating Admission Policy Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyBinding()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingListImpl <em>Mutating Admission Policy Binding List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyBindingList()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingSpecImpl <em>Mutating Admission Policy Binding Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyBindingSpecImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyBindingSpec()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyListImpl <em>Mutating Admission Policy List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicyListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicyList()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicySpecImpl <em>Mutating Admission Policy Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingAdmissionPolicySpecImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingAdmissionPolicySpec()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl <em>Mutating Webhook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingWebhook()
		 * @generated
		 */
		EClass MUTATING_WEBHOOK = eINSTANCE.getMutatingWebhook();

		/**
		 * The meta object literal for the '<em><b>Admission Review Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS = eINSTANCE.getMutatingWebhook_AdmissionReviewVersions();

		/**
		 * The meta object literal for the '<em><b>Client Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK__CLIENT_CONFIG = eINSTANCE.getMutatingWebhook_ClientConfig();

		/**
		 * The meta object literal for the '<em><b>Failure Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__FAILURE_POLICY = eINSTANCE.getMutatingWebhook_FailurePolicy();

		/**
		 * The meta object literal for the '<em><b>Match Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK__MATCH_CONDITIONS = eINSTANCE.getMutatingWebhook_MatchConditions();

		/**
		 * The meta object literal for the '<em><b>Match Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__MATCH_POLICY = eINSTANCE.getMutatingWebhook_MatchPolicy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__NAME = eINSTANCE.getMutatingWebhook_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK__NAMESPACE_SELECTOR = eINSTANCE.getMutatingWebhook_NamespaceSelector();

		/**
		 * The meta object literal for the '<em><b>Object Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK__OBJECT_SELECTOR = eINSTANCE.getMutatingWebhook_ObjectSelector();

		/**
		 * The meta object literal for the '<em><b>Reinvocation Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__REINVOCATION_POLICY = eINSTANCE.getMutatingWebhook_ReinvocationPolicy();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK__RULES = eINSTANCE.getMutatingWebhook_Rules();

		/**
		 * The meta object literal for the '<em><b>Side Effects</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__SIDE_EFFECTS = eINSTANCE.getMutatingWebhook_SideEffects();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK__TIMEOUT_SECONDS = eINSTANCE.getMutatingWebhook_TimeoutSeconds();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationImpl <em>Mutating Webhook Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingWebhookConfiguration()
		 * @generated
		 */
		EClass MUTATING_WEBHOOK_CONFIGURATION = eINSTANCE.getMutatingWebhookConfiguration();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK_CONFIGURATION__API_VERSION = eINSTANCE.getMutatingWebhookConfiguration_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK_CONFIGURATION__KIND = eINSTANCE.getMutatingWebhookConfiguration_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK_CONFIGURATION__METADATA = eINSTANCE.getMutatingWebhookConfiguration_Metadata();

		/**
		 * The meta object literal for the '<em><b>Webhooks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK_CONFIGURATION__WEBHOOKS = eINSTANCE.getMutatingWebhookConfiguration_Webhooks();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationListImpl <em>Mutating Webhook Configuration List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookConfigurationListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutatingWebhookConfigurationList()
		 * @generated
		 */
		EClass MUTATING_WEBHOOK_CONFIGURATION_LIST = eINSTANCE.getMutatingWebhookConfigurationList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK_CONFIGURATION_LIST__API_VERSION = eINSTANCE.getMutatingWebhookConfigurationList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK_CONFIGURATION_LIST__ITEMS = eINSTANCE.getMutatingWebhookConfigurationList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTATING_WEBHOOK_CONFIGURATION_LIST__KIND = eINSTANCE.getMutatingWebhookConfigurationList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTATING_WEBHOOK_CONFIGURATION_LIST__METADATA = eINSTANCE.getMutatingWebhookConfigurationList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutationImpl <em>Mutation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.MutationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getMutation()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.NamedRuleWithOperationsImpl <em>Named Rule With Operations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.NamedRuleWithOperationsImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getNamedRuleWithOperations()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamKindImpl <em>Param Kind</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamKindImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getParamKind()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamRefImpl <em>Param Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ParamRefImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getParamRef()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.RuleWithOperationsImpl <em>Rule With Operations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.RuleWithOperationsImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getRuleWithOperations()
		 * @generated
		 */
		EClass RULE_WITH_OPERATIONS = eINSTANCE.getRuleWithOperations();

		/**
		 * The meta object literal for the '<em><b>Api Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WITH_OPERATIONS__API_GROUPS = eINSTANCE.getRuleWithOperations_ApiGroups();

		/**
		 * The meta object literal for the '<em><b>Api Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WITH_OPERATIONS__API_VERSIONS = eINSTANCE.getRuleWithOperations_ApiVersions();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WITH_OPERATIONS__OPERATIONS = eINSTANCE.getRuleWithOperations_Operations();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WITH_OPERATIONS__RESOURCES = eINSTANCE.getRuleWithOperations_Resources();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WITH_OPERATIONS__SCOPE = eINSTANCE.getRuleWithOperations_Scope();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ServiceReferenceImpl <em>Service Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ServiceReferenceImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getServiceReference()
		 * @generated
		 */
		EClass SERVICE_REFERENCE = eINSTANCE.getServiceReference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__NAME = eINSTANCE.getServiceReference_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__NAMESPACE = eINSTANCE.getServiceReference_Namespace();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__PATH = eINSTANCE.getServiceReference_Path();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__PORT = eINSTANCE.getServiceReference_Port();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.TypeCheckingImpl <em>Type Checking</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.TypeCheckingImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getTypeChecking()
		 * @generated
		 */
		EClass TYPE_CHECKING = eINSTANCE.getTypeChecking();

		/**
		 * The meta object literal for the '<em><b>Expression Warnings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPE_CHECKING__EXPRESSION_WARNINGS = eINSTANCE.getTypeChecking_ExpressionWarnings();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyImpl <em>Validating Admission Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicy()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY = eINSTANCE.getValidatingAdmissionPolicy();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY__API_VERSION = eINSTANCE.getValidatingAdmissionPolicy_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY__KIND = eINSTANCE.getValidatingAdmissionPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY__METADATA = eINSTANCE.getValidatingAdmissionPolicy_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY__SPEC = eINSTANCE.getValidatingAdmissionPolicy_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY__STATUS = eINSTANCE.getValidatingAdmissionPolicy_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingImpl <em>Validating Admission Policy Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyBinding()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY_BINDING = eINSTANCE.getValidatingAdmissionPolicyBinding();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_BINDING__API_VERSION = eINSTANCE.getValidatingAdmissionPolicyBinding_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_BINDING__KIND = eINSTANCE.getValidatingAdmissionPolicyBinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_BINDING__METADATA = eINSTANCE.getValidatingAdmissionPolicyBinding_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_BINDING__SPEC = eINSTANCE.getValidatingAdmissionPolicyBinding_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingListImpl <em>Validating Admission Policy Binding List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyBindingList()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY_BINDING_LIST = eINSTANCE.getValidatingAdmissionPolicyBindingList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_BINDING_LIST__API_VERSION = eINSTANCE.getValidatingAdmissionPolicyBindingList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_BINDING_LIST__ITEMS = eINSTANCE.getValidatingAdmissionPolicyBindingList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_BINDING_LIST__KIND = eINSTANCE.getValidatingAdmissionPolicyBindingList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_BINDING_LIST__METADATA = eINSTANCE.getValidatingAdmissionPolicyBindingList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingSpecImpl <em>Validating Admission Policy Binding Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyBindingSpecImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyBindingSpec()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY_BINDING_SPEC = eINSTANCE.getValidatingAdmissionPolicyBindingSpec();

		/**
		 * The meta object literal for the '<em><b>Match Resources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES = eINSTANCE.getValidatingAdmissionPolicyBindingSpec_MatchResources();

		/**
		 * The meta object literal for the '<em><b>Param Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF = eINSTANCE.getValidatingAdmissionPolicyBindingSpec_ParamRef();

		/**
		 * The meta object literal for the '<em><b>Policy Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME = eINSTANCE.getValidatingAdmissionPolicyBindingSpec_PolicyName();

		/**
		 * The meta object literal for the '<em><b>Validation Actions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_BINDING_SPEC__VALIDATION_ACTIONS = eINSTANCE.getValidatingAdmissionPolicyBindingSpec_ValidationActions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyListImpl <em>Validating Admission Policy List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyList()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY_LIST = eINSTANCE.getValidatingAdmissionPolicyList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_LIST__API_VERSION = eINSTANCE.getValidatingAdmissionPolicyList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_LIST__ITEMS = eINSTANCE.getValidatingAdmissionPolicyList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_LIST__KIND = eINSTANCE.getValidatingAdmissionPolicyList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_LIST__METADATA = eINSTANCE.getValidatingAdmissionPolicyList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl <em>Validating Admission Policy Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicySpec()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY_SPEC = eINSTANCE.getValidatingAdmissionPolicySpec();

		/**
		 * The meta object literal for the '<em><b>Audit Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS = eINSTANCE.getValidatingAdmissionPolicySpec_AuditAnnotations();

		/**
		 * The meta object literal for the '<em><b>Failure Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY = eINSTANCE.getValidatingAdmissionPolicySpec_FailurePolicy();

		/**
		 * The meta object literal for the '<em><b>Match Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS = eINSTANCE.getValidatingAdmissionPolicySpec_MatchConditions();

		/**
		 * The meta object literal for the '<em><b>Match Constraints</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS = eINSTANCE.getValidatingAdmissionPolicySpec_MatchConstraints();

		/**
		 * The meta object literal for the '<em><b>Param Kind</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND = eINSTANCE.getValidatingAdmissionPolicySpec_ParamKind();

		/**
		 * The meta object literal for the '<em><b>Validations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS = eINSTANCE.getValidatingAdmissionPolicySpec_Validations();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES = eINSTANCE.getValidatingAdmissionPolicySpec_Variables();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl <em>Validating Admission Policy Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingAdmissionPolicyStatus()
		 * @generated
		 */
		EClass VALIDATING_ADMISSION_POLICY_STATUS = eINSTANCE.getValidatingAdmissionPolicyStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS = eINSTANCE.getValidatingAdmissionPolicyStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION = eINSTANCE.getValidatingAdmissionPolicyStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Type Checking</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING = eINSTANCE.getValidatingAdmissionPolicyStatus_TypeChecking();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookImpl <em>Validating Webhook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingWebhook()
		 * @generated
		 */
		EClass VALIDATING_WEBHOOK = eINSTANCE.getValidatingWebhook();

		/**
		 * The meta object literal for the '<em><b>Admission Review Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS = eINSTANCE.getValidatingWebhook_AdmissionReviewVersions();

		/**
		 * The meta object literal for the '<em><b>Client Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK__CLIENT_CONFIG = eINSTANCE.getValidatingWebhook_ClientConfig();

		/**
		 * The meta object literal for the '<em><b>Failure Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK__FAILURE_POLICY = eINSTANCE.getValidatingWebhook_FailurePolicy();

		/**
		 * The meta object literal for the '<em><b>Match Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK__MATCH_CONDITIONS = eINSTANCE.getValidatingWebhook_MatchConditions();

		/**
		 * The meta object literal for the '<em><b>Match Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK__MATCH_POLICY = eINSTANCE.getValidatingWebhook_MatchPolicy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK__NAME = eINSTANCE.getValidatingWebhook_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK__NAMESPACE_SELECTOR = eINSTANCE.getValidatingWebhook_NamespaceSelector();

		/**
		 * The meta object literal for the '<em><b>Object Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK__OBJECT_SELECTOR = eINSTANCE.getValidatingWebhook_ObjectSelector();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK__RULES = eINSTANCE.getValidatingWebhook_Rules();

		/**
		 * The meta object literal for the '<em><b>Side Effects</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK__SIDE_EFFECTS = eINSTANCE.getValidatingWebhook_SideEffects();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK__TIMEOUT_SECONDS = eINSTANCE.getValidatingWebhook_TimeoutSeconds();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationImpl <em>Validating Webhook Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingWebhookConfiguration()
		 * @generated
		 */
		EClass VALIDATING_WEBHOOK_CONFIGURATION = eINSTANCE.getValidatingWebhookConfiguration();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK_CONFIGURATION__API_VERSION = eINSTANCE.getValidatingWebhookConfiguration_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK_CONFIGURATION__KIND = eINSTANCE.getValidatingWebhookConfiguration_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK_CONFIGURATION__METADATA = eINSTANCE.getValidatingWebhookConfiguration_Metadata();

		/**
		 * The meta object literal for the '<em><b>Webhooks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK_CONFIGURATION__WEBHOOKS = eINSTANCE.getValidatingWebhookConfiguration_Webhooks();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationListImpl <em>Validating Webhook Configuration List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingWebhookConfigurationListImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidatingWebhookConfigurationList()
		 * @generated
		 */
		EClass VALIDATING_WEBHOOK_CONFIGURATION_LIST = eINSTANCE.getValidatingWebhookConfigurationList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK_CONFIGURATION_LIST__API_VERSION = eINSTANCE.getValidatingWebhookConfigurationList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK_CONFIGURATION_LIST__ITEMS = eINSTANCE.getValidatingWebhookConfigurationList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATING_WEBHOOK_CONFIGURATION_LIST__KIND = eINSTANCE.getValidatingWebhookConfigurationList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATING_WEBHOOK_CONFIGURATION_LIST__METADATA = eINSTANCE.getValidatingWebhookConfigurationList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidationImpl <em>Validation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidationImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getValidation()
		 * @generated
		 */
		EClass VALIDATION = eINSTANCE.getValidation();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION__EXPRESSION = eINSTANCE.getValidation_Expression();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION__MESSAGE = eINSTANCE.getValidation_Message();

		/**
		 * The meta object literal for the '<em><b>Message Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION__MESSAGE_EXPRESSION = eINSTANCE.getValidation_MessageExpression();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION__REASON = eINSTANCE.getValidation_Reason();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.VariableImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getVariable()
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

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl <em>Webhook Client Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl
		 * @see io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl#getWebhookClientConfig()
		 * @generated
		 */
		EClass WEBHOOK_CLIENT_CONFIG = eINSTANCE.getWebhookClientConfig();

		/**
		 * The meta object literal for the '<em><b>Ca Bundle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEBHOOK_CLIENT_CONFIG__CA_BUNDLE = eINSTANCE.getWebhookClientConfig_CaBundle();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEBHOOK_CLIENT_CONFIG__SERVICE = eINSTANCE.getWebhookClientConfig_Service();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEBHOOK_CLIENT_CONFIG__URL = eINSTANCE.getWebhookClientConfig_Url();

	}

} //AdmissionregistrationV1Package
