/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Lifecycle;
import io.pilothouse.model.k8s.core.v1.LifecycleHandler;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lifecycle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleImpl#getPostStart <em>Post Start</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleImpl#getPreStop <em>Pre Stop</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleImpl#getStopSignal <em>Stop Signal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifecycleImpl extends MinimalEObjectImpl.Container implements Lifecycle {
	/**
	 * The cached value of the '{@link #getPostStart() <em>Post Start</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostStart()
	 * @generated
	 * @ordered
	 */
	protected LifecycleHandler postStart;

	/**
	 * The cached value of the '{@link #getPreStop() <em>Pre Stop</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreStop()
	 * @generated
	 * @ordered
	 */
	protected LifecycleHandler preStop;

	/**
	 * The default value of the '{@link #getStopSignal() <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopSignal()
	 * @generated
	 * @ordered
	 */
	protected static final String STOP_SIGNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStopSignal() <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopSignal()
	 * @generated
	 * @ordered
	 */
	protected String stopSignal = STOP_SIGNAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifecycleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.LIFECYCLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleHandler getPostStart() {
		return postStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPostStart(LifecycleHandler newPostStart, NotificationChain msgs) {
		LifecycleHandler oldPostStart = postStart;
		postStart = newPostStart;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE__POST_START, oldPostStart, newPostStart);
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
	public void setPostStart(LifecycleHandler newPostStart) {
		if (newPostStart != postStart) {
			NotificationChain msgs = null;
			if (postStart != null)
				msgs = ((InternalEObject)postStart).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE__POST_START, null, msgs);
			if (newPostStart != null)
				msgs = ((InternalEObject)newPostStart).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE__POST_START, null, msgs);
			msgs = basicSetPostStart(newPostStart, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE__POST_START, newPostStart, newPostStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleHandler getPreStop() {
		return preStop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreStop(LifecycleHandler newPreStop, NotificationChain msgs) {
		LifecycleHandler oldPreStop = preStop;
		preStop = newPreStop;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE__PRE_STOP, oldPreStop, newPreStop);
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
	public void setPreStop(LifecycleHandler newPreStop) {
		if (newPreStop != preStop) {
			NotificationChain msgs = null;
			if (preStop != null)
				msgs = ((InternalEObject)preStop).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE__PRE_STOP, null, msgs);
			if (newPreStop != null)
				msgs = ((InternalEObject)newPreStop).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE__PRE_STOP, null, msgs);
			msgs = basicSetPreStop(newPreStop, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE__PRE_STOP, newPreStop, newPreStop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStopSignal() {
		return stopSignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopSignal(String newStopSignal) {
		String oldStopSignal = stopSignal;
		stopSignal = newStopSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE__STOP_SIGNAL, oldStopSignal, stopSignal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.LIFECYCLE__POST_START:
				return basicSetPostStart(null, msgs);
			case CoreV1Package.LIFECYCLE__PRE_STOP:
				return basicSetPreStop(null, msgs);
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
			case CoreV1Package.LIFECYCLE__POST_START:
				return getPostStart();
			case CoreV1Package.LIFECYCLE__PRE_STOP:
				return getPreStop();
			case CoreV1Package.LIFECYCLE__STOP_SIGNAL:
				return getStopSignal();
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
			case CoreV1Package.LIFECYCLE__POST_START:
				setPostStart((LifecycleHandler)newValue);
				return;
			case CoreV1Package.LIFECYCLE__PRE_STOP:
				setPreStop((LifecycleHandler)newValue);
				return;
			case CoreV1Package.LIFECYCLE__STOP_SIGNAL:
				setStopSignal((String)newValue);
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
			case CoreV1Package.LIFECYCLE__POST_START:
				setPostStart((LifecycleHandler)null);
				return;
			case CoreV1Package.LIFECYCLE__PRE_STOP:
				setPreStop((LifecycleHandler)null);
				return;
			case CoreV1Package.LIFECYCLE__STOP_SIGNAL:
				setStopSignal(STOP_SIGNAL_EDEFAULT);
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
			case CoreV1Package.LIFECYCLE__POST_START:
				return postStart != null;
			case CoreV1Package.LIFECYCLE__PRE_STOP:
				return preStop != null;
			case CoreV1Package.LIFECYCLE__STOP_SIGNAL:
				return STOP_SIGNAL_EDEFAULT == null ? stopSignal != null : !STOP_SIGNAL_EDEFAULT.equals(stopSignal);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (stopSignal: ");
		result.append(stopSignal);
		result.append(')');
		return result.toString();
	}

} //LifecycleImpl
