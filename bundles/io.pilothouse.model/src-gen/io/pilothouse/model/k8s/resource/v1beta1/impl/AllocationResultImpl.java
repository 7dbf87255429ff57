/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import io.pilothouse.model.k8s.resource.v1beta1.AllocationResult;
import io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocation Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl#getAllocationTimestamp <em>Allocation Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.AllocationResultImpl#getNodeSelector <em>Node Selector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocationResultImpl extends MinimalEObjectImpl.Container implements AllocationResult {
	/**
	 * The default value of the '{@link #getAllocationTimestamp() <em>Allocation Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocationTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time ALLOCATION_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocationTimestamp() <em>Allocation Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocationTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time allocationTimestamp = ALLOCATION_TIMESTAMP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected DeviceAllocationResult devices;

	/**
	 * The cached value of the '{@link #getNodeSelector() <em>Node Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSelector()
	 * @generated
	 * @ordered
	 */
	protected NodeSelector nodeSelector;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocationResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.ALLOCATION_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getAllocationTimestamp() {
		return allocationTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocationTimestamp(Time newAllocationTimestamp) {
		Time oldAllocationTimestamp = allocationTimestamp;
		allocationTimestamp = newAllocationTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.ALLOCATION_RESULT__ALLOCATION_TIMESTAMP, oldAllocationTimestamp, allocationTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceAllocationResult getDevices() {
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevices(DeviceAllocationResult newDevices, NotificationChain msgs) {
		DeviceAllocationResult oldDevices = devices;
		devices = newDevices;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES, oldDevices, newDevices);
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
	public void setDevices(DeviceAllocationResult newDevices) {
		if (newDevices != devices) {
			NotificationChain msgs = null;
			if (devices != null)
				msgs = ((InternalEObject)devices).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES, null, msgs);
			if (newDevices != null)
				msgs = ((InternalEObject)newDevices).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES, null, msgs);
			msgs = basicSetDevices(newDevices, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES, newDevices, newDevices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSelector getNodeSelector() {
		return nodeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeSelector(NodeSelector newNodeSelector, NotificationChain msgs) {
		NodeSelector oldNodeSelector = nodeSelector;
		nodeSelector = newNodeSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR, oldNodeSelector, newNodeSelector);
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
	public void setNodeSelector(NodeSelector newNodeSelector) {
		if (newNodeSelector != nodeSelector) {
			NotificationChain msgs = null;
			if (nodeSelector != null)
				msgs = ((InternalEObject)nodeSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR, null, msgs);
			if (newNodeSelector != null)
				msgs = ((InternalEObject)newNodeSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR, null, msgs);
			msgs = basicSetNodeSelector(newNodeSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR, newNodeSelector, newNodeSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES:
				return basicSetDevices(null, msgs);
			case ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR:
				return basicSetNodeSelector(null, msgs);
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
			case ResourceV1beta1Package.ALLOCATION_RESULT__ALLOCATION_TIMESTAMP:
				return getAllocationTimestamp();
			case ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES:
				return getDevices();
			case ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR:
				return getNodeSelector();
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
			case ResourceV1beta1Package.ALLOCATION_RESULT__ALLOCATION_TIMESTAMP:
				setAllocationTimestamp((Time)newValue);
				return;
			case ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES:
				setDevices((DeviceAllocationResult)newValue);
				return;
			case ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR:
				setNodeSelector((NodeSelector)newValue);
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
			case ResourceV1beta1Package.ALLOCATION_RESULT__ALLOCATION_TIMESTAMP:
				setAllocationTimestamp(ALLOCATION_TIMESTAMP_EDEFAULT);
				return;
			case ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES:
				setDevices((DeviceAllocationResult)null);
				return;
			case ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR:
				setNodeSelector((NodeSelector)null);
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
			case ResourceV1beta1Package.ALLOCATION_RESULT__ALLOCATION_TIMESTAMP:
				return ALLOCATION_TIMESTAMP_EDEFAULT == null ? allocationTimestamp != null : !ALLOCATION_TIMESTAMP_EDEFAULT.equals(allocationTimestamp);
			case ResourceV1beta1Package.ALLOCATION_RESULT__DEVICES:
				return devices != null;
			case ResourceV1beta1Package.ALLOCATION_RESULT__NODE_SELECTOR:
				return nodeSelector != null;
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
		result.append(" (allocationTimestamp: ");
		result.append(allocationTimestamp);
		result.append(')');
		return result.toString();
	}

} //AllocationResultImpl
