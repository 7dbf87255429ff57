/**
 */
package io.pilothouse.model.k8s.node.v1.impl;

import io.pilothouse.model.k8s.node.v1.NodeV1Package;
import io.pilothouse.model.k8s.node.v1.Overhead;

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
 * An implementation of the model object '<em><b>Overhead</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.OverheadImpl#getPodFixed <em>Pod Fixed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OverheadImpl extends MinimalEObjectImpl.Container implements Overhead {
	/**
	 * The cached value of the '{@link #getPodFixed() <em>Pod Fixed</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodFixed()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> podFixed;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OverheadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NodeV1Package.Literals.OVERHEAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getPodFixed() {
		if (podFixed == null) {
			podFixed = new EcoreEMap<String,Quantity>(NodeV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, NodeV1Package.OVERHEAD__POD_FIXED);
		}
		return podFixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NodeV1Package.OVERHEAD__POD_FIXED:
				return ((InternalEList<?>)getPodFixed()).basicRemove(otherEnd, msgs);
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
			case NodeV1Package.OVERHEAD__POD_FIXED:
				if (coreType) return getPodFixed();
				else return getPodFixed().map();
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
			case NodeV1Package.OVERHEAD__POD_FIXED:
				((EStructuralFeature.Setting)getPodFixed()).set(newValue);
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
			case NodeV1Package.OVERHEAD__POD_FIXED:
				getPodFixed().clear();
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
			case NodeV1Package.OVERHEAD__POD_FIXED:
				return podFixed != null && !podFixed.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //OverheadImpl
