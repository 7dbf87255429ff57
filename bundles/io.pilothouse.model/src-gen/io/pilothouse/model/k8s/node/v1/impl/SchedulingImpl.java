/**
 */
package io.pilothouse.model.k8s.node.v1.impl;

import io.pilothouse.model.k8s.core.v1.Toleration;

import io.pilothouse.model.k8s.node.v1.NodeV1Package;
import io.pilothouse.model.k8s.node.v1.Scheduling;

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
 * An implementation of the model object '<em><b>Scheduling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.SchedulingImpl#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.SchedulingImpl#getTolerations <em>Tolerations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchedulingImpl extends MinimalEObjectImpl.Container implements Scheduling {
	/**
	 * The cached value of the '{@link #getNodeSelector() <em>Node Selector</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSelector()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> nodeSelector;

	/**
	 * The cached value of the '{@link #getTolerations() <em>Tolerations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerations()
	 * @generated
	 * @ordered
	 */
	protected EList<Toleration> tolerations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchedulingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NodeV1Package.Literals.SCHEDULING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getNodeSelector() {
		if (nodeSelector == null) {
			nodeSelector = new EcoreEMap<String,String>(NodeV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, NodeV1Package.SCHEDULING__NODE_SELECTOR);
		}
		return nodeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Toleration> getTolerations() {
		if (tolerations == null) {
			tolerations = new EObjectContainmentEList<Toleration>(Toleration.class, this, NodeV1Package.SCHEDULING__TOLERATIONS);
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
			case NodeV1Package.SCHEDULING__NODE_SELECTOR:
				return ((InternalEList<?>)getNodeSelector()).basicRemove(otherEnd, msgs);
			case NodeV1Package.SCHEDULING__TOLERATIONS:
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
			case NodeV1Package.SCHEDULING__NODE_SELECTOR:
				if (coreType) return getNodeSelector();
				else return getNodeSelector().map();
			case NodeV1Package.SCHEDULING__TOLERATIONS:
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
			case NodeV1Package.SCHEDULING__NODE_SELECTOR:
				((EStructuralFeature.Setting)getNodeSelector()).set(newValue);
				return;
			case NodeV1Package.SCHEDULING__TOLERATIONS:
				getTolerations().clear();
				getTolerations().addAll((Collection<? extends Toleration>)newValue);
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
			case NodeV1Package.SCHEDULING__NODE_SELECTOR:
				getNodeSelector().clear();
				return;
			case NodeV1Package.SCHEDULING__TOLERATIONS:
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
			case NodeV1Package.SCHEDULING__NODE_SELECTOR:
				return nodeSelector != null && !nodeSelector.isEmpty();
			case NodeV1Package.SCHEDULING__TOLERATIONS:
				return tolerations != null && !tolerations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SchedulingImpl
