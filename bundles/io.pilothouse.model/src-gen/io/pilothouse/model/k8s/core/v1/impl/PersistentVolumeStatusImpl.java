/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persistent Volume Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeStatusImpl#getLastPhaseTransitionTime <em>Last Phase Transition Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeStatusImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeStatusImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeStatusImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersistentVolumeStatusImpl extends MinimalEObjectImpl.Container implements PersistentVolumeStatus {
	/**
	 * The default value of the '{@link #getLastPhaseTransitionTime() <em>Last Phase Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPhaseTransitionTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time LAST_PHASE_TRANSITION_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastPhaseTransitionTime() <em>Last Phase Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPhaseTransitionTime()
	 * @generated
	 * @ordered
	 */
	protected Time lastPhaseTransitionTime = LAST_PHASE_TRANSITION_TIME_EDEFAULT;

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
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersistentVolumeStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PERSISTENT_VOLUME_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getLastPhaseTransitionTime() {
		return lastPhaseTransitionTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastPhaseTransitionTime(Time newLastPhaseTransitionTime) {
		Time oldLastPhaseTransitionTime = lastPhaseTransitionTime;
		lastPhaseTransitionTime = newLastPhaseTransitionTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_STATUS__LAST_PHASE_TRANSITION_TIME, oldLastPhaseTransitionTime, lastPhaseTransitionTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_STATUS__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_STATUS__PHASE, oldPhase, phase));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_STATUS__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__LAST_PHASE_TRANSITION_TIME:
				return getLastPhaseTransitionTime();
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__MESSAGE:
				return getMessage();
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__PHASE:
				return getPhase();
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__REASON:
				return getReason();
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
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__LAST_PHASE_TRANSITION_TIME:
				setLastPhaseTransitionTime((Time)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__MESSAGE:
				setMessage((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__PHASE:
				setPhase((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__REASON:
				setReason((String)newValue);
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
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__LAST_PHASE_TRANSITION_TIME:
				setLastPhaseTransitionTime(LAST_PHASE_TRANSITION_TIME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__REASON:
				setReason(REASON_EDEFAULT);
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
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__LAST_PHASE_TRANSITION_TIME:
				return LAST_PHASE_TRANSITION_TIME_EDEFAULT == null ? lastPhaseTransitionTime != null : !LAST_PHASE_TRANSITION_TIME_EDEFAULT.equals(lastPhaseTransitionTime);
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
			case CoreV1Package.PERSISTENT_VOLUME_STATUS__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (lastPhaseTransitionTime: ");
		result.append(lastPhaseTransitionTime);
		result.append(", message: ");
		result.append(message);
		result.append(", phase: ");
		result.append(phase);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //PersistentVolumeStatusImpl
