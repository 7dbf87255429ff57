/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetParentRef;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetSpec;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listener Set Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetSpecImpl#getListeners <em>Listeners</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetSpecImpl#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListenerSetSpecImpl extends MinimalEObjectImpl.Container implements ListenerSetSpec {
	/**
	 * The cached value of the '{@link #getListeners() <em>Listeners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeners()
	 * @generated
	 * @ordered
	 */
	protected EList<ListenerSetSpecListener> listeners;

	/**
	 * The cached value of the '{@link #getParentRef() <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRef()
	 * @generated
	 * @ordered
	 */
	protected ListenerSetParentRef parentRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListenerSetSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.LISTENER_SET_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListenerSetSpecListener> getListeners() {
		if (listeners == null) {
			listeners = new EObjectContainmentEList<ListenerSetSpecListener>(ListenerSetSpecListener.class, this, GatewayV1Package.LISTENER_SET_SPEC__LISTENERS);
		}
		return listeners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetParentRef getParentRef() {
		return parentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentRef(ListenerSetParentRef newParentRef, NotificationChain msgs) {
		ListenerSetParentRef oldParentRef = parentRef;
		parentRef = newParentRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF, oldParentRef, newParentRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentRef(ListenerSetParentRef newParentRef) {
		if (newParentRef != parentRef) {
			NotificationChain msgs = null;
			if (parentRef != null)
				msgs = ((InternalEObject)parentRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF, null, msgs);
			if (newParentRef != null)
				msgs = ((InternalEObject)newParentRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF, null, msgs);
			msgs = basicSetParentRef(newParentRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF, newParentRef, newParentRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.LISTENER_SET_SPEC__LISTENERS:
				return ((InternalEList<?>)getListeners()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF:
				return basicSetParentRef(null, msgs);
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
			case GatewayV1Package.LISTENER_SET_SPEC__LISTENERS:
				return getListeners();
			case GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF:
				return getParentRef();
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
			case GatewayV1Package.LISTENER_SET_SPEC__LISTENERS:
				getListeners().clear();
				getListeners().addAll((Collection<? extends ListenerSetSpecListener>)newValue);
				return;
			case GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF:
				setParentRef((ListenerSetParentRef)newValue);
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
			case GatewayV1Package.LISTENER_SET_SPEC__LISTENERS:
				getListeners().clear();
				return;
			case GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF:
				setParentRef((ListenerSetParentRef)null);
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
			case GatewayV1Package.LISTENER_SET_SPEC__LISTENERS:
				return listeners != null && !listeners.isEmpty();
			case GatewayV1Package.LISTENER_SET_SPEC__PARENT_REF:
				return parentRef != null;
		}
		return super.eIsSet(featureID);
	}

} //ListenerSetSpecImpl
