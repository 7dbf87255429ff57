/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceQuotaStatus;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Quota Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceQuotaStatusImpl#getHard <em>Hard</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceQuotaStatusImpl#getUsed <em>Used</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceQuotaStatusImpl extends MinimalEObjectImpl.Container implements ResourceQuotaStatus {
	/**
	 * The cached value of the '{@link #getHard() <em>Hard</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHard()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> hard;

	/**
	 * The cached value of the '{@link #getUsed() <em>Used</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsed()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> used;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceQuotaStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.RESOURCE_QUOTA_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getHard() {
		if (hard == null) {
			hard = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.RESOURCE_QUOTA_STATUS__HARD);
		}
		return hard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getUsed() {
		if (used == null) {
			used = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.RESOURCE_QUOTA_STATUS__USED);
		}
		return used;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.RESOURCE_QUOTA_STATUS__HARD:
				return ((InternalEList<?>)getHard()).basicRemove(otherEnd, msgs);
			case CoreV1Package.RESOURCE_QUOTA_STATUS__USED:
				return ((InternalEList<?>)getUsed()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.RESOURCE_QUOTA_STATUS__HARD:
				if (coreType) return getHard();
				else return getHard().map();
			case CoreV1Package.RESOURCE_QUOTA_STATUS__USED:
				if (coreType) return getUsed();
				else return getUsed().map();
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
			case CoreV1Package.RESOURCE_QUOTA_STATUS__HARD:
				((EStructuralFeature.Setting)getHard()).set(newValue);
				return;
			case CoreV1Package.RESOURCE_QUOTA_STATUS__USED:
				((EStructuralFeature.Setting)getUsed()).set(newValue);
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
			case CoreV1Package.RESOURCE_QUOTA_STATUS__HARD:
				getHard().clear();
				return;
			case CoreV1Package.RESOURCE_QUOTA_STATUS__USED:
				getUsed().clear();
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
			case CoreV1Package.RESOURCE_QUOTA_STATUS__HARD:
				return hard != null && !hard.isEmpty();
			case CoreV1Package.RESOURCE_QUOTA_STATUS__USED:
				return used != null && !used.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ResourceQuotaStatusImpl
