/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.AllocatedDeviceStatus;
import io.pilothouse.model.k8s.resource.v1.AllocationResult;
import io.pilothouse.model.k8s.resource.v1.ResourceClaimConsumerReference;
import io.pilothouse.model.k8s.resource.v1.ResourceClaimStatus;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

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
 * An implementation of the model object '<em><b>Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimStatusImpl#getAllocation <em>Allocation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimStatusImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimStatusImpl#getReservedFor <em>Reserved For</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceClaimStatusImpl extends MinimalEObjectImpl.Container implements ResourceClaimStatus {
	/**
	 * The cached value of the '{@link #getAllocation() <em>Allocation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocation()
	 * @generated
	 * @ordered
	 */
	protected AllocationResult allocation;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<AllocatedDeviceStatus> devices;

	/**
	 * The cached value of the '{@link #getReservedFor() <em>Reserved For</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservedFor()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceClaimConsumerReference> reservedFor;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceClaimStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.RESOURCE_CLAIM_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationResult getAllocation() {
		return allocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAllocation(AllocationResult newAllocation, NotificationChain msgs) {
		AllocationResult oldAllocation = allocation;
		allocation = newAllocation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION, oldAllocation, newAllocation);
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
	public void setAllocation(AllocationResult newAllocation) {
		if (newAllocation != allocation) {
			NotificationChain msgs = null;
			if (allocation != null)
				msgs = ((InternalEObject)allocation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION, null, msgs);
			if (newAllocation != null)
				msgs = ((InternalEObject)newAllocation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION, null, msgs);
			msgs = basicSetAllocation(newAllocation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION, newAllocation, newAllocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AllocatedDeviceStatus> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<AllocatedDeviceStatus>(AllocatedDeviceStatus.class, this, ResourceV1Package.RESOURCE_CLAIM_STATUS__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceClaimConsumerReference> getReservedFor() {
		if (reservedFor == null) {
			reservedFor = new EObjectContainmentEList<ResourceClaimConsumerReference>(ResourceClaimConsumerReference.class, this, ResourceV1Package.RESOURCE_CLAIM_STATUS__RESERVED_FOR);
		}
		return reservedFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION:
				return basicSetAllocation(null, msgs);
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__RESERVED_FOR:
				return ((InternalEList<?>)getReservedFor()).basicRemove(otherEnd, msgs);
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
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION:
				return getAllocation();
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__DEVICES:
				return getDevices();
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__RESERVED_FOR:
				return getReservedFor();
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
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION:
				setAllocation((AllocationResult)newValue);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends AllocatedDeviceStatus>)newValue);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__RESERVED_FOR:
				getReservedFor().clear();
				getReservedFor().addAll((Collection<? extends ResourceClaimConsumerReference>)newValue);
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
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION:
				setAllocation((AllocationResult)null);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__DEVICES:
				getDevices().clear();
				return;
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__RESERVED_FOR:
				getReservedFor().clear();
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
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__ALLOCATION:
				return allocation != null;
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__DEVICES:
				return devices != null && !devices.isEmpty();
			case ResourceV1Package.RESOURCE_CLAIM_STATUS__RESERVED_FOR:
				return reservedFor != null && !reservedFor.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ResourceClaimStatusImpl
