/**
 */
package io.pilothouse.model.k8s.rbac.v1;

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
 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Factory
 * @generated
 */
public interface RbacV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/rbac/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rbac.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RbacV1Package eINSTANCE = io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.AggregationRuleImpl <em>Aggregation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.AggregationRuleImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getAggregationRule()
	 * @generated
	 */
	int AGGREGATION_RULE = 0;

	/**
	 * The feature id for the '<em><b>Cluster Role Selectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS = 0;

	/**
	 * The number of structural features of the '<em>Aggregation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl <em>Cluster Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRole()
	 * @generated
	 */
	int CLUSTER_ROLE = 1;

	/**
	 * The feature id for the '<em><b>Aggregation Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE__AGGREGATION_RULE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE__API_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE__METADATA = 3;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE__RULES = 4;

	/**
	 * The number of structural features of the '<em>Cluster Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingImpl <em>Cluster Role Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRoleBinding()
	 * @generated
	 */
	int CLUSTER_ROLE_BINDING = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Role Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING__ROLE_REF = 3;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING__SUBJECTS = 4;

	/**
	 * The number of structural features of the '<em>Cluster Role Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingListImpl <em>Cluster Role Binding List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingListImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRoleBindingList()
	 * @generated
	 */
	int CLUSTER_ROLE_BINDING_LIST = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Cluster Role Binding List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_BINDING_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleListImpl <em>Cluster Role List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleListImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRoleList()
	 * @generated
	 */
	int CLUSTER_ROLE_LIST = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Cluster Role List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_ROLE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl <em>Policy Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getPolicyRule()
	 * @generated
	 */
	int POLICY_RULE = 5;

	/**
	 * The feature id for the '<em><b>Api Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__API_GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Non Resource UR Ls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__NON_RESOURCE_UR_LS = 1;

	/**
	 * The feature id for the '<em><b>Resource Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__RESOURCE_NAMES = 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Verbs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__VERBS = 4;

	/**
	 * The number of structural features of the '<em>Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 6;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__RULES = 3;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingImpl <em>Role Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleBinding()
	 * @generated
	 */
	int ROLE_BINDING = 7;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Role Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__ROLE_REF = 3;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING__SUBJECTS = 4;

	/**
	 * The number of structural features of the '<em>Role Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingListImpl <em>Role Binding List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingListImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleBindingList()
	 * @generated
	 */
	int ROLE_BINDING_LIST = 8;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Role Binding List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_BINDING_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleListImpl <em>Role List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleListImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleList()
	 * @generated
	 */
	int ROLE_LIST = 9;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Role List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleRefImpl <em>Role Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleRefImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleRef()
	 * @generated
	 */
	int ROLE_REF = 10;

	/**
	 * The feature id for the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_REF__API_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_REF__NAME = 2;

	/**
	 * The number of structural features of the '<em>Role Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_REF_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.SubjectImpl <em>Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.SubjectImpl
	 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getSubject()
	 * @generated
	 */
	int SUBJECT = 11;

	/**
	 * The feature id for the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__API_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__NAMESPACE = 3;

	/**
	 * The number of structural features of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_FEATURE_COUNT = 4;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.AggregationRule <em>Aggregation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aggregation Rule</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.AggregationRule
	 * @generated
	 */
	EClass getAggregationRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.AggregationRule#getClusterRoleSelectors <em>Cluster Role Selectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cluster Role Selectors</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.AggregationRule#getClusterRoleSelectors()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_ClusterRoleSelectors();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRole <em>Cluster Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Role</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRole
	 * @generated
	 */
	EClass getClusterRole();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRole#getAggregationRule <em>Aggregation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Aggregation Rule</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRole#getAggregationRule()
	 * @see #getClusterRole()
	 * @generated
	 */
	EReference getClusterRole_AggregationRule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRole#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRole#getApiVersion()
	 * @see #getClusterRole()
	 * @generated
	 */
	EAttribute getClusterRole_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRole#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRole#getKind()
	 * @see #getClusterRole()
	 * @generated
	 */
	EAttribute getClusterRole_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRole#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRole#getMetadata()
	 * @see #getClusterRole()
	 * @generated
	 */
	EReference getClusterRole_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRole#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRole#getRules()
	 * @see #getClusterRole()
	 * @generated
	 */
	EReference getClusterRole_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding <em>Cluster Role Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Role Binding</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding
	 * @generated
	 */
	EClass getClusterRoleBinding();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getApiVersion()
	 * @see #getClusterRoleBinding()
	 * @generated
	 */
	EAttribute getClusterRoleBinding_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getKind()
	 * @see #getClusterRoleBinding()
	 * @generated
	 */
	EAttribute getClusterRoleBinding_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getMetadata()
	 * @see #getClusterRoleBinding()
	 * @generated
	 */
	EReference getClusterRoleBinding_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getRoleRef <em>Role Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Role Ref</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getRoleRef()
	 * @see #getClusterRoleBinding()
	 * @generated
	 */
	EReference getClusterRoleBinding_RoleRef();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding#getSubjects()
	 * @see #getClusterRoleBinding()
	 * @generated
	 */
	EReference getClusterRoleBinding_Subjects();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList <em>Cluster Role Binding List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Role Binding List</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList
	 * @generated
	 */
	EClass getClusterRoleBindingList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getApiVersion()
	 * @see #getClusterRoleBindingList()
	 * @generated
	 */
	EAttribute getClusterRoleBindingList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getItems()
	 * @see #getClusterRoleBindingList()
	 * @generated
	 */
	EReference getClusterRoleBindingList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getKind()
	 * @see #getClusterRoleBindingList()
	 * @generated
	 */
	EAttribute getClusterRoleBindingList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleBindingList#getMetadata()
	 * @see #getClusterRoleBindingList()
	 * @generated
	 */
	EReference getClusterRoleBindingList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleList <em>Cluster Role List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Role List</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleList
	 * @generated
	 */
	EClass getClusterRoleList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getApiVersion()
	 * @see #getClusterRoleList()
	 * @generated
	 */
	EAttribute getClusterRoleList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getItems()
	 * @see #getClusterRoleList()
	 * @generated
	 */
	EReference getClusterRoleList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getKind()
	 * @see #getClusterRoleList()
	 * @generated
	 */
	EAttribute getClusterRoleList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.ClusterRoleList#getMetadata()
	 * @see #getClusterRoleList()
	 * @generated
	 */
	EReference getClusterRoleList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule <em>Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Rule</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.PolicyRule
	 * @generated
	 */
	EClass getPolicyRule();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getApiGroups <em>Api Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Api Groups</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.PolicyRule#getApiGroups()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_ApiGroups();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getNonResourceURLs <em>Non Resource UR Ls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Non Resource UR Ls</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.PolicyRule#getNonResourceURLs()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_NonResourceURLs();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getResourceNames <em>Resource Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resource Names</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.PolicyRule#getResourceNames()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_ResourceNames();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resources</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.PolicyRule#getResources()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_Resources();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getVerbs <em>Verbs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Verbs</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.PolicyRule#getVerbs()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_Verbs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.Role#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Role#getApiVersion()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.Role#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Role#getKind()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.Role#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Role#getMetadata()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.Role#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Role#getRules()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding <em>Role Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Binding</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBinding
	 * @generated
	 */
	EClass getRoleBinding();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBinding#getApiVersion()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EAttribute getRoleBinding_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBinding#getKind()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EAttribute getRoleBinding_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBinding#getMetadata()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EReference getRoleBinding_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getRoleRef <em>Role Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Role Ref</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBinding#getRoleRef()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EReference getRoleBinding_RoleRef();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBinding#getSubjects()
	 * @see #getRoleBinding()
	 * @generated
	 */
	EReference getRoleBinding_Subjects();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.RoleBindingList <em>Role Binding List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Binding List</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBindingList
	 * @generated
	 */
	EClass getRoleBindingList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getApiVersion()
	 * @see #getRoleBindingList()
	 * @generated
	 */
	EAttribute getRoleBindingList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getItems()
	 * @see #getRoleBindingList()
	 * @generated
	 */
	EReference getRoleBindingList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getKind()
	 * @see #getRoleBindingList()
	 * @generated
	 */
	EAttribute getRoleBindingList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleBindingList#getMetadata()
	 * @see #getRoleBindingList()
	 * @generated
	 */
	EReference getRoleBindingList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.RoleList <em>Role List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role List</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleList
	 * @generated
	 */
	EClass getRoleList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleList#getApiVersion()
	 * @see #getRoleList()
	 * @generated
	 */
	EAttribute getRoleList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.rbac.v1.RoleList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleList#getItems()
	 * @see #getRoleList()
	 * @generated
	 */
	EReference getRoleList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleList#getKind()
	 * @see #getRoleList()
	 * @generated
	 */
	EAttribute getRoleList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.rbac.v1.RoleList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleList#getMetadata()
	 * @see #getRoleList()
	 * @generated
	 */
	EReference getRoleList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.RoleRef <em>Role Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Ref</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleRef
	 * @generated
	 */
	EClass getRoleRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleRef#getApiGroup <em>Api Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Group</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleRef#getApiGroup()
	 * @see #getRoleRef()
	 * @generated
	 */
	EAttribute getRoleRef_ApiGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleRef#getKind()
	 * @see #getRoleRef()
	 * @generated
	 */
	EAttribute getRoleRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.RoleRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.RoleRef#getName()
	 * @see #getRoleRef()
	 * @generated
	 */
	EAttribute getRoleRef_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.rbac.v1.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Subject
	 * @generated
	 */
	EClass getSubject();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.Subject#getApiGroup <em>Api Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Group</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Subject#getApiGroup()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ApiGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.Subject#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Subject#getKind()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.Subject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Subject#getName()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.rbac.v1.Subject#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.rbac.v1.Subject#getNamespace()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Namespace();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RbacV1Factory getRbacV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.AggregationRuleImpl <em>Aggregation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.AggregationRuleImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getAggregationRule()
		 * @generated
		 */
		EClass AGGREGATION_RULE = eINSTANCE.getAggregationRule();

		/**
		 * The meta object literal for the '<em><b>Cluster Role Selectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS = eINSTANCE.getAggregationRule_ClusterRoleSelectors();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl <em>Cluster Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRole()
		 * @generated
		 */
		EClass CLUSTER_ROLE = eINSTANCE.getClusterRole();

		/**
		 * The meta object literal for the '<em><b>Aggregation Rule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE__AGGREGATION_RULE = eINSTANCE.getClusterRole_AggregationRule();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE__API_VERSION = eINSTANCE.getClusterRole_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE__KIND = eINSTANCE.getClusterRole_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE__METADATA = eINSTANCE.getClusterRole_Metadata();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE__RULES = eINSTANCE.getClusterRole_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingImpl <em>Cluster Role Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRoleBinding()
		 * @generated
		 */
		EClass CLUSTER_ROLE_BINDING = eINSTANCE.getClusterRoleBinding();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE_BINDING__API_VERSION = eINSTANCE.getClusterRoleBinding_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE_BINDING__KIND = eINSTANCE.getClusterRoleBinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_BINDING__METADATA = eINSTANCE.getClusterRoleBinding_Metadata();

		/**
		 * The meta object literal for the '<em><b>Role Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_BINDING__ROLE_REF = eINSTANCE.getClusterRoleBinding_RoleRef();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_BINDING__SUBJECTS = eINSTANCE.getClusterRoleBinding_Subjects();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingListImpl <em>Cluster Role Binding List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleBindingListImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRoleBindingList()
		 * @generated
		 */
		EClass CLUSTER_ROLE_BINDING_LIST = eINSTANCE.getClusterRoleBindingList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE_BINDING_LIST__API_VERSION = eINSTANCE.getClusterRoleBindingList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_BINDING_LIST__ITEMS = eINSTANCE.getClusterRoleBindingList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE_BINDING_LIST__KIND = eINSTANCE.getClusterRoleBindingList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_BINDING_LIST__METADATA = eINSTANCE.getClusterRoleBindingList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleListImpl <em>Cluster Role List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleListImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getClusterRoleList()
		 * @generated
		 */
		EClass CLUSTER_ROLE_LIST = eINSTANCE.getClusterRoleList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE_LIST__API_VERSION = eINSTANCE.getClusterRoleList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_LIST__ITEMS = eINSTANCE.getClusterRoleList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_ROLE_LIST__KIND = eINSTANCE.getClusterRoleList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_ROLE_LIST__METADATA = eINSTANCE.getClusterRoleList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl <em>Policy Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getPolicyRule()
		 * @generated
		 */
		EClass POLICY_RULE = eINSTANCE.getPolicyRule();

		/**
		 * The meta object literal for the '<em><b>Api Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__API_GROUPS = eINSTANCE.getPolicyRule_ApiGroups();

		/**
		 * The meta object literal for the '<em><b>Non Resource UR Ls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__NON_RESOURCE_UR_LS = eINSTANCE.getPolicyRule_NonResourceURLs();

		/**
		 * The meta object literal for the '<em><b>Resource Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__RESOURCE_NAMES = eINSTANCE.getPolicyRule_ResourceNames();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__RESOURCES = eINSTANCE.getPolicyRule_Resources();

		/**
		 * The meta object literal for the '<em><b>Verbs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__VERBS = eINSTANCE.getPolicyRule_Verbs();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__API_VERSION = eINSTANCE.getRole_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__KIND = eINSTANCE.getRole_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__METADATA = eINSTANCE.getRole_Metadata();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__RULES = eINSTANCE.getRole_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingImpl <em>Role Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleBinding()
		 * @generated
		 */
		EClass ROLE_BINDING = eINSTANCE.getRoleBinding();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_BINDING__API_VERSION = eINSTANCE.getRoleBinding_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_BINDING__KIND = eINSTANCE.getRoleBinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_BINDING__METADATA = eINSTANCE.getRoleBinding_Metadata();

		/**
		 * The meta object literal for the '<em><b>Role Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_BINDING__ROLE_REF = eINSTANCE.getRoleBinding_RoleRef();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_BINDING__SUBJECTS = eINSTANCE.getRoleBinding_Subjects();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingListImpl <em>Role Binding List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleBindingListImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleBindingList()
		 * @generated
		 */
		EClass ROLE_BINDING_LIST = eINSTANCE.getRoleBindingList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_BINDING_LIST__API_VERSION = eINSTANCE.getRoleBindingList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_BINDING_LIST__ITEMS = eINSTANCE.getRoleBindingList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_BINDING_LIST__KIND = eINSTANCE.getRoleBindingList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_BINDING_LIST__METADATA = eINSTANCE.getRoleBindingList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleListImpl <em>Role List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleListImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleList()
		 * @generated
		 */
		EClass ROLE_LIST = eINSTANCE.getRoleList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_LIST__API_VERSION = eINSTANCE.getRoleList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_LIST__ITEMS = eINSTANCE.getRoleList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_LIST__KIND = eINSTANCE.getRoleList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_LIST__METADATA = eINSTANCE.getRoleList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.RoleRefImpl <em>Role Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RoleRefImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getRoleRef()
		 * @generated
		 */
		EClass ROLE_REF = eINSTANCE.getRoleRef();

		/**
		 * The meta object literal for the '<em><b>Api Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_REF__API_GROUP = eINSTANCE.getRoleRef_ApiGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_REF__KIND = eINSTANCE.getRoleRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_REF__NAME = eINSTANCE.getRoleRef_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.rbac.v1.impl.SubjectImpl <em>Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.SubjectImpl
		 * @see io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl#getSubject()
		 * @generated
		 */
		EClass SUBJECT = eINSTANCE.getSubject();

		/**
		 * The meta object literal for the '<em><b>Api Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__API_GROUP = eINSTANCE.getSubject_ApiGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__KIND = eINSTANCE.getSubject_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__NAME = eINSTANCE.getSubject_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__NAMESPACE = eINSTANCE.getSubject_Namespace();

	}

} //RbacV1Package
