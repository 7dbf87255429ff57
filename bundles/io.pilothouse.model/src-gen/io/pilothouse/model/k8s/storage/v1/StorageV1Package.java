/**
 */
package io.pilothouse.model.k8s.storage.v1;

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
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Factory
 * @generated
 */
public interface StorageV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/storage/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "storage.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StorageV1Package eINSTANCE = io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverImpl <em>CSI Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIDriverImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIDriver()
	 * @generated
	 */
	int CSI_DRIVER = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER__SPEC = 3;

	/**
	 * The number of structural features of the '<em>CSI Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverListImpl <em>CSI Driver List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIDriverListImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIDriverList()
	 * @generated
	 */
	int CSI_DRIVER_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>CSI Driver List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl <em>CSI Driver Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIDriverSpec()
	 * @generated
	 */
	int CSI_DRIVER_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Attach Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__ATTACH_REQUIRED = 0;

	/**
	 * The feature id for the '<em><b>Fs Group Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__FS_GROUP_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Node Allocatable Update Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Pod Info On Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT = 3;

	/**
	 * The feature id for the '<em><b>Prevent Pod Scheduling If Missing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING = 4;

	/**
	 * The feature id for the '<em><b>Requires Republish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__REQUIRES_REPUBLISH = 5;

	/**
	 * The feature id for the '<em><b>Se Linux Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__SE_LINUX_MOUNT = 6;

	/**
	 * The feature id for the '<em><b>Service Account Token In Secrets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS = 7;

	/**
	 * The feature id for the '<em><b>Storage Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__STORAGE_CAPACITY = 8;

	/**
	 * The feature id for the '<em><b>Token Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__TOKEN_REQUESTS = 9;

	/**
	 * The feature id for the '<em><b>Volume Lifecycle Modes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES = 10;

	/**
	 * The number of structural features of the '<em>CSI Driver Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_DRIVER_SPEC_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeImpl <em>CSI Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINode()
	 * @generated
	 */
	int CSI_NODE = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE__SPEC = 3;

	/**
	 * The number of structural features of the '<em>CSI Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl <em>CSI Node Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINodeDriver()
	 * @generated
	 */
	int CSI_NODE_DRIVER = 4;

	/**
	 * The feature id for the '<em><b>Allocatable</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_DRIVER__ALLOCATABLE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_DRIVER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Node ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_DRIVER__NODE_ID = 2;

	/**
	 * The feature id for the '<em><b>Topology Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_DRIVER__TOPOLOGY_KEYS = 3;

	/**
	 * The number of structural features of the '<em>CSI Node Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_DRIVER_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeListImpl <em>CSI Node List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeListImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINodeList()
	 * @generated
	 */
	int CSI_NODE_LIST = 5;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>CSI Node List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeSpecImpl <em>CSI Node Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeSpecImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINodeSpec()
	 * @generated
	 */
	int CSI_NODE_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_SPEC__DRIVERS = 0;

	/**
	 * The number of structural features of the '<em>CSI Node Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_NODE_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl <em>CSI Storage Capacity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIStorageCapacity()
	 * @generated
	 */
	int CSI_STORAGE_CAPACITY = 7;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__CAPACITY = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__KIND = 2;

	/**
	 * The feature id for the '<em><b>Maximum Volume Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__METADATA = 4;

	/**
	 * The feature id for the '<em><b>Node Topology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__NODE_TOPOLOGY = 5;

	/**
	 * The feature id for the '<em><b>Storage Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME = 6;

	/**
	 * The number of structural features of the '<em>CSI Storage Capacity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityListImpl <em>CSI Storage Capacity List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityListImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIStorageCapacityList()
	 * @generated
	 */
	int CSI_STORAGE_CAPACITY_LIST = 8;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>CSI Storage Capacity List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_STORAGE_CAPACITY_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl <em>Storage Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getStorageClass()
	 * @generated
	 */
	int STORAGE_CLASS = 9;

	/**
	 * The feature id for the '<em><b>Allow Volume Expansion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__ALLOW_VOLUME_EXPANSION = 0;

	/**
	 * The feature id for the '<em><b>Allowed Topologies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__ALLOWED_TOPOLOGIES = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__API_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__KIND = 3;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__METADATA = 4;

	/**
	 * The feature id for the '<em><b>Mount Options</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__MOUNT_OPTIONS = 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__PARAMETERS = 6;

	/**
	 * The feature id for the '<em><b>Provisioner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__PROVISIONER = 7;

	/**
	 * The feature id for the '<em><b>Reclaim Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__RECLAIM_POLICY = 8;

	/**
	 * The feature id for the '<em><b>Volume Binding Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS__VOLUME_BINDING_MODE = 9;

	/**
	 * The number of structural features of the '<em>Storage Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassListImpl <em>Storage Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageClassListImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getStorageClassList()
	 * @generated
	 */
	int STORAGE_CLASS_LIST = 10;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Storage Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_CLASS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.TokenRequestImpl <em>Token Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.TokenRequestImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getTokenRequest()
	 * @generated
	 */
	int TOKEN_REQUEST = 11;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__AUDIENCE = 0;

	/**
	 * The feature id for the '<em><b>Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__EXPIRATION_SECONDS = 1;

	/**
	 * The number of structural features of the '<em>Token Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentImpl <em>Volume Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachment()
	 * @generated
	 */
	int VOLUME_ATTACHMENT = 12;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Volume Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentListImpl <em>Volume Attachment List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentListImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentList()
	 * @generated
	 */
	int VOLUME_ATTACHMENT_LIST = 13;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Volume Attachment List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSourceImpl <em>Volume Attachment Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSourceImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentSource()
	 * @generated
	 */
	int VOLUME_ATTACHMENT_SOURCE = 14;

	/**
	 * The feature id for the '<em><b>Inline Volume Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC = 0;

	/**
	 * The feature id for the '<em><b>Persistent Volume Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME = 1;

	/**
	 * The number of structural features of the '<em>Volume Attachment Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SOURCE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl <em>Volume Attachment Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentSpec()
	 * @generated
	 */
	int VOLUME_ATTACHMENT_SPEC = 15;

	/**
	 * The feature id for the '<em><b>Attacher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SPEC__ATTACHER = 0;

	/**
	 * The feature id for the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SPEC__NODE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SPEC__SOURCE = 2;

	/**
	 * The number of structural features of the '<em>Volume Attachment Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl <em>Volume Attachment Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentStatus()
	 * @generated
	 */
	int VOLUME_ATTACHMENT_STATUS = 16;

	/**
	 * The feature id for the '<em><b>Attach Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR = 0;

	/**
	 * The feature id for the '<em><b>Attached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_STATUS__ATTACHED = 1;

	/**
	 * The feature id for the '<em><b>Attachment Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA = 2;

	/**
	 * The feature id for the '<em><b>Detach Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_STATUS__DETACH_ERROR = 3;

	/**
	 * The number of structural features of the '<em>Volume Attachment Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTACHMENT_STATUS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassImpl <em>Volume Attributes Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttributesClass()
	 * @generated
	 */
	int VOLUME_ATTRIBUTES_CLASS = 17;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Driver Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__DRIVER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__METADATA = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__PARAMETERS = 4;

	/**
	 * The number of structural features of the '<em>Volume Attributes Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassListImpl <em>Volume Attributes Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassListImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttributesClassList()
	 * @generated
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST = 18;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Volume Attributes Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeErrorImpl <em>Volume Error</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeErrorImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeError()
	 * @generated
	 */
	int VOLUME_ERROR = 19;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ERROR__ERROR_CODE = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ERROR__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ERROR__TIME = 2;

	/**
	 * The number of structural features of the '<em>Volume Error</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ERROR_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeNodeResourcesImpl <em>Volume Node Resources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeNodeResourcesImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeNodeResources()
	 * @generated
	 */
	int VOLUME_NODE_RESOURCES = 20;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_NODE_RESOURCES__COUNT = 0;

	/**
	 * The number of structural features of the '<em>Volume Node Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_NODE_RESOURCES_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 21;

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
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSIDriver <em>CSI Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Driver</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriver
	 * @generated
	 */
	EClass getCSIDriver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriver#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriver#getApiVersion()
	 * @see #getCSIDriver()
	 * @generated
	 */
	EAttribute getCSIDriver_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriver#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriver#getKind()
	 * @see #getCSIDriver()
	 * @generated
	 */
	EAttribute getCSIDriver_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSIDriver#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriver#getMetadata()
	 * @see #getCSIDriver()
	 * @generated
	 */
	EReference getCSIDriver_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSIDriver#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriver#getSpec()
	 * @see #getCSIDriver()
	 * @generated
	 */
	EReference getCSIDriver_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverList <em>CSI Driver List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Driver List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverList
	 * @generated
	 */
	EClass getCSIDriverList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverList#getApiVersion()
	 * @see #getCSIDriverList()
	 * @generated
	 */
	EAttribute getCSIDriverList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverList#getItems()
	 * @see #getCSIDriverList()
	 * @generated
	 */
	EReference getCSIDriverList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverList#getKind()
	 * @see #getCSIDriverList()
	 * @generated
	 */
	EAttribute getCSIDriverList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverList#getMetadata()
	 * @see #getCSIDriverList()
	 * @generated
	 */
	EReference getCSIDriverList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec <em>CSI Driver Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Driver Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec
	 * @generated
	 */
	EClass getCSIDriverSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getAttachRequired <em>Attach Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attach Required</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getAttachRequired()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_AttachRequired();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getFsGroupPolicy <em>Fs Group Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fs Group Policy</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getFsGroupPolicy()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_FsGroupPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getNodeAllocatableUpdatePeriodSeconds <em>Node Allocatable Update Period Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Allocatable Update Period Seconds</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getNodeAllocatableUpdatePeriodSeconds()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_NodeAllocatableUpdatePeriodSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPodInfoOnMount <em>Pod Info On Mount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pod Info On Mount</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPodInfoOnMount()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_PodInfoOnMount();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPreventPodSchedulingIfMissing <em>Prevent Pod Scheduling If Missing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prevent Pod Scheduling If Missing</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPreventPodSchedulingIfMissing()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_PreventPodSchedulingIfMissing();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getRequiresRepublish <em>Requires Republish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requires Republish</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getRequiresRepublish()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_RequiresRepublish();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getSeLinuxMount <em>Se Linux Mount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Se Linux Mount</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getSeLinuxMount()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_SeLinuxMount();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getServiceAccountTokenInSecrets <em>Service Account Token In Secrets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Account Token In Secrets</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getServiceAccountTokenInSecrets()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_ServiceAccountTokenInSecrets();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getStorageCapacity <em>Storage Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Capacity</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getStorageCapacity()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_StorageCapacity();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getTokenRequests <em>Token Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Token Requests</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getTokenRequests()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EReference getCSIDriverSpec_TokenRequests();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getVolumeLifecycleModes <em>Volume Lifecycle Modes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Volume Lifecycle Modes</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getVolumeLifecycleModes()
	 * @see #getCSIDriverSpec()
	 * @generated
	 */
	EAttribute getCSIDriverSpec_VolumeLifecycleModes();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSINode <em>CSI Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Node</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINode
	 * @generated
	 */
	EClass getCSINode();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSINode#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINode#getApiVersion()
	 * @see #getCSINode()
	 * @generated
	 */
	EAttribute getCSINode_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSINode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINode#getKind()
	 * @see #getCSINode()
	 * @generated
	 */
	EAttribute getCSINode_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSINode#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINode#getMetadata()
	 * @see #getCSINode()
	 * @generated
	 */
	EReference getCSINode_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSINode#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINode#getSpec()
	 * @see #getCSINode()
	 * @generated
	 */
	EReference getCSINode_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver <em>CSI Node Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Node Driver</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeDriver
	 * @generated
	 */
	EClass getCSINodeDriver();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getAllocatable <em>Allocatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Allocatable</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getAllocatable()
	 * @see #getCSINodeDriver()
	 * @generated
	 */
	EReference getCSINodeDriver_Allocatable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getName()
	 * @see #getCSINodeDriver()
	 * @generated
	 */
	EAttribute getCSINodeDriver_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getNodeID <em>Node ID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node ID</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getNodeID()
	 * @see #getCSINodeDriver()
	 * @generated
	 */
	EAttribute getCSINodeDriver_NodeID();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getTopologyKeys <em>Topology Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topology Keys</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getTopologyKeys()
	 * @see #getCSINodeDriver()
	 * @generated
	 */
	EAttribute getCSINodeDriver_TopologyKeys();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSINodeList <em>CSI Node List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Node List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeList
	 * @generated
	 */
	EClass getCSINodeList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSINodeList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeList#getApiVersion()
	 * @see #getCSINodeList()
	 * @generated
	 */
	EAttribute getCSINodeList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.CSINodeList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeList#getItems()
	 * @see #getCSINodeList()
	 * @generated
	 */
	EReference getCSINodeList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSINodeList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeList#getKind()
	 * @see #getCSINodeList()
	 * @generated
	 */
	EAttribute getCSINodeList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSINodeList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeList#getMetadata()
	 * @see #getCSINodeList()
	 * @generated
	 */
	EReference getCSINodeList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSINodeSpec <em>CSI Node Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Node Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeSpec
	 * @generated
	 */
	EClass getCSINodeSpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.CSINodeSpec#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSINodeSpec#getDrivers()
	 * @see #getCSINodeSpec()
	 * @generated
	 */
	EReference getCSINodeSpec_Drivers();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity <em>CSI Storage Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Storage Capacity</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity
	 * @generated
	 */
	EClass getCSIStorageCapacity();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getApiVersion()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EAttribute getCSIStorageCapacity_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getCapacity()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EAttribute getCSIStorageCapacity_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getKind()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EAttribute getCSIStorageCapacity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMaximumVolumeSize <em>Maximum Volume Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Volume Size</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMaximumVolumeSize()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EAttribute getCSIStorageCapacity_MaximumVolumeSize();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMetadata()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EReference getCSIStorageCapacity_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getNodeTopology <em>Node Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Node Topology</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getNodeTopology()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EReference getCSIStorageCapacity_NodeTopology();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getStorageClassName <em>Storage Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Class Name</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getStorageClassName()
	 * @see #getCSIStorageCapacity()
	 * @generated
	 */
	EAttribute getCSIStorageCapacity_StorageClassName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList <em>CSI Storage Capacity List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>CSI Storage Capacity List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList
	 * @generated
	 */
	EClass getCSIStorageCapacityList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getApiVersion()
	 * @see #getCSIStorageCapacityList()
	 * @generated
	 */
	EAttribute getCSIStorageCapacityList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getItems()
	 * @see #getCSIStorageCapacityList()
	 * @generated
	 */
	EReference getCSIStorageCapacityList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getKind()
	 * @see #getCSIStorageCapacityList()
	 * @generated
	 */
	EAttribute getCSIStorageCapacityList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.CSIStorageCapacityList#getMetadata()
	 * @see #getCSIStorageCapacityList()
	 * @generated
	 */
	EReference getCSIStorageCapacityList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.StorageClass <em>Storage Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Class</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass
	 * @generated
	 */
	EClass getStorageClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowVolumeExpansion <em>Allow Volume Expansion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Volume Expansion</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowVolumeExpansion()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_AllowVolumeExpansion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowedTopologies <em>Allowed Topologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Allowed Topologies</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowedTopologies()
	 * @see #getStorageClass()
	 * @generated
	 */
	EReference getStorageClass_AllowedTopologies();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getApiVersion()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getKind()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getMetadata()
	 * @see #getStorageClass()
	 * @generated
	 */
	EReference getStorageClass_Metadata();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getMountOptions <em>Mount Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mount Options</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getMountOptions()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_MountOptions();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getParameters()
	 * @see #getStorageClass()
	 * @generated
	 */
	EReference getStorageClass_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getProvisioner <em>Provisioner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provisioner</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getProvisioner()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_Provisioner();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getReclaimPolicy <em>Reclaim Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reclaim Policy</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getReclaimPolicy()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_ReclaimPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getVolumeBindingMode <em>Volume Binding Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Binding Mode</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClass#getVolumeBindingMode()
	 * @see #getStorageClass()
	 * @generated
	 */
	EAttribute getStorageClass_VolumeBindingMode();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.StorageClassList <em>Storage Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Class List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClassList
	 * @generated
	 */
	EClass getStorageClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClassList#getApiVersion()
	 * @see #getStorageClassList()
	 * @generated
	 */
	EAttribute getStorageClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.StorageClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClassList#getItems()
	 * @see #getStorageClassList()
	 * @generated
	 */
	EReference getStorageClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.StorageClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClassList#getKind()
	 * @see #getStorageClassList()
	 * @generated
	 */
	EAttribute getStorageClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.StorageClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageClassList#getMetadata()
	 * @see #getStorageClassList()
	 * @generated
	 */
	EReference getStorageClassList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.TokenRequest <em>Token Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Request</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.TokenRequest
	 * @generated
	 */
	EClass getTokenRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.TokenRequest#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.TokenRequest#getAudience()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EAttribute getTokenRequest_Audience();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.TokenRequest#getExpirationSeconds <em>Expiration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiration Seconds</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.TokenRequest#getExpirationSeconds()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EAttribute getTokenRequest_ExpirationSeconds();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachment <em>Volume Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attachment</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachment
	 * @generated
	 */
	EClass getVolumeAttachment();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getApiVersion()
	 * @see #getVolumeAttachment()
	 * @generated
	 */
	EAttribute getVolumeAttachment_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getKind()
	 * @see #getVolumeAttachment()
	 * @generated
	 */
	EAttribute getVolumeAttachment_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getMetadata()
	 * @see #getVolumeAttachment()
	 * @generated
	 */
	EReference getVolumeAttachment_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getSpec()
	 * @see #getVolumeAttachment()
	 * @generated
	 */
	EReference getVolumeAttachment_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachment#getStatus()
	 * @see #getVolumeAttachment()
	 * @generated
	 */
	EReference getVolumeAttachment_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList <em>Volume Attachment List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attachment List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList
	 * @generated
	 */
	EClass getVolumeAttachmentList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getApiVersion()
	 * @see #getVolumeAttachmentList()
	 * @generated
	 */
	EAttribute getVolumeAttachmentList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getItems()
	 * @see #getVolumeAttachmentList()
	 * @generated
	 */
	EReference getVolumeAttachmentList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getKind()
	 * @see #getVolumeAttachmentList()
	 * @generated
	 */
	EAttribute getVolumeAttachmentList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentList#getMetadata()
	 * @see #getVolumeAttachmentList()
	 * @generated
	 */
	EReference getVolumeAttachmentList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource <em>Volume Attachment Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attachment Source</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource
	 * @generated
	 */
	EClass getVolumeAttachmentSource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getInlineVolumeSpec <em>Inline Volume Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inline Volume Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getInlineVolumeSpec()
	 * @see #getVolumeAttachmentSource()
	 * @generated
	 */
	EReference getVolumeAttachmentSource_InlineVolumeSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getPersistentVolumeName <em>Persistent Volume Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persistent Volume Name</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getPersistentVolumeName()
	 * @see #getVolumeAttachmentSource()
	 * @generated
	 */
	EAttribute getVolumeAttachmentSource_PersistentVolumeName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec <em>Volume Attachment Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attachment Spec</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec
	 * @generated
	 */
	EClass getVolumeAttachmentSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getAttacher <em>Attacher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attacher</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getAttacher()
	 * @see #getVolumeAttachmentSpec()
	 * @generated
	 */
	EAttribute getVolumeAttachmentSpec_Attacher();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getNodeName <em>Node Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Name</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getNodeName()
	 * @see #getVolumeAttachmentSpec()
	 * @generated
	 */
	EAttribute getVolumeAttachmentSpec_NodeName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getSource()
	 * @see #getVolumeAttachmentSpec()
	 * @generated
	 */
	EReference getVolumeAttachmentSpec_Source();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus <em>Volume Attachment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attachment Status</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus
	 * @generated
	 */
	EClass getVolumeAttachmentStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachError <em>Attach Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Attach Error</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachError()
	 * @see #getVolumeAttachmentStatus()
	 * @generated
	 */
	EReference getVolumeAttachmentStatus_AttachError();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttached <em>Attached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attached</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttached()
	 * @see #getVolumeAttachmentStatus()
	 * @generated
	 */
	EAttribute getVolumeAttachmentStatus_Attached();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachmentMetadata <em>Attachment Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Attachment Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachmentMetadata()
	 * @see #getVolumeAttachmentStatus()
	 * @generated
	 */
	EReference getVolumeAttachmentStatus_AttachmentMetadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getDetachError <em>Detach Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Detach Error</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getDetachError()
	 * @see #getVolumeAttachmentStatus()
	 * @generated
	 */
	EReference getVolumeAttachmentStatus_DetachError();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass <em>Volume Attributes Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attributes Class</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass
	 * @generated
	 */
	EClass getVolumeAttributesClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getApiVersion()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EAttribute getVolumeAttributesClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getDriverName <em>Driver Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Name</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getDriverName()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EAttribute getVolumeAttributesClass_DriverName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getKind()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EAttribute getVolumeAttributesClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getMetadata()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EReference getVolumeAttributesClass_Metadata();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClass#getParameters()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EReference getVolumeAttributesClass_Parameters();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList <em>Volume Attributes Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attributes Class List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList
	 * @generated
	 */
	EClass getVolumeAttributesClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getApiVersion()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EAttribute getVolumeAttributesClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getItems()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EReference getVolumeAttributesClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getKind()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EAttribute getVolumeAttributesClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeAttributesClassList#getMetadata()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EReference getVolumeAttributesClassList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeError <em>Volume Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Error</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeError
	 * @generated
	 */
	EClass getVolumeError();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Code</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeError#getErrorCode()
	 * @see #getVolumeError()
	 * @generated
	 */
	EAttribute getVolumeError_ErrorCode();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeError#getMessage()
	 * @see #getVolumeError()
	 * @generated
	 */
	EAttribute getVolumeError_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeError#getTime()
	 * @see #getVolumeError()
	 * @generated
	 */
	EAttribute getVolumeError_Time();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1.VolumeNodeResources <em>Volume Node Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Node Resources</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeNodeResources
	 * @generated
	 */
	EClass getVolumeNodeResources();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1.VolumeNodeResources#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1.VolumeNodeResources#getCount()
	 * @see #getVolumeNodeResources()
	 * @generated
	 */
	EAttribute getVolumeNodeResources_Count();

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
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StorageV1Factory getStorageV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverImpl <em>CSI Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIDriverImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIDriver()
		 * @generated
		 */
		EClass CSI_DRIVER = eINSTANCE.getCSIDriver();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER__API_VERSION = eINSTANCE.getCSIDriver_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER__KIND = eINSTANCE.getCSIDriver_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_DRIVER__METADATA = eINSTANCE.getCSIDriver_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_DRIVER__SPEC = eINSTANCE.getCSIDriver_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverListImpl <em>CSI Driver List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIDriverListImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIDriverList()
		 * @generated
		 */
		EClass CSI_DRIVER_LIST = eINSTANCE.getCSIDriverList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_LIST__API_VERSION = eINSTANCE.getCSIDriverList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_DRIVER_LIST__ITEMS = eINSTANCE.getCSIDriverList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_LIST__KIND = eINSTANCE.getCSIDriverList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_DRIVER_LIST__METADATA = eINSTANCE.getCSIDriverList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl <em>CSI Driver Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIDriverSpec()
		 * @generated
		 */
		EClass CSI_DRIVER_SPEC = eINSTANCE.getCSIDriverSpec();

		/**
		 * The meta object literal for the '<em><b>Attach Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__ATTACH_REQUIRED = eINSTANCE.getCSIDriverSpec_AttachRequired();

		/**
		 * The meta object literal for the '<em><b>Fs Group Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__FS_GROUP_POLICY = eINSTANCE.getCSIDriverSpec_FsGroupPolicy();

		/**
		 * The meta object literal for the '<em><b>Node Allocatable Update Period Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS = eINSTANCE.getCSIDriverSpec_NodeAllocatableUpdatePeriodSeconds();

		/**
		 * The meta object literal for the '<em><b>Pod Info On Mount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT = eINSTANCE.getCSIDriverSpec_PodInfoOnMount();

		/**
		 * The meta object literal for the '<em><b>Prevent Pod Scheduling If Missing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING = eINSTANCE.getCSIDriverSpec_PreventPodSchedulingIfMissing();

		/**
		 * The meta object literal for the '<em><b>Requires Republish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__REQUIRES_REPUBLISH = eINSTANCE.getCSIDriverSpec_RequiresRepublish();

		/**
		 * The meta object literal for the '<em><b>Se Linux Mount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__SE_LINUX_MOUNT = eINSTANCE.getCSIDriverSpec_SeLinuxMount();

		/**
		 * The meta object literal for the '<em><b>Service Account Token In Secrets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS = eINSTANCE.getCSIDriverSpec_ServiceAccountTokenInSecrets();

		/**
		 * The meta object literal for the '<em><b>Storage Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__STORAGE_CAPACITY = eINSTANCE.getCSIDriverSpec_StorageCapacity();

		/**
		 * The meta object literal for the '<em><b>Token Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_DRIVER_SPEC__TOKEN_REQUESTS = eINSTANCE.getCSIDriverSpec_TokenRequests();

		/**
		 * The meta object literal for the '<em><b>Volume Lifecycle Modes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES = eINSTANCE.getCSIDriverSpec_VolumeLifecycleModes();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeImpl <em>CSI Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINode()
		 * @generated
		 */
		EClass CSI_NODE = eINSTANCE.getCSINode();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE__API_VERSION = eINSTANCE.getCSINode_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE__KIND = eINSTANCE.getCSINode_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_NODE__METADATA = eINSTANCE.getCSINode_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_NODE__SPEC = eINSTANCE.getCSINode_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl <em>CSI Node Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINodeDriver()
		 * @generated
		 */
		EClass CSI_NODE_DRIVER = eINSTANCE.getCSINodeDriver();

		/**
		 * The meta object literal for the '<em><b>Allocatable</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_NODE_DRIVER__ALLOCATABLE = eINSTANCE.getCSINodeDriver_Allocatable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE_DRIVER__NAME = eINSTANCE.getCSINodeDriver_Name();

		/**
		 * The meta object literal for the '<em><b>Node ID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE_DRIVER__NODE_ID = eINSTANCE.getCSINodeDriver_NodeID();

		/**
		 * The meta object literal for the '<em><b>Topology Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE_DRIVER__TOPOLOGY_KEYS = eINSTANCE.getCSINodeDriver_TopologyKeys();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeListImpl <em>CSI Node List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeListImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINodeList()
		 * @generated
		 */
		EClass CSI_NODE_LIST = eINSTANCE.getCSINodeList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE_LIST__API_VERSION = eINSTANCE.getCSINodeList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_NODE_LIST__ITEMS = eINSTANCE.getCSINodeList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_NODE_LIST__KIND = eINSTANCE.getCSINodeList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_NODE_LIST__METADATA = eINSTANCE.getCSINodeList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeSpecImpl <em>CSI Node Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSINodeSpecImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSINodeSpec()
		 * @generated
		 */
		EClass CSI_NODE_SPEC = eINSTANCE.getCSINodeSpec();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_NODE_SPEC__DRIVERS = eINSTANCE.getCSINodeSpec_Drivers();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl <em>CSI Storage Capacity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIStorageCapacity()
		 * @generated
		 */
		EClass CSI_STORAGE_CAPACITY = eINSTANCE.getCSIStorageCapacity();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY__API_VERSION = eINSTANCE.getCSIStorageCapacity_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY__CAPACITY = eINSTANCE.getCSIStorageCapacity_Capacity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY__KIND = eINSTANCE.getCSIStorageCapacity_Kind();

		/**
		 * The meta object literal for the '<em><b>Maximum Volume Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE = eINSTANCE.getCSIStorageCapacity_MaximumVolumeSize();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_STORAGE_CAPACITY__METADATA = eINSTANCE.getCSIStorageCapacity_Metadata();

		/**
		 * The meta object literal for the '<em><b>Node Topology</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_STORAGE_CAPACITY__NODE_TOPOLOGY = eINSTANCE.getCSIStorageCapacity_NodeTopology();

		/**
		 * The meta object literal for the '<em><b>Storage Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME = eINSTANCE.getCSIStorageCapacity_StorageClassName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityListImpl <em>CSI Storage Capacity List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityListImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getCSIStorageCapacityList()
		 * @generated
		 */
		EClass CSI_STORAGE_CAPACITY_LIST = eINSTANCE.getCSIStorageCapacityList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY_LIST__API_VERSION = eINSTANCE.getCSIStorageCapacityList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_STORAGE_CAPACITY_LIST__ITEMS = eINSTANCE.getCSIStorageCapacityList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_STORAGE_CAPACITY_LIST__KIND = eINSTANCE.getCSIStorageCapacityList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSI_STORAGE_CAPACITY_LIST__METADATA = eINSTANCE.getCSIStorageCapacityList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl <em>Storage Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getStorageClass()
		 * @generated
		 */
		EClass STORAGE_CLASS = eINSTANCE.getStorageClass();

		/**
		 * The meta object literal for the '<em><b>Allow Volume Expansion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__ALLOW_VOLUME_EXPANSION = eINSTANCE.getStorageClass_AllowVolumeExpansion();

		/**
		 * The meta object literal for the '<em><b>Allowed Topologies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_CLASS__ALLOWED_TOPOLOGIES = eINSTANCE.getStorageClass_AllowedTopologies();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__API_VERSION = eINSTANCE.getStorageClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__KIND = eINSTANCE.getStorageClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_CLASS__METADATA = eINSTANCE.getStorageClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Mount Options</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__MOUNT_OPTIONS = eINSTANCE.getStorageClass_MountOptions();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_CLASS__PARAMETERS = eINSTANCE.getStorageClass_Parameters();

		/**
		 * The meta object literal for the '<em><b>Provisioner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__PROVISIONER = eINSTANCE.getStorageClass_Provisioner();

		/**
		 * The meta object literal for the '<em><b>Reclaim Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__RECLAIM_POLICY = eINSTANCE.getStorageClass_ReclaimPolicy();

		/**
		 * The meta object literal for the '<em><b>Volume Binding Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS__VOLUME_BINDING_MODE = eINSTANCE.getStorageClass_VolumeBindingMode();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassListImpl <em>Storage Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageClassListImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getStorageClassList()
		 * @generated
		 */
		EClass STORAGE_CLASS_LIST = eINSTANCE.getStorageClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS_LIST__API_VERSION = eINSTANCE.getStorageClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_CLASS_LIST__ITEMS = eINSTANCE.getStorageClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_CLASS_LIST__KIND = eINSTANCE.getStorageClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_CLASS_LIST__METADATA = eINSTANCE.getStorageClassList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.TokenRequestImpl <em>Token Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.TokenRequestImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getTokenRequest()
		 * @generated
		 */
		EClass TOKEN_REQUEST = eINSTANCE.getTokenRequest();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST__AUDIENCE = eINSTANCE.getTokenRequest_Audience();

		/**
		 * The meta object literal for the '<em><b>Expiration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST__EXPIRATION_SECONDS = eINSTANCE.getTokenRequest_ExpirationSeconds();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentImpl <em>Volume Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachment()
		 * @generated
		 */
		EClass VOLUME_ATTACHMENT = eINSTANCE.getVolumeAttachment();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT__API_VERSION = eINSTANCE.getVolumeAttachment_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT__KIND = eINSTANCE.getVolumeAttachment_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT__METADATA = eINSTANCE.getVolumeAttachment_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT__SPEC = eINSTANCE.getVolumeAttachment_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT__STATUS = eINSTANCE.getVolumeAttachment_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentListImpl <em>Volume Attachment List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentListImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentList()
		 * @generated
		 */
		EClass VOLUME_ATTACHMENT_LIST = eINSTANCE.getVolumeAttachmentList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT_LIST__API_VERSION = eINSTANCE.getVolumeAttachmentList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_LIST__ITEMS = eINSTANCE.getVolumeAttachmentList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT_LIST__KIND = eINSTANCE.getVolumeAttachmentList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_LIST__METADATA = eINSTANCE.getVolumeAttachmentList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSourceImpl <em>Volume Attachment Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSourceImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentSource()
		 * @generated
		 */
		EClass VOLUME_ATTACHMENT_SOURCE = eINSTANCE.getVolumeAttachmentSource();

		/**
		 * The meta object literal for the '<em><b>Inline Volume Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC = eINSTANCE.getVolumeAttachmentSource_InlineVolumeSpec();

		/**
		 * The meta object literal for the '<em><b>Persistent Volume Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME = eINSTANCE.getVolumeAttachmentSource_PersistentVolumeName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl <em>Volume Attachment Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentSpec()
		 * @generated
		 */
		EClass VOLUME_ATTACHMENT_SPEC = eINSTANCE.getVolumeAttachmentSpec();

		/**
		 * The meta object literal for the '<em><b>Attacher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT_SPEC__ATTACHER = eINSTANCE.getVolumeAttachmentSpec_Attacher();

		/**
		 * The meta object literal for the '<em><b>Node Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT_SPEC__NODE_NAME = eINSTANCE.getVolumeAttachmentSpec_NodeName();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_SPEC__SOURCE = eINSTANCE.getVolumeAttachmentSpec_Source();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl <em>Volume Attachment Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttachmentStatus()
		 * @generated
		 */
		EClass VOLUME_ATTACHMENT_STATUS = eINSTANCE.getVolumeAttachmentStatus();

		/**
		 * The meta object literal for the '<em><b>Attach Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR = eINSTANCE.getVolumeAttachmentStatus_AttachError();

		/**
		 * The meta object literal for the '<em><b>Attached</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTACHMENT_STATUS__ATTACHED = eINSTANCE.getVolumeAttachmentStatus_Attached();

		/**
		 * The meta object literal for the '<em><b>Attachment Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA = eINSTANCE.getVolumeAttachmentStatus_AttachmentMetadata();

		/**
		 * The meta object literal for the '<em><b>Detach Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTACHMENT_STATUS__DETACH_ERROR = eINSTANCE.getVolumeAttachmentStatus_DetachError();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassImpl <em>Volume Attributes Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttributesClass()
		 * @generated
		 */
		EClass VOLUME_ATTRIBUTES_CLASS = eINSTANCE.getVolumeAttributesClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS__API_VERSION = eINSTANCE.getVolumeAttributesClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Driver Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS__DRIVER_NAME = eINSTANCE.getVolumeAttributesClass_DriverName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS__KIND = eINSTANCE.getVolumeAttributesClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS__METADATA = eINSTANCE.getVolumeAttributesClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS__PARAMETERS = eINSTANCE.getVolumeAttributesClass_Parameters();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassListImpl <em>Volume Attributes Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeAttributesClassListImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeAttributesClassList()
		 * @generated
		 */
		EClass VOLUME_ATTRIBUTES_CLASS_LIST = eINSTANCE.getVolumeAttributesClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS_LIST__API_VERSION = eINSTANCE.getVolumeAttributesClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS_LIST__ITEMS = eINSTANCE.getVolumeAttributesClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS_LIST__KIND = eINSTANCE.getVolumeAttributesClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS_LIST__METADATA = eINSTANCE.getVolumeAttributesClassList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeErrorImpl <em>Volume Error</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeErrorImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeError()
		 * @generated
		 */
		EClass VOLUME_ERROR = eINSTANCE.getVolumeError();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ERROR__ERROR_CODE = eINSTANCE.getVolumeError_ErrorCode();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ERROR__MESSAGE = eINSTANCE.getVolumeError_Message();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ERROR__TIME = eINSTANCE.getVolumeError_Time();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeNodeResourcesImpl <em>Volume Node Resources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.VolumeNodeResourcesImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getVolumeNodeResources()
		 * @generated
		 */
		EClass VOLUME_NODE_RESOURCES = eINSTANCE.getVolumeNodeResources();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_NODE_RESOURCES__COUNT = eINSTANCE.getVolumeNodeResources_Count();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl#getStringMapEntry()
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

	}

} //StorageV1Package
