/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

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
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Factory
 * @generated
 */
public interface ResourceV1alpha3Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1alpha3";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/resource/v1alpha3";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "resource.v1alpha3";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResourceV1alpha3Package eINSTANCE = io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintImpl <em>Device Taint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaint()
	 * @generated
	 */
	int DEVICE_TAINT = 0;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleImpl <em>Device Taint Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRule()
	 * @generated
	 */
	int DEVICE_TAINT_RULE = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Device Taint Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleListImpl <em>Device Taint Rule List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleListImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRuleList()
	 * @generated
	 */
	int DEVICE_TAINT_RULE_LIST = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Device Taint Rule List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleSpecImpl <em>Device Taint Rule Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleSpecImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRuleSpec()
	 * @generated
	 */
	int DEVICE_TAINT_RULE_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Device Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Taint</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_SPEC__TAINT = 1;

	/**
	 * The number of structural features of the '<em>Device Taint Rule Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleStatusImpl <em>Device Taint Rule Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleStatusImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRuleStatus()
	 * @generated
	 */
	int DEVICE_TAINT_RULE_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_STATUS__CONDITIONS = 0;

	/**
	 * The number of structural features of the '<em>Device Taint Rule Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_RULE_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintSelectorImpl <em>Device Taint Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintSelectorImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintSelector()
	 * @generated
	 */
	int DEVICE_TAINT_SELECTOR = 5;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_SELECTOR__DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_SELECTOR__DRIVER = 1;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_SELECTOR__POOL = 2;

	/**
	 * The number of structural features of the '<em>Device Taint Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TAINT_SELECTOR_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl <em>Pool Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getPoolStatus()
	 * @generated
	 */
	int POOL_STATUS = 6;

	/**
	 * The feature id for the '<em><b>Allocated Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__ALLOCATED_DEVICES = 0;

	/**
	 * The feature id for the '<em><b>Available Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__AVAILABLE_DEVICES = 1;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__DRIVER = 2;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__GENERATION = 3;

	/**
	 * The feature id for the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__NODE_NAME = 4;

	/**
	 * The feature id for the '<em><b>Pool Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__POOL_NAME = 5;

	/**
	 * The feature id for the '<em><b>Resource Slice Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__RESOURCE_SLICE_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Total Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__TOTAL_DEVICES = 7;

	/**
	 * The feature id for the '<em><b>Unavailable Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__UNAVAILABLE_DEVICES = 8;

	/**
	 * The feature id for the '<em><b>Validation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS__VALIDATION_ERROR = 9;

	/**
	 * The number of structural features of the '<em>Pool Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_STATUS_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestImpl <em>Resource Pool Status Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequest()
	 * @generated
	 */
	int RESOURCE_POOL_STATUS_REQUEST = 7;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Resource Pool Status Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestListImpl <em>Resource Pool Status Request List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestListImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequestList()
	 * @generated
	 */
	int RESOURCE_POOL_STATUS_REQUEST_LIST = 8;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Resource Pool Status Request List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl <em>Resource Pool Status Request Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequestSpec()
	 * @generated
	 */
	int RESOURCE_POOL_STATUS_REQUEST_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER = 0;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT = 1;

	/**
	 * The feature id for the '<em><b>Pool Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME = 2;

	/**
	 * The number of structural features of the '<em>Resource Pool Status Request Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl <em>Resource Pool Status Request Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequestStatus()
	 * @generated
	 */
	int RESOURCE_POOL_STATUS_REQUEST_STATUS = 10;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Pool Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS = 2;

	/**
	 * The number of structural features of the '<em>Resource Pool Status Request Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_POOL_STATUS_REQUEST_STATUS_FEATURE_COUNT = 3;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint <em>Device Taint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint
	 * @generated
	 */
	EClass getDeviceTaint();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getEffect()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_Effect();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getKey()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getTimeAdded <em>Time Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Added</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getTimeAdded()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_TimeAdded();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getValue()
	 * @see #getDeviceTaint()
	 * @generated
	 */
	EAttribute getDeviceTaint_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule <em>Device Taint Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint Rule</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule
	 * @generated
	 */
	EClass getDeviceTaintRule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getApiVersion()
	 * @see #getDeviceTaintRule()
	 * @generated
	 */
	EAttribute getDeviceTaintRule_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getKind()
	 * @see #getDeviceTaintRule()
	 * @generated
	 */
	EAttribute getDeviceTaintRule_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getMetadata()
	 * @see #getDeviceTaintRule()
	 * @generated
	 */
	EReference getDeviceTaintRule_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getSpec()
	 * @see #getDeviceTaintRule()
	 * @generated
	 */
	EReference getDeviceTaintRule_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRule#getStatus()
	 * @see #getDeviceTaintRule()
	 * @generated
	 */
	EReference getDeviceTaintRule_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList <em>Device Taint Rule List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint Rule List</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList
	 * @generated
	 */
	EClass getDeviceTaintRuleList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getApiVersion()
	 * @see #getDeviceTaintRuleList()
	 * @generated
	 */
	EAttribute getDeviceTaintRuleList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getItems()
	 * @see #getDeviceTaintRuleList()
	 * @generated
	 */
	EReference getDeviceTaintRuleList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getKind()
	 * @see #getDeviceTaintRuleList()
	 * @generated
	 */
	EAttribute getDeviceTaintRuleList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleList#getMetadata()
	 * @see #getDeviceTaintRuleList()
	 * @generated
	 */
	EReference getDeviceTaintRuleList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleSpec <em>Device Taint Rule Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint Rule Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleSpec
	 * @generated
	 */
	EClass getDeviceTaintRuleSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleSpec#getDeviceSelector <em>Device Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Device Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleSpec#getDeviceSelector()
	 * @see #getDeviceTaintRuleSpec()
	 * @generated
	 */
	EReference getDeviceTaintRuleSpec_DeviceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleSpec#getTaint <em>Taint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Taint</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleSpec#getTaint()
	 * @see #getDeviceTaintRuleSpec()
	 * @generated
	 */
	EReference getDeviceTaintRuleSpec_Taint();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleStatus <em>Device Taint Rule Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint Rule Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleStatus
	 * @generated
	 */
	EClass getDeviceTaintRuleStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleStatus#getConditions()
	 * @see #getDeviceTaintRuleStatus()
	 * @generated
	 */
	EReference getDeviceTaintRuleStatus_Conditions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector <em>Device Taint Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Taint Selector</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector
	 * @generated
	 */
	EClass getDeviceTaintSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector#getDevice()
	 * @see #getDeviceTaintSelector()
	 * @generated
	 */
	EAttribute getDeviceTaintSelector_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector#getDriver()
	 * @see #getDeviceTaintSelector()
	 * @generated
	 */
	EAttribute getDeviceTaintSelector_Driver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintSelector#getPool()
	 * @see #getDeviceTaintSelector()
	 * @generated
	 */
	EAttribute getDeviceTaintSelector_Pool();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus <em>Pool Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pool Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus
	 * @generated
	 */
	EClass getPoolStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAllocatedDevices <em>Allocated Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocated Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAllocatedDevices()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_AllocatedDevices();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAvailableDevices <em>Available Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAvailableDevices()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_AvailableDevices();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getDriver()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_Driver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getGeneration()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_Generation();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getNodeName <em>Node Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getNodeName()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_NodeName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getPoolName <em>Pool Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getPoolName()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_PoolName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getResourceSliceCount <em>Resource Slice Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Slice Count</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getResourceSliceCount()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_ResourceSliceCount();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getTotalDevices <em>Total Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getTotalDevices()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_TotalDevices();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getUnavailableDevices <em>Unavailable Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unavailable Devices</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getUnavailableDevices()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_UnavailableDevices();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getValidationError <em>Validation Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Error</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getValidationError()
	 * @see #getPoolStatus()
	 * @generated
	 */
	EAttribute getPoolStatus_ValidationError();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest <em>Resource Pool Status Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Pool Status Request</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest
	 * @generated
	 */
	EClass getResourcePoolStatusRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getApiVersion()
	 * @see #getResourcePoolStatusRequest()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequest_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getKind()
	 * @see #getResourcePoolStatusRequest()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequest_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getMetadata()
	 * @see #getResourcePoolStatusRequest()
	 * @generated
	 */
	EReference getResourcePoolStatusRequest_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getSpec()
	 * @see #getResourcePoolStatusRequest()
	 * @generated
	 */
	EReference getResourcePoolStatusRequest_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequest#getStatus()
	 * @see #getResourcePoolStatusRequest()
	 * @generated
	 */
	EReference getResourcePoolStatusRequest_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList <em>Resource Pool Status Request List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Pool Status Request List</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList
	 * @generated
	 */
	EClass getResourcePoolStatusRequestList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getApiVersion()
	 * @see #getResourcePoolStatusRequestList()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequestList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getItems()
	 * @see #getResourcePoolStatusRequestList()
	 * @generated
	 */
	EReference getResourcePoolStatusRequestList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getKind()
	 * @see #getResourcePoolStatusRequestList()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequestList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestList#getMetadata()
	 * @see #getResourcePoolStatusRequestList()
	 * @generated
	 */
	EReference getResourcePoolStatusRequestList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec <em>Resource Pool Status Request Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Pool Status Request Spec</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec
	 * @generated
	 */
	EClass getResourcePoolStatusRequestSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getDriver()
	 * @see #getResourcePoolStatusRequestSpec()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequestSpec_Driver();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getLimit()
	 * @see #getResourcePoolStatusRequestSpec()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequestSpec_Limit();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getPoolName <em>Pool Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool Name</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getPoolName()
	 * @see #getResourcePoolStatusRequestSpec()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequestSpec_PoolName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus <em>Resource Pool Status Request Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Pool Status Request Status</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus
	 * @generated
	 */
	EClass getResourcePoolStatusRequestStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getConditions()
	 * @see #getResourcePoolStatusRequestStatus()
	 * @generated
	 */
	EReference getResourcePoolStatusRequestStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPoolCount <em>Pool Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool Count</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPoolCount()
	 * @see #getResourcePoolStatusRequestStatus()
	 * @generated
	 */
	EAttribute getResourcePoolStatusRequestStatus_PoolCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPools <em>Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pools</em>'.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPools()
	 * @see #getResourcePoolStatusRequestStatus()
	 * @generated
	 */
	EReference getResourcePoolStatusRequestStatus_Pools();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ResourceV1alpha3Factory getResourceV1alpha3Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintImpl <em>Device Taint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaint()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleImpl <em>Device Taint Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRule()
		 * @generated
		 */
		EClass DEVICE_TAINT_RULE = eINSTANCE.getDeviceTaintRule();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_RULE__API_VERSION = eINSTANCE.getDeviceTaintRule_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_RULE__KIND = eINSTANCE.getDeviceTaintRule_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE__METADATA = eINSTANCE.getDeviceTaintRule_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE__SPEC = eINSTANCE.getDeviceTaintRule_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE__STATUS = eINSTANCE.getDeviceTaintRule_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleListImpl <em>Device Taint Rule List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleListImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRuleList()
		 * @generated
		 */
		EClass DEVICE_TAINT_RULE_LIST = eINSTANCE.getDeviceTaintRuleList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_RULE_LIST__API_VERSION = eINSTANCE.getDeviceTaintRuleList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE_LIST__ITEMS = eINSTANCE.getDeviceTaintRuleList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_RULE_LIST__KIND = eINSTANCE.getDeviceTaintRuleList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE_LIST__METADATA = eINSTANCE.getDeviceTaintRuleList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleSpecImpl <em>Device Taint Rule Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleSpecImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRuleSpec()
		 * @generated
		 */
		EClass DEVICE_TAINT_RULE_SPEC = eINSTANCE.getDeviceTaintRuleSpec();

		/**
		 * The meta object literal for the '<em><b>Device Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR = eINSTANCE.getDeviceTaintRuleSpec_DeviceSelector();

		/**
		 * The meta object literal for the '<em><b>Taint</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE_SPEC__TAINT = eINSTANCE.getDeviceTaintRuleSpec_Taint();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleStatusImpl <em>Device Taint Rule Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintRuleStatusImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintRuleStatus()
		 * @generated
		 */
		EClass DEVICE_TAINT_RULE_STATUS = eINSTANCE.getDeviceTaintRuleStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TAINT_RULE_STATUS__CONDITIONS = eINSTANCE.getDeviceTaintRuleStatus_Conditions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintSelectorImpl <em>Device Taint Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.DeviceTaintSelectorImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getDeviceTaintSelector()
		 * @generated
		 */
		EClass DEVICE_TAINT_SELECTOR = eINSTANCE.getDeviceTaintSelector();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_SELECTOR__DEVICE = eINSTANCE.getDeviceTaintSelector_Device();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_SELECTOR__DRIVER = eINSTANCE.getDeviceTaintSelector_Driver();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TAINT_SELECTOR__POOL = eINSTANCE.getDeviceTaintSelector_Pool();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl <em>Pool Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getPoolStatus()
		 * @generated
		 */
		EClass POOL_STATUS = eINSTANCE.getPoolStatus();

		/**
		 * The meta object literal for the '<em><b>Allocated Devices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__ALLOCATED_DEVICES = eINSTANCE.getPoolStatus_AllocatedDevices();

		/**
		 * The meta object literal for the '<em><b>Available Devices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__AVAILABLE_DEVICES = eINSTANCE.getPoolStatus_AvailableDevices();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__DRIVER = eINSTANCE.getPoolStatus_Driver();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__GENERATION = eINSTANCE.getPoolStatus_Generation();

		/**
		 * The meta object literal for the '<em><b>Node Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__NODE_NAME = eINSTANCE.getPoolStatus_NodeName();

		/**
		 * The meta object literal for the '<em><b>Pool Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__POOL_NAME = eINSTANCE.getPoolStatus_PoolName();

		/**
		 * The meta object literal for the '<em><b>Resource Slice Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__RESOURCE_SLICE_COUNT = eINSTANCE.getPoolStatus_ResourceSliceCount();

		/**
		 * The meta object literal for the '<em><b>Total Devices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__TOTAL_DEVICES = eINSTANCE.getPoolStatus_TotalDevices();

		/**
		 * The meta object literal for the '<em><b>Unavailable Devices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__UNAVAILABLE_DEVICES = eINSTANCE.getPoolStatus_UnavailableDevices();

		/**
		 * The meta object literal for the '<em><b>Validation Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL_STATUS__VALIDATION_ERROR = eINSTANCE.getPoolStatus_ValidationError();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestImpl <em>Resource Pool Status Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequest()
		 * @generated
		 */
		EClass RESOURCE_POOL_STATUS_REQUEST = eINSTANCE.getResourcePoolStatusRequest();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST__API_VERSION = eINSTANCE.getResourcePoolStatusRequest_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST__KIND = eINSTANCE.getResourcePoolStatusRequest_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST__METADATA = eINSTANCE.getResourcePoolStatusRequest_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST__SPEC = eINSTANCE.getResourcePoolStatusRequest_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST__STATUS = eINSTANCE.getResourcePoolStatusRequest_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestListImpl <em>Resource Pool Status Request List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestListImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequestList()
		 * @generated
		 */
		EClass RESOURCE_POOL_STATUS_REQUEST_LIST = eINSTANCE.getResourcePoolStatusRequestList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST_LIST__API_VERSION = eINSTANCE.getResourcePoolStatusRequestList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST_LIST__ITEMS = eINSTANCE.getResourcePoolStatusRequestList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST_LIST__KIND = eINSTANCE.getResourcePoolStatusRequestList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST_LIST__METADATA = eINSTANCE.getResourcePoolStatusRequestList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl <em>Resource Pool Status Request Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequestSpec()
		 * @generated
		 */
		EClass RESOURCE_POOL_STATUS_REQUEST_SPEC = eINSTANCE.getResourcePoolStatusRequestSpec();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER = eINSTANCE.getResourcePoolStatusRequestSpec_Driver();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT = eINSTANCE.getResourcePoolStatusRequestSpec_Limit();

		/**
		 * The meta object literal for the '<em><b>Pool Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME = eINSTANCE.getResourcePoolStatusRequestSpec_PoolName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl <em>Resource Pool Status Request Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl
		 * @see io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl#getResourcePoolStatusRequestStatus()
		 * @generated
		 */
		EClass RESOURCE_POOL_STATUS_REQUEST_STATUS = eINSTANCE.getResourcePoolStatusRequestStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS = eINSTANCE.getResourcePoolStatusRequestStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Pool Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT = eINSTANCE.getResourcePoolStatusRequestStatus_PoolCount();

		/**
		 * The meta object literal for the '<em><b>Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS = eINSTANCE.getResourcePoolStatusRequestStatus_Pools();

	}

} //ResourceV1alpha3Package
