/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceClaim;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Requirements</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceRequirementsImpl#getClaims <em>Claims</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceRequirementsImpl#getLimits <em>Limits</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceRequirementsImpl#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceRequirementsImpl extends MinimalEObjectImpl.Container implements ResourceRequirements {
	/**
	 * The cached value of the '{@link #getClaims() <em>Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceClaim> claims;

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
	protected ResourceRequirementsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.RESOURCE_REQUIREMENTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceClaim> getClaims() {
		if (claims == null) {
			claims = new EObjectContainmentEList<ResourceClaim>(ResourceClaim.class, this, CoreV1Package.RESOURCE_REQUIREMENTS__CLAIMS);
		}
		return claims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getLimits() {
		if (limits == null) {
			limits = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.RESOURCE_REQUIREMENTS__LIMITS);
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
			requests = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.RESOURCE_REQUIREMENTS__REQUESTS);
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
			case CoreV1Package.RESOURCE_REQUIREMENTS__CLAIMS:
				return ((InternalEList<?>)getClaims()).basicRemove(otherEnd, msgs);
			case CoreV1Package.RESOURCE_REQUIREMENTS__LIMITS:
				return ((InternalEList<?>)getLimits()).basicRemove(otherEnd, msgs);
			case CoreV1Package.RESOURCE_REQUIREMENTS__REQUESTS:
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
			case CoreV1Package.RESOURCE_REQUIREMENTS__CLAIMS:
				return getClaims();
			case CoreV1Package.RESOURCE_REQUIREMENTS__LIMITS:
				if (coreType) return getLimits();
				else return getLimits().map();
			case CoreV1Package.RESOURCE_REQUIREMENTS__REQUESTS:
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
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.RESOURCE_REQUIREMENTS__CLAIMS:
				getClaims().clear();
				getClaims().addAll((Collection<? extends ResourceClaim>)newValue);
				return;
			case CoreV1Package.RESOURCE_REQUIREMENTS__LIMITS:
				((EStructuralFeature.Setting)getLimits()).set(newValue);
				return;
			case CoreV1Package.RESOURCE_REQUIREMENTS__REQUESTS:
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
			case CoreV1Package.RESOURCE_REQUIREMENTS__CLAIMS:
				getClaims().clear();
				return;
			case CoreV1Package.RESOURCE_REQUIREMENTS__LIMITS:
				getLimits().clear();
				return;
			case CoreV1Package.RESOURCE_REQUIREMENTS__REQUESTS:
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
			case CoreV1Package.RESOURCE_REQUIREMENTS__CLAIMS:
				return claims != null && !claims.isEmpty();
			case CoreV1Package.RESOURCE_REQUIREMENTS__LIMITS:
				return limits != null && !limits.isEmpty();
			case CoreV1Package.RESOURCE_REQUIREMENTS__REQUESTS:
				return requests != null && !requests.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ResourceRequirementsImpl
