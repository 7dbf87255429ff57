/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

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
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Factory
 * @generated
 */
public interface ResourceV1beta1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/resource/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "resource.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResourceV1beta1Package eINSTANCE = io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocatedDeviceStatusImpl <em>Allocated Device Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.AllocatedDeviceStatusImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getAllocatedDeviceStatus()
	 * @generated
	 */
	int ALLOCATED_DEVICE_STATUS = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__DATA = 1;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__DRIVER = 3;

	/**
	 * The feature id for the '<em><b>Network Data</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__NETWORK_DATA = 4;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__POOL = 5;

	/**
	 * The feature id for the '<em><b>Share ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS__SHARE_ID = 6;

	/**
	 * The number of structural features of the '<em>Allocated Device Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATED_DEVICE_STATUS_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl <em>Allocation Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getAllocationResult()
	 * @generated
	 */
	int ALLOCATION_RESULT = 1;

	/**
	 * The feature id for the '<em><b>Allocation Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RESULT__ALLOCATION_TIMESTAMP = 0;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RESULT__DEVICES = 1;

	/**
	 * The feature id for the '<em><b>Node Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RESULT__NODE_SELECTOR = 2;

	/**
	 * The number of structural features of the '<em>Allocation Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RESULT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.BasicDeviceImpl <em>Basic Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.BasicDeviceImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getBasicDevice()
	 * @generated
	 */
	int BASIC_DEVICE = 2;

	/**
	 * The feature id for the '<em><b>All Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__ALL_NODES = 0;

	/**
	 * The feature id for the '<em><b>Allow Multiple Allocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__ALLOW_MULTIPLE_ALLOCATIONS = 1;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__ATTRIBUTES = 2;

	/**
	 * The feature id for the '<em><b>Binding Conditions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__BINDING_CONDITIONS = 3;

	/**
	 * The feature id for the '<em><b>Binding Failure Conditions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__BINDING_FAILURE_CONDITIONS = 4;

	/**
	 * The feature id for the '<em><b>Binds To Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__BINDS_TO_NODE = 5;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__CAPACITY = 6;

	/**
	 * The feature id for the '<em><b>Consumes Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__CONSUMES_COUNTERS = 7;

	/**
	 * The feature id for the '<em><b>Node Allocatable Resource Mappings</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS = 8;

	/**
	 * The feature id for the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__NODE_NAME = 9;

	/**
	 * The feature id for the '<em><b>Node Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__NODE_SELECTOR = 10;

	/**
	 * The feature id for the '<em><b>Taints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE__TAINTS = 11;

	/**
	 * The number of structural features of the '<em>Basic Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASIC_DEVICE_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CELDeviceSelectorImpl <em>CEL Device Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CELDeviceSelectorImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCELDeviceSelector()
	 * @generated
	 */
	int CEL_DEVICE_SELECTOR = 3;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_DEVICE_SELECTOR__EXPRESSION = 0;

	/**
	 * The number of structural features of the '<em>CEL Device Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_DEVICE_SELECTOR_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyImpl <em>Capacity Request Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCapacityRequestPolicy()
	 * @generated
	 */
	int CAPACITY_REQUEST_POLICY = 4;

	/**
	 * The feature id for the '<em><b>Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY__DEFAULT = 0;

	/**
	 * The feature id for the '<em><b>Valid Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY__VALID_RANGE = 1;

	/**
	 * The feature id for the '<em><b>Valid Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY__VALID_VALUES = 2;

	/**
	 * The number of structural features of the '<em>Capacity Request Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyRangeImpl <em>Capacity Request Policy Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyRangeImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCapacityRequestPolicyRange()
	 * @generated
	 */
	int CAPACITY_REQUEST_POLICY_RANGE = 5;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY_RANGE__MAX = 0;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY_RANGE__MIN = 1;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY_RANGE__STEP = 2;

	/**
	 * The number of structural features of the '<em>Capacity Request Policy Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUEST_POLICY_RANGE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequirementsImpl <em>Capacity Requirements</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequirementsImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCapacityRequirements()
	 * @generated
	 */
	int CAPACITY_REQUIREMENTS = 6;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUIREMENTS__REQUESTS = 0;

	/**
	 * The number of structural features of the '<em>Capacity Requirements</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_REQUIREMENTS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CounterImpl <em>Counter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CounterImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCounter()
	 * @generated
	 */
	int COUNTER = 7;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__VALUE = 0;

	/**
	 * The number of structural features of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CounterSetImpl <em>Counter Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CounterSetImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCounterSet()
	 * @generated
	 */
	int COUNTER_SET = 8;

	/**
	 * The feature id for the '<em><b>Counters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_SET__COUNTERS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_SET__NAME = 1;

	/**
	 * The number of structural features of the '<em>Counter Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_SET_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 9;

	/**
	 * The feature id for the '<em><b>Basic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__BASIC = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = 1;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl <em>Device Allocation Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAllocationConfiguration()
	 * @generated
	 */
	int DEVICE_ALLOCATION_CONFIGURATION = 10;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_CONFIGURATION__OPAQUE = 0;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_CONFIGURATION__REQUESTS = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_CONFIGURATION__SOURCE = 2;

	/**
	 * The number of structural features of the '<em>Device Allocation Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_CONFIGURATION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationResultImpl <em>Device Allocation Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationResultImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAllocationResult()
	 * @generated
	 */
	int DEVICE_ALLOCATION_RESULT = 11;

	/**
	 * The feature id for the '<em><b>Config</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_RESULT__CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_RESULT__RESULTS = 1;

	/**
	 * The number of structural features of the '<em>Device Allocation Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ALLOCATION_RESULT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeImpl <em>Device Attribute</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAttribute()
	 * @generated
	 */
	int DEVICE_ATTRIBUTE = 12;

	/**
	 * The feature id for the '<em><b>Bool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__BOOL = 0;

	/**
	 * The feature id for the '<em><b>Bools</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__BOOLS = 1;

	/**
	 * The feature id for the '<em><b>Int</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__INT = 2;

	/**
	 * The feature id for the '<em><b>Ints</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__INTS = 3;

	/**
	 * The feature id for the '<em><b>String</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__STRING = 4;

	/**
	 * The feature id for the '<em><b>Strings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__STRINGS = 5;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__VERSION = 6;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE__VERSIONS = 7;

	/**
	 * The number of structural features of the '<em>Device Attribute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityImpl <em>Device Capacity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceCapacity()
	 * @generated
	 */
	int DEVICE_CAPACITY = 13;

	/**
	 * The feature id for the '<em><b>Request Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CAPACITY__REQUEST_POLICY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CAPACITY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Device Capacity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CAPACITY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimImpl <em>Device Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClaim()
	 * @generated
	 */
	int DEVICE_CLAIM = 14;

	/**
	 * The feature id for the '<em><b>Config</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM__CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM__CONSTRAINTS = 1;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM__REQUESTS = 2;

	/**
	 * The number of structural features of the '<em>Device Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimConfigurationImpl <em>Device Claim Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimConfigurationImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClaimConfiguration()
	 * @generated
	 */
	int DEVICE_CLAIM_CONFIGURATION = 15;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM_CONFIGURATION__OPAQUE = 0;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM_CONFIGURATION__REQUESTS = 1;

	/**
	 * The number of structural features of the '<em>Device Claim Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLAIM_CONFIGURATION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassImpl <em>Device Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClass()
	 * @generated
	 */
	int DEVICE_CLASS = 16;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Device Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassConfigurationImpl <em>Device Class Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassConfigurationImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClassConfiguration()
	 * @generated
	 */
	int DEVICE_CLASS_CONFIGURATION = 17;

	/**
	 * The feature id for the '<em><b>Opaque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_CONFIGURATION__OPAQUE = 0;

	/**
	 * The number of structural features of the '<em>Device Class Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_CONFIGURATION_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassListImpl <em>Device Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassListImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClassList()
	 * @generated
	 */
	int DEVICE_CLASS_LIST = 18;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Device Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassSpecImpl <em>Device Class Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassSpecImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClassSpec()
	 * @generated
	 */
	int DEVICE_CLASS_SPEC = 19;

	/**
	 * The feature id for the '<em><b>Config</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_SPEC__CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Extended Resource Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Selectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_SPEC__SELECTORS = 2;

	/**
	 * The number of structural features of the '<em>Device Class Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CLASS_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceConstraintImpl <em>Device Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceConstraintImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceConstraint()
	 * @generated
	 */
	int DEVICE_CONSTRAINT = 20;

	/**
	 * The feature id for the '<em><b>Distinct Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Match Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CONSTRAINT__MATCH_ATTRIBUTE = 1;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CONSTRAINT__REQUESTS = 2;

	/**
	 * The number of structural features of the '<em>Device Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CONSTRAINT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCounterConsumptionImpl <em>Device Counter Consumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCounterConsumptionImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceCounterConsumption()
	 * @generated
	 */
	int DEVICE_COUNTER_CONSUMPTION = 21;

	/**
	 * The feature id for the '<em><b>Counter Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_COUNTER_CONSUMPTION__COUNTER_SET = 0;

	/**
	 * The feature id for the '<em><b>Counters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_COUNTER_CONSUMPTION__COUNTERS = 1;

	/**
	 * The number of structural features of the '<em>Device Counter Consumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_COUNTER_CONSUMPTION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestImpl <em>Device Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceRequest()
	 * @generated
	 */
	int DEVICE_REQUEST = 22;

	/**
	 * The feature id for the '<em><b>Admin Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__ADMIN_ACCESS = 0;

	/**
	 * The feature id for the '<em><b>Allocation Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__ALLOCATION_MODE = 1;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__CAPACITY = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__COUNT = 3;

	/**
	 * The feature id for the '<em><b>Device Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__DEVICE_CLASS_NAME = 4;

	/**
	 * The feature id for the '<em><b>First Available</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__FIRST_AVAILABLE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__NAME = 6;

	/**
	 * The feature id for the '<em><b>Selectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__SELECTORS = 7;

	/**
	 * The feature id for the '<em><b>Tolerations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST__TOLERATIONS = 8;

	/**
	 * The number of structural features of the '<em>Device Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_FEATURE_COUNT = 9;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestAllocationResultImpl <em>Device Request Allocation Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestAllocationResultImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceRequestAllocationResult()
	 * @generated
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT = 23;

	/**
	 * The feature id for the '<em><b>Admin Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS = 0;

	/**
	 * The feature id for the '<em><b>Binding Conditions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Binding Failure Conditions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS = 2;

	/**
	 * The feature id for the '<em><b>Consumed Capacity</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY = 3;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE = 4;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER = 5;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__POOL = 6;

	/**
	 * The feature id for the '<em><b>Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST = 7;

	/**
	 * The feature id for the '<em><b>Share ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID = 8;

	/**
	 * The feature id for the '<em><b>Tolerations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS = 9;

	/**
	 * The number of structural features of the '<em>Device Request Allocation Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_REQUEST_ALLOCATION_RESULT_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSelectorImpl <em>Device Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSelectorImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceSelector()
	 * @generated
	 */
	int DEVICE_SELECTOR = 24;

	/**
	 * The feature id for the '<em><b>Cel</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SELECTOR__CEL = 0;

	/**
	 * The number of structural features of the '<em>Device Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SELECTOR_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl <em>Device Sub Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceSubRequest()
	 * @generated
	 */
	int DEVICE_SUB_REQUEST = 25;

	/**
	 * The feature id for the '<em><b>Allocation Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__ALLOCATION_MODE = 0;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__CAPACITY = 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__COUNT = 2;

	/**
	 * The feature id for the '<em><b>Device Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__NAME = 4;

	/**
	 * The feature id for the '<em><b>Selectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__SELECTORS = 5;

	/**
	 * The feature id for the '<em><b>Tolerations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST__TOLERATIONS = 6;

	/**
	 * The number of structural features of the '<em>Device Sub Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_SUB_REQUEST_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTaintImpl <em>Device Taint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTaintImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceTaint()
	 * @generated
	 */
	int DEVICE_TAINT = 26;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT__EFFECT = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT__KEY = 1;

	/**
	 * The feature id for the '<em><b>Time Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT__TIME_ADDED = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Device Taint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTolerationImpl <em>Device Toleration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTolerationImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceToleration()
	 * @generated
	 */
	int DEVICE_TOLERATION = 27;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TOLERATION__EFFECT = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TOLERATION__KEY = 1;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TOLERATION__OPERATOR = 2;

	/**
	 * The feature id for the '<em><b>Toleration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TOLERATION__TOLERATION_SECONDS = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TOLERATION__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Device Toleration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TOLERATION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl <em>Network Device Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getNetworkDeviceData()
	 * @generated
	 */
	int NETWORK_DEVICE_DATA = 28;

	/**
	 * The feature id for the '<em><b>Hardware Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DEVICE_DATA__HARDWARE_ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Interface Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DEVICE_DATA__INTERFACE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Ips</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DEVICE_DATA__IPS = 2;

	/**
	 * The number of structural features of the '<em>Network Device Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_DEVICE_DATA_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingImpl <em>Node Allocatable Resource Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getNodeAllocatableResourceMapping()
	 * @generated
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING = 29;

	/**
	 * The feature id for the '<em><b>Allocation Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER = 0;

	/**
	 * The feature id for the '<em><b>Capacity Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY = 1;

	/**
	 * The number of structural features of the '<em>Node Allocatable Resource Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.OpaqueDeviceConfigurationImpl <em>Opaque Device Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.OpaqueDeviceConfigurationImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getOpaqueDeviceConfiguration()
	 * @generated
	 */
	int OPAQUE_DEVICE_CONFIGURATION = 30;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPAQUE_DEVICE_CONFIGURATION__DRIVER = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPAQUE_DEVICE_CONFIGURATION__PARAMETERS = 1;

	/**
	 * The number of structural features of the '<em>Opaque Device Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPAQUE_DEVICE_CONFIGURATION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimImpl <em>Resource Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaim()
	 * @generated
	 */
	int RESOURCE_CLAIM = 31;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Resource Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimConsumerReferenceImpl <em>Resource Claim Consumer Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimConsumerReferenceImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimConsumerReference()
	 * @generated
	 */
	int RESOURCE_CLAIM_CONSUMER_REFERENCE = 32;

	/**
	 * The feature id for the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_CONSUMER_REFERENCE__UID = 3;

	/**
	 * The number of structural features of the '<em>Resource Claim Consumer Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_CONSUMER_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimListImpl <em>Resource Claim List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimListImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimList()
	 * @generated
	 */
	int RESOURCE_CLAIM_LIST = 33;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Resource Claim List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimSpecImpl <em>Resource Claim Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimSpecImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimSpec()
	 * @generated
	 */
	int RESOURCE_CLAIM_SPEC = 34;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_SPEC__DEVICES = 0;

	/**
	 * The number of structural features of the '<em>Resource Claim Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimStatusImpl <em>Resource Claim Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimStatusImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimStatus()
	 * @generated
	 */
	int RESOURCE_CLAIM_STATUS = 35;

	/**
	 * The feature id for the '<em><b>Allocation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_STATUS__ALLOCATION = 0;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_STATUS__DEVICES = 1;

	/**
	 * The feature id for the '<em><b>Reserved For</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_STATUS__RESERVED_FOR = 2;

	/**
	 * The number of structural features of the '<em>Resource Claim Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateImpl <em>Resource Claim Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimTemplate()
	 * @generated
	 */
	int RESOURCE_CLAIM_TEMPLATE = 36;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Resource Claim Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateListImpl <em>Resource Claim Template List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateListImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimTemplateList()
	 * @generated
	 */
	int RESOURCE_CLAIM_TEMPLATE_LIST = 37;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Resource Claim Template List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateSpecImpl <em>Resource Claim Template Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateSpecImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimTemplateSpec()
	 * @generated
	 */
	int RESOURCE_CLAIM_TEMPLATE_SPEC = 38;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_SPEC__METADATA = 0;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_SPEC__SPEC = 1;

	/**
	 * The number of structural features of the '<em>Resource Claim Template Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CLAIM_TEMPLATE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl <em>Resource Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourcePool()
	 * @generated
	 */
	int RESOURCE_POOL = 39;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL__GENERATION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL__NAME = 1;

	/**
	 * The feature id for the '<em><b>Resource Slice Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL__RESOURCE_SLICE_COUNT = 2;

	/**
	 * The number of structural features of the '<em>Resource Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceImpl <em>Resource Slice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceSlice()
	 * @generated
	 */
	int RESOURCE_SLICE = 40;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Resource Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceListImpl <em>Resource Slice List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceListImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceSliceList()
	 * @generated
	 */
	int RESOURCE_SLICE_LIST = 41;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Resource Slice List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl <em>Resource Slice Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceSliceSpec()
	 * @generated
	 */
	int RESOURCE_SLICE_SPEC = 42;

	/**
	 * The feature id for the '<em><b>All Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__ALL_NODES = 0;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__DEVICES = 1;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__DRIVER = 2;

	/**
	 * The feature id for the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__NODE_NAME = 3;

	/**
	 * The feature id for the '<em><b>Node Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__NODE_SELECTOR = 4;

	/**
	 * The feature id for the '<em><b>Per Device Node Selection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION = 5;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__POOL = 6;

	/**
	 * The feature id for the '<em><b>Shared Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC__SHARED_COUNTERS = 7;

	/**
	 * The number of structural features of the '<em>Resource Slice Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_SLICE_SPEC_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeMapEntryImpl <em>Device Attribute Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeMapEntryImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAttributeMapEntry()
	 * @generated
	 */
	int DEVICE_ATTRIBUTE_MAP_ENTRY = 43;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Device Attribute Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTRIBUTE_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityMapEntryImpl <em>Device Capacity Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityMapEntryImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceCapacityMapEntry()
	 * @generated
	 */
	int DEVICE_CAPACITY_MAP_ENTRY = 44;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CAPACITY_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CAPACITY_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Device Capacity Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_CAPACITY_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingMapEntryImpl <em>Node Allocatable Resource Mapping Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingMapEntryImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getNodeAllocatableResourceMappingMapEntry()
	 * @generated
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY = 45;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Node Allocatable Resource Mapping Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.QuantityMapEntryImpl <em>Quantity Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.QuantityMapEntryImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getQuantityMapEntry()
	 * @generated
	 */
	int QUANTITY_MAP_ENTRY = 46;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Quantity Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CounterMapEntryImpl <em>Counter Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CounterMapEntryImpl
	 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCounterMapEntry()
	 * @generated
	 */
	int COUNTER_MAP_ENTRY = 47;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Counter Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus <em>Allocated Device Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocated Device Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus
	 * @generated
	 */
	EClass getAllocatedDeviceStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getConditions()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EReference getAllocatedDeviceStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getData()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EAttribute getAllocatedDeviceStatus_Data();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDevice()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EAttribute getAllocatedDeviceStatus_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDriver()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EAttribute getAllocatedDeviceStatus_Driver();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getNetworkData <em>Network Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network Data</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getNetworkData()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EReference getAllocatedDeviceStatus_NetworkData();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getPool()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EAttribute getAllocatedDeviceStatus_Pool();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getShareID <em>Share ID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share ID</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getShareID()
	 * @see #getAllocatedDeviceStatus()
	 * @generated
	 */
	EAttribute getAllocatedDeviceStatus_ShareID();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocationResult <em>Allocation Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation Result</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocationResult
	 * @generated
	 */
	EClass getAllocationResult();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocationResult#getAllocationTimestamp <em>Allocation Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Timestamp</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocationResult#getAllocationTimestamp()
	 * @see #getAllocationResult()
	 * @generated
	 */
	EAttribute getAllocationResult_AllocationTimestamp();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocationResult#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocationResult#getDevices()
	 * @see #getAllocationResult()
	 * @generated
	 */
	EReference getAllocationResult_Devices();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocationResult#getNodeSelector <em>Node Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Node Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.AllocationResult#getNodeSelector()
	 * @see #getAllocationResult()
	 * @generated
	 */
	EReference getAllocationResult_NodeSelector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice <em>Basic Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Basic Device</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice
	 * @generated
	 */
	EClass getBasicDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllNodes <em>All Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>All Nodes</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllNodes()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EAttribute getBasicDevice_AllNodes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllowMultipleAllocations <em>Allow Multiple Allocations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Multiple Allocations</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllowMultipleAllocations()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EAttribute getBasicDevice_AllowMultipleAllocations();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Attributes</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAttributes()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EReference getBasicDevice_Attributes();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindingConditions <em>Binding Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Binding Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindingConditions()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EAttribute getBasicDevice_BindingConditions();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindingFailureConditions <em>Binding Failure Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Binding Failure Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindingFailureConditions()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EAttribute getBasicDevice_BindingFailureConditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindsToNode <em>Binds To Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binds To Node</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindsToNode()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EAttribute getBasicDevice_BindsToNode();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Capacity</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getCapacity()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EReference getBasicDevice_Capacity();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getConsumesCounters <em>Consumes Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consumes Counters</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getConsumesCounters()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EReference getBasicDevice_ConsumesCounters();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeAllocatableResourceMappings <em>Node Allocatable Resource Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Node Allocatable Resource Mappings</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeAllocatableResourceMappings()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EReference getBasicDevice_NodeAllocatableResourceMappings();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeName <em>Node Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeName()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EAttribute getBasicDevice_NodeName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeSelector <em>Node Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Node Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeSelector()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EReference getBasicDevice_NodeSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getTaints <em>Taints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Taints</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getTaints()
	 * @see #getBasicDevice()
	 * @generated
	 */
	EReference getBasicDevice_Taints();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.CELDeviceSelector <em>CEL Device Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CEL Device Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CELDeviceSelector
	 * @generated
	 */
	EClass getCELDeviceSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.CELDeviceSelector#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CELDeviceSelector#getExpression()
	 * @see #getCELDeviceSelector()
	 * @generated
	 */
	EAttribute getCELDeviceSelector_Expression();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy <em>Capacity Request Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capacity Request Policy</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy
	 * @generated
	 */
	EClass getCapacityRequestPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getDefault <em>Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getDefault()
	 * @see #getCapacityRequestPolicy()
	 * @generated
	 */
	EAttribute getCapacityRequestPolicy_Default();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidRange <em>Valid Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Valid Range</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidRange()
	 * @see #getCapacityRequestPolicy()
	 * @generated
	 */
	EReference getCapacityRequestPolicy_ValidRange();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidValues <em>Valid Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Valid Values</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidValues()
	 * @see #getCapacityRequestPolicy()
	 * @generated
	 */
	EAttribute getCapacityRequestPolicy_ValidValues();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange <em>Capacity Request Policy Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capacity Request Policy Range</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange
	 * @generated
	 */
	EClass getCapacityRequestPolicyRange();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange#getMax()
	 * @see #getCapacityRequestPolicyRange()
	 * @generated
	 */
	EAttribute getCapacityRequestPolicyRange_Max();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange#getMin()
	 * @see #getCapacityRequestPolicyRange()
	 * @generated
	 */
	EAttribute getCapacityRequestPolicyRange_Min();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicyRange#getStep()
	 * @see #getCapacityRequestPolicyRange()
	 * @generated
	 */
	EAttribute getCapacityRequestPolicyRange_Step();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequirements <em>Capacity Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capacity Requirements</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequirements
	 * @generated
	 */
	EClass getCapacityRequirements();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequirements#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Requests</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CapacityRequirements#getRequests()
	 * @see #getCapacityRequirements()
	 * @generated
	 */
	EReference getCapacityRequirements_Requests();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.Counter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.Counter
	 * @generated
	 */
	EClass getCounter();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.Counter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.Counter#getValue()
	 * @see #getCounter()
	 * @generated
	 */
	EAttribute getCounter_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.CounterSet <em>Counter Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter Set</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CounterSet
	 * @generated
	 */
	EClass getCounterSet();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.CounterSet#getCounters <em>Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Counters</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CounterSet#getCounters()
	 * @see #getCounterSet()
	 * @generated
	 */
	EReference getCounterSet_Counters();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.CounterSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.CounterSet#getName()
	 * @see #getCounterSet()
	 * @generated
	 */
	EAttribute getCounterSet_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.Device#getBasic <em>Basic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Basic</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.Device#getBasic()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Basic();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.Device#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.Device#getName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration <em>Device Allocation Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Allocation Configuration</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration
	 * @generated
	 */
	EClass getDeviceAllocationConfiguration();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getOpaque <em>Opaque</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Opaque</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getOpaque()
	 * @see #getDeviceAllocationConfiguration()
	 * @generated
	 */
	EReference getDeviceAllocationConfiguration_Opaque();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requests</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getRequests()
	 * @see #getDeviceAllocationConfiguration()
	 * @generated
	 */
	EAttribute getDeviceAllocationConfiguration_Requests();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getSource()
	 * @see #getDeviceAllocationConfiguration()
	 * @generated
	 */
	EAttribute getDeviceAllocationConfiguration_Source();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult <em>Device Allocation Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Allocation Result</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult
	 * @generated
	 */
	EClass getDeviceAllocationResult();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Config</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult#getConfig()
	 * @see #getDeviceAllocationResult()
	 * @generated
	 */
	EReference getDeviceAllocationResult_Config();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult#getResults()
	 * @see #getDeviceAllocationResult()
	 * @generated
	 */
	EReference getDeviceAllocationResult_Results();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute <em>Device Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Attribute</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute
	 * @generated
	 */
	EClass getDeviceAttribute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBool <em>Bool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bool</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBool()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Bool();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBools <em>Bools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Bools</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBools()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Bools();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInt <em>Int</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Int</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInt()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Int();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInts <em>Ints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ints</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInts()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Ints();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getString <em>String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>String</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getString()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_String();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getStrings <em>Strings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strings</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getStrings()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Strings();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersion()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Version();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Versions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersions()
	 * @see #getDeviceAttribute()
	 * @generated
	 */
	EAttribute getDeviceAttribute_Versions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity <em>Device Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Capacity</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity
	 * @generated
	 */
	EClass getDeviceCapacity();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity#getRequestPolicy <em>Request Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Request Policy</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity#getRequestPolicy()
	 * @see #getDeviceCapacity()
	 * @generated
	 */
	EReference getDeviceCapacity_RequestPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity#getValue()
	 * @see #getDeviceCapacity()
	 * @generated
	 */
	EAttribute getDeviceCapacity_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim <em>Device Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Claim</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim
	 * @generated
	 */
	EClass getDeviceClaim();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Config</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getConfig()
	 * @see #getDeviceClaim()
	 * @generated
	 */
	EReference getDeviceClaim_Config();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getConstraints <em>Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constraints</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getConstraints()
	 * @see #getDeviceClaim()
	 * @generated
	 */
	EReference getDeviceClaim_Constraints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requests</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getRequests()
	 * @see #getDeviceClaim()
	 * @generated
	 */
	EReference getDeviceClaim_Requests();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration <em>Device Claim Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Claim Configuration</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration
	 * @generated
	 */
	EClass getDeviceClaimConfiguration();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration#getOpaque <em>Opaque</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Opaque</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration#getOpaque()
	 * @see #getDeviceClaimConfiguration()
	 * @generated
	 */
	EReference getDeviceClaimConfiguration_Opaque();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requests</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration#getRequests()
	 * @see #getDeviceClaimConfiguration()
	 * @generated
	 */
	EAttribute getDeviceClaimConfiguration_Requests();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClass <em>Device Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Class</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClass
	 * @generated
	 */
	EClass getDeviceClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getApiVersion()
	 * @see #getDeviceClass()
	 * @generated
	 */
	EAttribute getDeviceClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getKind()
	 * @see #getDeviceClass()
	 * @generated
	 */
	EAttribute getDeviceClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getMetadata()
	 * @see #getDeviceClass()
	 * @generated
	 */
	EReference getDeviceClass_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClass#getSpec()
	 * @see #getDeviceClass()
	 * @generated
	 */
	EReference getDeviceClass_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassConfiguration <em>Device Class Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Class Configuration</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassConfiguration
	 * @generated
	 */
	EClass getDeviceClassConfiguration();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassConfiguration#getOpaque <em>Opaque</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Opaque</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassConfiguration#getOpaque()
	 * @see #getDeviceClassConfiguration()
	 * @generated
	 */
	EReference getDeviceClassConfiguration_Opaque();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList <em>Device Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Class List</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList
	 * @generated
	 */
	EClass getDeviceClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getApiVersion()
	 * @see #getDeviceClassList()
	 * @generated
	 */
	EAttribute getDeviceClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getItems()
	 * @see #getDeviceClassList()
	 * @generated
	 */
	EReference getDeviceClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getKind()
	 * @see #getDeviceClassList()
	 * @generated
	 */
	EAttribute getDeviceClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassList#getMetadata()
	 * @see #getDeviceClassList()
	 * @generated
	 */
	EReference getDeviceClassList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec <em>Device Class Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Class Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec
	 * @generated
	 */
	EClass getDeviceClassSpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Config</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getConfig()
	 * @see #getDeviceClassSpec()
	 * @generated
	 */
	EReference getDeviceClassSpec_Config();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getExtendedResourceName <em>Extended Resource Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extended Resource Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getExtendedResourceName()
	 * @see #getDeviceClassSpec()
	 * @generated
	 */
	EAttribute getDeviceClassSpec_ExtendedResourceName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getSelectors <em>Selectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selectors</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getSelectors()
	 * @see #getDeviceClassSpec()
	 * @generated
	 */
	EReference getDeviceClassSpec_Selectors();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint <em>Device Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Constraint</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint
	 * @generated
	 */
	EClass getDeviceConstraint();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getDistinctAttribute <em>Distinct Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distinct Attribute</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getDistinctAttribute()
	 * @see #getDeviceConstraint()
	 * @generated
	 */
	EAttribute getDeviceConstraint_DistinctAttribute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getMatchAttribute <em>Match Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Attribute</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getMatchAttribute()
	 * @see #getDeviceConstraint()
	 * @generated
	 */
	EAttribute getDeviceConstraint_MatchAttribute();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requests</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getRequests()
	 * @see #getDeviceConstraint()
	 * @generated
	 */
	EAttribute getDeviceConstraint_Requests();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption <em>Device Counter Consumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Counter Consumption</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption
	 * @generated
	 */
	EClass getDeviceCounterConsumption();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption#getCounterSet <em>Counter Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counter Set</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption#getCounterSet()
	 * @see #getDeviceCounterConsumption()
	 * @generated
	 */
	EAttribute getDeviceCounterConsumption_CounterSet();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption#getCounters <em>Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Counters</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption#getCounters()
	 * @see #getDeviceCounterConsumption()
	 * @generated
	 */
	EReference getDeviceCounterConsumption_Counters();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest <em>Device Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Request</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest
	 * @generated
	 */
	EClass getDeviceRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getAdminAccess <em>Admin Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Admin Access</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getAdminAccess()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EAttribute getDeviceRequest_AdminAccess();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getAllocationMode <em>Allocation Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Mode</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getAllocationMode()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EAttribute getDeviceRequest_AllocationMode();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Capacity</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getCapacity()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EReference getDeviceRequest_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getCount()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EAttribute getDeviceRequest_Count();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getDeviceClassName <em>Device Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Class Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getDeviceClassName()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EAttribute getDeviceRequest_DeviceClassName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getFirstAvailable <em>First Available</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>First Available</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getFirstAvailable()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EReference getDeviceRequest_FirstAvailable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getName()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EAttribute getDeviceRequest_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getSelectors <em>Selectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selectors</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getSelectors()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EReference getDeviceRequest_Selectors();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getTolerations <em>Tolerations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tolerations</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest#getTolerations()
	 * @see #getDeviceRequest()
	 * @generated
	 */
	EReference getDeviceRequest_Tolerations();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult <em>Device Request Allocation Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Request Allocation Result</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult
	 * @generated
	 */
	EClass getDeviceRequestAllocationResult();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getAdminAccess <em>Admin Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Admin Access</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getAdminAccess()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_AdminAccess();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getBindingConditions <em>Binding Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Binding Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getBindingConditions()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_BindingConditions();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getBindingFailureConditions <em>Binding Failure Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Binding Failure Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getBindingFailureConditions()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_BindingFailureConditions();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getConsumedCapacity <em>Consumed Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Consumed Capacity</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getConsumedCapacity()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EReference getDeviceRequestAllocationResult_ConsumedCapacity();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDevice()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDriver()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_Driver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getPool()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_Pool();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getRequest <em>Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getRequest()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_Request();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getShareID <em>Share ID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share ID</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getShareID()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EAttribute getDeviceRequestAllocationResult_ShareID();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getTolerations <em>Tolerations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tolerations</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getTolerations()
	 * @see #getDeviceRequestAllocationResult()
	 * @generated
	 */
	EReference getDeviceRequestAllocationResult_Tolerations();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector <em>Device Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector
	 * @generated
	 */
	EClass getDeviceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector#getCel <em>Cel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cel</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector#getCel()
	 * @see #getDeviceSelector()
	 * @generated
	 */
	EReference getDeviceSelector_Cel();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest <em>Device Sub Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Sub Request</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest
	 * @generated
	 */
	EClass getDeviceSubRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getAllocationMode <em>Allocation Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Mode</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getAllocationMode()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EAttribute getDeviceSubRequest_AllocationMode();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Capacity</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCapacity()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EReference getDeviceSubRequest_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCount()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EAttribute getDeviceSubRequest_Count();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getDeviceClassName <em>Device Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Class Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getDeviceClassName()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EAttribute getDeviceSubRequest_DeviceClassName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getName()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EAttribute getDeviceSubRequest_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getSelectors <em>Selectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selectors</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getSelectors()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EReference getDeviceSubRequest_Selectors();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getTolerations <em>Tolerations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tolerations</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getTolerations()
	 * @see #getDeviceSubRequest()
	 * @generated
	 */
	EReference getDeviceSubRequest_Tolerations();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint <em>Device Taint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint
	 * @generated
	 */
	EClass getDeviceTaint();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getEffect()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_Effect();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getKey()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getTimeAdded <em>Time Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Added</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getTimeAdded()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_TimeAdded();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint#getValue()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration <em>Device Toleration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Toleration</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration
	 * @generated
	 */
	EClass getDeviceToleration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getEffect()
	 * @see #getDeviceToleration()
	 * @generated
	 */
	EAttribute getDeviceToleration_Effect();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getKey()
	 * @see #getDeviceToleration()
	 * @generated
	 */
	EAttribute getDeviceToleration_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getOperator()
	 * @see #getDeviceToleration()
	 * @generated
	 */
	EAttribute getDeviceToleration_Operator();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getTolerationSeconds <em>Toleration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Toleration Seconds</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getTolerationSeconds()
	 * @see #getDeviceToleration()
	 * @generated
	 */
	EAttribute getDeviceToleration_TolerationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration#getValue()
	 * @see #getDeviceToleration()
	 * @generated
	 */
	EAttribute getDeviceToleration_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData <em>Network Device Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Device Data</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData
	 * @generated
	 */
	EClass getNetworkDeviceData();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getHardwareAddress <em>Hardware Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Address</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getHardwareAddress()
	 * @see #getNetworkDeviceData()
	 * @generated
	 */
	EAttribute getNetworkDeviceData_HardwareAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getInterfaceName <em>Interface Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interface Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getInterfaceName()
	 * @see #getNetworkDeviceData()
	 * @generated
	 */
	EAttribute getNetworkDeviceData_InterfaceName();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getIps <em>Ips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ips</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getIps()
	 * @see #getNetworkDeviceData()
	 * @generated
	 */
	EAttribute getNetworkDeviceData_Ips();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping <em>Node Allocatable Resource Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Allocatable Resource Mapping</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping
	 * @generated
	 */
	EClass getNodeAllocatableResourceMapping();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getAllocationMultiplier <em>Allocation Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Multiplier</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getAllocationMultiplier()
	 * @see #getNodeAllocatableResourceMapping()
	 * @generated
	 */
	EAttribute getNodeAllocatableResourceMapping_AllocationMultiplier();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getCapacityKey <em>Capacity Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Key</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getCapacityKey()
	 * @see #getNodeAllocatableResourceMapping()
	 * @generated
	 */
	EAttribute getNodeAllocatableResourceMapping_CapacityKey();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration <em>Opaque Device Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opaque Device Configuration</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration
	 * @generated
	 */
	EClass getOpaqueDeviceConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration#getDriver()
	 * @see #getOpaqueDeviceConfiguration()
	 * @generated
	 */
	EAttribute getOpaqueDeviceConfiguration_Driver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameters</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration#getParameters()
	 * @see #getOpaqueDeviceConfiguration()
	 * @generated
	 */
	EAttribute getOpaqueDeviceConfiguration_Parameters();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim <em>Resource Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim
	 * @generated
	 */
	EClass getResourceClaim();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getApiVersion()
	 * @see #getResourceClaim()
	 * @generated
	 */
	EAttribute getResourceClaim_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getKind()
	 * @see #getResourceClaim()
	 * @generated
	 */
	EAttribute getResourceClaim_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getMetadata()
	 * @see #getResourceClaim()
	 * @generated
	 */
	EReference getResourceClaim_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getSpec()
	 * @see #getResourceClaim()
	 * @generated
	 */
	EReference getResourceClaim_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaim#getStatus()
	 * @see #getResourceClaim()
	 * @generated
	 */
	EReference getResourceClaim_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference <em>Resource Claim Consumer Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim Consumer Reference</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference
	 * @generated
	 */
	EClass getResourceClaimConsumerReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getApiGroup <em>Api Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Group</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getApiGroup()
	 * @see #getResourceClaimConsumerReference()
	 * @generated
	 */
	EAttribute getResourceClaimConsumerReference_ApiGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getName()
	 * @see #getResourceClaimConsumerReference()
	 * @generated
	 */
	EAttribute getResourceClaimConsumerReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getResource()
	 * @see #getResourceClaimConsumerReference()
	 * @generated
	 */
	EAttribute getResourceClaimConsumerReference_Resource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getUid()
	 * @see #getResourceClaimConsumerReference()
	 * @generated
	 */
	EAttribute getResourceClaimConsumerReference_Uid();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList <em>Resource Claim List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim List</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList
	 * @generated
	 */
	EClass getResourceClaimList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getApiVersion()
	 * @see #getResourceClaimList()
	 * @generated
	 */
	EAttribute getResourceClaimList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getItems()
	 * @see #getResourceClaimList()
	 * @generated
	 */
	EReference getResourceClaimList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getKind()
	 * @see #getResourceClaimList()
	 * @generated
	 */
	EAttribute getResourceClaimList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimList#getMetadata()
	 * @see #getResourceClaimList()
	 * @generated
	 */
	EReference getResourceClaimList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimSpec <em>Resource Claim Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimSpec
	 * @generated
	 */
	EClass getResourceClaimSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimSpec#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimSpec#getDevices()
	 * @see #getResourceClaimSpec()
	 * @generated
	 */
	EReference getResourceClaimSpec_Devices();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus <em>Resource Claim Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus
	 * @generated
	 */
	EClass getResourceClaimStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus#getAllocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Allocation</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus#getAllocation()
	 * @see #getResourceClaimStatus()
	 * @generated
	 */
	EReference getResourceClaimStatus_Allocation();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus#getDevices()
	 * @see #getResourceClaimStatus()
	 * @generated
	 */
	EReference getResourceClaimStatus_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus#getReservedFor <em>Reserved For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reserved For</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimStatus#getReservedFor()
	 * @see #getResourceClaimStatus()
	 * @generated
	 */
	EReference getResourceClaimStatus_ReservedFor();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate <em>Resource Claim Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim Template</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate
	 * @generated
	 */
	EClass getResourceClaimTemplate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getApiVersion()
	 * @see #getResourceClaimTemplate()
	 * @generated
	 */
	EAttribute getResourceClaimTemplate_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getKind()
	 * @see #getResourceClaimTemplate()
	 * @generated
	 */
	EAttribute getResourceClaimTemplate_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getMetadata()
	 * @see #getResourceClaimTemplate()
	 * @generated
	 */
	EReference getResourceClaimTemplate_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplate#getSpec()
	 * @see #getResourceClaimTemplate()
	 * @generated
	 */
	EReference getResourceClaimTemplate_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList <em>Resource Claim Template List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim Template List</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList
	 * @generated
	 */
	EClass getResourceClaimTemplateList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getApiVersion()
	 * @see #getResourceClaimTemplateList()
	 * @generated
	 */
	EAttribute getResourceClaimTemplateList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getItems()
	 * @see #getResourceClaimTemplateList()
	 * @generated
	 */
	EReference getResourceClaimTemplateList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getKind()
	 * @see #getResourceClaimTemplateList()
	 * @generated
	 */
	EAttribute getResourceClaimTemplateList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateList#getMetadata()
	 * @see #getResourceClaimTemplateList()
	 * @generated
	 */
	EReference getResourceClaimTemplateList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec <em>Resource Claim Template Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Claim Template Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec
	 * @generated
	 */
	EClass getResourceClaimTemplateSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getMetadata()
	 * @see #getResourceClaimTemplateSpec()
	 * @generated
	 */
	EReference getResourceClaimTemplateSpec_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getSpec()
	 * @see #getResourceClaimTemplateSpec()
	 * @generated
	 */
	EReference getResourceClaimTemplateSpec_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool <em>Resource Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Pool</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourcePool
	 * @generated
	 */
	EClass getResourcePool();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getGeneration()
	 * @see #getResourcePool()
	 * @generated
	 */
	EAttribute getResourcePool_Generation();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getName()
	 * @see #getResourcePool()
	 * @generated
	 */
	EAttribute getResourcePool_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getResourceSliceCount <em>Resource Slice Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Slice Count</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getResourceSliceCount()
	 * @see #getResourcePool()
	 * @generated
	 */
	EAttribute getResourcePool_ResourceSliceCount();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice <em>Resource Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Slice</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice
	 * @generated
	 */
	EClass getResourceSlice();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getApiVersion()
	 * @see #getResourceSlice()
	 * @generated
	 */
	EAttribute getResourceSlice_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getKind()
	 * @see #getResourceSlice()
	 * @generated
	 */
	EAttribute getResourceSlice_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getMetadata()
	 * @see #getResourceSlice()
	 * @generated
	 */
	EReference getResourceSlice_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSlice#getSpec()
	 * @see #getResourceSlice()
	 * @generated
	 */
	EReference getResourceSlice_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList <em>Resource Slice List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Slice List</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList
	 * @generated
	 */
	EClass getResourceSliceList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getApiVersion()
	 * @see #getResourceSliceList()
	 * @generated
	 */
	EAttribute getResourceSliceList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getItems()
	 * @see #getResourceSliceList()
	 * @generated
	 */
	EReference getResourceSliceList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getKind()
	 * @see #getResourceSliceList()
	 * @generated
	 */
	EAttribute getResourceSliceList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceList#getMetadata()
	 * @see #getResourceSliceList()
	 * @generated
	 */
	EReference getResourceSliceList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec <em>Resource Slice Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Slice Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec
	 * @generated
	 */
	EClass getResourceSliceSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getAllNodes <em>All Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>All Nodes</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getAllNodes()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EAttribute getResourceSliceSpec_AllNodes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDevices()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EReference getResourceSliceSpec_Devices();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDriver()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EAttribute getResourceSliceSpec_Driver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeName <em>Node Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeName()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EAttribute getResourceSliceSpec_NodeName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeSelector <em>Node Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Node Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeSelector()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EReference getResourceSliceSpec_NodeSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPerDeviceNodeSelection <em>Per Device Node Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Device Node Selection</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPerDeviceNodeSelection()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EAttribute getResourceSliceSpec_PerDeviceNodeSelection();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pool</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPool()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EReference getResourceSliceSpec_Pool();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getSharedCounters <em>Shared Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shared Counters</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getSharedCounters()
	 * @see #getResourceSliceSpec()
	 * @generated
	 */
	EReference getResourceSliceSpec_SharedCounters();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Device Attribute Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Attribute Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getDeviceAttributeMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getDeviceAttributeMapEntry()
	 * @generated
	 */
	EAttribute getDeviceAttributeMapEntry_Key();

	/**
	 * Returns the meta object for the containment reference '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getDeviceAttributeMapEntry()
	 * @generated
	 */
	EReference getDeviceAttributeMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Device Capacity Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Capacity Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getDeviceCapacityMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getDeviceCapacityMapEntry()
	 * @generated
	 */
	EAttribute getDeviceCapacityMapEntry_Key();

	/**
	 * Returns the meta object for the containment reference '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getDeviceCapacityMapEntry()
	 * @generated
	 */
	EReference getDeviceCapacityMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Node Allocatable Resource Mapping Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Allocatable Resource Mapping Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getNodeAllocatableResourceMappingMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getNodeAllocatableResourceMappingMapEntry()
	 * @generated
	 */
	EAttribute getNodeAllocatableResourceMappingMapEntry_Key();

	/**
	 * Returns the meta object for the containment reference '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getNodeAllocatableResourceMappingMapEntry()
	 * @generated
	 */
	EReference getNodeAllocatableResourceMappingMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Quantity Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getQuantityMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getQuantityMapEntry()
	 * @generated
	 */
	EAttribute getQuantityMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getQuantityMapEntry()
	 * @generated
	 */
	EAttribute getQuantityMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Counter Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getCounterMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getCounterMapEntry()
	 * @generated
	 */
	EAttribute getCounterMapEntry_Key();

	/**
	 * Returns the meta object for the containment reference '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getCounterMapEntry()
	 * @generated
	 */
	EReference getCounterMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ResourceV1beta1Factory getResourceV1beta1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocatedDeviceStatusImpl <em>Allocated Device Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.AllocatedDeviceStatusImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getAllocatedDeviceStatus()
		 * @generated
		 */
		EClass ALLOCATED_DEVICE_STATUS = eINSTANCE.getAllocatedDeviceStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATED_DEVICE_STATUS__CONDITIONS = eINSTANCE.getAllocatedDeviceStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATED_DEVICE_STATUS__DATA = eINSTANCE.getAllocatedDeviceStatus_Data();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATED_DEVICE_STATUS__DEVICE = eINSTANCE.getAllocatedDeviceStatus_Device();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATED_DEVICE_STATUS__DRIVER = eINSTANCE.getAllocatedDeviceStatus_Driver();

		/**
		 * The meta object literal for the '<em><b>Network Data</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATED_DEVICE_STATUS__NETWORK_DATA = eINSTANCE.getAllocatedDeviceStatus_NetworkData();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATED_DEVICE_STATUS__POOL = eINSTANCE.getAllocatedDeviceStatus_Pool();

		/**
		 * The meta object literal for the '<em><b>Share ID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATED_DEVICE_STATUS__SHARE_ID = eINSTANCE.getAllocatedDeviceStatus_ShareID();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl <em>Allocation Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getAllocationResult()
		 * @generated
		 */
		EClass ALLOCATION_RESULT = eINSTANCE.getAllocationResult();

		/**
		 * The meta object literal for the '<em><b>Allocation Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RESULT__ALLOCATION_TIMESTAMP = eINSTANCE.getAllocationResult_AllocationTimestamp();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_RESULT__DEVICES = eINSTANCE.getAllocationResult_Devices();

		/**
		 * The meta object literal for the '<em><b>Node Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_RESULT__NODE_SELECTOR = eINSTANCE.getAllocationResult_NodeSelector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.BasicDeviceImpl <em>Basic Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.BasicDeviceImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getBasicDevice()
		 * @generated
		 */
		EClass BASIC_DEVICE = eINSTANCE.getBasicDevice();

		/**
		 * The meta object literal for the '<em><b>All Nodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_DEVICE__ALL_NODES = eINSTANCE.getBasicDevice_AllNodes();

		/**
		 * The meta object literal for the '<em><b>Allow Multiple Allocations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_DEVICE__ALLOW_MULTIPLE_ALLOCATIONS = eINSTANCE.getBasicDevice_AllowMultipleAllocations();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_DEVICE__ATTRIBUTES = eINSTANCE.getBasicDevice_Attributes();

		/**
		 * The meta object literal for the '<em><b>Binding Conditions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_DEVICE__BINDING_CONDITIONS = eINSTANCE.getBasicDevice_BindingConditions();

		/**
		 * The meta object literal for the '<em><b>Binding Failure Conditions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_DEVICE__BINDING_FAILURE_CONDITIONS = eINSTANCE.getBasicDevice_BindingFailureConditions();

		/**
		 * The meta object literal for the '<em><b>Binds To Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_DEVICE__BINDS_TO_NODE = eINSTANCE.getBasicDevice_BindsToNode();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_DEVICE__CAPACITY = eINSTANCE.getBasicDevice_Capacity();

		/**
		 * The meta object literal for the '<em><b>Consumes Counters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_DEVICE__CONSUMES_COUNTERS = eINSTANCE.getBasicDevice_ConsumesCounters();

		/**
		 * The meta object literal for the '<em><b>Node Allocatable Resource Mappings</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS = eINSTANCE.getBasicDevice_NodeAllocatableResourceMappings();

		/**
		 * The meta object literal for the '<em><b>Node Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASIC_DEVICE__NODE_NAME = eINSTANCE.getBasicDevice_NodeName();

		/**
		 * The meta object literal for the '<em><b>Node Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_DEVICE__NODE_SELECTOR = eINSTANCE.getBasicDevice_NodeSelector();

		/**
		 * The meta object literal for the '<em><b>Taints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASIC_DEVICE__TAINTS = eINSTANCE.getBasicDevice_Taints();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CELDeviceSelectorImpl <em>CEL Device Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CELDeviceSelectorImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCELDeviceSelector()
		 * @generated
		 */
		EClass CEL_DEVICE_SELECTOR = eINSTANCE.getCELDeviceSelector();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEL_DEVICE_SELECTOR__EXPRESSION = eINSTANCE.getCELDeviceSelector_Expression();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyImpl <em>Capacity Request Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCapacityRequestPolicy()
		 * @generated
		 */
		EClass CAPACITY_REQUEST_POLICY = eINSTANCE.getCapacityRequestPolicy();

		/**
		 * The meta object literal for the '<em><b>Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY_REQUEST_POLICY__DEFAULT = eINSTANCE.getCapacityRequestPolicy_Default();

		/**
		 * The meta object literal for the '<em><b>Valid Range</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPACITY_REQUEST_POLICY__VALID_RANGE = eINSTANCE.getCapacityRequestPolicy_ValidRange();

		/**
		 * The meta object literal for the '<em><b>Valid Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY_REQUEST_POLICY__VALID_VALUES = eINSTANCE.getCapacityRequestPolicy_ValidValues();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyRangeImpl <em>Capacity Request Policy Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequestPolicyRangeImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCapacityRequestPolicyRange()
		 * @generated
		 */
		EClass CAPACITY_REQUEST_POLICY_RANGE = eINSTANCE.getCapacityRequestPolicyRange();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY_REQUEST_POLICY_RANGE__MAX = eINSTANCE.getCapacityRequestPolicyRange_Max();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY_REQUEST_POLICY_RANGE__MIN = eINSTANCE.getCapacityRequestPolicyRange_Min();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY_REQUEST_POLICY_RANGE__STEP = eINSTANCE.getCapacityRequestPolicyRange_Step();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequirementsImpl <em>Capacity Requirements</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CapacityRequirementsImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCapacityRequirements()
		 * @generated
		 */
		EClass CAPACITY_REQUIREMENTS = eINSTANCE.getCapacityRequirements();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPACITY_REQUIREMENTS__REQUESTS = eINSTANCE.getCapacityRequirements_Requests();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CounterImpl <em>Counter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CounterImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCounter()
		 * @generated
		 */
		EClass COUNTER = eINSTANCE.getCounter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER__VALUE = eINSTANCE.getCounter_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CounterSetImpl <em>Counter Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CounterSetImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCounterSet()
		 * @generated
		 */
		EClass COUNTER_SET = eINSTANCE.getCounterSet();

		/**
		 * The meta object literal for the '<em><b>Counters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER_SET__COUNTERS = eINSTANCE.getCounterSet_Counters();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_SET__NAME = eINSTANCE.getCounterSet_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Basic</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__BASIC = eINSTANCE.getDevice_Basic();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NAME = eINSTANCE.getDevice_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl <em>Device Allocation Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAllocationConfiguration()
		 * @generated
		 */
		EClass DEVICE_ALLOCATION_CONFIGURATION = eINSTANCE.getDeviceAllocationConfiguration();

		/**
		 * The meta object literal for the '<em><b>Opaque</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_ALLOCATION_CONFIGURATION__OPAQUE = eINSTANCE.getDeviceAllocationConfiguration_Opaque();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ALLOCATION_CONFIGURATION__REQUESTS = eINSTANCE.getDeviceAllocationConfiguration_Requests();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ALLOCATION_CONFIGURATION__SOURCE = eINSTANCE.getDeviceAllocationConfiguration_Source();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationResultImpl <em>Device Allocation Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationResultImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAllocationResult()
		 * @generated
		 */
		EClass DEVICE_ALLOCATION_RESULT = eINSTANCE.getDeviceAllocationResult();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_ALLOCATION_RESULT__CONFIG = eINSTANCE.getDeviceAllocationResult_Config();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_ALLOCATION_RESULT__RESULTS = eINSTANCE.getDeviceAllocationResult_Results();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeImpl <em>Device Attribute</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAttribute()
		 * @generated
		 */
		EClass DEVICE_ATTRIBUTE = eINSTANCE.getDeviceAttribute();

		/**
		 * The meta object literal for the '<em><b>Bool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__BOOL = eINSTANCE.getDeviceAttribute_Bool();

		/**
		 * The meta object literal for the '<em><b>Bools</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__BOOLS = eINSTANCE.getDeviceAttribute_Bools();

		/**
		 * The meta object literal for the '<em><b>Int</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__INT = eINSTANCE.getDeviceAttribute_Int();

		/**
		 * The meta object literal for the '<em><b>Ints</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__INTS = eINSTANCE.getDeviceAttribute_Ints();

		/**
		 * The meta object literal for the '<em><b>String</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__STRING = eINSTANCE.getDeviceAttribute_String();

		/**
		 * The meta object literal for the '<em><b>Strings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__STRINGS = eINSTANCE.getDeviceAttribute_Strings();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__VERSION = eINSTANCE.getDeviceAttribute_Version();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE__VERSIONS = eINSTANCE.getDeviceAttribute_Versions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityImpl <em>Device Capacity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceCapacity()
		 * @generated
		 */
		EClass DEVICE_CAPACITY = eINSTANCE.getDeviceCapacity();

		/**
		 * The meta object literal for the '<em><b>Request Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CAPACITY__REQUEST_POLICY = eINSTANCE.getDeviceCapacity_RequestPolicy();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CAPACITY__VALUE = eINSTANCE.getDeviceCapacity_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimImpl <em>Device Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClaim()
		 * @generated
		 */
		EClass DEVICE_CLAIM = eINSTANCE.getDeviceClaim();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLAIM__CONFIG = eINSTANCE.getDeviceClaim_Config();

		/**
		 * The meta object literal for the '<em><b>Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLAIM__CONSTRAINTS = eINSTANCE.getDeviceClaim_Constraints();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLAIM__REQUESTS = eINSTANCE.getDeviceClaim_Requests();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimConfigurationImpl <em>Device Claim Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClaimConfigurationImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClaimConfiguration()
		 * @generated
		 */
		EClass DEVICE_CLAIM_CONFIGURATION = eINSTANCE.getDeviceClaimConfiguration();

		/**
		 * The meta object literal for the '<em><b>Opaque</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLAIM_CONFIGURATION__OPAQUE = eINSTANCE.getDeviceClaimConfiguration_Opaque();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CLAIM_CONFIGURATION__REQUESTS = eINSTANCE.getDeviceClaimConfiguration_Requests();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassImpl <em>Device Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClass()
		 * @generated
		 */
		EClass DEVICE_CLASS = eINSTANCE.getDeviceClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CLASS__API_VERSION = eINSTANCE.getDeviceClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CLASS__KIND = eINSTANCE.getDeviceClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS__METADATA = eINSTANCE.getDeviceClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS__SPEC = eINSTANCE.getDeviceClass_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassConfigurationImpl <em>Device Class Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassConfigurationImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClassConfiguration()
		 * @generated
		 */
		EClass DEVICE_CLASS_CONFIGURATION = eINSTANCE.getDeviceClassConfiguration();

		/**
		 * The meta object literal for the '<em><b>Opaque</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS_CONFIGURATION__OPAQUE = eINSTANCE.getDeviceClassConfiguration_Opaque();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassListImpl <em>Device Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassListImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClassList()
		 * @generated
		 */
		EClass DEVICE_CLASS_LIST = eINSTANCE.getDeviceClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CLASS_LIST__API_VERSION = eINSTANCE.getDeviceClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS_LIST__ITEMS = eINSTANCE.getDeviceClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CLASS_LIST__KIND = eINSTANCE.getDeviceClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS_LIST__METADATA = eINSTANCE.getDeviceClassList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassSpecImpl <em>Device Class Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceClassSpecImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceClassSpec()
		 * @generated
		 */
		EClass DEVICE_CLASS_SPEC = eINSTANCE.getDeviceClassSpec();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS_SPEC__CONFIG = eINSTANCE.getDeviceClassSpec_Config();

		/**
		 * The meta object literal for the '<em><b>Extended Resource Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME = eINSTANCE.getDeviceClassSpec_ExtendedResourceName();

		/**
		 * The meta object literal for the '<em><b>Selectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CLASS_SPEC__SELECTORS = eINSTANCE.getDeviceClassSpec_Selectors();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceConstraintImpl <em>Device Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceConstraintImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceConstraint()
		 * @generated
		 */
		EClass DEVICE_CONSTRAINT = eINSTANCE.getDeviceConstraint();

		/**
		 * The meta object literal for the '<em><b>Distinct Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE = eINSTANCE.getDeviceConstraint_DistinctAttribute();

		/**
		 * The meta object literal for the '<em><b>Match Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CONSTRAINT__MATCH_ATTRIBUTE = eINSTANCE.getDeviceConstraint_MatchAttribute();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CONSTRAINT__REQUESTS = eINSTANCE.getDeviceConstraint_Requests();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCounterConsumptionImpl <em>Device Counter Consumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCounterConsumptionImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceCounterConsumption()
		 * @generated
		 */
		EClass DEVICE_COUNTER_CONSUMPTION = eINSTANCE.getDeviceCounterConsumption();

		/**
		 * The meta object literal for the '<em><b>Counter Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_COUNTER_CONSUMPTION__COUNTER_SET = eINSTANCE.getDeviceCounterConsumption_CounterSet();

		/**
		 * The meta object literal for the '<em><b>Counters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_COUNTER_CONSUMPTION__COUNTERS = eINSTANCE.getDeviceCounterConsumption_Counters();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestImpl <em>Device Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceRequest()
		 * @generated
		 */
		EClass DEVICE_REQUEST = eINSTANCE.getDeviceRequest();

		/**
		 * The meta object literal for the '<em><b>Admin Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST__ADMIN_ACCESS = eINSTANCE.getDeviceRequest_AdminAccess();

		/**
		 * The meta object literal for the '<em><b>Allocation Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST__ALLOCATION_MODE = eINSTANCE.getDeviceRequest_AllocationMode();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_REQUEST__CAPACITY = eINSTANCE.getDeviceRequest_Capacity();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST__COUNT = eINSTANCE.getDeviceRequest_Count();

		/**
		 * The meta object literal for the '<em><b>Device Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST__DEVICE_CLASS_NAME = eINSTANCE.getDeviceRequest_DeviceClassName();

		/**
		 * The meta object literal for the '<em><b>First Available</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_REQUEST__FIRST_AVAILABLE = eINSTANCE.getDeviceRequest_FirstAvailable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST__NAME = eINSTANCE.getDeviceRequest_Name();

		/**
		 * The meta object literal for the '<em><b>Selectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_REQUEST__SELECTORS = eINSTANCE.getDeviceRequest_Selectors();

		/**
		 * The meta object literal for the '<em><b>Tolerations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_REQUEST__TOLERATIONS = eINSTANCE.getDeviceRequest_Tolerations();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestAllocationResultImpl <em>Device Request Allocation Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceRequestAllocationResultImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceRequestAllocationResult()
		 * @generated
		 */
		EClass DEVICE_REQUEST_ALLOCATION_RESULT = eINSTANCE.getDeviceRequestAllocationResult();

		/**
		 * The meta object literal for the '<em><b>Admin Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS = eINSTANCE.getDeviceRequestAllocationResult_AdminAccess();

		/**
		 * The meta object literal for the '<em><b>Binding Conditions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS = eINSTANCE.getDeviceRequestAllocationResult_BindingConditions();

		/**
		 * The meta object literal for the '<em><b>Binding Failure Conditions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS = eINSTANCE.getDeviceRequestAllocationResult_BindingFailureConditions();

		/**
		 * The meta object literal for the '<em><b>Consumed Capacity</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY = eINSTANCE.getDeviceRequestAllocationResult_ConsumedCapacity();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE = eINSTANCE.getDeviceRequestAllocationResult_Device();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER = eINSTANCE.getDeviceRequestAllocationResult_Driver();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__POOL = eINSTANCE.getDeviceRequestAllocationResult_Pool();

		/**
		 * The meta object literal for the '<em><b>Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST = eINSTANCE.getDeviceRequestAllocationResult_Request();

		/**
		 * The meta object literal for the '<em><b>Share ID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID = eINSTANCE.getDeviceRequestAllocationResult_ShareID();

		/**
		 * The meta object literal for the '<em><b>Tolerations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS = eINSTANCE.getDeviceRequestAllocationResult_Tolerations();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSelectorImpl <em>Device Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSelectorImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceSelector()
		 * @generated
		 */
		EClass DEVICE_SELECTOR = eINSTANCE.getDeviceSelector();

		/**
		 * The meta object literal for the '<em><b>Cel</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_SELECTOR__CEL = eINSTANCE.getDeviceSelector_Cel();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl <em>Device Sub Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceSubRequest()
		 * @generated
		 */
		EClass DEVICE_SUB_REQUEST = eINSTANCE.getDeviceSubRequest();

		/**
		 * The meta object literal for the '<em><b>Allocation Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_SUB_REQUEST__ALLOCATION_MODE = eINSTANCE.getDeviceSubRequest_AllocationMode();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_SUB_REQUEST__CAPACITY = eINSTANCE.getDeviceSubRequest_Capacity();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_SUB_REQUEST__COUNT = eINSTANCE.getDeviceSubRequest_Count();

		/**
		 * The meta object literal for the '<em><b>Device Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME = eINSTANCE.getDeviceSubRequest_DeviceClassName();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_SUB_REQUEST__NAME = eINSTANCE.getDeviceSubRequest_Name();

		/**
		 * The meta object literal for the '<em><b>Selectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_SUB_REQUEST__SELECTORS = eINSTANCE.getDeviceSubRequest_Selectors();

		/**
		 * The meta object literal for the '<em><b>Tolerations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_SUB_REQUEST__TOLERATIONS = eINSTANCE.getDeviceSubRequest_Tolerations();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTaintImpl <em>Device Taint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTaintImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceTaint()
		 * @generated
		 */
		EClass DEVICE_TAINT = eINSTANCE.getDeviceTaint();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT__EFFECT = eINSTANCE.getDeviceTaint_Effect();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT__KEY = eINSTANCE.getDeviceTaint_Key();

		/**
		 * The meta object literal for the '<em><b>Time Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT__TIME_ADDED = eINSTANCE.getDeviceTaint_TimeAdded();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT__VALUE = eINSTANCE.getDeviceTaint_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTolerationImpl <em>Device Toleration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceTolerationImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceToleration()
		 * @generated
		 */
		EClass DEVICE_TOLERATION = eINSTANCE.getDeviceToleration();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TOLERATION__EFFECT = eINSTANCE.getDeviceToleration_Effect();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TOLERATION__KEY = eINSTANCE.getDeviceToleration_Key();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TOLERATION__OPERATOR = eINSTANCE.getDeviceToleration_Operator();

		/**
		 * The meta object literal for the '<em><b>Toleration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TOLERATION__TOLERATION_SECONDS = eINSTANCE.getDeviceToleration_TolerationSeconds();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TOLERATION__VALUE = eINSTANCE.getDeviceToleration_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl <em>Network Device Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getNetworkDeviceData()
		 * @generated
		 */
		EClass NETWORK_DEVICE_DATA = eINSTANCE.getNetworkDeviceData();

		/**
		 * The meta object literal for the '<em><b>Hardware Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_DEVICE_DATA__HARDWARE_ADDRESS = eINSTANCE.getNetworkDeviceData_HardwareAddress();

		/**
		 * The meta object literal for the '<em><b>Interface Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_DEVICE_DATA__INTERFACE_NAME = eINSTANCE.getNetworkDeviceData_InterfaceName();

		/**
		 * The meta object literal for the '<em><b>Ips</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_DEVICE_DATA__IPS = eINSTANCE.getNetworkDeviceData_Ips();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingImpl <em>Node Allocatable Resource Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getNodeAllocatableResourceMapping()
		 * @generated
		 */
		EClass NODE_ALLOCATABLE_RESOURCE_MAPPING = eINSTANCE.getNodeAllocatableResourceMapping();

		/**
		 * The meta object literal for the '<em><b>Allocation Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER = eINSTANCE.getNodeAllocatableResourceMapping_AllocationMultiplier();

		/**
		 * The meta object literal for the '<em><b>Capacity Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY = eINSTANCE.getNodeAllocatableResourceMapping_CapacityKey();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.OpaqueDeviceConfigurationImpl <em>Opaque Device Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.OpaqueDeviceConfigurationImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getOpaqueDeviceConfiguration()
		 * @generated
		 */
		EClass OPAQUE_DEVICE_CONFIGURATION = eINSTANCE.getOpaqueDeviceConfiguration();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPAQUE_DEVICE_CONFIGURATION__DRIVER = eINSTANCE.getOpaqueDeviceConfiguration_Driver();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPAQUE_DEVICE_CONFIGURATION__PARAMETERS = eINSTANCE.getOpaqueDeviceConfiguration_Parameters();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimImpl <em>Resource Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaim()
		 * @generated
		 */
		EClass RESOURCE_CLAIM = eINSTANCE.getResourceClaim();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM__API_VERSION = eINSTANCE.getResourceClaim_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM__KIND = eINSTANCE.getResourceClaim_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM__METADATA = eINSTANCE.getResourceClaim_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM__SPEC = eINSTANCE.getResourceClaim_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM__STATUS = eINSTANCE.getResourceClaim_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimConsumerReferenceImpl <em>Resource Claim Consumer Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimConsumerReferenceImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimConsumerReference()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_CONSUMER_REFERENCE = eINSTANCE.getResourceClaimConsumerReference();

		/**
		 * The meta object literal for the '<em><b>Api Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP = eINSTANCE.getResourceClaimConsumerReference_ApiGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME = eINSTANCE.getResourceClaimConsumerReference_Name();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE = eINSTANCE.getResourceClaimConsumerReference_Resource();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_CONSUMER_REFERENCE__UID = eINSTANCE.getResourceClaimConsumerReference_Uid();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimListImpl <em>Resource Claim List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimListImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimList()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_LIST = eINSTANCE.getResourceClaimList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_LIST__API_VERSION = eINSTANCE.getResourceClaimList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_LIST__ITEMS = eINSTANCE.getResourceClaimList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_LIST__KIND = eINSTANCE.getResourceClaimList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_LIST__METADATA = eINSTANCE.getResourceClaimList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimSpecImpl <em>Resource Claim Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimSpecImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimSpec()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_SPEC = eINSTANCE.getResourceClaimSpec();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_SPEC__DEVICES = eINSTANCE.getResourceClaimSpec_Devices();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimStatusImpl <em>Resource Claim Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimStatusImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimStatus()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_STATUS = eINSTANCE.getResourceClaimStatus();

		/**
		 * The meta object literal for the '<em><b>Allocation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_STATUS__ALLOCATION = eINSTANCE.getResourceClaimStatus_Allocation();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_STATUS__DEVICES = eINSTANCE.getResourceClaimStatus_Devices();

		/**
		 * The meta object literal for the '<em><b>Reserved For</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_STATUS__RESERVED_FOR = eINSTANCE.getResourceClaimStatus_ReservedFor();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateImpl <em>Resource Claim Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimTemplate()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_TEMPLATE = eINSTANCE.getResourceClaimTemplate();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_TEMPLATE__API_VERSION = eINSTANCE.getResourceClaimTemplate_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_TEMPLATE__KIND = eINSTANCE.getResourceClaimTemplate_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_TEMPLATE__METADATA = eINSTANCE.getResourceClaimTemplate_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_TEMPLATE__SPEC = eINSTANCE.getResourceClaimTemplate_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateListImpl <em>Resource Claim Template List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateListImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimTemplateList()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_TEMPLATE_LIST = eINSTANCE.getResourceClaimTemplateList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_TEMPLATE_LIST__API_VERSION = eINSTANCE.getResourceClaimTemplateList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_TEMPLATE_LIST__ITEMS = eINSTANCE.getResourceClaimTemplateList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CLAIM_TEMPLATE_LIST__KIND = eINSTANCE.getResourceClaimTemplateList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_TEMPLATE_LIST__METADATA = eINSTANCE.getResourceClaimTemplateList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateSpecImpl <em>Resource Claim Template Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceClaimTemplateSpecImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceClaimTemplateSpec()
		 * @generated
		 */
		EClass RESOURCE_CLAIM_TEMPLATE_SPEC = eINSTANCE.getResourceClaimTemplateSpec();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_TEMPLATE_SPEC__METADATA = eINSTANCE.getResourceClaimTemplateSpec_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CLAIM_TEMPLATE_SPEC__SPEC = eINSTANCE.getResourceClaimTemplateSpec_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl <em>Resource Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourcePool()
		 * @generated
		 */
		EClass RESOURCE_POOL = eINSTANCE.getResourcePool();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL__GENERATION = eINSTANCE.getResourcePool_Generation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL__NAME = eINSTANCE.getResourcePool_Name();

		/**
		 * The meta object literal for the '<em><b>Resource Slice Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL__RESOURCE_SLICE_COUNT = eINSTANCE.getResourcePool_ResourceSliceCount();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceImpl <em>Resource Slice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceSlice()
		 * @generated
		 */
		EClass RESOURCE_SLICE = eINSTANCE.getResourceSlice();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE__API_VERSION = eINSTANCE.getResourceSlice_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE__KIND = eINSTANCE.getResourceSlice_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE__METADATA = eINSTANCE.getResourceSlice_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE__SPEC = eINSTANCE.getResourceSlice_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceListImpl <em>Resource Slice List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceListImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceSliceList()
		 * @generated
		 */
		EClass RESOURCE_SLICE_LIST = eINSTANCE.getResourceSliceList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE_LIST__API_VERSION = eINSTANCE.getResourceSliceList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE_LIST__ITEMS = eINSTANCE.getResourceSliceList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE_LIST__KIND = eINSTANCE.getResourceSliceList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE_LIST__METADATA = eINSTANCE.getResourceSliceList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl <em>Resource Slice Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getResourceSliceSpec()
		 * @generated
		 */
		EClass RESOURCE_SLICE_SPEC = eINSTANCE.getResourceSliceSpec();

		/**
		 * The meta object literal for the '<em><b>All Nodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE_SPEC__ALL_NODES = eINSTANCE.getResourceSliceSpec_AllNodes();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE_SPEC__DEVICES = eINSTANCE.getResourceSliceSpec_Devices();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE_SPEC__DRIVER = eINSTANCE.getResourceSliceSpec_Driver();

		/**
		 * The meta object literal for the '<em><b>Node Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE_SPEC__NODE_NAME = eINSTANCE.getResourceSliceSpec_NodeName();

		/**
		 * The meta object literal for the '<em><b>Node Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE_SPEC__NODE_SELECTOR = eINSTANCE.getResourceSliceSpec_NodeSelector();

		/**
		 * The meta object literal for the '<em><b>Per Device Node Selection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION = eINSTANCE.getResourceSliceSpec_PerDeviceNodeSelection();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE_SPEC__POOL = eINSTANCE.getResourceSliceSpec_Pool();

		/**
		 * The meta object literal for the '<em><b>Shared Counters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_SLICE_SPEC__SHARED_COUNTERS = eINSTANCE.getResourceSliceSpec_SharedCounters();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeMapEntryImpl <em>Device Attribute Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAttributeMapEntryImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceAttributeMapEntry()
		 * @generated
		 */
		EClass DEVICE_ATTRIBUTE_MAP_ENTRY = eINSTANCE.getDeviceAttributeMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTRIBUTE_MAP_ENTRY__KEY = eINSTANCE.getDeviceAttributeMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_ATTRIBUTE_MAP_ENTRY__VALUE = eINSTANCE.getDeviceAttributeMapEntry_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityMapEntryImpl <em>Device Capacity Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceCapacityMapEntryImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getDeviceCapacityMapEntry()
		 * @generated
		 */
		EClass DEVICE_CAPACITY_MAP_ENTRY = eINSTANCE.getDeviceCapacityMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_CAPACITY_MAP_ENTRY__KEY = eINSTANCE.getDeviceCapacityMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_CAPACITY_MAP_ENTRY__VALUE = eINSTANCE.getDeviceCapacityMapEntry_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingMapEntryImpl <em>Node Allocatable Resource Mapping Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.NodeAllocatableResourceMappingMapEntryImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getNodeAllocatableResourceMappingMapEntry()
		 * @generated
		 */
		EClass NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY = eINSTANCE.getNodeAllocatableResourceMappingMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY__KEY = eINSTANCE.getNodeAllocatableResourceMappingMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY__VALUE = eINSTANCE.getNodeAllocatableResourceMappingMapEntry_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.QuantityMapEntryImpl <em>Quantity Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.QuantityMapEntryImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getQuantityMapEntry()
		 * @generated
		 */
		EClass QUANTITY_MAP_ENTRY = eINSTANCE.getQuantityMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_MAP_ENTRY__KEY = eINSTANCE.getQuantityMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_MAP_ENTRY__VALUE = eINSTANCE.getQuantityMapEntry_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1beta1.impl.CounterMapEntryImpl <em>Counter Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.CounterMapEntryImpl
		 * @see io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl#getCounterMapEntry()
		 * @generated
		 */
		EClass COUNTER_MAP_ENTRY = eINSTANCE.getCounterMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_MAP_ENTRY__KEY = eINSTANCE.getCounterMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER_MAP_ENTRY__VALUE = eINSTANCE.getCounterMapEntry_Value();

	}

} //ResourceV1beta1Package
