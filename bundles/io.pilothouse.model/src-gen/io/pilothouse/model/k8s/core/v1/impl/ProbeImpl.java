/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ExecAction;
import io.pilothouse.model.k8s.core.v1.GRPCAction;
import io.pilothouse.model.k8s.core.v1.HTTPGetAction;
import io.pilothouse.model.k8s.core.v1.Probe;
import io.pilothouse.model.k8s.core.v1.TCPSocketAction;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Probe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getExec <em>Exec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getFailureThreshold <em>Failure Threshold</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getGrpc <em>Grpc</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getHttpGet <em>Http Get</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getInitialDelaySeconds <em>Initial Delay Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getPeriodSeconds <em>Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getSuccessThreshold <em>Success Threshold</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getTcpSocket <em>Tcp Socket</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getTerminationGracePeriodSeconds <em>Termination Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProbeImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProbeImpl extends MinimalEObjectImpl.Container implements Probe {
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
	 * The default value of the '{@link #getFailureThreshold() <em>Failure Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FAILURE_THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureThreshold() <em>Failure Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureThreshold()
	 * @generated
	 * @ordered
	 */
	protected Integer failureThreshold = FAILURE_THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrpc() <em>Grpc</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrpc()
	 * @generated
	 * @ordered
	 */
	protected GRPCAction grpc;

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
	 * The default value of the '{@link #getInitialDelaySeconds() <em>Initial Delay Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialDelaySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer INITIAL_DELAY_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialDelaySeconds() <em>Initial Delay Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialDelaySeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer initialDelaySeconds = INITIAL_DELAY_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodSeconds() <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PERIOD_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodSeconds() <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer periodSeconds = PERIOD_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuccessThreshold() <em>Success Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SUCCESS_THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuccessThreshold() <em>Success Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessThreshold()
	 * @generated
	 * @ordered
	 */
	protected Integer successThreshold = SUCCESS_THRESHOLD_EDEFAULT;

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
	 * The default value of the '{@link #getTerminationGracePeriodSeconds() <em>Termination Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerminationGracePeriodSeconds() <em>Termination Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long terminationGracePeriodSeconds = TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TIMEOUT_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProbeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PROBE;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__EXEC, oldExec, newExec);
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
				msgs = ((InternalEObject)exec).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__EXEC, null, msgs);
			if (newExec != null)
				msgs = ((InternalEObject)newExec).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__EXEC, null, msgs);
			msgs = basicSetExec(newExec, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__EXEC, newExec, newExec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFailureThreshold() {
		return failureThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureThreshold(Integer newFailureThreshold) {
		Integer oldFailureThreshold = failureThreshold;
		failureThreshold = newFailureThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__FAILURE_THRESHOLD, oldFailureThreshold, failureThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCAction getGrpc() {
		return grpc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGrpc(GRPCAction newGrpc, NotificationChain msgs) {
		GRPCAction oldGrpc = grpc;
		grpc = newGrpc;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__GRPC, oldGrpc, newGrpc);
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
	public void setGrpc(GRPCAction newGrpc) {
		if (newGrpc != grpc) {
			NotificationChain msgs = null;
			if (grpc != null)
				msgs = ((InternalEObject)grpc).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__GRPC, null, msgs);
			if (newGrpc != null)
				msgs = ((InternalEObject)newGrpc).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__GRPC, null, msgs);
			msgs = basicSetGrpc(newGrpc, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__GRPC, newGrpc, newGrpc));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__HTTP_GET, oldHttpGet, newHttpGet);
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
				msgs = ((InternalEObject)httpGet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__HTTP_GET, null, msgs);
			if (newHttpGet != null)
				msgs = ((InternalEObject)newHttpGet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__HTTP_GET, null, msgs);
			msgs = basicSetHttpGet(newHttpGet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__HTTP_GET, newHttpGet, newHttpGet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getInitialDelaySeconds() {
		return initialDelaySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialDelaySeconds(Integer newInitialDelaySeconds) {
		Integer oldInitialDelaySeconds = initialDelaySeconds;
		initialDelaySeconds = newInitialDelaySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__INITIAL_DELAY_SECONDS, oldInitialDelaySeconds, initialDelaySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPeriodSeconds() {
		return periodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodSeconds(Integer newPeriodSeconds) {
		Integer oldPeriodSeconds = periodSeconds;
		periodSeconds = newPeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__PERIOD_SECONDS, oldPeriodSeconds, periodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSuccessThreshold() {
		return successThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessThreshold(Integer newSuccessThreshold) {
		Integer oldSuccessThreshold = successThreshold;
		successThreshold = newSuccessThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__SUCCESS_THRESHOLD, oldSuccessThreshold, successThreshold));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__TCP_SOCKET, oldTcpSocket, newTcpSocket);
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
				msgs = ((InternalEObject)tcpSocket).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__TCP_SOCKET, null, msgs);
			if (newTcpSocket != null)
				msgs = ((InternalEObject)newTcpSocket).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PROBE__TCP_SOCKET, null, msgs);
			msgs = basicSetTcpSocket(newTcpSocket, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__TCP_SOCKET, newTcpSocket, newTcpSocket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getTerminationGracePeriodSeconds() {
		return terminationGracePeriodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminationGracePeriodSeconds(Long newTerminationGracePeriodSeconds) {
		Long oldTerminationGracePeriodSeconds = terminationGracePeriodSeconds;
		terminationGracePeriodSeconds = newTerminationGracePeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__TERMINATION_GRACE_PERIOD_SECONDS, oldTerminationGracePeriodSeconds, terminationGracePeriodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTimeoutSeconds() {
		return timeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutSeconds(Integer newTimeoutSeconds) {
		Integer oldTimeoutSeconds = timeoutSeconds;
		timeoutSeconds = newTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROBE__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.PROBE__EXEC:
				return basicSetExec(null, msgs);
			case CoreV1Package.PROBE__GRPC:
				return basicSetGrpc(null, msgs);
			case CoreV1Package.PROBE__HTTP_GET:
				return basicSetHttpGet(null, msgs);
			case CoreV1Package.PROBE__TCP_SOCKET:
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
			case CoreV1Package.PROBE__EXEC:
				return getExec();
			case CoreV1Package.PROBE__FAILURE_THRESHOLD:
				return getFailureThreshold();
			case CoreV1Package.PROBE__GRPC:
				return getGrpc();
			case CoreV1Package.PROBE__HTTP_GET:
				return getHttpGet();
			case CoreV1Package.PROBE__INITIAL_DELAY_SECONDS:
				return getInitialDelaySeconds();
			case CoreV1Package.PROBE__PERIOD_SECONDS:
				return getPeriodSeconds();
			case CoreV1Package.PROBE__SUCCESS_THRESHOLD:
				return getSuccessThreshold();
			case CoreV1Package.PROBE__TCP_SOCKET:
				return getTcpSocket();
			case CoreV1Package.PROBE__TERMINATION_GRACE_PERIOD_SECONDS:
				return getTerminationGracePeriodSeconds();
			case CoreV1Package.PROBE__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
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
			case CoreV1Package.PROBE__EXEC:
				setExec((ExecAction)newValue);
				return;
			case CoreV1Package.PROBE__FAILURE_THRESHOLD:
				setFailureThreshold((Integer)newValue);
				return;
			case CoreV1Package.PROBE__GRPC:
				setGrpc((GRPCAction)newValue);
				return;
			case CoreV1Package.PROBE__HTTP_GET:
				setHttpGet((HTTPGetAction)newValue);
				return;
			case CoreV1Package.PROBE__INITIAL_DELAY_SECONDS:
				setInitialDelaySeconds((Integer)newValue);
				return;
			case CoreV1Package.PROBE__PERIOD_SECONDS:
				setPeriodSeconds((Integer)newValue);
				return;
			case CoreV1Package.PROBE__SUCCESS_THRESHOLD:
				setSuccessThreshold((Integer)newValue);
				return;
			case CoreV1Package.PROBE__TCP_SOCKET:
				setTcpSocket((TCPSocketAction)newValue);
				return;
			case CoreV1Package.PROBE__TERMINATION_GRACE_PERIOD_SECONDS:
				setTerminationGracePeriodSeconds((Long)newValue);
				return;
			case CoreV1Package.PROBE__TIMEOUT_SECONDS:
				setTimeoutSeconds((Integer)newValue);
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
			case CoreV1Package.PROBE__EXEC:
				setExec((ExecAction)null);
				return;
			case CoreV1Package.PROBE__FAILURE_THRESHOLD:
				setFailureThreshold(FAILURE_THRESHOLD_EDEFAULT);
				return;
			case CoreV1Package.PROBE__GRPC:
				setGrpc((GRPCAction)null);
				return;
			case CoreV1Package.PROBE__HTTP_GET:
				setHttpGet((HTTPGetAction)null);
				return;
			case CoreV1Package.PROBE__INITIAL_DELAY_SECONDS:
				setInitialDelaySeconds(INITIAL_DELAY_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.PROBE__PERIOD_SECONDS:
				setPeriodSeconds(PERIOD_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.PROBE__SUCCESS_THRESHOLD:
				setSuccessThreshold(SUCCESS_THRESHOLD_EDEFAULT);
				return;
			case CoreV1Package.PROBE__TCP_SOCKET:
				setTcpSocket((TCPSocketAction)null);
				return;
			case CoreV1Package.PROBE__TERMINATION_GRACE_PERIOD_SECONDS:
				setTerminationGracePeriodSeconds(TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.PROBE__TIMEOUT_SECONDS:
				setTimeoutSeconds(TIMEOUT_SECONDS_EDEFAULT);
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
			case CoreV1Package.PROBE__EXEC:
				return exec != null;
			case CoreV1Package.PROBE__FAILURE_THRESHOLD:
				return FAILURE_THRESHOLD_EDEFAULT == null ? failureThreshold != null : !FAILURE_THRESHOLD_EDEFAULT.equals(failureThreshold);
			case CoreV1Package.PROBE__GRPC:
				return grpc != null;
			case CoreV1Package.PROBE__HTTP_GET:
				return httpGet != null;
			case CoreV1Package.PROBE__INITIAL_DELAY_SECONDS:
				return INITIAL_DELAY_SECONDS_EDEFAULT == null ? initialDelaySeconds != null : !INITIAL_DELAY_SECONDS_EDEFAULT.equals(initialDelaySeconds);
			case CoreV1Package.PROBE__PERIOD_SECONDS:
				return PERIOD_SECONDS_EDEFAULT == null ? periodSeconds != null : !PERIOD_SECONDS_EDEFAULT.equals(periodSeconds);
			case CoreV1Package.PROBE__SUCCESS_THRESHOLD:
				return SUCCESS_THRESHOLD_EDEFAULT == null ? successThreshold != null : !SUCCESS_THRESHOLD_EDEFAULT.equals(successThreshold);
			case CoreV1Package.PROBE__TCP_SOCKET:
				return tcpSocket != null;
			case CoreV1Package.PROBE__TERMINATION_GRACE_PERIOD_SECONDS:
				return TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT == null ? terminationGracePeriodSeconds != null : !TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT.equals(terminationGracePeriodSeconds);
			case CoreV1Package.PROBE__TIMEOUT_SECONDS:
				return TIMEOUT_SECONDS_EDEFAULT == null ? timeoutSeconds != null : !TIMEOUT_SECONDS_EDEFAULT.equals(timeoutSeconds);
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
		result.append(" (failureThreshold: ");
		result.append(failureThreshold);
		result.append(", initialDelaySeconds: ");
		result.append(initialDelaySeconds);
		result.append(", periodSeconds: ");
		result.append(periodSeconds);
		result.append(", successThreshold: ");
		result.append(successThreshold);
		result.append(", terminationGracePeriodSeconds: ");
		result.append(terminationGracePeriodSeconds);
		result.append(", timeoutSeconds: ");
		result.append(timeoutSeconds);
		result.append(')');
		return result.toString();
	}

} //ProbeImpl
