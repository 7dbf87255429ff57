/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ExecAction;
import io.pilothouse.model.k8s.core.v1.HTTPGetAction;
import io.pilothouse.model.k8s.core.v1.LifecycleHandler;
import io.pilothouse.model.k8s.core.v1.SleepAction;
import io.pilothouse.model.k8s.core.v1.TCPSocketAction;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lifecycle Handler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleHandlerImpl#getExec <em>Exec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleHandlerImpl#getHttpGet <em>Http Get</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleHandlerImpl#getSleep <em>Sleep</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LifecycleHandlerImpl#getTcpSocket <em>Tcp Socket</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifecycleHandlerImpl extends MinimalEObjectImpl.Container implements LifecycleHandler {
	/**
	 * The cached value of the '{@link #getExec() <em>Exec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExec()
	 * @generated
	 * @ordered
	 */
	protected ExecAction exec;

	/**
	 * The cached value of the '{@link #getHttpGet() <em>Http Get</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpGet()
	 * @generated
	 * @ordered
	 */
	protected HTTPGetAction httpGet;

	/**
	 * The cached value of the '{@link #getSleep() <em>Sleep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSleep()
	 * @generated
	 * @ordered
	 */
	protected SleepAction sleep;

	/**
	 * The cached value of the '{@link #getTcpSocket() <em>Tcp Socket</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpSocket()
	 * @generated
	 * @ordered
	 */
	protected TCPSocketAction tcpSocket;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifecycleHandlerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.LIFECYCLE_HANDLER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecAction getExec() {
		return exec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExec(ExecAction newExec, NotificationChain msgs) {
		ExecAction oldExec = exec;
		exec = newExec;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__EXEC, oldExec, newExec);
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
	public void setExec(ExecAction newExec) {
		if (newExec != exec) {
			NotificationChain msgs = null;
			if (exec != null)
				msgs = ((InternalEObject)exec).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__EXEC, null, msgs);
			if (newExec != null)
				msgs = ((InternalEObject)newExec).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__EXEC, null, msgs);
			msgs = basicSetExec(newExec, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__EXEC, newExec, newExec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPGetAction getHttpGet() {
		return httpGet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHttpGet(HTTPGetAction newHttpGet, NotificationChain msgs) {
		HTTPGetAction oldHttpGet = httpGet;
		httpGet = newHttpGet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET, oldHttpGet, newHttpGet);
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
	public void setHttpGet(HTTPGetAction newHttpGet) {
		if (newHttpGet != httpGet) {
			NotificationChain msgs = null;
			if (httpGet != null)
				msgs = ((InternalEObject)httpGet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET, null, msgs);
			if (newHttpGet != null)
				msgs = ((InternalEObject)newHttpGet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET, null, msgs);
			msgs = basicSetHttpGet(newHttpGet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET, newHttpGet, newHttpGet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SleepAction getSleep() {
		return sleep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSleep(SleepAction newSleep, NotificationChain msgs) {
		SleepAction oldSleep = sleep;
		sleep = newSleep;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__SLEEP, oldSleep, newSleep);
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
	public void setSleep(SleepAction newSleep) {
		if (newSleep != sleep) {
			NotificationChain msgs = null;
			if (sleep != null)
				msgs = ((InternalEObject)sleep).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__SLEEP, null, msgs);
			if (newSleep != null)
				msgs = ((InternalEObject)newSleep).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__SLEEP, null, msgs);
			msgs = basicSetSleep(newSleep, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__SLEEP, newSleep, newSleep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPSocketAction getTcpSocket() {
		return tcpSocket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTcpSocket(TCPSocketAction newTcpSocket, NotificationChain msgs) {
		TCPSocketAction oldTcpSocket = tcpSocket;
		tcpSocket = newTcpSocket;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET, oldTcpSocket, newTcpSocket);
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
	public void setTcpSocket(TCPSocketAction newTcpSocket) {
		if (newTcpSocket != tcpSocket) {
			NotificationChain msgs = null;
			if (tcpSocket != null)
				msgs = ((InternalEObject)tcpSocket).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET, null, msgs);
			if (newTcpSocket != null)
				msgs = ((InternalEObject)newTcpSocket).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET, null, msgs);
			msgs = basicSetTcpSocket(newTcpSocket, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET, newTcpSocket, newTcpSocket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.LIFECYCLE_HANDLER__EXEC:
				return basicSetExec(null, msgs);
			case CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET:
				return basicSetHttpGet(null, msgs);
			case CoreV1Package.LIFECYCLE_HANDLER__SLEEP:
				return basicSetSleep(null, msgs);
			case CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET:
				return basicSetTcpSocket(null, msgs);
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
			case CoreV1Package.LIFECYCLE_HANDLER__EXEC:
				return getExec();
			case CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET:
				return getHttpGet();
			case CoreV1Package.LIFECYCLE_HANDLER__SLEEP:
				return getSleep();
			case CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET:
				return getTcpSocket();
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
			case CoreV1Package.LIFECYCLE_HANDLER__EXEC:
				setExec((ExecAction)newValue);
				return;
			case CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET:
				setHttpGet((HTTPGetAction)newValue);
				return;
			case CoreV1Package.LIFECYCLE_HANDLER__SLEEP:
				setSleep((SleepAction)newValue);
				return;
			case CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET:
				setTcpSocket((TCPSocketAction)newValue);
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
			case CoreV1Package.LIFECYCLE_HANDLER__EXEC:
				setExec((ExecAction)null);
				return;
			case CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET:
				setHttpGet((HTTPGetAction)null);
				return;
			case CoreV1Package.LIFECYCLE_HANDLER__SLEEP:
				setSleep((SleepAction)null);
				return;
			case CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET:
				setTcpSocket((TCPSocketAction)null);
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
			case CoreV1Package.LIFECYCLE_HANDLER__EXEC:
				return exec != null;
			case CoreV1Package.LIFECYCLE_HANDLER__HTTP_GET:
				return httpGet != null;
			case CoreV1Package.LIFECYCLE_HANDLER__SLEEP:
				return sleep != null;
			case CoreV1Package.LIFECYCLE_HANDLER__TCP_SOCKET:
				return tcpSocket != null;
		}
		return super.eIsSet(featureID);
	}

} //LifecycleHandlerImpl
