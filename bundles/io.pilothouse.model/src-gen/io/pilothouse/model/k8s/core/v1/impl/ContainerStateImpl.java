/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerState;
import io.pilothouse.model.k8s.core.v1.ContainerStateRunning;
import io.pilothouse.model.k8s.core.v1.ContainerStateTerminated;
import io.pilothouse.model.k8s.core.v1.ContainerStateWaiting;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateImpl#getRunning <em>Running</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateImpl#getTerminated <em>Terminated</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateImpl#getWaiting <em>Waiting</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerStateImpl extends MinimalEObjectImpl.Container implements ContainerState {
	/**
	 * The cached value of the '{@link #getRunning() <em>Running</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunning()
	 * @generated
	 * @ordered
	 */
	protected ContainerStateRunning running;

	/**
	 * The cached value of the '{@link #getTerminated() <em>Terminated</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminated()
	 * @generated
	 * @ordered
	 */
	protected ContainerStateTerminated terminated;

	/**
	 * The cached value of the '{@link #getWaiting() <em>Waiting</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaiting()
	 * @generated
	 * @ordered
	 */
	protected ContainerStateWaiting waiting;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONTAINER_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStateRunning getRunning() {
		return running;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRunning(ContainerStateRunning newRunning, NotificationChain msgs) {
		ContainerStateRunning oldRunning = running;
		running = newRunning;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE__RUNNING, oldRunning, newRunning);
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
	public void setRunning(ContainerStateRunning newRunning) {
		if (newRunning != running) {
			NotificationChain msgs = null;
			if (running != null)
				msgs = ((InternalEObject)running).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATE__RUNNING, null, msgs);
			if (newRunning != null)
				msgs = ((InternalEObject)newRunning).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATE__RUNNING, null, msgs);
			msgs = basicSetRunning(newRunning, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE__RUNNING, newRunning, newRunning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStateTerminated getTerminated() {
		return terminated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTerminated(ContainerStateTerminated newTerminated, NotificationChain msgs) {
		ContainerStateTerminated oldTerminated = terminated;
		terminated = newTerminated;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE__TERMINATED, oldTerminated, newTerminated);
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
	public void setTerminated(ContainerStateTerminated newTerminated) {
		if (newTerminated != terminated) {
			NotificationChain msgs = null;
			if (terminated != null)
				msgs = ((InternalEObject)terminated).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATE__TERMINATED, null, msgs);
			if (newTerminated != null)
				msgs = ((InternalEObject)newTerminated).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATE__TERMINATED, null, msgs);
			msgs = basicSetTerminated(newTerminated, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE__TERMINATED, newTerminated, newTerminated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStateWaiting getWaiting() {
		return waiting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWaiting(ContainerStateWaiting newWaiting, NotificationChain msgs) {
		ContainerStateWaiting oldWaiting = waiting;
		waiting = newWaiting;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE__WAITING, oldWaiting, newWaiting);
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
	public void setWaiting(ContainerStateWaiting newWaiting) {
		if (newWaiting != waiting) {
			NotificationChain msgs = null;
			if (waiting != null)
				msgs = ((InternalEObject)waiting).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATE__WAITING, null, msgs);
			if (newWaiting != null)
				msgs = ((InternalEObject)newWaiting).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATE__WAITING, null, msgs);
			msgs = basicSetWaiting(newWaiting, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE__WAITING, newWaiting, newWaiting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CONTAINER_STATE__RUNNING:
				return basicSetRunning(null, msgs);
			case CoreV1Package.CONTAINER_STATE__TERMINATED:
				return basicSetTerminated(null, msgs);
			case CoreV1Package.CONTAINER_STATE__WAITING:
				return basicSetWaiting(null, msgs);
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
			case CoreV1Package.CONTAINER_STATE__RUNNING:
				return getRunning();
			case CoreV1Package.CONTAINER_STATE__TERMINATED:
				return getTerminated();
			case CoreV1Package.CONTAINER_STATE__WAITING:
				return getWaiting();
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
			case CoreV1Package.CONTAINER_STATE__RUNNING:
				setRunning((ContainerStateRunning)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE__TERMINATED:
				setTerminated((ContainerStateTerminated)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE__WAITING:
				setWaiting((ContainerStateWaiting)newValue);
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
			case CoreV1Package.CONTAINER_STATE__RUNNING:
				setRunning((ContainerStateRunning)null);
				return;
			case CoreV1Package.CONTAINER_STATE__TERMINATED:
				setTerminated((ContainerStateTerminated)null);
				return;
			case CoreV1Package.CONTAINER_STATE__WAITING:
				setWaiting((ContainerStateWaiting)null);
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
			case CoreV1Package.CONTAINER_STATE__RUNNING:
				return running != null;
			case CoreV1Package.CONTAINER_STATE__TERMINATED:
				return terminated != null;
			case CoreV1Package.CONTAINER_STATE__WAITING:
				return waiting != null;
		}
		return super.eIsSet(featureID);
	}

} //ContainerStateImpl
