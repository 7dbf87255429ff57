/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaCondition;
import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flow Schema Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl#getLastTransitionTime <em>Last Transition Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaConditionImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlowSchemaConditionImpl extends MinimalEObjectImpl.Container implements FlowSchemaCondition {
	/**
	 * The default value of the '{@link #getLastTransitionTime() <em>Last Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTransitionTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time LAST_TRANSITION_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastTransitionTime() <em>Last Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTransitionTime()
	 * @generated
	 * @ordered
	 */
	protected Time lastTransitionTime = LAST_TRANSITION_TIME_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowSchemaConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.FLOW_SCHEMA_CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getLastTransitionTime() {
		return lastTransitionTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastTransitionTime(Time newLastTransitionTime) {
		Time oldLastTransitionTime = lastTransitionTime;
		lastTransitionTime = newLastTransitionTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME, oldLastTransitionTime, lastTransitionTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__MESSAGE, oldMessage, message));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME:
				return getLastTransitionTime();
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__MESSAGE:
				return getMessage();
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__REASON:
				return getReason();
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__STATUS:
				return getStatus();
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__TYPE:
				return getType();
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
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME:
				setLastTransitionTime((Time)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__MESSAGE:
				setMessage((String)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__REASON:
				setReason((String)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__STATUS:
				setStatus((String)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__TYPE:
				setType((String)newValue);
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
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME:
				setLastTransitionTime(LAST_TRANSITION_TIME_EDEFAULT);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__TYPE:
				setType(TYPE_EDEFAULT);
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
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__LAST_TRANSITION_TIME:
				return LAST_TRANSITION_TIME_EDEFAULT == null ? lastTransitionTime != null : !LAST_TRANSITION_TIME_EDEFAULT.equals(lastTransitionTime);
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case FlowcontrolV1Package.FLOW_SCHEMA_CONDITION__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (lastTransitionTime: ");
		result.append(lastTransitionTime);
		result.append(", message: ");
		result.append(message);
		result.append(", reason: ");
		result.append(reason);
		result.append(", status: ");
		result.append(status);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //FlowSchemaConditionImpl
