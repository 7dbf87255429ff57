/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.NodeAllocatableResourceMapping;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Allocatable Resource Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.NodeAllocatableResourceMappingImpl#getAllocationMultiplier <em>Allocation Multiplier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.NodeAllocatableResourceMappingImpl#getCapacityKey <em>Capacity Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeAllocatableResourceMappingImpl extends MinimalEObjectImpl.Container implements NodeAllocatableResourceMapping {
	/**
	 * The default value of the '{@link #getAllocationMultiplier() <em>Allocation Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocationMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity ALLOCATION_MULTIPLIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocationMultiplier() <em>Allocation Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocationMultiplier()
	 * @generated
	 * @ordered
	 */
	protected Quantity allocationMultiplier = ALLOCATION_MULTIPLIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityKey() <em>Capacity Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityKey()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPACITY_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacityKey() <em>Capacity Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityKey()
	 * @generated
	 * @ordered
	 */
	protected String capacityKey = CAPACITY_KEY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeAllocatableResourceMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.NODE_ALLOCATABLE_RESOURCE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getAllocationMultiplier() {
		return allocationMultiplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocationMultiplier(Quantity newAllocationMultiplier) {
		Quantity oldAllocationMultiplier = allocationMultiplier;
		allocationMultiplier = newAllocationMultiplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER, oldAllocationMultiplier, allocationMultiplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapacityKey() {
		return capacityKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityKey(String newCapacityKey) {
		String oldCapacityKey = capacityKey;
		capacityKey = newCapacityKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY, oldCapacityKey, capacityKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER:
				return getAllocationMultiplier();
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY:
				return getCapacityKey();
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
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER:
				setAllocationMultiplier((Quantity)newValue);
				return;
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY:
				setCapacityKey((String)newValue);
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
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER:
				setAllocationMultiplier(ALLOCATION_MULTIPLIER_EDEFAULT);
				return;
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY:
				setCapacityKey(CAPACITY_KEY_EDEFAULT);
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
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__ALLOCATION_MULTIPLIER:
				return ALLOCATION_MULTIPLIER_EDEFAULT == null ? allocationMultiplier != null : !ALLOCATION_MULTIPLIER_EDEFAULT.equals(allocationMultiplier);
			case ResourceV1beta2Package.NODE_ALLOCATABLE_RESOURCE_MAPPING__CAPACITY_KEY:
				return CAPACITY_KEY_EDEFAULT == null ? capacityKey != null : !CAPACITY_KEY_EDEFAULT.equals(capacityKey);
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
		result.append(" (allocationMultiplier: ");
		result.append(allocationMultiplier);
		result.append(", capacityKey: ");
		result.append(capacityKey);
		result.append(')');
		return result.toString();
	}

} //NodeAllocatableResourceMappingImpl
