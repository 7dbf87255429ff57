/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3.impl;

import io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus;
import io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pool Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getAllocatedDevices <em>Allocated Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getAvailableDevices <em>Available Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getPoolName <em>Pool Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getResourceSliceCount <em>Resource Slice Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getTotalDevices <em>Total Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getUnavailableDevices <em>Unavailable Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.PoolStatusImpl#getValidationError <em>Validation Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoolStatusImpl extends MinimalEObjectImpl.Container implements PoolStatus {
	/**
	 * The default value of the '{@link #getAllocatedDevices() <em>Allocated Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedDevices()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ALLOCATED_DEVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocatedDevices() <em>Allocated Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedDevices()
	 * @generated
	 * @ordered
	 */
	protected Integer allocatedDevices = ALLOCATED_DEVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvailableDevices() <em>Available Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableDevices()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AVAILABLE_DEVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvailableDevices() <em>Available Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableDevices()
	 * @generated
	 * @ordered
	 */
	protected Integer availableDevices = AVAILABLE_DEVICES_EDEFAULT;

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
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long generation = GENERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected String nodeName = NODE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoolName() <em>Pool Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolName()
	 * @generated
	 * @ordered
	 */
	protected static final String POOL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoolName() <em>Pool Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolName()
	 * @generated
	 * @ordered
	 */
	protected String poolName = POOL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceSliceCount() <em>Resource Slice Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceSliceCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESOURCE_SLICE_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceSliceCount() <em>Resource Slice Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceSliceCount()
	 * @generated
	 * @ordered
	 */
	protected Integer resourceSliceCount = RESOURCE_SLICE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalDevices() <em>Total Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalDevices()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TOTAL_DEVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalDevices() <em>Total Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalDevices()
	 * @generated
	 * @ordered
	 */
	protected Integer totalDevices = TOTAL_DEVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnavailableDevices() <em>Unavailable Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnavailableDevices()
	 * @generated
	 * @ordered
	 */
	protected static final Integer UNAVAILABLE_DEVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnavailableDevices() <em>Unavailable Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnavailableDevices()
	 * @generated
	 * @ordered
	 */
	protected Integer unavailableDevices = UNAVAILABLE_DEVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationError() <em>Validation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationError()
	 * @generated
	 * @ordered
	 */
	protected static final String VALIDATION_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidationError() <em>Validation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationError()
	 * @generated
	 * @ordered
	 */
	protected String validationError = VALIDATION_ERROR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1alpha3Package.Literals.POOL_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAllocatedDevices() {
		return allocatedDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedDevices(Integer newAllocatedDevices) {
		Integer oldAllocatedDevices = allocatedDevices;
		allocatedDevices = newAllocatedDevices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__ALLOCATED_DEVICES, oldAllocatedDevices, allocatedDevices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAvailableDevices() {
		return availableDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailableDevices(Integer newAvailableDevices) {
		Integer oldAvailableDevices = availableDevices;
		availableDevices = newAvailableDevices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__AVAILABLE_DEVICES, oldAvailableDevices, availableDevices));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getGeneration() {
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(Long newGeneration) {
		Long oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeName() {
		return nodeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeName(String newNodeName) {
		String oldNodeName = nodeName;
		nodeName = newNodeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__NODE_NAME, oldNodeName, nodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPoolName() {
		return poolName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoolName(String newPoolName) {
		String oldPoolName = poolName;
		poolName = newPoolName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__POOL_NAME, oldPoolName, poolName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getResourceSliceCount() {
		return resourceSliceCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceSliceCount(Integer newResourceSliceCount) {
		Integer oldResourceSliceCount = resourceSliceCount;
		resourceSliceCount = newResourceSliceCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__RESOURCE_SLICE_COUNT, oldResourceSliceCount, resourceSliceCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTotalDevices() {
		return totalDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalDevices(Integer newTotalDevices) {
		Integer oldTotalDevices = totalDevices;
		totalDevices = newTotalDevices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__TOTAL_DEVICES, oldTotalDevices, totalDevices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getUnavailableDevices() {
		return unavailableDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnavailableDevices(Integer newUnavailableDevices) {
		Integer oldUnavailableDevices = unavailableDevices;
		unavailableDevices = newUnavailableDevices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__UNAVAILABLE_DEVICES, oldUnavailableDevices, unavailableDevices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValidationError() {
		return validationError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationError(String newValidationError) {
		String oldValidationError = validationError;
		validationError = newValidationError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.POOL_STATUS__VALIDATION_ERROR, oldValidationError, validationError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1alpha3Package.POOL_STATUS__ALLOCATED_DEVICES:
				return getAllocatedDevices();
			case ResourceV1alpha3Package.POOL_STATUS__AVAILABLE_DEVICES:
				return getAvailableDevices();
			case ResourceV1alpha3Package.POOL_STATUS__DRIVER:
				return getDriver();
			case ResourceV1alpha3Package.POOL_STATUS__GENERATION:
				return getGeneration();
			case ResourceV1alpha3Package.POOL_STATUS__NODE_NAME:
				return getNodeName();
			case ResourceV1alpha3Package.POOL_STATUS__POOL_NAME:
				return getPoolName();
			case ResourceV1alpha3Package.POOL_STATUS__RESOURCE_SLICE_COUNT:
				return getResourceSliceCount();
			case ResourceV1alpha3Package.POOL_STATUS__TOTAL_DEVICES:
				return getTotalDevices();
			case ResourceV1alpha3Package.POOL_STATUS__UNAVAILABLE_DEVICES:
				return getUnavailableDevices();
			case ResourceV1alpha3Package.POOL_STATUS__VALIDATION_ERROR:
				return getValidationError();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ResourceV1alpha3Package.POOL_STATUS__ALLOCATED_DEVICES:
				setAllocatedDevices((Integer)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__AVAILABLE_DEVICES:
				setAvailableDevices((Integer)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__DRIVER:
				setDriver((String)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__GENERATION:
				setGeneration((Long)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__POOL_NAME:
				setPoolName((String)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__RESOURCE_SLICE_COUNT:
				setResourceSliceCount((Integer)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__TOTAL_DEVICES:
				setTotalDevices((Integer)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__UNAVAILABLE_DEVICES:
				setUnavailableDevices((Integer)newValue);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__VALIDATION_ERROR:
				setValidationError((String)newValue);
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
			case ResourceV1alpha3Package.POOL_STATUS__ALLOCATED_DEVICES:
				setAllocatedDevices(ALLOCATED_DEVICES_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__AVAILABLE_DEVICES:
				setAvailableDevices(AVAILABLE_DEVICES_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__POOL_NAME:
				setPoolName(POOL_NAME_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__RESOURCE_SLICE_COUNT:
				setResourceSliceCount(RESOURCE_SLICE_COUNT_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__TOTAL_DEVICES:
				setTotalDevices(TOTAL_DEVICES_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__UNAVAILABLE_DEVICES:
				setUnavailableDevices(UNAVAILABLE_DEVICES_EDEFAULT);
				return;
			case ResourceV1alpha3Package.POOL_STATUS__VALIDATION_ERROR:
				setValidationError(VALIDATION_ERROR_EDEFAULT);
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
			case ResourceV1alpha3Package.POOL_STATUS__ALLOCATED_DEVICES:
				return ALLOCATED_DEVICES_EDEFAULT == null ? allocatedDevices != null : !ALLOCATED_DEVICES_EDEFAULT.equals(allocatedDevices);
			case ResourceV1alpha3Package.POOL_STATUS__AVAILABLE_DEVICES:
				return AVAILABLE_DEVICES_EDEFAULT == null ? availableDevices != null : !AVAILABLE_DEVICES_EDEFAULT.equals(availableDevices);
			case ResourceV1alpha3Package.POOL_STATUS__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ResourceV1alpha3Package.POOL_STATUS__GENERATION:
				return GENERATION_EDEFAULT == null ? generation != null : !GENERATION_EDEFAULT.equals(generation);
			case ResourceV1alpha3Package.POOL_STATUS__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case ResourceV1alpha3Package.POOL_STATUS__POOL_NAME:
				return POOL_NAME_EDEFAULT == null ? poolName != null : !POOL_NAME_EDEFAULT.equals(poolName);
			case ResourceV1alpha3Package.POOL_STATUS__RESOURCE_SLICE_COUNT:
				return RESOURCE_SLICE_COUNT_EDEFAULT == null ? resourceSliceCount != null : !RESOURCE_SLICE_COUNT_EDEFAULT.equals(resourceSliceCount);
			case ResourceV1alpha3Package.POOL_STATUS__TOTAL_DEVICES:
				return TOTAL_DEVICES_EDEFAULT == null ? totalDevices != null : !TOTAL_DEVICES_EDEFAULT.equals(totalDevices);
			case ResourceV1alpha3Package.POOL_STATUS__UNAVAILABLE_DEVICES:
				return UNAVAILABLE_DEVICES_EDEFAULT == null ? unavailableDevices != null : !UNAVAILABLE_DEVICES_EDEFAULT.equals(unavailableDevices);
			case ResourceV1alpha3Package.POOL_STATUS__VALIDATION_ERROR:
				return VALIDATION_ERROR_EDEFAULT == null ? validationError != null : !VALIDATION_ERROR_EDEFAULT.equals(validationError);
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
		result.append(" (allocatedDevices: ");
		result.append(allocatedDevices);
		result.append(", availableDevices: ");
		result.append(availableDevices);
		result.append(", driver: ");
		result.append(driver);
		result.append(", generation: ");
		result.append(generation);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(", poolName: ");
		result.append(poolName);
		result.append(", resourceSliceCount: ");
		result.append(resourceSliceCount);
		result.append(", totalDevices: ");
		result.append(totalDevices);
		result.append(", unavailableDevices: ");
		result.append(unavailableDevices);
		result.append(", validationError: ");
		result.append(validationError);
		result.append(')');
		return result.toString();
	}

} //PoolStatusImpl
