/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerStateTerminated;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container State Terminated</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getContainerID <em>Container ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getSignal <em>Signal</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStateTerminatedImpl#getStartedAt <em>Started At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerStateTerminatedImpl extends MinimalEObjectImpl.Container implements ContainerStateTerminated {
	/**
	 * The default value of the '{@link #getContainerID() <em>Container ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerID()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerID() <em>Container ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerID()
	 * @generated
	 * @ordered
	 */
	protected String containerID = CONTAINER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected Integer exitCode = EXIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Time FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected Time finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignal() <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SIGNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignal() <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected Integer signal = SIGNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Time STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Time startedAt = STARTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerStateTerminatedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONTAINER_STATE_TERMINATED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerID() {
		return containerID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerID(String newContainerID) {
		String oldContainerID = containerID;
		containerID = newContainerID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__CONTAINER_ID, oldContainerID, containerID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExitCode() {
		return exitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitCode(Integer newExitCode) {
		Integer oldExitCode = exitCode;
		exitCode = newExitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__EXIT_CODE, oldExitCode, exitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Time newFinishedAt) {
		Time oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSignal() {
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignal(Integer newSignal) {
		Integer oldSignal = signal;
		signal = newSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__SIGNAL, oldSignal, signal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Time newStartedAt) {
		Time oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATE_TERMINATED__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.CONTAINER_STATE_TERMINATED__CONTAINER_ID:
				return getContainerID();
			case CoreV1Package.CONTAINER_STATE_TERMINATED__EXIT_CODE:
				return getExitCode();
			case CoreV1Package.CONTAINER_STATE_TERMINATED__FINISHED_AT:
				return getFinishedAt();
			case CoreV1Package.CONTAINER_STATE_TERMINATED__MESSAGE:
				return getMessage();
			case CoreV1Package.CONTAINER_STATE_TERMINATED__REASON:
				return getReason();
			case CoreV1Package.CONTAINER_STATE_TERMINATED__SIGNAL:
				return getSignal();
			case CoreV1Package.CONTAINER_STATE_TERMINATED__STARTED_AT:
				return getStartedAt();
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
			case CoreV1Package.CONTAINER_STATE_TERMINATED__CONTAINER_ID:
				setContainerID((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__EXIT_CODE:
				setExitCode((Integer)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__FINISHED_AT:
				setFinishedAt((Time)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__MESSAGE:
				setMessage((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__REASON:
				setReason((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__SIGNAL:
				setSignal((Integer)newValue);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__STARTED_AT:
				setStartedAt((Time)newValue);
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
			case CoreV1Package.CONTAINER_STATE_TERMINATED__CONTAINER_ID:
				setContainerID(CONTAINER_ID_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__EXIT_CODE:
				setExitCode(EXIT_CODE_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__SIGNAL:
				setSignal(SIGNAL_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATE_TERMINATED__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
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
			case CoreV1Package.CONTAINER_STATE_TERMINATED__CONTAINER_ID:
				return CONTAINER_ID_EDEFAULT == null ? containerID != null : !CONTAINER_ID_EDEFAULT.equals(containerID);
			case CoreV1Package.CONTAINER_STATE_TERMINATED__EXIT_CODE:
				return EXIT_CODE_EDEFAULT == null ? exitCode != null : !EXIT_CODE_EDEFAULT.equals(exitCode);
			case CoreV1Package.CONTAINER_STATE_TERMINATED__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case CoreV1Package.CONTAINER_STATE_TERMINATED__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case CoreV1Package.CONTAINER_STATE_TERMINATED__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CoreV1Package.CONTAINER_STATE_TERMINATED__SIGNAL:
				return SIGNAL_EDEFAULT == null ? signal != null : !SIGNAL_EDEFAULT.equals(signal);
			case CoreV1Package.CONTAINER_STATE_TERMINATED__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
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
		result.append(" (containerID: ");
		result.append(containerID);
		result.append(", exitCode: ");
		result.append(exitCode);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", message: ");
		result.append(message);
		result.append(", reason: ");
		result.append(reason);
		result.append(", signal: ");
		result.append(signal);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(')');
		return result.toString();
	}

} //ContainerStateTerminatedImpl
