/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints;
import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;
import io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint;

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
 * An implementation of the model object '<em><b>Pod Group Scheduling Constraints</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingConstraintsImpl#getTopology <em>Topology</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodGroupSchedulingConstraintsImpl extends MinimalEObjectImpl.Container implements PodGroupSchedulingConstraints {
	/**
	 * The cached value of the '{@link #getTopology() <em>Topology</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopology()
	 * @generated
	 * @ordered
	 */
	protected EList<TopologyConstraint> topology;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodGroupSchedulingConstraintsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.POD_GROUP_SCHEDULING_CONSTRAINTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopologyConstraint> getTopology() {
		if (topology == null) {
			topology = new EObjectContainmentEList<TopologyConstraint>(TopologyConstraint.class, this, SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY);
		}
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY:
				return ((InternalEList<?>)getTopology()).basicRemove(otherEnd, msgs);
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY:
				return getTopology();
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY:
				getTopology().clear();
				getTopology().addAll((Collection<? extends TopologyConstraint>)newValue);
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY:
				getTopology().clear();
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS__TOPOLOGY:
				return topology != null && !topology.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PodGroupSchedulingConstraintsImpl
