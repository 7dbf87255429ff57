/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cron Job Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getConcurrencyPolicy <em>Concurrency Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getFailedJobsHistoryLimit <em>Failed Jobs History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getJobTemplate <em>Job Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getStartingDeadlineSeconds <em>Starting Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuccessfulJobsHistoryLimit <em>Successful Jobs History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuspend <em>Suspend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getTimeZone <em>Time Zone</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec()
 * @generated
 */
public interface CronJobSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Concurrency Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concurrency Policy</em>' attribute.
	 * @see #setConcurrencyPolicy(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_ConcurrencyPolicy()
	 * @generated
	 */
	String getConcurrencyPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getConcurrencyPolicy <em>Concurrency Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concurrency Policy</em>' attribute.
	 * @see #getConcurrencyPolicy()
	 * @generated
	 */
	void setConcurrencyPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Failed Jobs History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed Jobs History Limit</em>' attribute.
	 * @see #setFailedJobsHistoryLimit(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_FailedJobsHistoryLimit()
	 * @generated
	 */
	Integer getFailedJobsHistoryLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getFailedJobsHistoryLimit <em>Failed Jobs History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Jobs History Limit</em>' attribute.
	 * @see #getFailedJobsHistoryLimit()
	 * @generated
	 */
	void setFailedJobsHistoryLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Job Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Job Template</em>' containment reference.
	 * @see #setJobTemplate(JobTemplateSpec)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_JobTemplate()
	 * @generated
	 */
	JobTemplateSpec getJobTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getJobTemplate <em>Job Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Template</em>' containment reference.
	 * @see #getJobTemplate()
	 * @generated
	 */
	void setJobTemplate(JobTemplateSpec value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see #setSchedule(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_Schedule()
	 * @generated
	 */
	String getSchedule();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(String value);

	/**
	 * Returns the value of the '<em><b>Starting Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Starting Deadline Seconds</em>' attribute.
	 * @see #setStartingDeadlineSeconds(Long)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_StartingDeadlineSeconds()
	 * @generated
	 */
	Long getStartingDeadlineSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getStartingDeadlineSeconds <em>Starting Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starting Deadline Seconds</em>' attribute.
	 * @see #getStartingDeadlineSeconds()
	 * @generated
	 */
	void setStartingDeadlineSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Successful Jobs History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Successful Jobs History Limit</em>' attribute.
	 * @see #setSuccessfulJobsHistoryLimit(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_SuccessfulJobsHistoryLimit()
	 * @generated
	 */
	Integer getSuccessfulJobsHistoryLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuccessfulJobsHistoryLimit <em>Successful Jobs History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successful Jobs History Limit</em>' attribute.
	 * @see #getSuccessfulJobsHistoryLimit()
	 * @generated
	 */
	void setSuccessfulJobsHistoryLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Suspend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suspend</em>' attribute.
	 * @see #setSuspend(Boolean)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_Suspend()
	 * @generated
	 */
	Boolean getSuspend();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuspend <em>Suspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suspend</em>' attribute.
	 * @see #getSuspend()
	 * @generated
	 */
	void setSuspend(Boolean value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobSpec_TimeZone()
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

} // CronJobSpec
