/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.VolumeResourceRequirements;

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
 * An implementation of the model object '<em><b>Volume Resource Requirements</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeResourceRequirementsImpl#getLimits <em>Limits</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeResourceRequirementsImpl#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeResourceRequirementsImpl extends MinimalEObjectImpl.Container implements VolumeResourceRequirements {
	/**
	 * The cached value of the '{@link #getLimits() <em>Limits</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimits()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> limits;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> requests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeResourceRequirementsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.VOLUME_RESOURCE_REQUIREMENTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getLimits() {
		if (limits == null) {
			limits = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__LIMITS);
		}
		return limits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getRequests() {
		if (requests == null) {
			requests = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__LIMITS:
				return ((InternalEList<?>)getLimits()).basicRemove(otherEnd, msgs);
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__REQUESTS:
				return ((InternalEList<?>)getRequests()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__LIMITS:
				if (coreType) return getLimits();
				else return getLimits().map();
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__REQUESTS:
				if (coreType) return getRequests();
				else return getRequests().map();
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
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__LIMITS:
				((EStructuralFeature.Setting)getLimits()).set(newValue);
				return;
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__REQUESTS:
				((EStructuralFeature.Setting)getRequests()).set(newValue);
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
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__LIMITS:
				getLimits().clear();
				return;
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__REQUESTS:
				getRequests().clear();
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
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__LIMITS:
				return limits != null && !limits.isEmpty();
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS__REQUESTS:
				return requests != null && !requests.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //VolumeResourceRequirementsImpl
