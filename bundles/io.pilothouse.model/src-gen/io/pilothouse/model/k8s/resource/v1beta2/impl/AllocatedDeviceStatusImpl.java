/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.k8s.resource.v1beta2.AllocatedDeviceStatus;
import io.pilothouse.model.k8s.resource.v1beta2.NetworkDeviceData;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocated Device Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getData <em>Data</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getNetworkData <em>Network Data</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.AllocatedDeviceStatusImpl#getShareID <em>Share ID</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocatedDeviceStatusImpl extends MinimalEObjectImpl.Container implements AllocatedDeviceStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected JsonNode data = DATA_EDEFAULT;

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
	 * The cached value of the '{@link #getNetworkData() <em>Network Data</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkData()
	 * @generated
	 * @ordered
	 */
	protected NetworkDeviceData networkData;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocatedDeviceStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.ALLOCATED_DEVICE_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(JsonNode newData) {
		JsonNode oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DATA, oldData, data));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DEVICE, oldDevice, device));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkDeviceData getNetworkData() {
		return networkData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNetworkData(NetworkDeviceData newNetworkData, NotificationChain msgs) {
		NetworkDeviceData oldNetworkData = networkData;
		networkData = newNetworkData;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA, oldNetworkData, newNetworkData);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkData(NetworkDeviceData newNetworkData) {
		if (newNetworkData != networkData) {
			NotificationChain msgs = null;
			if (networkData != null)
				msgs = ((InternalEObject)networkData).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA, null, msgs);
			if (newNetworkData != null)
				msgs = ((InternalEObject)newNetworkData).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA, null, msgs);
			msgs = basicSetNetworkData(newNetworkData, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA, newNetworkData, newNetworkData));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__POOL, oldPool, pool));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__SHARE_ID, oldShareID, shareID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA:
				return basicSetNetworkData(null, msgs);
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
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__CONDITIONS:
				return getConditions();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DATA:
				return getData();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DEVICE:
				return getDevice();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DRIVER:
				return getDriver();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA:
				return getNetworkData();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__POOL:
				return getPool();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__SHARE_ID:
				return getShareID();
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
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DATA:
				setData((JsonNode)newValue);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DEVICE:
				setDevice((String)newValue);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DRIVER:
				setDriver((String)newValue);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA:
				setNetworkData((NetworkDeviceData)newValue);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__POOL:
				setPool((String)newValue);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__SHARE_ID:
				setShareID((String)newValue);
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
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DATA:
				setData(DATA_EDEFAULT);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA:
				setNetworkData((NetworkDeviceData)null);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__POOL:
				setPool(POOL_EDEFAULT);
				return;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__SHARE_ID:
				setShareID(SHARE_ID_EDEFAULT);
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
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DATA:
				return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__NETWORK_DATA:
				return networkData != null;
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__POOL:
				return POOL_EDEFAULT == null ? pool != null : !POOL_EDEFAULT.equals(pool);
			case ResourceV1beta2Package.ALLOCATED_DEVICE_STATUS__SHARE_ID:
				return SHARE_ID_EDEFAULT == null ? shareID != null : !SHARE_ID_EDEFAULT.equals(shareID);
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
		result.append(" (data: ");
		result.append(data);
		result.append(", device: ");
		result.append(device);
		result.append(", driver: ");
		result.append(driver);
		result.append(", pool: ");
		result.append(pool);
		result.append(", shareID: ");
		result.append(shareID);
		result.append(')');
		return result.toString();
	}

} //AllocatedDeviceStatusImpl
