/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.resource.v1beta1.CapacityRequirements;
import io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector;
import io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest;
import io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

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
 * An implementation of the model object '<em><b>Device Sub Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getAllocationMode <em>Allocation Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getCount <em>Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getDeviceClassName <em>Device Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getSelectors <em>Selectors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceSubRequestImpl#getTolerations <em>Tolerations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceSubRequestImpl extends MinimalEObjectImpl.Container implements DeviceSubRequest {
	/**
	 * The default value of the '{@link #getAllocationMode() <em>Allocation Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocationMode()
	 * @generated
	 * @ordered
	 */
	protected static final String ALLOCATION_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocationMode() <em>Allocation Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocationMode()
	 * @generated
	 * @ordered
	 */
	protected String allocationMode = ALLOCATION_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected CapacityRequirements capacity;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected Long count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceClassName() <em>Device Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceClassName() <em>Device Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceClassName()
	 * @generated
	 * @ordered
	 */
	protected String deviceClassName = DEVICE_CLASS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelectors() <em>Selectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectors()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceSelector> selectors;

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
	protected DeviceSubRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.DEVICE_SUB_REQUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAllocationMode() {
		return allocationMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocationMode(String newAllocationMode) {
		String oldAllocationMode = allocationMode;
		allocationMode = newAllocationMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_SUB_REQUEST__ALLOCATION_MODE, oldAllocationMode, allocationMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityRequirements getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCapacity(CapacityRequirements newCapacity, NotificationChain msgs) {
		CapacityRequirements oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY, oldCapacity, newCapacity);
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
	public void setCapacity(CapacityRequirements newCapacity) {
		if (newCapacity != capacity) {
			NotificationChain msgs = null;
			if (capacity != null)
				msgs = ((InternalEObject)capacity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY, null, msgs);
			if (newCapacity != null)
				msgs = ((InternalEObject)newCapacity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY, null, msgs);
			msgs = basicSetCapacity(newCapacity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY, newCapacity, newCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(Long newCount) {
		Long oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_SUB_REQUEST__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceClassName() {
		return deviceClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceClassName(String newDeviceClassName) {
		String oldDeviceClassName = deviceClassName;
		deviceClassName = newDeviceClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME, oldDeviceClassName, deviceClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_SUB_REQUEST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceSelector> getSelectors() {
		if (selectors == null) {
			selectors = new EObjectContainmentEList<DeviceSelector>(DeviceSelector.class, this, ResourceV1beta1Package.DEVICE_SUB_REQUEST__SELECTORS);
		}
		return selectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceToleration> getTolerations() {
		if (tolerations == null) {
			tolerations = new EObjectContainmentEList<DeviceToleration>(DeviceToleration.class, this, ResourceV1beta1Package.DEVICE_SUB_REQUEST__TOLERATIONS);
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
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY:
				return basicSetCapacity(null, msgs);
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__SELECTORS:
				return ((InternalEList<?>)getSelectors()).basicRemove(otherEnd, msgs);
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__TOLERATIONS:
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
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__ALLOCATION_MODE:
				return getAllocationMode();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY:
				return getCapacity();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__COUNT:
				return getCount();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME:
				return getDeviceClassName();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__NAME:
				return getName();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__SELECTORS:
				return getSelectors();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__TOLERATIONS:
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
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__ALLOCATION_MODE:
				setAllocationMode((String)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY:
				setCapacity((CapacityRequirements)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__COUNT:
				setCount((Long)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME:
				setDeviceClassName((String)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__NAME:
				setName((String)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__SELECTORS:
				getSelectors().clear();
				getSelectors().addAll((Collection<? extends DeviceSelector>)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__TOLERATIONS:
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
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__ALLOCATION_MODE:
				setAllocationMode(ALLOCATION_MODE_EDEFAULT);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY:
				setCapacity((CapacityRequirements)null);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME:
				setDeviceClassName(DEVICE_CLASS_NAME_EDEFAULT);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__SELECTORS:
				getSelectors().clear();
				return;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__TOLERATIONS:
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
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__ALLOCATION_MODE:
				return ALLOCATION_MODE_EDEFAULT == null ? allocationMode != null : !ALLOCATION_MODE_EDEFAULT.equals(allocationMode);
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__CAPACITY:
				return capacity != null;
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__COUNT:
				return COUNT_EDEFAULT == null ? count != null : !COUNT_EDEFAULT.equals(count);
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__DEVICE_CLASS_NAME:
				return DEVICE_CLASS_NAME_EDEFAULT == null ? deviceClassName != null : !DEVICE_CLASS_NAME_EDEFAULT.equals(deviceClassName);
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__SELECTORS:
				return selectors != null && !selectors.isEmpty();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST__TOLERATIONS:
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
		result.append(" (allocationMode: ");
		result.append(allocationMode);
		result.append(", count: ");
		result.append(count);
		result.append(", deviceClassName: ");
		result.append(deviceClassName);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //DeviceSubRequestImpl
