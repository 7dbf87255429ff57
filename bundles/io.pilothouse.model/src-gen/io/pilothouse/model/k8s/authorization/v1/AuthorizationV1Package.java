/**
 */
package io.pilothouse.model.k8s.authorization.v1;

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
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Factory
 * @generated
 */
public interface AuthorizationV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/authorization/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "authorization.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AuthorizationV1Package eINSTANCE = io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.FieldSelectorAttributesImpl <em>Field Selector Attributes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.FieldSelectorAttributesImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getFieldSelectorAttributes()
	 * @generated
	 */
	int FIELD_SELECTOR_ATTRIBUTES = 0;

	/**
	 * The feature id for the '<em><b>Raw Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS = 1;

	/**
	 * The number of structural features of the '<em>Field Selector Attributes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_ATTRIBUTES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.LabelSelectorAttributesImpl <em>Label Selector Attributes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.LabelSelectorAttributesImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getLabelSelectorAttributes()
	 * @generated
	 */
	int LABEL_SELECTOR_ATTRIBUTES = 1;

	/**
	 * The feature id for the '<em><b>Raw Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_ATTRIBUTES__RAW_SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_ATTRIBUTES__REQUIREMENTS = 1;

	/**
	 * The number of structural features of the '<em>Label Selector Attributes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_ATTRIBUTES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.LocalSubjectAccessReviewImpl <em>Local Subject Access Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.LocalSubjectAccessReviewImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getLocalSubjectAccessReview()
	 * @generated
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Local Subject Access Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_SUBJECT_ACCESS_REVIEW_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.NonResourceAttributesImpl <em>Non Resource Attributes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.NonResourceAttributesImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getNonResourceAttributes()
	 * @generated
	 */
	int NON_RESOURCE_ATTRIBUTES = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_ATTRIBUTES__PATH = 0;

	/**
	 * The feature id for the '<em><b>Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_ATTRIBUTES__VERB = 1;

	/**
	 * The number of structural features of the '<em>Non Resource Attributes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_ATTRIBUTES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.NonResourceRuleImpl <em>Non Resource Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.NonResourceRuleImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getNonResourceRule()
	 * @generated
	 */
	int NON_RESOURCE_RULE = 4;

	/**
	 * The feature id for the '<em><b>Non Resource UR Ls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_RULE__NON_RESOURCE_UR_LS = 0;

	/**
	 * The feature id for the '<em><b>Verbs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_RULE__VERBS = 1;

	/**
	 * The number of structural features of the '<em>Non Resource Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_RESOURCE_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl <em>Resource Attributes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getResourceAttributes()
	 * @generated
	 */
	int RESOURCE_ATTRIBUTES = 5;

	/**
	 * The feature id for the '<em><b>Field Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__FIELD_SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Label Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__LABEL_SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__NAME = 3;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__NAMESPACE = 4;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__RESOURCE = 5;

	/**
	 * The feature id for the '<em><b>Subresource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__SUBRESOURCE = 6;

	/**
	 * The feature id for the '<em><b>Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__VERB = 7;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES__VERSION = 8;

	/**
	 * The number of structural features of the '<em>Resource Attributes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ATTRIBUTES_FEATURE_COUNT = 9;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceRuleImpl <em>Resource Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.ResourceRuleImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getResourceRule()
	 * @generated
	 */
	int RESOURCE_RULE = 6;

	/**
	 * The feature id for the '<em><b>Api Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RULE__API_GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Resource Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RULE__RESOURCE_NAMES = 1;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RULE__RESOURCES = 2;

	/**
	 * The feature id for the '<em><b>Verbs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RULE__VERBS = 3;

	/**
	 * The number of structural features of the '<em>Resource Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RULE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl <em>Self Subject Access Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectAccessReview()
	 * @generated
	 */
	int SELF_SUBJECT_ACCESS_REVIEW = 7;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Self Subject Access Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewSpecImpl <em>Self Subject Access Review Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewSpecImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectAccessReviewSpec()
	 * @generated
	 */
	int SELF_SUBJECT_ACCESS_REVIEW_SPEC = 8;

	/**
	 * The feature id for the '<em><b>Non Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES = 0;

	/**
	 * The feature id for the '<em><b>Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES = 1;

	/**
	 * The number of structural features of the '<em>Self Subject Access Review Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_ACCESS_REVIEW_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewImpl <em>Self Subject Rules Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectRulesReview()
	 * @generated
	 */
	int SELF_SUBJECT_RULES_REVIEW = 9;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Self Subject Rules Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewSpecImpl <em>Self Subject Rules Review Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewSpecImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectRulesReviewSpec()
	 * @generated
	 */
	int SELF_SUBJECT_RULES_REVIEW_SPEC = 10;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW_SPEC__NAMESPACE = 0;

	/**
	 * The number of structural features of the '<em>Self Subject Rules Review Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_RULES_REVIEW_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewImpl <em>Subject Access Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectAccessReview()
	 * @generated
	 */
	int SUBJECT_ACCESS_REVIEW = 11;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Subject Access Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl <em>Subject Access Review Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectAccessReviewSpec()
	 * @generated
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC = 12;

	/**
	 * The feature id for the '<em><b>Extra</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC__EXTRA = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Non Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES = 2;

	/**
	 * The feature id for the '<em><b>Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES = 3;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC__UID = 4;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC__USER = 5;

	/**
	 * The number of structural features of the '<em>Subject Access Review Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_SPEC_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl <em>Subject Access Review Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectAccessReviewStatus()
	 * @generated
	 */
	int SUBJECT_ACCESS_REVIEW_STATUS = 13;

	/**
	 * The feature id for the '<em><b>Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED = 0;

	/**
	 * The feature id for the '<em><b>Denied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_STATUS__DENIED = 1;

	/**
	 * The feature id for the '<em><b>Evaluation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_STATUS__REASON = 3;

	/**
	 * The number of structural features of the '<em>Subject Access Review Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_ACCESS_REVIEW_STATUS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl <em>Subject Rules Review Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectRulesReviewStatus()
	 * @generated
	 */
	int SUBJECT_RULES_REVIEW_STATUS = 14;

	/**
	 * The feature id for the '<em><b>Evaluation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR = 0;

	/**
	 * The feature id for the '<em><b>Incomplete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE = 1;

	/**
	 * The feature id for the '<em><b>Non Resource Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES = 2;

	/**
	 * The feature id for the '<em><b>Resource Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES = 3;

	/**
	 * The number of structural features of the '<em>Subject Rules Review Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_RULES_REVIEW_STATUS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.StringListMapEntryImpl <em>String List Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.StringListMapEntryImpl
	 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getStringListMapEntry()
	 * @generated
	 */
	int STRING_LIST_MAP_ENTRY = 15;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_LIST_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_LIST_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String List Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_LIST_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes <em>Field Selector Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Selector Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes
	 * @generated
	 */
	EClass getFieldSelectorAttributes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRawSelector <em>Raw Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Selector</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRawSelector()
	 * @see #getFieldSelectorAttributes()
	 * @generated
	 */
	EAttribute getFieldSelectorAttributes_RawSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRequirements()
	 * @see #getFieldSelectorAttributes()
	 * @generated
	 */
	EReference getFieldSelectorAttributes_Requirements();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes <em>Label Selector Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Selector Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes
	 * @generated
	 */
	EClass getLabelSelectorAttributes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRawSelector <em>Raw Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Selector</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRawSelector()
	 * @see #getLabelSelectorAttributes()
	 * @generated
	 */
	EAttribute getLabelSelectorAttributes_RawSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRequirements()
	 * @see #getLabelSelectorAttributes()
	 * @generated
	 */
	EReference getLabelSelectorAttributes_Requirements();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview <em>Local Subject Access Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Subject Access Review</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview
	 * @generated
	 */
	EClass getLocalSubjectAccessReview();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getApiVersion()
	 * @see #getLocalSubjectAccessReview()
	 * @generated
	 */
	EAttribute getLocalSubjectAccessReview_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getKind()
	 * @see #getLocalSubjectAccessReview()
	 * @generated
	 */
	EAttribute getLocalSubjectAccessReview_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getMetadata()
	 * @see #getLocalSubjectAccessReview()
	 * @generated
	 */
	EReference getLocalSubjectAccessReview_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getSpec()
	 * @see #getLocalSubjectAccessReview()
	 * @generated
	 */
	EReference getLocalSubjectAccessReview_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.LocalSubjectAccessReview#getStatus()
	 * @see #getLocalSubjectAccessReview()
	 * @generated
	 */
	EReference getLocalSubjectAccessReview_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes <em>Non Resource Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Non Resource Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes
	 * @generated
	 */
	EClass getNonResourceAttributes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getPath()
	 * @see #getNonResourceAttributes()
	 * @generated
	 */
	EAttribute getNonResourceAttributes_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getVerb <em>Verb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verb</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getVerb()
	 * @see #getNonResourceAttributes()
	 * @generated
	 */
	EAttribute getNonResourceAttributes_Verb();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceRule <em>Non Resource Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Non Resource Rule</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.NonResourceRule
	 * @generated
	 */
	EClass getNonResourceRule();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceRule#getNonResourceURLs <em>Non Resource UR Ls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Non Resource UR Ls</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.NonResourceRule#getNonResourceURLs()
	 * @see #getNonResourceRule()
	 * @generated
	 */
	EAttribute getNonResourceRule_NonResourceURLs();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceRule#getVerbs <em>Verbs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Verbs</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.NonResourceRule#getVerbs()
	 * @see #getNonResourceRule()
	 * @generated
	 */
	EAttribute getNonResourceRule_Verbs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes <em>Resource Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes
	 * @generated
	 */
	EClass getResourceAttributes();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getFieldSelector <em>Field Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Field Selector</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getFieldSelector()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EReference getResourceAttributes_FieldSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getGroup()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Group();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getLabelSelector <em>Label Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label Selector</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getLabelSelector()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EReference getResourceAttributes_LabelSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getName()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getNamespace()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getResource()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Resource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getSubresource <em>Subresource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subresource</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getSubresource()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Subresource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVerb <em>Verb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verb</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVerb()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Verb();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVersion()
	 * @see #getResourceAttributes()
	 * @generated
	 */
	EAttribute getResourceAttributes_Version();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule <em>Resource Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Rule</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceRule
	 * @generated
	 */
	EClass getResourceRule();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getApiGroups <em>Api Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Groups</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceRule#getApiGroups()
	 * @see #getResourceRule()
	 * @generated
	 */
	EAttribute getResourceRule_ApiGroups();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getResourceNames <em>Resource Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resource Names</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceRule#getResourceNames()
	 * @see #getResourceRule()
	 * @generated
	 */
	EAttribute getResourceRule_ResourceNames();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceRule#getResources()
	 * @see #getResourceRule()
	 * @generated
	 */
	EAttribute getResourceRule_Resources();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getVerbs <em>Verbs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Verbs</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.ResourceRule#getVerbs()
	 * @see #getResourceRule()
	 * @generated
	 */
	EAttribute getResourceRule_Verbs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview <em>Self Subject Access Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Self Subject Access Review</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview
	 * @generated
	 */
	EClass getSelfSubjectAccessReview();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getApiVersion()
	 * @see #getSelfSubjectAccessReview()
	 * @generated
	 */
	EAttribute getSelfSubjectAccessReview_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getKind()
	 * @see #getSelfSubjectAccessReview()
	 * @generated
	 */
	EAttribute getSelfSubjectAccessReview_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getMetadata()
	 * @see #getSelfSubjectAccessReview()
	 * @generated
	 */
	EReference getSelfSubjectAccessReview_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getSpec()
	 * @see #getSelfSubjectAccessReview()
	 * @generated
	 */
	EReference getSelfSubjectAccessReview_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getStatus()
	 * @see #getSelfSubjectAccessReview()
	 * @generated
	 */
	EReference getSelfSubjectAccessReview_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec <em>Self Subject Access Review Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Self Subject Access Review Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec
	 * @generated
	 */
	EClass getSelfSubjectAccessReviewSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getNonResourceAttributes <em>Non Resource Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Non Resource Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getNonResourceAttributes()
	 * @see #getSelfSubjectAccessReviewSpec()
	 * @generated
	 */
	EReference getSelfSubjectAccessReviewSpec_NonResourceAttributes();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getResourceAttributes <em>Resource Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resource Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getResourceAttributes()
	 * @see #getSelfSubjectAccessReviewSpec()
	 * @generated
	 */
	EReference getSelfSubjectAccessReviewSpec_ResourceAttributes();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview <em>Self Subject Rules Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Self Subject Rules Review</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview
	 * @generated
	 */
	EClass getSelfSubjectRulesReview();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getApiVersion()
	 * @see #getSelfSubjectRulesReview()
	 * @generated
	 */
	EAttribute getSelfSubjectRulesReview_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getKind()
	 * @see #getSelfSubjectRulesReview()
	 * @generated
	 */
	EAttribute getSelfSubjectRulesReview_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getMetadata()
	 * @see #getSelfSubjectRulesReview()
	 * @generated
	 */
	EReference getSelfSubjectRulesReview_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getSpec()
	 * @see #getSelfSubjectRulesReview()
	 * @generated
	 */
	EReference getSelfSubjectRulesReview_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReview#getStatus()
	 * @see #getSelfSubjectRulesReview()
	 * @generated
	 */
	EReference getSelfSubjectRulesReview_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReviewSpec <em>Self Subject Rules Review Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Self Subject Rules Review Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReviewSpec
	 * @generated
	 */
	EClass getSelfSubjectRulesReviewSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReviewSpec#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SelfSubjectRulesReviewSpec#getNamespace()
	 * @see #getSelfSubjectRulesReviewSpec()
	 * @generated
	 */
	EAttribute getSelfSubjectRulesReviewSpec_Namespace();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview <em>Subject Access Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Access Review</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview
	 * @generated
	 */
	EClass getSubjectAccessReview();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getApiVersion()
	 * @see #getSubjectAccessReview()
	 * @generated
	 */
	EAttribute getSubjectAccessReview_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getKind()
	 * @see #getSubjectAccessReview()
	 * @generated
	 */
	EAttribute getSubjectAccessReview_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getMetadata()
	 * @see #getSubjectAccessReview()
	 * @generated
	 */
	EReference getSubjectAccessReview_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getSpec()
	 * @see #getSubjectAccessReview()
	 * @generated
	 */
	EReference getSubjectAccessReview_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReview#getStatus()
	 * @see #getSubjectAccessReview()
	 * @generated
	 */
	EReference getSubjectAccessReview_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec <em>Subject Access Review Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Access Review Spec</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec
	 * @generated
	 */
	EClass getSubjectAccessReviewSpec();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getExtra <em>Extra</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extra</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getExtra()
	 * @see #getSubjectAccessReviewSpec()
	 * @generated
	 */
	EReference getSubjectAccessReviewSpec_Extra();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Groups</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getGroups()
	 * @see #getSubjectAccessReviewSpec()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewSpec_Groups();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getNonResourceAttributes <em>Non Resource Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Non Resource Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getNonResourceAttributes()
	 * @see #getSubjectAccessReviewSpec()
	 * @generated
	 */
	EReference getSubjectAccessReviewSpec_NonResourceAttributes();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getResourceAttributes <em>Resource Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resource Attributes</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getResourceAttributes()
	 * @see #getSubjectAccessReviewSpec()
	 * @generated
	 */
	EReference getSubjectAccessReviewSpec_ResourceAttributes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUid()
	 * @see #getSubjectAccessReviewSpec()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewSpec_Uid();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUser()
	 * @see #getSubjectAccessReviewSpec()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewSpec_User();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus <em>Subject Access Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Access Review Status</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus
	 * @generated
	 */
	EClass getSubjectAccessReviewStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getAllowed <em>Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allowed</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getAllowed()
	 * @see #getSubjectAccessReviewStatus()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewStatus_Allowed();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getDenied <em>Denied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denied</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getDenied()
	 * @see #getSubjectAccessReviewStatus()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewStatus_Denied();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getEvaluationError <em>Evaluation Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Error</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getEvaluationError()
	 * @see #getSubjectAccessReviewStatus()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewStatus_EvaluationError();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getReason()
	 * @see #getSubjectAccessReviewStatus()
	 * @generated
	 */
	EAttribute getSubjectAccessReviewStatus_Reason();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus <em>Subject Rules Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Rules Review Status</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus
	 * @generated
	 */
	EClass getSubjectRulesReviewStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getEvaluationError <em>Evaluation Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Error</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getEvaluationError()
	 * @see #getSubjectRulesReviewStatus()
	 * @generated
	 */
	EAttribute getSubjectRulesReviewStatus_EvaluationError();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getIncomplete <em>Incomplete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Incomplete</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getIncomplete()
	 * @see #getSubjectRulesReviewStatus()
	 * @generated
	 */
	EAttribute getSubjectRulesReviewStatus_Incomplete();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getNonResourceRules <em>Non Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Non Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getNonResourceRules()
	 * @see #getSubjectRulesReviewStatus()
	 * @generated
	 */
	EReference getSubjectRulesReviewStatus_NonResourceRules();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getResourceRules <em>Resource Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Rules</em>'.
	 * @see io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getResourceRules()
	 * @see #getSubjectRulesReviewStatus()
	 * @generated
	 */
	EReference getSubjectRulesReviewStatus_ResourceRules();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String List Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String List Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringListMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringListMapEntry()
	 * @generated
	 */
	EAttribute getStringListMapEntry_Key();

	/**
	 * Returns the meta object for the attribute list '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringListMapEntry()
	 * @generated
	 */
	EAttribute getStringListMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AuthorizationV1Factory getAuthorizationV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.FieldSelectorAttributesImpl <em>Field Selector Attributes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.FieldSelectorAttributesImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getFieldSelectorAttributes()
		 * @generated
		 */
		EClass FIELD_SELECTOR_ATTRIBUTES = eINSTANCE.getFieldSelectorAttributes();

		/**
		 * The meta object literal for the '<em><b>Raw Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR = eINSTANCE.getFieldSelectorAttributes_RawSelector();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS = eINSTANCE.getFieldSelectorAttributes_Requirements();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.LabelSelectorAttributesImpl <em>Label Selector Attributes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.LabelSelectorAttributesImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getLabelSelectorAttributes()
		 * @generated
		 */
		EClass LABEL_SELECTOR_ATTRIBUTES = eINSTANCE.getLabelSelectorAttributes();

		/**
		 * The meta object literal for the '<em><b>Raw Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SELECTOR_ATTRIBUTES__RAW_SELECTOR = eINSTANCE.getLabelSelectorAttributes_RawSelector();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_SELECTOR_ATTRIBUTES__REQUIREMENTS = eINSTANCE.getLabelSelectorAttributes_Requirements();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.LocalSubjectAccessReviewImpl <em>Local Subject Access Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.LocalSubjectAccessReviewImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getLocalSubjectAccessReview()
		 * @generated
		 */
		EClass LOCAL_SUBJECT_ACCESS_REVIEW = eINSTANCE.getLocalSubjectAccessReview();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_SUBJECT_ACCESS_REVIEW__API_VERSION = eINSTANCE.getLocalSubjectAccessReview_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_SUBJECT_ACCESS_REVIEW__KIND = eINSTANCE.getLocalSubjectAccessReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_SUBJECT_ACCESS_REVIEW__METADATA = eINSTANCE.getLocalSubjectAccessReview_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_SUBJECT_ACCESS_REVIEW__SPEC = eINSTANCE.getLocalSubjectAccessReview_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_SUBJECT_ACCESS_REVIEW__STATUS = eINSTANCE.getLocalSubjectAccessReview_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.NonResourceAttributesImpl <em>Non Resource Attributes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.NonResourceAttributesImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getNonResourceAttributes()
		 * @generated
		 */
		EClass NON_RESOURCE_ATTRIBUTES = eINSTANCE.getNonResourceAttributes();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NON_RESOURCE_ATTRIBUTES__PATH = eINSTANCE.getNonResourceAttributes_Path();

		/**
		 * The meta object literal for the '<em><b>Verb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NON_RESOURCE_ATTRIBUTES__VERB = eINSTANCE.getNonResourceAttributes_Verb();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.NonResourceRuleImpl <em>Non Resource Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.NonResourceRuleImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getNonResourceRule()
		 * @generated
		 */
		EClass NON_RESOURCE_RULE = eINSTANCE.getNonResourceRule();

		/**
		 * The meta object literal for the '<em><b>Non Resource UR Ls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NON_RESOURCE_RULE__NON_RESOURCE_UR_LS = eINSTANCE.getNonResourceRule_NonResourceURLs();

		/**
		 * The meta object literal for the '<em><b>Verbs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NON_RESOURCE_RULE__VERBS = eINSTANCE.getNonResourceRule_Verbs();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl <em>Resource Attributes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getResourceAttributes()
		 * @generated
		 */
		EClass RESOURCE_ATTRIBUTES = eINSTANCE.getResourceAttributes();

		/**
		 * The meta object literal for the '<em><b>Field Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_ATTRIBUTES__FIELD_SELECTOR = eINSTANCE.getResourceAttributes_FieldSelector();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__GROUP = eINSTANCE.getResourceAttributes_Group();

		/**
		 * The meta object literal for the '<em><b>Label Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_ATTRIBUTES__LABEL_SELECTOR = eINSTANCE.getResourceAttributes_LabelSelector();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__NAME = eINSTANCE.getResourceAttributes_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__NAMESPACE = eINSTANCE.getResourceAttributes_Namespace();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__RESOURCE = eINSTANCE.getResourceAttributes_Resource();

		/**
		 * The meta object literal for the '<em><b>Subresource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__SUBRESOURCE = eINSTANCE.getResourceAttributes_Subresource();

		/**
		 * The meta object literal for the '<em><b>Verb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__VERB = eINSTANCE.getResourceAttributes_Verb();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ATTRIBUTES__VERSION = eINSTANCE.getResourceAttributes_Version();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceRuleImpl <em>Resource Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.ResourceRuleImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getResourceRule()
		 * @generated
		 */
		EClass RESOURCE_RULE = eINSTANCE.getResourceRule();

		/**
		 * The meta object literal for the '<em><b>Api Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RULE__API_GROUPS = eINSTANCE.getResourceRule_ApiGroups();

		/**
		 * The meta object literal for the '<em><b>Resource Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RULE__RESOURCE_NAMES = eINSTANCE.getResourceRule_ResourceNames();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RULE__RESOURCES = eINSTANCE.getResourceRule_Resources();

		/**
		 * The meta object literal for the '<em><b>Verbs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RULE__VERBS = eINSTANCE.getResourceRule_Verbs();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl <em>Self Subject Access Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectAccessReview()
		 * @generated
		 */
		EClass SELF_SUBJECT_ACCESS_REVIEW = eINSTANCE.getSelfSubjectAccessReview();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_ACCESS_REVIEW__API_VERSION = eINSTANCE.getSelfSubjectAccessReview_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_ACCESS_REVIEW__KIND = eINSTANCE.getSelfSubjectAccessReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_ACCESS_REVIEW__METADATA = eINSTANCE.getSelfSubjectAccessReview_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_ACCESS_REVIEW__SPEC = eINSTANCE.getSelfSubjectAccessReview_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_ACCESS_REVIEW__STATUS = eINSTANCE.getSelfSubjectAccessReview_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewSpecImpl <em>Self Subject Access Review Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewSpecImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectAccessReviewSpec()
		 * @generated
		 */
		EClass SELF_SUBJECT_ACCESS_REVIEW_SPEC = eINSTANCE.getSelfSubjectAccessReviewSpec();

		/**
		 * The meta object literal for the '<em><b>Non Resource Attributes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES = eINSTANCE.getSelfSubjectAccessReviewSpec_NonResourceAttributes();

		/**
		 * The meta object literal for the '<em><b>Resource Attributes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES = eINSTANCE.getSelfSubjectAccessReviewSpec_ResourceAttributes();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewImpl <em>Self Subject Rules Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectRulesReview()
		 * @generated
		 */
		EClass SELF_SUBJECT_RULES_REVIEW = eINSTANCE.getSelfSubjectRulesReview();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_RULES_REVIEW__API_VERSION = eINSTANCE.getSelfSubjectRulesReview_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_RULES_REVIEW__KIND = eINSTANCE.getSelfSubjectRulesReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_RULES_REVIEW__METADATA = eINSTANCE.getSelfSubjectRulesReview_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_RULES_REVIEW__SPEC = eINSTANCE.getSelfSubjectRulesReview_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_RULES_REVIEW__STATUS = eINSTANCE.getSelfSubjectRulesReview_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewSpecImpl <em>Self Subject Rules Review Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectRulesReviewSpecImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSelfSubjectRulesReviewSpec()
		 * @generated
		 */
		EClass SELF_SUBJECT_RULES_REVIEW_SPEC = eINSTANCE.getSelfSubjectRulesReviewSpec();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_RULES_REVIEW_SPEC__NAMESPACE = eINSTANCE.getSelfSubjectRulesReviewSpec_Namespace();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewImpl <em>Subject Access Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectAccessReview()
		 * @generated
		 */
		EClass SUBJECT_ACCESS_REVIEW = eINSTANCE.getSubjectAccessReview();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW__API_VERSION = eINSTANCE.getSubjectAccessReview_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW__KIND = eINSTANCE.getSubjectAccessReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_ACCESS_REVIEW__METADATA = eINSTANCE.getSubjectAccessReview_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_ACCESS_REVIEW__SPEC = eINSTANCE.getSubjectAccessReview_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_ACCESS_REVIEW__STATUS = eINSTANCE.getSubjectAccessReview_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl <em>Subject Access Review Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectAccessReviewSpec()
		 * @generated
		 */
		EClass SUBJECT_ACCESS_REVIEW_SPEC = eINSTANCE.getSubjectAccessReviewSpec();

		/**
		 * The meta object literal for the '<em><b>Extra</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_ACCESS_REVIEW_SPEC__EXTRA = eINSTANCE.getSubjectAccessReviewSpec_Extra();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_SPEC__GROUPS = eINSTANCE.getSubjectAccessReviewSpec_Groups();

		/**
		 * The meta object literal for the '<em><b>Non Resource Attributes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES = eINSTANCE.getSubjectAccessReviewSpec_NonResourceAttributes();

		/**
		 * The meta object literal for the '<em><b>Resource Attributes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES = eINSTANCE.getSubjectAccessReviewSpec_ResourceAttributes();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_SPEC__UID = eINSTANCE.getSubjectAccessReviewSpec_Uid();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_SPEC__USER = eINSTANCE.getSubjectAccessReviewSpec_User();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl <em>Subject Access Review Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectAccessReviewStatus()
		 * @generated
		 */
		EClass SUBJECT_ACCESS_REVIEW_STATUS = eINSTANCE.getSubjectAccessReviewStatus();

		/**
		 * The meta object literal for the '<em><b>Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED = eINSTANCE.getSubjectAccessReviewStatus_Allowed();

		/**
		 * The meta object literal for the '<em><b>Denied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_STATUS__DENIED = eINSTANCE.getSubjectAccessReviewStatus_Denied();

		/**
		 * The meta object literal for the '<em><b>Evaluation Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR = eINSTANCE.getSubjectAccessReviewStatus_EvaluationError();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_ACCESS_REVIEW_STATUS__REASON = eINSTANCE.getSubjectAccessReviewStatus_Reason();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl <em>Subject Rules Review Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getSubjectRulesReviewStatus()
		 * @generated
		 */
		EClass SUBJECT_RULES_REVIEW_STATUS = eINSTANCE.getSubjectRulesReviewStatus();

		/**
		 * The meta object literal for the '<em><b>Evaluation Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR = eINSTANCE.getSubjectRulesReviewStatus_EvaluationError();

		/**
		 * The meta object literal for the '<em><b>Incomplete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE = eINSTANCE.getSubjectRulesReviewStatus_Incomplete();

		/**
		 * The meta object literal for the '<em><b>Non Resource Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES = eINSTANCE.getSubjectRulesReviewStatus_NonResourceRules();

		/**
		 * The meta object literal for the '<em><b>Resource Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES = eINSTANCE.getSubjectRulesReviewStatus_ResourceRules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authorization.v1.impl.StringListMapEntryImpl <em>String List Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.StringListMapEntryImpl
		 * @see io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl#getStringListMapEntry()
		 * @generated
		 */
		EClass STRING_LIST_MAP_ENTRY = eINSTANCE.getStringListMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_LIST_MAP_ENTRY__KEY = eINSTANCE.getStringListMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_LIST_MAP_ENTRY__VALUE = eINSTANCE.getStringListMapEntry_Value();

	}

} //AuthorizationV1Package
