/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

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
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Factory
 * @generated
 */
public interface SchedulingV1alpha2Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1alpha2";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/scheduling/v1alpha2";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scheduling.v1alpha2";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedulingV1alpha2Package eINSTANCE = io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.BasicSchedulingPolicyImpl <em>Basic Scheduling Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.BasicSchedulingPolicyImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getBasicSchedulingPolicy()
	 * @generated
	 */
	int BASIC_SCHEDULING_POLICY = 0;

	/**
	 * The number of structural features of the '<em>Basic Scheduling Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_SCHEDULING_POLICY_FEATURE_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.GangSchedulingPolicyImpl <em>Gang Scheduling Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.GangSchedulingPolicyImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getGangSchedulingPolicy()
	 * @generated
	 */
	int GANG_SCHEDULING_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Min Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GANG_SCHEDULING_POLICY__MIN_COUNT = 0;

	/**
	 * The number of structural features of the '<em>Gang Scheduling Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GANG_SCHEDULING_POLICY_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupImpl <em>Pod Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroup()
	 * @generated
	 */
	int POD_GROUP = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Pod Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupListImpl <em>Pod Group List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupListImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupList()
	 * @generated
	 */
	int POD_GROUP_LIST = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Pod Group List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl <em>Pod Group Resource Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupResourceClaim()
	 * @generated
	 */
	int POD_GROUP_RESOURCE_CLAIM = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Resource Claim Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME = 1;

	/**
	 * The feature id for the '<em><b>Resource Claim Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME = 2;

	/**
	 * The number of structural features of the '<em>Pod Group Resource Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimStatusImpl <em>Pod Group Resource Claim Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimStatusImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupResourceClaimStatus()
	 * @generated
	 */
	int POD_GROUP_RESOURCE_CLAIM_STATUS = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM_STATUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Resource Claim Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME = 1;

	/**
	 * The number of structural features of the '<em>Pod Group Resource Claim Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_RESOURCE_CLAIM_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingConstraintsImpl <em>Pod Group Scheduling Constraints</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingConstraintsImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupSchedulingConstraints()
	 * @generated
	 */
	int POD_GROUP_SCHEDULING_CONSTRAINTS = 6;

	/**
	 * The feature id for the '<em><b>Topology</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY = 0;

	/**
	 * The number of structural features of the '<em>Pod Group Scheduling Constraints</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SCHEDULING_CONSTRAINTS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingPolicyImpl <em>Pod Group Scheduling Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingPolicyImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupSchedulingPolicy()
	 * @generated
	 */
	int POD_GROUP_SCHEDULING_POLICY = 7;

	/**
	 * The feature id for the '<em><b>Basic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SCHEDULING_POLICY__BASIC = 0;

	/**
	 * The feature id for the '<em><b>Gang</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SCHEDULING_POLICY__GANG = 1;

	/**
	 * The number of structural features of the '<em>Pod Group Scheduling Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SCHEDULING_POLICY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl <em>Pod Group Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupSpec()
	 * @generated
	 */
	int POD_GROUP_SPEC = 8;

	/**
	 * The feature id for the '<em><b>Disruption Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__DISRUPTION_MODE = 0;

	/**
	 * The feature id for the '<em><b>Pod Group Template Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__PRIORITY = 2;

	/**
	 * The feature id for the '<em><b>Priority Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__PRIORITY_CLASS_NAME = 3;

	/**
	 * The feature id for the '<em><b>Resource Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__RESOURCE_CLAIMS = 4;

	/**
	 * The feature id for the '<em><b>Scheduling Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS = 5;

	/**
	 * The feature id for the '<em><b>Scheduling Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC__SCHEDULING_POLICY = 6;

	/**
	 * The number of structural features of the '<em>Pod Group Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_SPEC_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupStatusImpl <em>Pod Group Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupStatusImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupStatus()
	 * @generated
	 */
	int POD_GROUP_STATUS = 9;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Resource Claim Statuses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES = 1;

	/**
	 * The number of structural features of the '<em>Pod Group Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateImpl <em>Pod Group Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupTemplate()
	 * @generated
	 */
	int POD_GROUP_TEMPLATE = 10;

	/**
	 * The feature id for the '<em><b>Disruption Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__DISRUPTION_MODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__PRIORITY = 2;

	/**
	 * The feature id for the '<em><b>Priority Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__PRIORITY_CLASS_NAME = 3;

	/**
	 * The feature id for the '<em><b>Resource Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__RESOURCE_CLAIMS = 4;

	/**
	 * The feature id for the '<em><b>Scheduling Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__SCHEDULING_CONSTRAINTS = 5;

	/**
	 * The feature id for the '<em><b>Scheduling Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE__SCHEDULING_POLICY = 6;

	/**
	 * The number of structural features of the '<em>Pod Group Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateReferenceImpl <em>Pod Group Template Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateReferenceImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupTemplateReference()
	 * @generated
	 */
	int POD_GROUP_TEMPLATE_REFERENCE = 11;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD = 0;

	/**
	 * The number of structural features of the '<em>Pod Group Template Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_GROUP_TEMPLATE_REFERENCE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TopologyConstraintImpl <em>Topology Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TopologyConstraintImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getTopologyConstraint()
	 * @generated
	 */
	int TOPOLOGY_CONSTRAINT = 12;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_CONSTRAINT__KEY = 0;

	/**
	 * The number of structural features of the '<em>Topology Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_CONSTRAINT_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TypedLocalObjectReferenceImpl <em>Typed Local Object Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TypedLocalObjectReferenceImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getTypedLocalObjectReference()
	 * @generated
	 */
	int TYPED_LOCAL_OBJECT_REFERENCE = 13;

	/**
	 * The feature id for the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_LOCAL_OBJECT_REFERENCE__API_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_LOCAL_OBJECT_REFERENCE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_LOCAL_OBJECT_REFERENCE__NAME = 2;

	/**
	 * The number of structural features of the '<em>Typed Local Object Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_LOCAL_OBJECT_REFERENCE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 14;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadListImpl <em>Workload List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadListImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkloadList()
	 * @generated
	 */
	int WORKLOAD_LIST = 15;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Workload List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadPodGroupTemplateReferenceImpl <em>Workload Pod Group Template Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadPodGroupTemplateReferenceImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkloadPodGroupTemplateReference()
	 * @generated
	 */
	int WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE = 16;

	/**
	 * The feature id for the '<em><b>Pod Group Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Workload Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME = 1;

	/**
	 * The number of structural features of the '<em>Workload Pod Group Template Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadSpecImpl <em>Workload Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadSpecImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkloadSpec()
	 * @generated
	 */
	int WORKLOAD_SPEC = 17;

	/**
	 * The feature id for the '<em><b>Controller Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_SPEC__CONTROLLER_REF = 0;

	/**
	 * The feature id for the '<em><b>Pod Group Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_SPEC__POD_GROUP_TEMPLATES = 1;

	/**
	 * The number of structural features of the '<em>Workload Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_SPEC_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.BasicSchedulingPolicy <em>Basic Scheduling Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Basic Scheduling Policy</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.BasicSchedulingPolicy
	 * @generated
	 */
	EClass getBasicSchedulingPolicy();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.GangSchedulingPolicy <em>Gang Scheduling Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gang Scheduling Policy</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.GangSchedulingPolicy
	 * @generated
	 */
	EClass getGangSchedulingPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.GangSchedulingPolicy#getMinCount <em>Min Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Count</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.GangSchedulingPolicy#getMinCount()
	 * @see #getGangSchedulingPolicy()
	 * @generated
	 */
	EAttribute getGangSchedulingPolicy_MinCount();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup <em>Pod Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup
	 * @generated
	 */
	EClass getPodGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getApiVersion()
	 * @see #getPodGroup()
	 * @generated
	 */
	EAttribute getPodGroup_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getKind()
	 * @see #getPodGroup()
	 * @generated
	 */
	EAttribute getPodGroup_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getMetadata()
	 * @see #getPodGroup()
	 * @generated
	 */
	EReference getPodGroup_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getSpec()
	 * @see #getPodGroup()
	 * @generated
	 */
	EReference getPodGroup_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroup#getStatus()
	 * @see #getPodGroup()
	 * @generated
	 */
	EReference getPodGroup_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList <em>Pod Group List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group List</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList
	 * @generated
	 */
	EClass getPodGroupList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getApiVersion()
	 * @see #getPodGroupList()
	 * @generated
	 */
	EAttribute getPodGroupList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getItems()
	 * @see #getPodGroupList()
	 * @generated
	 */
	EReference getPodGroupList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getKind()
	 * @see #getPodGroupList()
	 * @generated
	 */
	EAttribute getPodGroupList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupList#getMetadata()
	 * @see #getPodGroupList()
	 * @generated
	 */
	EReference getPodGroupList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim <em>Pod Group Resource Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Resource Claim</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim
	 * @generated
	 */
	EClass getPodGroupResourceClaim();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getName()
	 * @see #getPodGroupResourceClaim()
	 * @generated
	 */
	EAttribute getPodGroupResourceClaim_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimName <em>Resource Claim Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Claim Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimName()
	 * @see #getPodGroupResourceClaim()
	 * @generated
	 */
	EAttribute getPodGroupResourceClaim_ResourceClaimName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimTemplateName <em>Resource Claim Template Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Claim Template Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimTemplateName()
	 * @see #getPodGroupResourceClaim()
	 * @generated
	 */
	EAttribute getPodGroupResourceClaim_ResourceClaimTemplateName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus <em>Pod Group Resource Claim Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Resource Claim Status</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus
	 * @generated
	 */
	EClass getPodGroupResourceClaimStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus#getName()
	 * @see #getPodGroupResourceClaimStatus()
	 * @generated
	 */
	EAttribute getPodGroupResourceClaimStatus_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Claim Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus#getResourceClaimName()
	 * @see #getPodGroupResourceClaimStatus()
	 * @generated
	 */
	EAttribute getPodGroupResourceClaimStatus_ResourceClaimName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints <em>Pod Group Scheduling Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Scheduling Constraints</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints
	 * @generated
	 */
	EClass getPodGroupSchedulingConstraints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints#getTopology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Topology</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints#getTopology()
	 * @see #getPodGroupSchedulingConstraints()
	 * @generated
	 */
	EReference getPodGroupSchedulingConstraints_Topology();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy <em>Pod Group Scheduling Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Scheduling Policy</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy
	 * @generated
	 */
	EClass getPodGroupSchedulingPolicy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getBasic <em>Basic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Basic</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getBasic()
	 * @see #getPodGroupSchedulingPolicy()
	 * @generated
	 */
	EReference getPodGroupSchedulingPolicy_Basic();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getGang <em>Gang</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gang</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getGang()
	 * @see #getPodGroupSchedulingPolicy()
	 * @generated
	 */
	EReference getPodGroupSchedulingPolicy_Gang();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec <em>Pod Group Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Spec</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec
	 * @generated
	 */
	EClass getPodGroupSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getDisruptionMode <em>Disruption Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disruption Mode</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getDisruptionMode()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EAttribute getPodGroupSpec_DisruptionMode();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPodGroupTemplateRef <em>Pod Group Template Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pod Group Template Ref</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPodGroupTemplateRef()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EReference getPodGroupSpec_PodGroupTemplateRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriority()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EAttribute getPodGroupSpec_Priority();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriorityClassName <em>Priority Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority Class Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriorityClassName()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EAttribute getPodGroupSpec_PriorityClassName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getResourceClaims <em>Resource Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Claims</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getResourceClaims()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EReference getPodGroupSpec_ResourceClaims();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingConstraints <em>Scheduling Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduling Constraints</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingConstraints()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EReference getPodGroupSpec_SchedulingConstraints();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingPolicy <em>Scheduling Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduling Policy</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingPolicy()
	 * @see #getPodGroupSpec()
	 * @generated
	 */
	EReference getPodGroupSpec_SchedulingPolicy();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus <em>Pod Group Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Status</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus
	 * @generated
	 */
	EClass getPodGroupStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus#getConditions()
	 * @see #getPodGroupStatus()
	 * @generated
	 */
	EReference getPodGroupStatus_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus#getResourceClaimStatuses <em>Resource Claim Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Claim Statuses</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus#getResourceClaimStatuses()
	 * @see #getPodGroupStatus()
	 * @generated
	 */
	EReference getPodGroupStatus_ResourceClaimStatuses();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate <em>Pod Group Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Template</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate
	 * @generated
	 */
	EClass getPodGroupTemplate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getDisruptionMode <em>Disruption Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disruption Mode</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getDisruptionMode()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EAttribute getPodGroupTemplate_DisruptionMode();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getName()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EAttribute getPodGroupTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getPriority()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EAttribute getPodGroupTemplate_Priority();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getPriorityClassName <em>Priority Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority Class Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getPriorityClassName()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EAttribute getPodGroupTemplate_PriorityClassName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getResourceClaims <em>Resource Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Claims</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getResourceClaims()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EReference getPodGroupTemplate_ResourceClaims();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getSchedulingConstraints <em>Scheduling Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduling Constraints</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getSchedulingConstraints()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EReference getPodGroupTemplate_SchedulingConstraints();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getSchedulingPolicy <em>Scheduling Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduling Policy</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate#getSchedulingPolicy()
	 * @see #getPodGroupTemplate()
	 * @generated
	 */
	EReference getPodGroupTemplate_SchedulingPolicy();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference <em>Pod Group Template Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Group Template Reference</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference
	 * @generated
	 */
	EClass getPodGroupTemplateReference();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference#getWorkload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Workload</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference#getWorkload()
	 * @see #getPodGroupTemplateReference()
	 * @generated
	 */
	EReference getPodGroupTemplateReference_Workload();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint <em>Topology Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology Constraint</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint
	 * @generated
	 */
	EClass getTopologyConstraint();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint#getKey()
	 * @see #getTopologyConstraint()
	 * @generated
	 */
	EAttribute getTopologyConstraint_Key();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference <em>Typed Local Object Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typed Local Object Reference</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference
	 * @generated
	 */
	EClass getTypedLocalObjectReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference#getApiGroup <em>Api Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Group</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference#getApiGroup()
	 * @see #getTypedLocalObjectReference()
	 * @generated
	 */
	EAttribute getTypedLocalObjectReference_ApiGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference#getKind()
	 * @see #getTypedLocalObjectReference()
	 * @generated
	 */
	EAttribute getTypedLocalObjectReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference#getName()
	 * @see #getTypedLocalObjectReference()
	 * @generated
	 */
	EAttribute getTypedLocalObjectReference_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getApiVersion()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getKind()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getMetadata()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.Workload#getSpec()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList <em>Workload List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload List</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList
	 * @generated
	 */
	EClass getWorkloadList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getApiVersion()
	 * @see #getWorkloadList()
	 * @generated
	 */
	EAttribute getWorkloadList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getItems()
	 * @see #getWorkloadList()
	 * @generated
	 */
	EReference getWorkloadList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getKind()
	 * @see #getWorkloadList()
	 * @generated
	 */
	EAttribute getWorkloadList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadList#getMetadata()
	 * @see #getWorkloadList()
	 * @generated
	 */
	EReference getWorkloadList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference <em>Workload Pod Group Template Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload Pod Group Template Reference</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference
	 * @generated
	 */
	EClass getWorkloadPodGroupTemplateReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getPodGroupTemplateName <em>Pod Group Template Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pod Group Template Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getPodGroupTemplateName()
	 * @see #getWorkloadPodGroupTemplateReference()
	 * @generated
	 */
	EAttribute getWorkloadPodGroupTemplateReference_PodGroupTemplateName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getWorkloadName <em>Workload Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workload Name</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getWorkloadName()
	 * @see #getWorkloadPodGroupTemplateReference()
	 * @generated
	 */
	EAttribute getWorkloadPodGroupTemplateReference_WorkloadName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec <em>Workload Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload Spec</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec
	 * @generated
	 */
	EClass getWorkloadSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getControllerRef <em>Controller Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Controller Ref</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getControllerRef()
	 * @see #getWorkloadSpec()
	 * @generated
	 */
	EReference getWorkloadSpec_ControllerRef();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getPodGroupTemplates <em>Pod Group Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pod Group Templates</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getPodGroupTemplates()
	 * @see #getWorkloadSpec()
	 * @generated
	 */
	EReference getWorkloadSpec_PodGroupTemplates();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SchedulingV1alpha2Factory getSchedulingV1alpha2Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.BasicSchedulingPolicyImpl <em>Basic Scheduling Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.BasicSchedulingPolicyImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getBasicSchedulingPolicy()
		 * @generated
		 */
		EClass BASIC_SCHEDULING_POLICY = eINSTANCE.getBasicSchedulingPolicy();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.GangSchedulingPolicyImpl <em>Gang Scheduling Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.GangSchedulingPolicyImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getGangSchedulingPolicy()
		 * @generated
		 */
		EClass GANG_SCHEDULING_POLICY = eINSTANCE.getGangSchedulingPolicy();

		/**
		 * The meta object literal for the '<em><b>Min Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GANG_SCHEDULING_POLICY__MIN_COUNT = eINSTANCE.getGangSchedulingPolicy_MinCount();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupImpl <em>Pod Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroup()
		 * @generated
		 */
		EClass POD_GROUP = eINSTANCE.getPodGroup();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP__API_VERSION = eINSTANCE.getPodGroup_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP__KIND = eINSTANCE.getPodGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP__METADATA = eINSTANCE.getPodGroup_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP__SPEC = eINSTANCE.getPodGroup_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP__STATUS = eINSTANCE.getPodGroup_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupListImpl <em>Pod Group List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupListImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupList()
		 * @generated
		 */
		EClass POD_GROUP_LIST = eINSTANCE.getPodGroupList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_LIST__API_VERSION = eINSTANCE.getPodGroupList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_LIST__ITEMS = eINSTANCE.getPodGroupList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_LIST__KIND = eINSTANCE.getPodGroupList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_LIST__METADATA = eINSTANCE.getPodGroupList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl <em>Pod Group Resource Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupResourceClaim()
		 * @generated
		 */
		EClass POD_GROUP_RESOURCE_CLAIM = eINSTANCE.getPodGroupResourceClaim();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_RESOURCE_CLAIM__NAME = eINSTANCE.getPodGroupResourceClaim_Name();

		/**
		 * The meta object literal for the '<em><b>Resource Claim Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME = eINSTANCE.getPodGroupResourceClaim_ResourceClaimName();

		/**
		 * The meta object literal for the '<em><b>Resource Claim Template Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME = eINSTANCE.getPodGroupResourceClaim_ResourceClaimTemplateName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimStatusImpl <em>Pod Group Resource Claim Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimStatusImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupResourceClaimStatus()
		 * @generated
		 */
		EClass POD_GROUP_RESOURCE_CLAIM_STATUS = eINSTANCE.getPodGroupResourceClaimStatus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_RESOURCE_CLAIM_STATUS__NAME = eINSTANCE.getPodGroupResourceClaimStatus_Name();

		/**
		 * The meta object literal for the '<em><b>Resource Claim Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME = eINSTANCE.getPodGroupResourceClaimStatus_ResourceClaimName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingConstraintsImpl <em>Pod Group Scheduling Constraints</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingConstraintsImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupSchedulingConstraints()
		 * @generated
		 */
		EClass POD_GROUP_SCHEDULING_CONSTRAINTS = eINSTANCE.getPodGroupSchedulingConstraints();

		/**
		 * The meta object literal for the '<em><b>Topology</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY = eINSTANCE.getPodGroupSchedulingConstraints_Topology();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingPolicyImpl <em>Pod Group Scheduling Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingPolicyImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupSchedulingPolicy()
		 * @generated
		 */
		EClass POD_GROUP_SCHEDULING_POLICY = eINSTANCE.getPodGroupSchedulingPolicy();

		/**
		 * The meta object literal for the '<em><b>Basic</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SCHEDULING_POLICY__BASIC = eINSTANCE.getPodGroupSchedulingPolicy_Basic();

		/**
		 * The meta object literal for the '<em><b>Gang</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SCHEDULING_POLICY__GANG = eINSTANCE.getPodGroupSchedulingPolicy_Gang();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl <em>Pod Group Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupSpec()
		 * @generated
		 */
		EClass POD_GROUP_SPEC = eINSTANCE.getPodGroupSpec();

		/**
		 * The meta object literal for the '<em><b>Disruption Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_SPEC__DISRUPTION_MODE = eINSTANCE.getPodGroupSpec_DisruptionMode();

		/**
		 * The meta object literal for the '<em><b>Pod Group Template Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF = eINSTANCE.getPodGroupSpec_PodGroupTemplateRef();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_SPEC__PRIORITY = eINSTANCE.getPodGroupSpec_Priority();

		/**
		 * The meta object literal for the '<em><b>Priority Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_SPEC__PRIORITY_CLASS_NAME = eINSTANCE.getPodGroupSpec_PriorityClassName();

		/**
		 * The meta object literal for the '<em><b>Resource Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SPEC__RESOURCE_CLAIMS = eINSTANCE.getPodGroupSpec_ResourceClaims();

		/**
		 * The meta object literal for the '<em><b>Scheduling Constraints</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS = eINSTANCE.getPodGroupSpec_SchedulingConstraints();

		/**
		 * The meta object literal for the '<em><b>Scheduling Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_SPEC__SCHEDULING_POLICY = eINSTANCE.getPodGroupSpec_SchedulingPolicy();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupStatusImpl <em>Pod Group Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupStatusImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupStatus()
		 * @generated
		 */
		EClass POD_GROUP_STATUS = eINSTANCE.getPodGroupStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_STATUS__CONDITIONS = eINSTANCE.getPodGroupStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Resource Claim Statuses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES = eINSTANCE.getPodGroupStatus_ResourceClaimStatuses();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateImpl <em>Pod Group Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupTemplate()
		 * @generated
		 */
		EClass POD_GROUP_TEMPLATE = eINSTANCE.getPodGroupTemplate();

		/**
		 * The meta object literal for the '<em><b>Disruption Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_TEMPLATE__DISRUPTION_MODE = eINSTANCE.getPodGroupTemplate_DisruptionMode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_TEMPLATE__NAME = eINSTANCE.getPodGroupTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_TEMPLATE__PRIORITY = eINSTANCE.getPodGroupTemplate_Priority();

		/**
		 * The meta object literal for the '<em><b>Priority Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_GROUP_TEMPLATE__PRIORITY_CLASS_NAME = eINSTANCE.getPodGroupTemplate_PriorityClassName();

		/**
		 * The meta object literal for the '<em><b>Resource Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_TEMPLATE__RESOURCE_CLAIMS = eINSTANCE.getPodGroupTemplate_ResourceClaims();

		/**
		 * The meta object literal for the '<em><b>Scheduling Constraints</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_TEMPLATE__SCHEDULING_CONSTRAINTS = eINSTANCE.getPodGroupTemplate_SchedulingConstraints();

		/**
		 * The meta object literal for the '<em><b>Scheduling Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_TEMPLATE__SCHEDULING_POLICY = eINSTANCE.getPodGroupTemplate_SchedulingPolicy();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateReferenceImpl <em>Pod Group Template Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupTemplateReferenceImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getPodGroupTemplateReference()
		 * @generated
		 */
		EClass POD_GROUP_TEMPLATE_REFERENCE = eINSTANCE.getPodGroupTemplateReference();

		/**
		 * The meta object literal for the '<em><b>Workload</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD = eINSTANCE.getPodGroupTemplateReference_Workload();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TopologyConstraintImpl <em>Topology Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TopologyConstraintImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getTopologyConstraint()
		 * @generated
		 */
		EClass TOPOLOGY_CONSTRAINT = eINSTANCE.getTopologyConstraint();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY_CONSTRAINT__KEY = eINSTANCE.getTopologyConstraint_Key();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TypedLocalObjectReferenceImpl <em>Typed Local Object Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.TypedLocalObjectReferenceImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getTypedLocalObjectReference()
		 * @generated
		 */
		EClass TYPED_LOCAL_OBJECT_REFERENCE = eINSTANCE.getTypedLocalObjectReference();

		/**
		 * The meta object literal for the '<em><b>Api Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_LOCAL_OBJECT_REFERENCE__API_GROUP = eINSTANCE.getTypedLocalObjectReference_ApiGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_LOCAL_OBJECT_REFERENCE__KIND = eINSTANCE.getTypedLocalObjectReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_LOCAL_OBJECT_REFERENCE__NAME = eINSTANCE.getTypedLocalObjectReference_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__API_VERSION = eINSTANCE.getWorkload_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__KIND = eINSTANCE.getWorkload_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__METADATA = eINSTANCE.getWorkload_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__SPEC = eINSTANCE.getWorkload_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadListImpl <em>Workload List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadListImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkloadList()
		 * @generated
		 */
		EClass WORKLOAD_LIST = eINSTANCE.getWorkloadList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_LIST__API_VERSION = eINSTANCE.getWorkloadList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD_LIST__ITEMS = eINSTANCE.getWorkloadList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_LIST__KIND = eINSTANCE.getWorkloadList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD_LIST__METADATA = eINSTANCE.getWorkloadList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadPodGroupTemplateReferenceImpl <em>Workload Pod Group Template Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadPodGroupTemplateReferenceImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkloadPodGroupTemplateReference()
		 * @generated
		 */
		EClass WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE = eINSTANCE.getWorkloadPodGroupTemplateReference();

		/**
		 * The meta object literal for the '<em><b>Pod Group Template Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME = eINSTANCE.getWorkloadPodGroupTemplateReference_PodGroupTemplateName();

		/**
		 * The meta object literal for the '<em><b>Workload Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME = eINSTANCE.getWorkloadPodGroupTemplateReference_WorkloadName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadSpecImpl <em>Workload Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadSpecImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl#getWorkloadSpec()
		 * @generated
		 */
		EClass WORKLOAD_SPEC = eINSTANCE.getWorkloadSpec();

		/**
		 * The meta object literal for the '<em><b>Controller Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD_SPEC__CONTROLLER_REF = eINSTANCE.getWorkloadSpec_ControllerRef();

		/**
		 * The meta object literal for the '<em><b>Pod Group Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD_SPEC__POD_GROUP_TEMPLATES = eINSTANCE.getWorkloadSpec_PodGroupTemplates();

	}

} //SchedulingV1alpha2Package
