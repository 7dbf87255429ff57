/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetCondition;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetStatus;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener;

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
 * An implementation of the model object '<em><b>Listener Set Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetStatusImpl#getListeners <em>Listeners</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListenerSetStatusImpl extends MinimalEObjectImpl.Container implements ListenerSetStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<ListenerSetCondition> conditions;

	/**
	 * The cached value of the '{@link #getListeners() <em>Listeners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeners()
	 * @generated
	 * @ordered
	 */
	protected EList<ListenerSetStatusListener> listeners;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListenerSetStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.LISTENER_SET_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListenerSetCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<ListenerSetCondition>(ListenerSetCondition.class, this, GatewayV1Package.LISTENER_SET_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListenerSetStatusListener> getListeners() {
		if (listeners == null) {
			listeners = new EObjectContainmentEList<ListenerSetStatusListener>(ListenerSetStatusListener.class, this, GatewayV1Package.LISTENER_SET_STATUS__LISTENERS);
		}
		return listeners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.LISTENER_SET_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.LISTENER_SET_STATUS__LISTENERS:
				return ((InternalEList<?>)getListeners()).basicRemove(otherEnd, msgs);
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
			case GatewayV1Package.LISTENER_SET_STATUS__CONDITIONS:
				return getConditions();
			case GatewayV1Package.LISTENER_SET_STATUS__LISTENERS:
				return getListeners();
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
			case GatewayV1Package.LISTENER_SET_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends ListenerSetCondition>)newValue);
				return;
			case GatewayV1Package.LISTENER_SET_STATUS__LISTENERS:
				getListeners().clear();
				getListeners().addAll((Collection<? extends ListenerSetStatusListener>)newValue);
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
			case GatewayV1Package.LISTENER_SET_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case GatewayV1Package.LISTENER_SET_STATUS__LISTENERS:
				getListeners().clear();
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
			case GatewayV1Package.LISTENER_SET_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case GatewayV1Package.LISTENER_SET_STATUS__LISTENERS:
				return listeners != null && !listeners.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ListenerSetStatusImpl
