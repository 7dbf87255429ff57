/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Factory
 * @generated
 */
public interface MetaV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/meta/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "meta.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MetaV1Package eINSTANCE = io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl <em>API Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIGroup()
	 * @generated
	 */
	int API_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP__NAME = 2;

	/**
	 * The feature id for the '<em><b>Preferred Version</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP__PREFERRED_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Server Address By Client CID Rs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS = 4;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP__VERSIONS = 5;

	/**
	 * The number of structural features of the '<em>API Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupListImpl <em>API Group List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.APIGroupListImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIGroupList()
	 * @generated
	 */
	int API_GROUP_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP_LIST__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP_LIST__KIND = 2;

	/**
	 * The number of structural features of the '<em>API Group List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_GROUP_LIST_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl <em>API Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIResource()
	 * @generated
	 */
	int API_RESOURCE = 2;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__CATEGORIES = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__NAME = 3;

	/**
	 * The feature id for the '<em><b>Namespaced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__NAMESPACED = 4;

	/**
	 * The feature id for the '<em><b>Short Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__SHORT_NAMES = 5;

	/**
	 * The feature id for the '<em><b>Singular Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__SINGULAR_NAME = 6;

	/**
	 * The feature id for the '<em><b>Storage Version Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__STORAGE_VERSION_HASH = 7;

	/**
	 * The feature id for the '<em><b>Verbs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__VERBS = 8;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE__VERSION = 9;

	/**
	 * The number of structural features of the '<em>API Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceListImpl <em>API Resource List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.APIResourceListImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIResourceList()
	 * @generated
	 */
	int API_RESOURCE_LIST = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Group Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE_LIST__GROUP_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE_LIST__RESOURCES = 3;

	/**
	 * The number of structural features of the '<em>API Resource List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_RESOURCE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl <em>API Versions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIVersions()
	 * @generated
	 */
	int API_VERSIONS = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_VERSIONS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_VERSIONS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Server Address By Client CID Rs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS = 2;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_VERSIONS__VERSIONS = 3;

	/**
	 * The number of structural features of the '<em>API Versions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_VERSIONS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.ConditionImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 5;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl <em>Delete Options</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getDeleteOptions()
	 * @generated
	 */
	int DELETE_OPTIONS = 6;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Dry Run</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__DRY_RUN = 1;

	/**
	 * The feature id for the '<em><b>Grace Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__GRACE_PERIOD_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Ignore Store Read Error With Cluster Breaking Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__KIND = 4;

	/**
	 * The feature id for the '<em><b>Orphan Dependents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__ORPHAN_DEPENDENTS = 5;

	/**
	 * The feature id for the '<em><b>Preconditions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__PRECONDITIONS = 6;

	/**
	 * The feature id for the '<em><b>Propagation Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS__PROPAGATION_POLICY = 7;

	/**
	 * The number of structural features of the '<em>Delete Options</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPTIONS_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.FieldSelectorRequirementImpl <em>Field Selector Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.FieldSelectorRequirementImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getFieldSelectorRequirement()
	 * @generated
	 */
	int FIELD_SELECTOR_REQUIREMENT = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_REQUIREMENT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_REQUIREMENT__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_REQUIREMENT__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Field Selector Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SELECTOR_REQUIREMENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.GroupResourceImpl <em>Group Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.GroupResourceImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getGroupResource()
	 * @generated
	 */
	int GROUP_RESOURCE = 8;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_RESOURCE__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_RESOURCE__RESOURCE = 1;

	/**
	 * The number of structural features of the '<em>Group Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_RESOURCE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.GroupVersionForDiscoveryImpl <em>Group Version For Discovery</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.GroupVersionForDiscoveryImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getGroupVersionForDiscovery()
	 * @generated
	 */
	int GROUP_VERSION_FOR_DISCOVERY = 9;

	/**
	 * The feature id for the '<em><b>Group Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VERSION_FOR_DISCOVERY__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Group Version For Discovery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VERSION_FOR_DISCOVERY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorImpl <em>Label Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getLabelSelector()
	 * @generated
	 */
	int LABEL_SELECTOR = 10;

	/**
	 * The feature id for the '<em><b>Match Expressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR__MATCH_EXPRESSIONS = 0;

	/**
	 * The feature id for the '<em><b>Match Labels</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR__MATCH_LABELS = 1;

	/**
	 * The number of structural features of the '<em>Label Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorRequirementImpl <em>Label Selector Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorRequirementImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getLabelSelectorRequirement()
	 * @generated
	 */
	int LABEL_SELECTOR_REQUIREMENT = 11;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_REQUIREMENT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_REQUIREMENT__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_REQUIREMENT__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Label Selector Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SELECTOR_REQUIREMENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl <em>List Meta</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getListMeta()
	 * @generated
	 */
	int LIST_META = 12;

	/**
	 * The feature id for the '<em><b>Continue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_META__CONTINUE = 0;

	/**
	 * The feature id for the '<em><b>Remaining Item Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_META__REMAINING_ITEM_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_META__RESOURCE_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Self Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_META__SELF_LINK = 3;

	/**
	 * The feature id for the '<em><b>Shard Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_META__SHARD_INFO = 4;

	/**
	 * The number of structural features of the '<em>List Meta</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_META_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl <em>Managed Fields Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getManagedFieldsEntry()
	 * @generated
	 */
	int MANAGED_FIELDS_ENTRY = 13;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Fields Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__FIELDS_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Fields V1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__FIELDS_V1 = 2;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__MANAGER = 3;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__OPERATION = 4;

	/**
	 * The feature id for the '<em><b>Subresource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__SUBRESOURCE = 5;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY__TIME = 6;

	/**
	 * The number of structural features of the '<em>Managed Fields Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_FIELDS_ENTRY_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl <em>Object Meta</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getObjectMeta()
	 * @generated
	 */
	int OBJECT_META = 14;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__ANNOTATIONS = 0;

	/**
	 * The feature id for the '<em><b>Creation Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__CREATION_TIMESTAMP = 1;

	/**
	 * The feature id for the '<em><b>Deletion Grace Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__DELETION_GRACE_PERIOD_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Deletion Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__DELETION_TIMESTAMP = 3;

	/**
	 * The feature id for the '<em><b>Finalizers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__FINALIZERS = 4;

	/**
	 * The feature id for the '<em><b>Generate Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__GENERATE_NAME = 5;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__GENERATION = 6;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__LABELS = 7;

	/**
	 * The feature id for the '<em><b>Managed Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__MANAGED_FIELDS = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__NAME = 9;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__NAMESPACE = 10;

	/**
	 * The feature id for the '<em><b>Owner References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__OWNER_REFERENCES = 11;

	/**
	 * The feature id for the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__RESOURCE_VERSION = 12;

	/**
	 * The feature id for the '<em><b>Self Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__SELF_LINK = 13;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META__UID = 14;

	/**
	 * The number of structural features of the '<em>Object Meta</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_META_FEATURE_COUNT = 15;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl <em>Owner Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getOwnerReference()
	 * @generated
	 */
	int OWNER_REFERENCE = 15;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Block Owner Deletion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE__BLOCK_OWNER_DELETION = 1;

	/**
	 * The feature id for the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE__CONTROLLER = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE__KIND = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE__NAME = 4;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE__UID = 5;

	/**
	 * The number of structural features of the '<em>Owner Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_REFERENCE_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.PreconditionsImpl <em>Preconditions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.PreconditionsImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getPreconditions()
	 * @generated
	 */
	int PRECONDITIONS = 16;

	/**
	 * The feature id for the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITIONS__RESOURCE_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITIONS__UID = 1;

	/**
	 * The number of structural features of the '<em>Preconditions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITIONS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ServerAddressByClientCIDRImpl <em>Server Address By Client CIDR</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.ServerAddressByClientCIDRImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getServerAddressByClientCIDR()
	 * @generated
	 */
	int SERVER_ADDRESS_BY_CLIENT_CIDR = 17;

	/**
	 * The feature id for the '<em><b>Client CIDR</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR = 0;

	/**
	 * The feature id for the '<em><b>Server Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS = 1;

	/**
	 * The number of structural features of the '<em>Server Address By Client CIDR</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_ADDRESS_BY_CLIENT_CIDR_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ShardInfoImpl <em>Shard Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.ShardInfoImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getShardInfo()
	 * @generated
	 */
	int SHARD_INFO = 18;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARD_INFO__SELECTOR = 0;

	/**
	 * The number of structural features of the '<em>Shard Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARD_INFO_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StatusImpl <em>Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.StatusImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStatus()
	 * @generated
	 */
	int STATUS = 19;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__CODE = 1;

	/**
	 * The feature id for the '<em><b>Details</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__DETAILS = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__KIND = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__METADATA = 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__REASON = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__STATUS = 7;

	/**
	 * The number of structural features of the '<em>Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StatusCauseImpl <em>Status Cause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.StatusCauseImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStatusCause()
	 * @generated
	 */
	int STATUS_CAUSE = 20;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CAUSE__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CAUSE__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CAUSE__REASON = 2;

	/**
	 * The number of structural features of the '<em>Status Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CAUSE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StatusDetailsImpl <em>Status Details</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.StatusDetailsImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStatusDetails()
	 * @generated
	 */
	int STATUS_DETAILS = 21;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS__CAUSES = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS__KIND = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS__NAME = 3;

	/**
	 * The feature id for the '<em><b>Retry After Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS__RETRY_AFTER_SECONDS = 4;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS__UID = 5;

	/**
	 * The number of structural features of the '<em>Status Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_DETAILS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.WatchEventImpl <em>Watch Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.WatchEventImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getWatchEvent()
	 * @generated
	 */
	int WATCH_EVENT = 22;

	/**
	 * The feature id for the '<em><b>Object</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WATCH_EVENT__OBJECT = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WATCH_EVENT__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Watch Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WATCH_EVENT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl <em>Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.InfoImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getInfo()
	 * @generated
	 */
	int INFO = 23;

	/**
	 * The feature id for the '<em><b>Build Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__BUILD_DATE = 0;

	/**
	 * The feature id for the '<em><b>Compiler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__COMPILER = 1;

	/**
	 * The feature id for the '<em><b>Emulation Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__EMULATION_MAJOR = 2;

	/**
	 * The feature id for the '<em><b>Emulation Minor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__EMULATION_MINOR = 3;

	/**
	 * The feature id for the '<em><b>Git Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__GIT_COMMIT = 4;

	/**
	 * The feature id for the '<em><b>Git Tree State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__GIT_TREE_STATE = 5;

	/**
	 * The feature id for the '<em><b>Git Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__GIT_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Go Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__GO_VERSION = 7;

	/**
	 * The feature id for the '<em><b>Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__MAJOR = 8;

	/**
	 * The feature id for the '<em><b>Min Compatibility Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__MIN_COMPATIBILITY_MAJOR = 9;

	/**
	 * The feature id for the '<em><b>Min Compatibility Minor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__MIN_COMPATIBILITY_MINOR = 10;

	/**
	 * The feature id for the '<em><b>Minor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__MINOR = 11;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO__PLATFORM = 12;

	/**
	 * The number of structural features of the '<em>Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFO_FEATURE_COUNT = 13;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.meta.v1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 24;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '<em>Quantity</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.types.Quantity
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getQuantity()
	 * @generated
	 */
	int QUANTITY = 25;

	/**
	 * The meta object id for the '<em>Int Or String</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.types.IntOrString
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getIntOrString()
	 * @generated
	 */
	int INT_OR_STRING = 26;

	/**
	 * The meta object id for the '<em>Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.types.Time
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getTime()
	 * @generated
	 */
	int TIME = 27;

	/**
	 * The meta object id for the '<em>Micro Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.types.MicroTime
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getMicroTime()
	 * @generated
	 */
	int MICRO_TIME = 28;

	/**
	 * The meta object id for the '<em>Duration</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.types.Duration
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getDuration()
	 * @generated
	 */
	int DURATION = 29;

	/**
	 * The meta object id for the '<em>JSON</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.fasterxml.jackson.databind.JsonNode
	 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getJSON()
	 * @generated
	 */
	int JSON = 30;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.APIGroup <em>API Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Group</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup
	 * @generated
	 */
	EClass getAPIGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup#getApiVersion()
	 * @see #getAPIGroup()
	 * @generated
	 */
	EAttribute getAPIGroup_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup#getKind()
	 * @see #getAPIGroup()
	 * @generated
	 */
	EAttribute getAPIGroup_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup#getName()
	 * @see #getAPIGroup()
	 * @generated
	 */
	EAttribute getAPIGroup_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getPreferredVersion <em>Preferred Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Preferred Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup#getPreferredVersion()
	 * @see #getAPIGroup()
	 * @generated
	 */
	EReference getAPIGroup_PreferredVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getServerAddressByClientCIDRs <em>Server Address By Client CID Rs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Server Address By Client CID Rs</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup#getServerAddressByClientCIDRs()
	 * @see #getAPIGroup()
	 * @generated
	 */
	EReference getAPIGroup_ServerAddressByClientCIDRs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroup#getVersions()
	 * @see #getAPIGroup()
	 * @generated
	 */
	EReference getAPIGroup_Versions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.APIGroupList <em>API Group List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Group List</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroupList
	 * @generated
	 */
	EClass getAPIGroupList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIGroupList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroupList#getApiVersion()
	 * @see #getAPIGroupList()
	 * @generated
	 */
	EAttribute getAPIGroupList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.APIGroupList#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroupList#getGroups()
	 * @see #getAPIGroupList()
	 * @generated
	 */
	EReference getAPIGroupList_Groups();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIGroupList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIGroupList#getKind()
	 * @see #getAPIGroupList()
	 * @generated
	 */
	EAttribute getAPIGroupList_Kind();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.APIResource <em>API Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Resource</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource
	 * @generated
	 */
	EClass getAPIResource();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Categories</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getCategories()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Categories();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getGroup()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getKind()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getName()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getNamespaced <em>Namespaced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespaced</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getNamespaced()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Namespaced();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getShortNames <em>Short Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Short Names</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getShortNames()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_ShortNames();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getSingularName <em>Singular Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Singular Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getSingularName()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_SingularName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getStorageVersionHash <em>Storage Version Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Version Hash</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getStorageVersionHash()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_StorageVersionHash();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getVerbs <em>Verbs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Verbs</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getVerbs()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Verbs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResource#getVersion()
	 * @see #getAPIResource()
	 * @generated
	 */
	EAttribute getAPIResource_Version();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.APIResourceList <em>API Resource List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Resource List</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResourceList
	 * @generated
	 */
	EClass getAPIResourceList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResourceList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResourceList#getApiVersion()
	 * @see #getAPIResourceList()
	 * @generated
	 */
	EAttribute getAPIResourceList_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResourceList#getGroupVersion <em>Group Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResourceList#getGroupVersion()
	 * @see #getAPIResourceList()
	 * @generated
	 */
	EAttribute getAPIResourceList_GroupVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIResourceList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResourceList#getKind()
	 * @see #getAPIResourceList()
	 * @generated
	 */
	EAttribute getAPIResourceList_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.APIResourceList#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIResourceList#getResources()
	 * @see #getAPIResourceList()
	 * @generated
	 */
	EReference getAPIResourceList_Resources();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.APIVersions <em>API Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Versions</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIVersions
	 * @generated
	 */
	EClass getAPIVersions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIVersions#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIVersions#getApiVersion()
	 * @see #getAPIVersions()
	 * @generated
	 */
	EAttribute getAPIVersions_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.APIVersions#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIVersions#getKind()
	 * @see #getAPIVersions()
	 * @generated
	 */
	EAttribute getAPIVersions_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.APIVersions#getServerAddressByClientCIDRs <em>Server Address By Client CID Rs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Server Address By Client CID Rs</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIVersions#getServerAddressByClientCIDRs()
	 * @see #getAPIVersions()
	 * @generated
	 */
	EReference getAPIVersions_ServerAddressByClientCIDRs();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.APIVersions#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Versions</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.APIVersions#getVersions()
	 * @see #getAPIVersions()
	 * @generated
	 */
	EAttribute getAPIVersions_Versions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Condition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition#getLastTransitionTime()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Condition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition#getMessage()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Condition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition#getObservedGeneration()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Condition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition#getReason()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Condition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition#getStatus()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Condition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Condition#getType()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions <em>Delete Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Options</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions
	 * @generated
	 */
	EClass getDeleteOptions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getApiVersion()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_ApiVersion();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getDryRun <em>Dry Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dry Run</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getDryRun()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_DryRun();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getGracePeriodSeconds <em>Grace Period Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grace Period Seconds</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getGracePeriodSeconds()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_GracePeriodSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getIgnoreStoreReadErrorWithClusterBreakingPotential <em>Ignore Store Read Error With Cluster Breaking Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ignore Store Read Error With Cluster Breaking Potential</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getIgnoreStoreReadErrorWithClusterBreakingPotential()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_IgnoreStoreReadErrorWithClusterBreakingPotential();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getKind()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getOrphanDependents <em>Orphan Dependents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orphan Dependents</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getOrphanDependents()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_OrphanDependents();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPreconditions <em>Preconditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Preconditions</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPreconditions()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EReference getDeleteOptions_Preconditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPropagationPolicy <em>Propagation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Propagation Policy</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPropagationPolicy()
	 * @see #getDeleteOptions()
	 * @generated
	 */
	EAttribute getDeleteOptions_PropagationPolicy();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement <em>Field Selector Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Selector Requirement</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement
	 * @generated
	 */
	EClass getFieldSelectorRequirement();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement#getKey()
	 * @see #getFieldSelectorRequirement()
	 * @generated
	 */
	EAttribute getFieldSelectorRequirement_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement#getOperator()
	 * @see #getFieldSelectorRequirement()
	 * @generated
	 */
	EAttribute getFieldSelectorRequirement_Operator();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement#getValues()
	 * @see #getFieldSelectorRequirement()
	 * @generated
	 */
	EAttribute getFieldSelectorRequirement_Values();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.GroupResource <em>Group Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Resource</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.GroupResource
	 * @generated
	 */
	EClass getGroupResource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.GroupResource#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.GroupResource#getGroup()
	 * @see #getGroupResource()
	 * @generated
	 */
	EAttribute getGroupResource_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.GroupResource#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.GroupResource#getResource()
	 * @see #getGroupResource()
	 * @generated
	 */
	EAttribute getGroupResource_Resource();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery <em>Group Version For Discovery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Version For Discovery</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery
	 * @generated
	 */
	EClass getGroupVersionForDiscovery();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getGroupVersion <em>Group Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getGroupVersion()
	 * @see #getGroupVersionForDiscovery()
	 * @generated
	 */
	EAttribute getGroupVersionForDiscovery_GroupVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getVersion()
	 * @see #getGroupVersionForDiscovery()
	 * @generated
	 */
	EAttribute getGroupVersionForDiscovery_Version();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.LabelSelector <em>Label Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Selector</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelector
	 * @generated
	 */
	EClass getLabelSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.LabelSelector#getMatchExpressions <em>Match Expressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Expressions</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelector#getMatchExpressions()
	 * @see #getLabelSelector()
	 * @generated
	 */
	EReference getLabelSelector_MatchExpressions();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.meta.v1.LabelSelector#getMatchLabels <em>Match Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Match Labels</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelector#getMatchLabels()
	 * @see #getLabelSelector()
	 * @generated
	 */
	EReference getLabelSelector_MatchLabels();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement <em>Label Selector Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Selector Requirement</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement
	 * @generated
	 */
	EClass getLabelSelectorRequirement();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement#getKey()
	 * @see #getLabelSelectorRequirement()
	 * @generated
	 */
	EAttribute getLabelSelectorRequirement_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement#getOperator()
	 * @see #getLabelSelectorRequirement()
	 * @generated
	 */
	EAttribute getLabelSelectorRequirement_Operator();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement#getValues()
	 * @see #getLabelSelectorRequirement()
	 * @generated
	 */
	EAttribute getLabelSelectorRequirement_Values();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.ListMeta <em>List Meta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>List Meta</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ListMeta
	 * @generated
	 */
	EClass getListMeta();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getContinue <em>Continue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Continue</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ListMeta#getContinue()
	 * @see #getListMeta()
	 * @generated
	 */
	EAttribute getListMeta_Continue();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getRemainingItemCount <em>Remaining Item Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remaining Item Count</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ListMeta#getRemainingItemCount()
	 * @see #getListMeta()
	 * @generated
	 */
	EAttribute getListMeta_RemainingItemCount();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getResourceVersion <em>Resource Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ListMeta#getResourceVersion()
	 * @see #getListMeta()
	 * @generated
	 */
	EAttribute getListMeta_ResourceVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getSelfLink <em>Self Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Link</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ListMeta#getSelfLink()
	 * @see #getListMeta()
	 * @generated
	 */
	EAttribute getListMeta_SelfLink();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getShardInfo <em>Shard Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Shard Info</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ListMeta#getShardInfo()
	 * @see #getListMeta()
	 * @generated
	 */
	EReference getListMeta_ShardInfo();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry <em>Managed Fields Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Managed Fields Entry</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry
	 * @generated
	 */
	EClass getManagedFieldsEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getApiVersion()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsType <em>Fields Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fields Type</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsType()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_FieldsType();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsV1 <em>Fields V1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fields V1</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsV1()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_FieldsV1();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manager</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getManager()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_Manager();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getOperation()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_Operation();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getSubresource <em>Subresource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subresource</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getSubresource()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_Subresource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getTime()
	 * @see #getManagedFieldsEntry()
	 * @generated
	 */
	EAttribute getManagedFieldsEntry_Time();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta <em>Object Meta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object Meta</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta
	 * @generated
	 */
	EClass getObjectMeta();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Annotations</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getAnnotations()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EReference getObjectMeta_Annotations();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getCreationTimestamp <em>Creation Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Creation Timestamp</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getCreationTimestamp()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_CreationTimestamp();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionGracePeriodSeconds <em>Deletion Grace Period Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletion Grace Period Seconds</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionGracePeriodSeconds()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_DeletionGracePeriodSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionTimestamp <em>Deletion Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletion Timestamp</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionTimestamp()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_DeletionTimestamp();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getFinalizers <em>Finalizers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Finalizers</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getFinalizers()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_Finalizers();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGenerateName <em>Generate Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generate Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGenerateName()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_GenerateName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGeneration()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_Generation();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Labels</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getLabels()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EReference getObjectMeta_Labels();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getManagedFields <em>Managed Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Managed Fields</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getManagedFields()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EReference getObjectMeta_ManagedFields();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getName()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getNamespace()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_Namespace();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getOwnerReferences <em>Owner References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Owner References</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getOwnerReferences()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EReference getObjectMeta_OwnerReferences();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getResourceVersion <em>Resource Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getResourceVersion()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_ResourceVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getSelfLink <em>Self Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Link</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getSelfLink()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_SelfLink();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ObjectMeta#getUid()
	 * @see #getObjectMeta()
	 * @generated
	 */
	EAttribute getObjectMeta_Uid();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference <em>Owner Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Owner Reference</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference
	 * @generated
	 */
	EClass getOwnerReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference#getApiVersion()
	 * @see #getOwnerReference()
	 * @generated
	 */
	EAttribute getOwnerReference_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference#getBlockOwnerDeletion <em>Block Owner Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Owner Deletion</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference#getBlockOwnerDeletion()
	 * @see #getOwnerReference()
	 * @generated
	 */
	EAttribute getOwnerReference_BlockOwnerDeletion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference#getController <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference#getController()
	 * @see #getOwnerReference()
	 * @generated
	 */
	EAttribute getOwnerReference_Controller();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference#getKind()
	 * @see #getOwnerReference()
	 * @generated
	 */
	EAttribute getOwnerReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference#getName()
	 * @see #getOwnerReference()
	 * @generated
	 */
	EAttribute getOwnerReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.OwnerReference#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.OwnerReference#getUid()
	 * @see #getOwnerReference()
	 * @generated
	 */
	EAttribute getOwnerReference_Uid();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.Preconditions <em>Preconditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Preconditions</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Preconditions
	 * @generated
	 */
	EClass getPreconditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Preconditions#getResourceVersion <em>Resource Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Preconditions#getResourceVersion()
	 * @see #getPreconditions()
	 * @generated
	 */
	EAttribute getPreconditions_ResourceVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Preconditions#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Preconditions#getUid()
	 * @see #getPreconditions()
	 * @generated
	 */
	EAttribute getPreconditions_Uid();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR <em>Server Address By Client CIDR</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Address By Client CIDR</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR
	 * @generated
	 */
	EClass getServerAddressByClientCIDR();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getClientCIDR <em>Client CIDR</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client CIDR</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getClientCIDR()
	 * @see #getServerAddressByClientCIDR()
	 * @generated
	 */
	EAttribute getServerAddressByClientCIDR_ClientCIDR();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getServerAddress <em>Server Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Address</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getServerAddress()
	 * @see #getServerAddressByClientCIDR()
	 * @generated
	 */
	EAttribute getServerAddressByClientCIDR_ServerAddress();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.ShardInfo <em>Shard Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shard Info</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ShardInfo
	 * @generated
	 */
	EClass getShardInfo();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.ShardInfo#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.ShardInfo#getSelector()
	 * @see #getShardInfo()
	 * @generated
	 */
	EAttribute getShardInfo_Selector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status
	 * @generated
	 */
	EClass getStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Status#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getApiVersion()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Status#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getCode()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Code();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.meta.v1.Status#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Details</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getDetails()
	 * @see #getStatus()
	 * @generated
	 */
	EReference getStatus_Details();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Status#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getKind()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Status#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getMessage()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Message();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.meta.v1.Status#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getMetadata()
	 * @see #getStatus()
	 * @generated
	 */
	EReference getStatus_Metadata();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Status#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getReason()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Status#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Status#getStatus()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.StatusCause <em>Status Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Cause</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusCause
	 * @generated
	 */
	EClass getStatusCause();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusCause#getField()
	 * @see #getStatusCause()
	 * @generated
	 */
	EAttribute getStatusCause_Field();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusCause#getMessage()
	 * @see #getStatusCause()
	 * @generated
	 */
	EAttribute getStatusCause_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusCause#getReason()
	 * @see #getStatusCause()
	 * @generated
	 */
	EAttribute getStatusCause_Reason();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails <em>Status Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Details</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails
	 * @generated
	 */
	EClass getStatusDetails();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causes</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails#getCauses()
	 * @see #getStatusDetails()
	 * @generated
	 */
	EReference getStatusDetails_Causes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails#getGroup()
	 * @see #getStatusDetails()
	 * @generated
	 */
	EAttribute getStatusDetails_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails#getKind()
	 * @see #getStatusDetails()
	 * @generated
	 */
	EAttribute getStatusDetails_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails#getName()
	 * @see #getStatusDetails()
	 * @generated
	 */
	EAttribute getStatusDetails_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getRetryAfterSeconds <em>Retry After Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retry After Seconds</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails#getRetryAfterSeconds()
	 * @see #getStatusDetails()
	 * @generated
	 */
	EAttribute getStatusDetails_RetryAfterSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.StatusDetails#getUid()
	 * @see #getStatusDetails()
	 * @generated
	 */
	EAttribute getStatusDetails_Uid();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.WatchEvent <em>Watch Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Watch Event</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.WatchEvent
	 * @generated
	 */
	EClass getWatchEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.WatchEvent#getObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.WatchEvent#getObject()
	 * @see #getWatchEvent()
	 * @generated
	 */
	EAttribute getWatchEvent_Object();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.WatchEvent#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.WatchEvent#getType()
	 * @see #getWatchEvent()
	 * @generated
	 */
	EAttribute getWatchEvent_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.meta.v1.Info <em>Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Info</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info
	 * @generated
	 */
	EClass getInfo();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getBuildDate <em>Build Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Build Date</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getBuildDate()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_BuildDate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getCompiler <em>Compiler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compiler</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getCompiler()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_Compiler();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getEmulationMajor <em>Emulation Major</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emulation Major</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getEmulationMajor()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_EmulationMajor();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getEmulationMinor <em>Emulation Minor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emulation Minor</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getEmulationMinor()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_EmulationMinor();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getGitCommit <em>Git Commit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Git Commit</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getGitCommit()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_GitCommit();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getGitTreeState <em>Git Tree State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Git Tree State</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getGitTreeState()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_GitTreeState();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getGitVersion <em>Git Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Git Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getGitVersion()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_GitVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getGoVersion <em>Go Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Go Version</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getGoVersion()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_GoVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getMajor <em>Major</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Major</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getMajor()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_Major();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMajor <em>Min Compatibility Major</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Compatibility Major</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMajor()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_MinCompatibilityMajor();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMinor <em>Min Compatibility Minor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Compatibility Minor</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMinor()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_MinCompatibilityMinor();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getMinor <em>Minor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minor</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getMinor()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_Minor();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.meta.v1.Info#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see io.pilothouse.model.k8s.meta.v1.Info#getPlatform()
	 * @see #getInfo()
	 * @generated
	 */
	EAttribute getInfo_Platform();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Value();

	/**
	 * Returns the meta object for data type '{@link io.pilothouse.model.types.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Quantity</em>'.
	 * @see io.pilothouse.model.types.Quantity
	 * @generated
	 */
	EDataType getQuantity();

	/**
	 * Returns the meta object for data type '{@link io.pilothouse.model.types.IntOrString <em>Int Or String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Int Or String</em>'.
	 * @see io.pilothouse.model.types.IntOrString
	 * @generated
	 */
	EDataType getIntOrString();

	/**
	 * Returns the meta object for data type '{@link io.pilothouse.model.types.Time <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Time</em>'.
	 * @see io.pilothouse.model.types.Time
	 * @generated
	 */
	EDataType getTime();

	/**
	 * Returns the meta object for data type '{@link io.pilothouse.model.types.MicroTime <em>Micro Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Micro Time</em>'.
	 * @see io.pilothouse.model.types.MicroTime
	 * @generated
	 */
	EDataType getMicroTime();

	/**
	 * Returns the meta object for data type '{@link io.pilothouse.model.types.Duration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Duration</em>'.
	 * @see io.pilothouse.model.types.Duration
	 * @generated
	 */
	EDataType getDuration();

	/**
	 * Returns the meta object for data type '{@link com.fasterxml.jackson.databind.JsonNode <em>JSON</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>JSON</em>'.
	 * @see com.fasterxml.jackson.databind.JsonNode
	 * @generated
	 */
	EDataType getJSON();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MetaV1Factory getMetaV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl <em>API Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIGroup()
		 * @generated
		 */
		EClass API_GROUP = eINSTANCE.getAPIGroup();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_GROUP__API_VERSION = eINSTANCE.getAPIGroup_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_GROUP__KIND = eINSTANCE.getAPIGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_GROUP__NAME = eINSTANCE.getAPIGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Preferred Version</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_GROUP__PREFERRED_VERSION = eINSTANCE.getAPIGroup_PreferredVersion();

		/**
		 * The meta object literal for the '<em><b>Server Address By Client CID Rs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS = eINSTANCE.getAPIGroup_ServerAddressByClientCIDRs();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_GROUP__VERSIONS = eINSTANCE.getAPIGroup_Versions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupListImpl <em>API Group List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.APIGroupListImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIGroupList()
		 * @generated
		 */
		EClass API_GROUP_LIST = eINSTANCE.getAPIGroupList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_GROUP_LIST__API_VERSION = eINSTANCE.getAPIGroupList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_GROUP_LIST__GROUPS = eINSTANCE.getAPIGroupList_Groups();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_GROUP_LIST__KIND = eINSTANCE.getAPIGroupList_Kind();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl <em>API Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIResource()
		 * @generated
		 */
		EClass API_RESOURCE = eINSTANCE.getAPIResource();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__CATEGORIES = eINSTANCE.getAPIResource_Categories();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__GROUP = eINSTANCE.getAPIResource_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__KIND = eINSTANCE.getAPIResource_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__NAME = eINSTANCE.getAPIResource_Name();

		/**
		 * The meta object literal for the '<em><b>Namespaced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__NAMESPACED = eINSTANCE.getAPIResource_Namespaced();

		/**
		 * The meta object literal for the '<em><b>Short Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__SHORT_NAMES = eINSTANCE.getAPIResource_ShortNames();

		/**
		 * The meta object literal for the '<em><b>Singular Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__SINGULAR_NAME = eINSTANCE.getAPIResource_SingularName();

		/**
		 * The meta object literal for the '<em><b>Storage Version Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__STORAGE_VERSION_HASH = eINSTANCE.getAPIResource_StorageVersionHash();

		/**
		 * The meta object literal for the '<em><b>Verbs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__VERBS = eINSTANCE.getAPIResource_Verbs();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE__VERSION = eINSTANCE.getAPIResource_Version();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceListImpl <em>API Resource List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.APIResourceListImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIResourceList()
		 * @generated
		 */
		EClass API_RESOURCE_LIST = eINSTANCE.getAPIResourceList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE_LIST__API_VERSION = eINSTANCE.getAPIResourceList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Group Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE_LIST__GROUP_VERSION = eINSTANCE.getAPIResourceList_GroupVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_RESOURCE_LIST__KIND = eINSTANCE.getAPIResourceList_Kind();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_RESOURCE_LIST__RESOURCES = eINSTANCE.getAPIResourceList_Resources();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl <em>API Versions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getAPIVersions()
		 * @generated
		 */
		EClass API_VERSIONS = eINSTANCE.getAPIVersions();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_VERSIONS__API_VERSION = eINSTANCE.getAPIVersions_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_VERSIONS__KIND = eINSTANCE.getAPIVersions_Kind();

		/**
		 * The meta object literal for the '<em><b>Server Address By Client CID Rs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS = eINSTANCE.getAPIVersions_ServerAddressByClientCIDRs();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_VERSIONS__VERSIONS = eINSTANCE.getAPIVersions_Versions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.ConditionImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__MESSAGE = eINSTANCE.getCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__OBSERVED_GENERATION = eINSTANCE.getCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__REASON = eINSTANCE.getCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__STATUS = eINSTANCE.getCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__TYPE = eINSTANCE.getCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl <em>Delete Options</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getDeleteOptions()
		 * @generated
		 */
		EClass DELETE_OPTIONS = eINSTANCE.getDeleteOptions();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__API_VERSION = eINSTANCE.getDeleteOptions_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Dry Run</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__DRY_RUN = eINSTANCE.getDeleteOptions_DryRun();

		/**
		 * The meta object literal for the '<em><b>Grace Period Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__GRACE_PERIOD_SECONDS = eINSTANCE.getDeleteOptions_GracePeriodSeconds();

		/**
		 * The meta object literal for the '<em><b>Ignore Store Read Error With Cluster Breaking Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL = eINSTANCE.getDeleteOptions_IgnoreStoreReadErrorWithClusterBreakingPotential();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__KIND = eINSTANCE.getDeleteOptions_Kind();

		/**
		 * The meta object literal for the '<em><b>Orphan Dependents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__ORPHAN_DEPENDENTS = eINSTANCE.getDeleteOptions_OrphanDependents();

		/**
		 * The meta object literal for the '<em><b>Preconditions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_OPTIONS__PRECONDITIONS = eINSTANCE.getDeleteOptions_Preconditions();

		/**
		 * The meta object literal for the '<em><b>Propagation Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_OPTIONS__PROPAGATION_POLICY = eINSTANCE.getDeleteOptions_PropagationPolicy();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.FieldSelectorRequirementImpl <em>Field Selector Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.FieldSelectorRequirementImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getFieldSelectorRequirement()
		 * @generated
		 */
		EClass FIELD_SELECTOR_REQUIREMENT = eINSTANCE.getFieldSelectorRequirement();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SELECTOR_REQUIREMENT__KEY = eINSTANCE.getFieldSelectorRequirement_Key();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SELECTOR_REQUIREMENT__OPERATOR = eINSTANCE.getFieldSelectorRequirement_Operator();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SELECTOR_REQUIREMENT__VALUES = eINSTANCE.getFieldSelectorRequirement_Values();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.GroupResourceImpl <em>Group Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.GroupResourceImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getGroupResource()
		 * @generated
		 */
		EClass GROUP_RESOURCE = eINSTANCE.getGroupResource();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_RESOURCE__GROUP = eINSTANCE.getGroupResource_Group();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_RESOURCE__RESOURCE = eINSTANCE.getGroupResource_Resource();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.GroupVersionForDiscoveryImpl <em>Group Version For Discovery</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.GroupVersionForDiscoveryImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getGroupVersionForDiscovery()
		 * @generated
		 */
		EClass GROUP_VERSION_FOR_DISCOVERY = eINSTANCE.getGroupVersionForDiscovery();

		/**
		 * The meta object literal for the '<em><b>Group Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION = eINSTANCE.getGroupVersionForDiscovery_GroupVersion();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_VERSION_FOR_DISCOVERY__VERSION = eINSTANCE.getGroupVersionForDiscovery_Version();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorImpl <em>Label Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getLabelSelector()
		 * @generated
		 */
		EClass LABEL_SELECTOR = eINSTANCE.getLabelSelector();

		/**
		 * The meta object literal for the '<em><b>Match Expressions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_SELECTOR__MATCH_EXPRESSIONS = eINSTANCE.getLabelSelector_MatchExpressions();

		/**
		 * The meta object literal for the '<em><b>Match Labels</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_SELECTOR__MATCH_LABELS = eINSTANCE.getLabelSelector_MatchLabels();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorRequirementImpl <em>Label Selector Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorRequirementImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getLabelSelectorRequirement()
		 * @generated
		 */
		EClass LABEL_SELECTOR_REQUIREMENT = eINSTANCE.getLabelSelectorRequirement();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SELECTOR_REQUIREMENT__KEY = eINSTANCE.getLabelSelectorRequirement_Key();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SELECTOR_REQUIREMENT__OPERATOR = eINSTANCE.getLabelSelectorRequirement_Operator();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SELECTOR_REQUIREMENT__VALUES = eINSTANCE.getLabelSelectorRequirement_Values();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl <em>List Meta</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getListMeta()
		 * @generated
		 */
		EClass LIST_META = eINSTANCE.getListMeta();

		/**
		 * The meta object literal for the '<em><b>Continue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_META__CONTINUE = eINSTANCE.getListMeta_Continue();

		/**
		 * The meta object literal for the '<em><b>Remaining Item Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_META__REMAINING_ITEM_COUNT = eINSTANCE.getListMeta_RemainingItemCount();

		/**
		 * The meta object literal for the '<em><b>Resource Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_META__RESOURCE_VERSION = eINSTANCE.getListMeta_ResourceVersion();

		/**
		 * The meta object literal for the '<em><b>Self Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_META__SELF_LINK = eINSTANCE.getListMeta_SelfLink();

		/**
		 * The meta object literal for the '<em><b>Shard Info</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIST_META__SHARD_INFO = eINSTANCE.getListMeta_ShardInfo();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl <em>Managed Fields Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getManagedFieldsEntry()
		 * @generated
		 */
		EClass MANAGED_FIELDS_ENTRY = eINSTANCE.getManagedFieldsEntry();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__API_VERSION = eINSTANCE.getManagedFieldsEntry_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Fields Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__FIELDS_TYPE = eINSTANCE.getManagedFieldsEntry_FieldsType();

		/**
		 * The meta object literal for the '<em><b>Fields V1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__FIELDS_V1 = eINSTANCE.getManagedFieldsEntry_FieldsV1();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__MANAGER = eINSTANCE.getManagedFieldsEntry_Manager();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__OPERATION = eINSTANCE.getManagedFieldsEntry_Operation();

		/**
		 * The meta object literal for the '<em><b>Subresource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__SUBRESOURCE = eINSTANCE.getManagedFieldsEntry_Subresource();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_FIELDS_ENTRY__TIME = eINSTANCE.getManagedFieldsEntry_Time();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl <em>Object Meta</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getObjectMeta()
		 * @generated
		 */
		EClass OBJECT_META = eINSTANCE.getObjectMeta();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_META__ANNOTATIONS = eINSTANCE.getObjectMeta_Annotations();

		/**
		 * The meta object literal for the '<em><b>Creation Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__CREATION_TIMESTAMP = eINSTANCE.getObjectMeta_CreationTimestamp();

		/**
		 * The meta object literal for the '<em><b>Deletion Grace Period Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__DELETION_GRACE_PERIOD_SECONDS = eINSTANCE.getObjectMeta_DeletionGracePeriodSeconds();

		/**
		 * The meta object literal for the '<em><b>Deletion Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__DELETION_TIMESTAMP = eINSTANCE.getObjectMeta_DeletionTimestamp();

		/**
		 * The meta object literal for the '<em><b>Finalizers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__FINALIZERS = eINSTANCE.getObjectMeta_Finalizers();

		/**
		 * The meta object literal for the '<em><b>Generate Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__GENERATE_NAME = eINSTANCE.getObjectMeta_GenerateName();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__GENERATION = eINSTANCE.getObjectMeta_Generation();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_META__LABELS = eINSTANCE.getObjectMeta_Labels();

		/**
		 * The meta object literal for the '<em><b>Managed Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_META__MANAGED_FIELDS = eINSTANCE.getObjectMeta_ManagedFields();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__NAME = eINSTANCE.getObjectMeta_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__NAMESPACE = eINSTANCE.getObjectMeta_Namespace();

		/**
		 * The meta object literal for the '<em><b>Owner References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_META__OWNER_REFERENCES = eINSTANCE.getObjectMeta_OwnerReferences();

		/**
		 * The meta object literal for the '<em><b>Resource Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__RESOURCE_VERSION = eINSTANCE.getObjectMeta_ResourceVersion();

		/**
		 * The meta object literal for the '<em><b>Self Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__SELF_LINK = eINSTANCE.getObjectMeta_SelfLink();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_META__UID = eINSTANCE.getObjectMeta_Uid();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl <em>Owner Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getOwnerReference()
		 * @generated
		 */
		EClass OWNER_REFERENCE = eINSTANCE.getOwnerReference();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER_REFERENCE__API_VERSION = eINSTANCE.getOwnerReference_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Block Owner Deletion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER_REFERENCE__BLOCK_OWNER_DELETION = eINSTANCE.getOwnerReference_BlockOwnerDeletion();

		/**
		 * The meta object literal for the '<em><b>Controller</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER_REFERENCE__CONTROLLER = eINSTANCE.getOwnerReference_Controller();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER_REFERENCE__KIND = eINSTANCE.getOwnerReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER_REFERENCE__NAME = eINSTANCE.getOwnerReference_Name();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER_REFERENCE__UID = eINSTANCE.getOwnerReference_Uid();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.PreconditionsImpl <em>Preconditions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.PreconditionsImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getPreconditions()
		 * @generated
		 */
		EClass PRECONDITIONS = eINSTANCE.getPreconditions();

		/**
		 * The meta object literal for the '<em><b>Resource Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRECONDITIONS__RESOURCE_VERSION = eINSTANCE.getPreconditions_ResourceVersion();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRECONDITIONS__UID = eINSTANCE.getPreconditions_Uid();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ServerAddressByClientCIDRImpl <em>Server Address By Client CIDR</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.ServerAddressByClientCIDRImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getServerAddressByClientCIDR()
		 * @generated
		 */
		EClass SERVER_ADDRESS_BY_CLIENT_CIDR = eINSTANCE.getServerAddressByClientCIDR();

		/**
		 * The meta object literal for the '<em><b>Client CIDR</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR = eINSTANCE.getServerAddressByClientCIDR_ClientCIDR();

		/**
		 * The meta object literal for the '<em><b>Server Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS = eINSTANCE.getServerAddressByClientCIDR_ServerAddress();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.ShardInfoImpl <em>Shard Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.ShardInfoImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getShardInfo()
		 * @generated
		 */
		EClass SHARD_INFO = eINSTANCE.getShardInfo();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARD_INFO__SELECTOR = eINSTANCE.getShardInfo_Selector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StatusImpl <em>Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.StatusImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStatus()
		 * @generated
		 */
		EClass STATUS = eINSTANCE.getStatus();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__API_VERSION = eINSTANCE.getStatus_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__CODE = eINSTANCE.getStatus_Code();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS__DETAILS = eINSTANCE.getStatus_Details();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__KIND = eINSTANCE.getStatus_Kind();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__MESSAGE = eINSTANCE.getStatus_Message();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS__METADATA = eINSTANCE.getStatus_Metadata();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__REASON = eINSTANCE.getStatus_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__STATUS = eINSTANCE.getStatus_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StatusCauseImpl <em>Status Cause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.StatusCauseImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStatusCause()
		 * @generated
		 */
		EClass STATUS_CAUSE = eINSTANCE.getStatusCause();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CAUSE__FIELD = eINSTANCE.getStatusCause_Field();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CAUSE__MESSAGE = eINSTANCE.getStatusCause_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CAUSE__REASON = eINSTANCE.getStatusCause_Reason();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StatusDetailsImpl <em>Status Details</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.StatusDetailsImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStatusDetails()
		 * @generated
		 */
		EClass STATUS_DETAILS = eINSTANCE.getStatusDetails();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_DETAILS__CAUSES = eINSTANCE.getStatusDetails_Causes();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_DETAILS__GROUP = eINSTANCE.getStatusDetails_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_DETAILS__KIND = eINSTANCE.getStatusDetails_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_DETAILS__NAME = eINSTANCE.getStatusDetails_Name();

		/**
		 * The meta object literal for the '<em><b>Retry After Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_DETAILS__RETRY_AFTER_SECONDS = eINSTANCE.getStatusDetails_RetryAfterSeconds();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_DETAILS__UID = eINSTANCE.getStatusDetails_Uid();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.WatchEventImpl <em>Watch Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.WatchEventImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getWatchEvent()
		 * @generated
		 */
		EClass WATCH_EVENT = eINSTANCE.getWatchEvent();

		/**
		 * The meta object literal for the '<em><b>Object</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WATCH_EVENT__OBJECT = eINSTANCE.getWatchEvent_Object();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WATCH_EVENT__TYPE = eINSTANCE.getWatchEvent_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl <em>Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.InfoImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getInfo()
		 * @generated
		 */
		EClass INFO = eINSTANCE.getInfo();

		/**
		 * The meta object literal for the '<em><b>Build Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__BUILD_DATE = eINSTANCE.getInfo_BuildDate();

		/**
		 * The meta object literal for the '<em><b>Compiler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__COMPILER = eINSTANCE.getInfo_Compiler();

		/**
		 * The meta object literal for the '<em><b>Emulation Major</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__EMULATION_MAJOR = eINSTANCE.getInfo_EmulationMajor();

		/**
		 * The meta object literal for the '<em><b>Emulation Minor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__EMULATION_MINOR = eINSTANCE.getInfo_EmulationMinor();

		/**
		 * The meta object literal for the '<em><b>Git Commit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__GIT_COMMIT = eINSTANCE.getInfo_GitCommit();

		/**
		 * The meta object literal for the '<em><b>Git Tree State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__GIT_TREE_STATE = eINSTANCE.getInfo_GitTreeState();

		/**
		 * The meta object literal for the '<em><b>Git Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__GIT_VERSION = eINSTANCE.getInfo_GitVersion();

		/**
		 * The meta object literal for the '<em><b>Go Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__GO_VERSION = eINSTANCE.getInfo_GoVersion();

		/**
		 * The meta object literal for the '<em><b>Major</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__MAJOR = eINSTANCE.getInfo_Major();

		/**
		 * The meta object literal for the '<em><b>Min Compatibility Major</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__MIN_COMPATIBILITY_MAJOR = eINSTANCE.getInfo_MinCompatibilityMajor();

		/**
		 * The meta object literal for the '<em><b>Min Compatibility Minor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__MIN_COMPATIBILITY_MINOR = eINSTANCE.getInfo_MinCompatibilityMinor();

		/**
		 * The meta object literal for the '<em><b>Minor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__MINOR = eINSTANCE.getInfo_Minor();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFO__PLATFORM = eINSTANCE.getInfo_Platform();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.meta.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.meta.v1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getStringMapEntry()
		 * @generated
		 */
		EClass STRING_MAP_ENTRY = eINSTANCE.getStringMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__KEY = eINSTANCE.getStringMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__VALUE = eINSTANCE.getStringMapEntry_Value();

		/**
		 * The meta object literal for the '<em>Quantity</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.types.Quantity
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getQuantity()
		 * @generated
		 */
		EDataType QUANTITY = eINSTANCE.getQuantity();

		/**
		 * The meta object literal for the '<em>Int Or String</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.types.IntOrString
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getIntOrString()
		 * @generated
		 */
		EDataType INT_OR_STRING = eINSTANCE.getIntOrString();

		/**
		 * The meta object literal for the '<em>Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.types.Time
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getTime()
		 * @generated
		 */
		EDataType TIME = eINSTANCE.getTime();

		/**
		 * The meta object literal for the '<em>Micro Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.types.MicroTime
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getMicroTime()
		 * @generated
		 */
		EDataType MICRO_TIME = eINSTANCE.getMicroTime();

		/**
		 * The meta object literal for the '<em>Duration</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.types.Duration
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getDuration()
		 * @generated
		 */
		EDataType DURATION = eINSTANCE.getDuration();

		/**
		 * The meta object literal for the '<em>JSON</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.fasterxml.jackson.databind.JsonNode
		 * @see io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl#getJSON()
		 * @generated
		 */
		EDataType JSON = eINSTANCE.getJSON();

	}

} //MetaV1Package
