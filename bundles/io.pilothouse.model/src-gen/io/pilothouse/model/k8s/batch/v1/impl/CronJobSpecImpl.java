/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJobSpec;
import io.pilothouse.model.k8s.batch.v1.JobTemplateSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cron Job Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getConcurrencyPolicy <em>Concurrency Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getFailedJobsHistoryLimit <em>Failed Jobs History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getJobTemplate <em>Job Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getStartingDeadlineSeconds <em>Starting Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getSuccessfulJobsHistoryLimit <em>Successful Jobs History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getSuspend <em>Suspend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl#getTimeZone <em>Time Zone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CronJobSpecImpl extends MinimalEObjectImpl.Container implements CronJobSpec {
	/**
	 * The default value of the '{@link #getConcurrencyPolicy() <em>Concurrency Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcurrencyPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String CONCURRENCY_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConcurrencyPolicy() <em>Concurrency Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcurrencyPolicy()
	 * @generated
	 * @ordered
	 */
	protected String concurrencyPolicy = CONCURRENCY_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailedJobsHistoryLimit() <em>Failed Jobs History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedJobsHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FAILED_JOBS_HISTORY_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailedJobsHistoryLimit() <em>Failed Jobs History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedJobsHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer failedJobsHistoryLimit = FAILED_JOBS_HISTORY_LIMIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJobTemplate() <em>Job Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTemplate()
	 * @generated
	 * @ordered
	 */
	protected JobTemplateSpec jobTemplate;

	/**
	 * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEDULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected String schedule = SCHEDULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartingDeadlineSeconds() <em>Starting Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartingDeadlineSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long STARTING_DEADLINE_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartingDeadlineSeconds() <em>Starting Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartingDeadlineSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long startingDeadlineSeconds = STARTING_DEADLINE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuccessfulJobsHistoryLimit() <em>Successful Jobs History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessfulJobsHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SUCCESSFUL_JOBS_HISTORY_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuccessfulJobsHistoryLimit() <em>Successful Jobs History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessfulJobsHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer successfulJobsHistoryLimit = SUCCESSFUL_JOBS_HISTORY_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuspend() <em>Suspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspend()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SUSPEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuspend() <em>Suspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspend()
	 * @generated
	 * @ordered
	 */
	protected Boolean suspend = SUSPEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CronJobSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.CRON_JOB_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConcurrencyPolicy() {
		return concurrencyPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcurrencyPolicy(String newConcurrencyPolicy) {
		String oldConcurrencyPolicy = concurrencyPolicy;
		concurrencyPolicy = newConcurrencyPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__CONCURRENCY_POLICY, oldConcurrencyPolicy, concurrencyPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFailedJobsHistoryLimit() {
		return failedJobsHistoryLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedJobsHistoryLimit(Integer newFailedJobsHistoryLimit) {
		Integer oldFailedJobsHistoryLimit = failedJobsHistoryLimit;
		failedJobsHistoryLimit = newFailedJobsHistoryLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT, oldFailedJobsHistoryLimit, failedJobsHistoryLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobTemplateSpec getJobTemplate() {
		return jobTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetJobTemplate(JobTemplateSpec newJobTemplate, NotificationChain msgs) {
		JobTemplateSpec oldJobTemplate = jobTemplate;
		jobTemplate = newJobTemplate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE, oldJobTemplate, newJobTemplate);
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
	public void setJobTemplate(JobTemplateSpec newJobTemplate) {
		if (newJobTemplate != jobTemplate) {
			NotificationChain msgs = null;
			if (jobTemplate != null)
				msgs = ((InternalEObject)jobTemplate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE, null, msgs);
			if (newJobTemplate != null)
				msgs = ((InternalEObject)newJobTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE, null, msgs);
			msgs = basicSetJobTemplate(newJobTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE, newJobTemplate, newJobTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(String newSchedule) {
		String oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__SCHEDULE, oldSchedule, schedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getStartingDeadlineSeconds() {
		return startingDeadlineSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartingDeadlineSeconds(Long newStartingDeadlineSeconds) {
		Long oldStartingDeadlineSeconds = startingDeadlineSeconds;
		startingDeadlineSeconds = newStartingDeadlineSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS, oldStartingDeadlineSeconds, startingDeadlineSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSuccessfulJobsHistoryLimit() {
		return successfulJobsHistoryLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessfulJobsHistoryLimit(Integer newSuccessfulJobsHistoryLimit) {
		Integer oldSuccessfulJobsHistoryLimit = successfulJobsHistoryLimit;
		successfulJobsHistoryLimit = newSuccessfulJobsHistoryLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT, oldSuccessfulJobsHistoryLimit, successfulJobsHistoryLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSuspend() {
		return suspend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuspend(Boolean newSuspend) {
		Boolean oldSuspend = suspend;
		suspend = newSuspend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__SUSPEND, oldSuspend, suspend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.CRON_JOB_SPEC__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE:
				return basicSetJobTemplate(null, msgs);
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
			case BatchV1Package.CRON_JOB_SPEC__CONCURRENCY_POLICY:
				return getConcurrencyPolicy();
			case BatchV1Package.CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT:
				return getFailedJobsHistoryLimit();
			case BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE:
				return getJobTemplate();
			case BatchV1Package.CRON_JOB_SPEC__SCHEDULE:
				return getSchedule();
			case BatchV1Package.CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS:
				return getStartingDeadlineSeconds();
			case BatchV1Package.CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT:
				return getSuccessfulJobsHistoryLimit();
			case BatchV1Package.CRON_JOB_SPEC__SUSPEND:
				return getSuspend();
			case BatchV1Package.CRON_JOB_SPEC__TIME_ZONE:
				return getTimeZone();
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
			case BatchV1Package.CRON_JOB_SPEC__CONCURRENCY_POLICY:
				setConcurrencyPolicy((String)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT:
				setFailedJobsHistoryLimit((Integer)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE:
				setJobTemplate((JobTemplateSpec)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__SCHEDULE:
				setSchedule((String)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS:
				setStartingDeadlineSeconds((Long)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT:
				setSuccessfulJobsHistoryLimit((Integer)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__SUSPEND:
				setSuspend((Boolean)newValue);
				return;
			case BatchV1Package.CRON_JOB_SPEC__TIME_ZONE:
				setTimeZone((String)newValue);
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
			case BatchV1Package.CRON_JOB_SPEC__CONCURRENCY_POLICY:
				setConcurrencyPolicy(CONCURRENCY_POLICY_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT:
				setFailedJobsHistoryLimit(FAILED_JOBS_HISTORY_LIMIT_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE:
				setJobTemplate((JobTemplateSpec)null);
				return;
			case BatchV1Package.CRON_JOB_SPEC__SCHEDULE:
				setSchedule(SCHEDULE_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS:
				setStartingDeadlineSeconds(STARTING_DEADLINE_SECONDS_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT:
				setSuccessfulJobsHistoryLimit(SUCCESSFUL_JOBS_HISTORY_LIMIT_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_SPEC__SUSPEND:
				setSuspend(SUSPEND_EDEFAULT);
				return;
			case BatchV1Package.CRON_JOB_SPEC__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
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
			case BatchV1Package.CRON_JOB_SPEC__CONCURRENCY_POLICY:
				return CONCURRENCY_POLICY_EDEFAULT == null ? concurrencyPolicy != null : !CONCURRENCY_POLICY_EDEFAULT.equals(concurrencyPolicy);
			case BatchV1Package.CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT:
				return FAILED_JOBS_HISTORY_LIMIT_EDEFAULT == null ? failedJobsHistoryLimit != null : !FAILED_JOBS_HISTORY_LIMIT_EDEFAULT.equals(failedJobsHistoryLimit);
			case BatchV1Package.CRON_JOB_SPEC__JOB_TEMPLATE:
				return jobTemplate != null;
			case BatchV1Package.CRON_JOB_SPEC__SCHEDULE:
				return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
			case BatchV1Package.CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS:
				return STARTING_DEADLINE_SECONDS_EDEFAULT == null ? startingDeadlineSeconds != null : !STARTING_DEADLINE_SECONDS_EDEFAULT.equals(startingDeadlineSeconds);
			case BatchV1Package.CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT:
				return SUCCESSFUL_JOBS_HISTORY_LIMIT_EDEFAULT == null ? successfulJobsHistoryLimit != null : !SUCCESSFUL_JOBS_HISTORY_LIMIT_EDEFAULT.equals(successfulJobsHistoryLimit);
			case BatchV1Package.CRON_JOB_SPEC__SUSPEND:
				return SUSPEND_EDEFAULT == null ? suspend != null : !SUSPEND_EDEFAULT.equals(suspend);
			case BatchV1Package.CRON_JOB_SPEC__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
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
		result.append(" (concurrencyPolicy: ");
		result.append(concurrencyPolicy);
		result.append(", failedJobsHistoryLimit: ");
		result.append(failedJobsHistoryLimit);
		result.append(", schedule: ");
		result.append(schedule);
		result.append(", startingDeadlineSeconds: ");
		result.append(startingDeadlineSeconds);
		result.append(", successfulJobsHistoryLimit: ");
		result.append(successfulJobsHistoryLimit);
		result.append(", suspend: ");
		result.append(suspend);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //CronJobSpecImpl
