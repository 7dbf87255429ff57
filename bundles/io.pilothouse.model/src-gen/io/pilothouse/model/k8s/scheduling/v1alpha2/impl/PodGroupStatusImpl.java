/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaimStatus;
import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupStatus;
import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Group Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupStatusImpl#getResourceClaimStatuses <em>Resource Claim Statuses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodGroupStatusImpl extends MinimalEObjectImpl.Container implements PodGroupStatus {
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
	 * The cached value of the '{@link #getResourceClaimStatuses() <em>Resource Claim Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<PodGroupResourceClaimStatus> resourceClaimStatuses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodGroupStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.POD_GROUP_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, SchedulingV1alpha2Package.POD_GROUP_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodGroupResourceClaimStatus> getResourceClaimStatuses() {
		if (resourceClaimStatuses == null) {
			resourceClaimStatuses = new EObjectContainmentEList<PodGroupResourceClaimStatus>(PodGroupResourceClaimStatus.class, this, SchedulingV1alpha2Package.POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES);
		}
		return resourceClaimStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES:
				return ((InternalEList<?>)getResourceClaimStatuses()).basicRemove(otherEnd, msgs);
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
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__CONDITIONS:
				return getConditions();
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES:
				return getResourceClaimStatuses();
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
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES:
				getResourceClaimStatuses().clear();
				getResourceClaimStatuses().addAll((Collection<? extends PodGroupResourceClaimStatus>)newValue);
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
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES:
				getResourceClaimStatuses().clear();
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
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case SchedulingV1alpha2Package.POD_GROUP_STATUS__RESOURCE_CLAIM_STATUSES:
				return resourceClaimStatuses != null && !resourceClaimStatuses.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PodGroupStatusImpl
