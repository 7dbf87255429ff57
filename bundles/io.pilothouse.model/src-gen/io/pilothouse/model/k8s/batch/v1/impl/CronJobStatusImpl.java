/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJobStatus;

import io.pilothouse.model.k8s.core.v1.ObjectReference;

import io.pilothouse.model.types.Time;

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
 * An implementation of the model object '<em><b>Cron Job Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl#getActive <em>Active</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl#getLastScheduleTime <em>Last Schedule Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl#getLastSuccessfulTime <em>Last Successful Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CronJobStatusImpl extends MinimalEObjectImpl.Container implements CronJobStatus {
	/**
	 * The cached value of the '{@link #getActive() <em>Active</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActive()
	 * @generated
	 * @ordered
	 */
	protected EList<ObjectReference> active;

	/**
	 * The default value of the '{@link #getLastScheduleTime() <em>Last Schedule Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastScheduleTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time LAST_SCHEDULE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastScheduleTime() <em>Last Schedule Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastScheduleTime()
	 * @generated
	 * @ordered
	 */
	protected Time lastScheduleTime = LAST_SCHEDULE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastSuccessfulTime() <em>Last Successful Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSuccessfulTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time LAST_SUCCESSFUL_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastSuccessfulTime() <em>Last Successful Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSuccessfulTime()
	 * @generated
	 * @ordered
	 */
	protected Time lastSuccessfulTime = LAST_SUCCESSFUL_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CronJobStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.CRON_JOB_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ObjectReference> getActive() {
		if (active == null) {
			active = new EObjectContainmentEList<ObjectReference>(ObjectReference.class, this, BatchV1Package.CRON_JOB_STATUS__ACTIVE);
		}
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getLastScheduleTime() {
		return lastScheduleTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastScheduleTime(Time newLastScheduleTime) {
		Time oldLastScheduleTime = lastScheduleTime;
		lastScheduleTime = newLastScheduleTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_STATUS__LAST_SCHEDULE_TIME, oldLastScheduleTime, lastScheduleTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getLastSuccessfulTime() {
		return lastSuccessfulTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSuccessfulTime(Time newLastSuccessfulTime) {
		Time oldLastSuccessfulTime = lastSuccessfulTime;
		lastSuccessfulTime = newLastSuccessfulTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME, oldLastSuccessfulTime, lastSuccessfulTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BatchV1Package.CRON_JOB_STATUS__ACTIVE:
				return ((InternalEList<?>)getActive()).basicRemove(otherEnd, msgs);
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
			case BatchV1Package.CRON_JOB_STATUS__ACTIVE:
				return getActive();
			case BatchV1Package.CRON_JOB_STATUS__LAST_SCHEDULE_TIME:
				return getLastScheduleTime();
			case BatchV1Package.CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME:
				return getLastSuccessfulTime();
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
			case BatchV1Package.CRON_JOB_STATUS__ACTIVE:
				getActive().clear();
				getActive().addAll((Collection<? extends ObjectReference>)newValue);
				return;
			case BatchV1Package.CRON_JOB_STATUS__LAST_SCHEDULE_TIME:
				setLastScheduleTime((Time)newValue);
				return;
			case BatchV1Package.CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME:
				setLastSuccessfulTime((Time)newValue);
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
			case BatchV1Package.CRON_JOB_STATUS__ACTIVE:
				getActive().clear();
				return;
			case BatchV1Package.CRON_JOB_STATUS__LAST_SCHEDULE_TIME:
				setLastScheduleTime(LAST_SCHEDULE_TIME_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME:
				setLastSuccessfulTime(LAST_SUCCESSFUL_TIME_EDEFAULT);
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
			case BatchV1Package.CRON_JOB_STATUS__ACTIVE:
				return active != null && !active.isEmpty();
			case BatchV1Package.CRON_JOB_STATUS__LAST_SCHEDULE_TIME:
				return LAST_SCHEDULE_TIME_EDEFAULT == null ? lastScheduleTime != null : !LAST_SCHEDULE_TIME_EDEFAULT.equals(lastScheduleTime);
			case BatchV1Package.CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME:
				return LAST_SUCCESSFUL_TIME_EDEFAULT == null ? lastSuccessfulTime != null : !LAST_SUCCESSFUL_TIME_EDEFAULT.equals(lastSuccessfulTime);
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
		result.append(" (lastScheduleTime: ");
		result.append(lastScheduleTime);
		result.append(", lastSuccessfulTime: ");
		result.append(lastSuccessfulTime);
		result.append(')');
		return result.toString();
	}

} //CronJobStatusImpl
