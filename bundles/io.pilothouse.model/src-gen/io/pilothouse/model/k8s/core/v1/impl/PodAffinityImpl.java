/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodAffinity;
import io.pilothouse.model.k8s.core.v1.PodAffinityTerm;
import io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm;

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
 * An implementation of the model object '<em><b>Pod Affinity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityImpl#getPreferredDuringSchedulingIgnoredDuringExecution <em>Preferred During Scheduling Ignored During Execution</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityImpl#getRequiredDuringSchedulingIgnoredDuringExecution <em>Required During Scheduling Ignored During Execution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodAffinityImpl extends MinimalEObjectImpl.Container implements PodAffinity {
	/**
	 * The cached value of the '{@link #getPreferredDuringSchedulingIgnoredDuringExecution() <em>Preferred During Scheduling Ignored During Execution</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 * @ordered
	 */
	protected EList<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution;

	/**
	 * The cached value of the '{@link #getRequiredDuringSchedulingIgnoredDuringExecution() <em>Required During Scheduling Ignored During Execution</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 * @ordered
	 */
	protected EList<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodAffinityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_AFFINITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WeightedPodAffinityTerm> getPreferredDuringSchedulingIgnoredDuringExecution() {
		if (preferredDuringSchedulingIgnoredDuringExecution == null) {
			preferredDuringSchedulingIgnoredDuringExecution = new EObjectContainmentEList<WeightedPodAffinityTerm>(WeightedPodAffinityTerm.class, this, CoreV1Package.POD_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION);
		}
		return preferredDuringSchedulingIgnoredDuringExecution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodAffinityTerm> getRequiredDuringSchedulingIgnoredDuringExecution() {
		if (requiredDuringSchedulingIgnoredDuringExecution == null) {
			requiredDuringSchedulingIgnoredDuringExecution = new EObjectContainmentEList<PodAffinityTerm>(PodAffinityTerm.class, this, CoreV1Package.POD_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION);
		}
		return requiredDuringSchedulingIgnoredDuringExecution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return ((InternalEList<?>)getPreferredDuringSchedulingIgnoredDuringExecution()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return ((InternalEList<?>)getRequiredDuringSchedulingIgnoredDuringExecution()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.POD_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return getPreferredDuringSchedulingIgnoredDuringExecution();
			case CoreV1Package.POD_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return getRequiredDuringSchedulingIgnoredDuringExecution();
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
			case CoreV1Package.POD_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				getPreferredDuringSchedulingIgnoredDuringExecution().clear();
				getPreferredDuringSchedulingIgnoredDuringExecution().addAll((Collection<? extends WeightedPodAffinityTerm>)newValue);
				return;
			case CoreV1Package.POD_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				getRequiredDuringSchedulingIgnoredDuringExecution().clear();
				getRequiredDuringSchedulingIgnoredDuringExecution().addAll((Collection<? extends PodAffinityTerm>)newValue);
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
			case CoreV1Package.POD_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				getPreferredDuringSchedulingIgnoredDuringExecution().clear();
				return;
			case CoreV1Package.POD_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				getRequiredDuringSchedulingIgnoredDuringExecution().clear();
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
			case CoreV1Package.POD_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return preferredDuringSchedulingIgnoredDuringExecution != null && !preferredDuringSchedulingIgnoredDuringExecution.isEmpty();
			case CoreV1Package.POD_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return requiredDuringSchedulingIgnoredDuringExecution != null && !requiredDuringSchedulingIgnoredDuringExecution.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PodAffinityImpl
