/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.DeviceRequestAllocationResult;
import io.pilothouse.model.k8s.resource.v1.DeviceToleration;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Request Allocation Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getAdminAccess <em>Admin Access</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getBindingConditions <em>Binding Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getBindingFailureConditions <em>Binding Failure Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getConsumedCapacity <em>Consumed Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getRequest <em>Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getShareID <em>Share ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestAllocationResultImpl#getTolerations <em>Tolerations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceRequestAllocationResultImpl extends MinimalEObjectImpl.Container implements DeviceRequestAllocationResult {
	/**
	 * The default value of the '{@link #getAdminAccess() <em>Admin Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdminAccess()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ADMIN_ACCESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdminAccess() <em>Admin Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdminAccess()
	 * @generated
	 * @ordered
	 */
	protected Boolean adminAccess = ADMIN_ACCESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBindingConditions() <em>Binding Conditions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindingConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> bindingConditions;

	/**
	 * The cached value of the '{@link #getBindingFailureConditions() <em>Binding Failure Conditions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindingFailureConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> bindingFailureConditions;

	/**
	 * The cached value of the '{@link #getConsumedCapacity() <em>Consumed Capacity</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumedCapacity()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> consumedCapacity;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected static final String POOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected String pool = POOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequest() <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequest() <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected String request = REQUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getShareID() <em>Share ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareID()
	 * @generated
	 * @ordered
	 */
	protected static final String SHARE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareID() <em>Share ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareID()
	 * @generated
	 * @ordered
	 */
	protected String shareID = SHARE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTolerations() <em>Tolerations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerations()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceToleration> tolerations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceRequestAllocationResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.DEVICE_REQUEST_ALLOCATION_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAdminAccess() {
		return adminAccess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdminAccess(Boolean newAdminAccess) {
		Boolean oldAdminAccess = adminAccess;
		adminAccess = newAdminAccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS, oldAdminAccess, adminAccess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBindingConditions() {
		if (bindingConditions == null) {
			bindingConditions = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS);
		}
		return bindingConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBindingFailureConditions() {
		if (bindingFailureConditions == null) {
			bindingFailureConditions = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS);
		}
		return bindingFailureConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getConsumedCapacity() {
		if (consumedCapacity == null) {
			consumedCapacity = new EcoreEMap<String,Quantity>(ResourceV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY);
		}
		return consumedCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPool() {
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPool(String newPool) {
		String oldPool = pool;
		pool = newPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__POOL, oldPool, pool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequest() {
		return request;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequest(String newRequest) {
		String oldRequest = request;
		request = newRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST, oldRequest, request));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShareID() {
		return shareID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareID(String newShareID) {
		String oldShareID = shareID;
		shareID = newShareID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID, oldShareID, shareID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceToleration> getTolerations() {
		if (tolerations == null) {
			tolerations = new EObjectContainmentEList<DeviceToleration>(DeviceToleration.class, this, ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS);
		}
		return tolerations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY:
				return ((InternalEList<?>)getConsumedCapacity()).basicRemove(otherEnd, msgs);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS:
				return ((InternalEList<?>)getTolerations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS:
				return getAdminAccess();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS:
				return getBindingConditions();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS:
				return getBindingFailureConditions();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY:
				if (coreType) return getConsumedCapacity();
				else return getConsumedCapacity().map();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE:
				return getDevice();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER:
				return getDriver();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__POOL:
				return getPool();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST:
				return getRequest();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID:
				return getShareID();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS:
				return getTolerations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS:
				setAdminAccess((Boolean)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS:
				getBindingConditions().clear();
				getBindingConditions().addAll((Collection<? extends String>)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS:
				getBindingFailureConditions().clear();
				getBindingFailureConditions().addAll((Collection<? extends String>)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY:
				((EStructuralFeature.Setting)getConsumedCapacity()).set(newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE:
				setDevice((String)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER:
				setDriver((String)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__POOL:
				setPool((String)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST:
				setRequest((String)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID:
				setShareID((String)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS:
				getTolerations().clear();
				getTolerations().addAll((Collection<? extends DeviceToleration>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS:
				setAdminAccess(ADMIN_ACCESS_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS:
				getBindingConditions().clear();
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS:
				getBindingFailureConditions().clear();
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY:
				getConsumedCapacity().clear();
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__POOL:
				setPool(POOL_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST:
				setRequest(REQUEST_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID:
				setShareID(SHARE_ID_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS:
				getTolerations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__ADMIN_ACCESS:
				return ADMIN_ACCESS_EDEFAULT == null ? adminAccess != null : !ADMIN_ACCESS_EDEFAULT.equals(adminAccess);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_CONDITIONS:
				return bindingConditions != null && !bindingConditions.isEmpty();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__BINDING_FAILURE_CONDITIONS:
				return bindingFailureConditions != null && !bindingFailureConditions.isEmpty();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__CONSUMED_CAPACITY:
				return consumedCapacity != null && !consumedCapacity.isEmpty();
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__POOL:
				return POOL_EDEFAULT == null ? pool != null : !POOL_EDEFAULT.equals(pool);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__REQUEST:
				return REQUEST_EDEFAULT == null ? request != null : !REQUEST_EDEFAULT.equals(request);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__SHARE_ID:
				return SHARE_ID_EDEFAULT == null ? shareID != null : !SHARE_ID_EDEFAULT.equals(shareID);
			case ResourceV1Package.DEVICE_REQUEST_ALLOCATION_RESULT__TOLERATIONS:
				return tolerations != null && !tolerations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (adminAccess: ");
		result.append(adminAccess);
		result.append(", bindingConditions: ");
		result.append(bindingConditions);
		result.append(", bindingFailureConditions: ");
		result.append(bindingFailureConditions);
		result.append(", device: ");
		result.append(device);
		result.append(", driver: ");
		result.append(driver);
		result.append(", pool: ");
		result.append(pool);
		result.append(", request: ");
		result.append(request);
		result.append(", shareID: ");
		result.append(shareID);
		result.append(')');
		return result.toString();
	}

} //DeviceRequestAllocationResultImpl
