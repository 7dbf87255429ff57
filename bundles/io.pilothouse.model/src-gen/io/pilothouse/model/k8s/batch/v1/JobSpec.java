/**
 */
package io.pilothouse.model.k8s.batch.v1;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimit <em>Backoff Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimitPerIndex <em>Backoff Limit Per Index</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletionMode <em>Completion Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletions <em>Completions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getManagedBy <em>Managed By</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getManualSelector <em>Manual Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getMaxFailedIndexes <em>Max Failed Indexes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getParallelism <em>Parallelism</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getPodFailurePolicy <em>Pod Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getPodReplacementPolicy <em>Pod Replacement Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSuccessPolicy <em>Success Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSuspend <em>Suspend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getTemplate <em>Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getTtlSecondsAfterFinished <em>Ttl Seconds After Finished</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec()
 * @generated
 */
public interface JobSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Active Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Deadline Seconds</em>' attribute.
	 * @see #setActiveDeadlineSeconds(Long)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_ActiveDeadlineSeconds()
	 * @generated
	 */
	Long getActiveDeadlineSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Deadline Seconds</em>' attribute.
	 * @see #getActiveDeadlineSeconds()
	 * @generated
	 */
	void setActiveDeadlineSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Backoff Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backoff Limit</em>' attribute.
	 * @see #setBackoffLimit(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_BackoffLimit()
	 * @generated
	 */
	Integer getBackoffLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimit <em>Backoff Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backoff Limit</em>' attribute.
	 * @see #getBackoffLimit()
	 * @generated
	 */
	void setBackoffLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Backoff Limit Per Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backoff Limit Per Index</em>' attribute.
	 * @see #setBackoffLimitPerIndex(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_BackoffLimitPerIndex()
	 * @generated
	 */
	Integer getBackoffLimitPerIndex();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimitPerIndex <em>Backoff Limit Per Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backoff Limit Per Index</em>' attribute.
	 * @see #getBackoffLimitPerIndex()
	 * @generated
	 */
	void setBackoffLimitPerIndex(Integer value);

	/**
	 * Returns the value of the '<em><b>Completion Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Mode</em>' attribute.
	 * @see #setCompletionMode(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_CompletionMode()
	 * @generated
	 */
	String getCompletionMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletionMode <em>Completion Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Mode</em>' attribute.
	 * @see #getCompletionMode()
	 * @generated
	 */
	void setCompletionMode(String value);

	/**
	 * Returns the value of the '<em><b>Completions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completions</em>' attribute.
	 * @see #setCompletions(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_Completions()
	 * @generated
	 */
	Integer getCompletions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletions <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completions</em>' attribute.
	 * @see #getCompletions()
	 * @generated
	 */
	void setCompletions(Integer value);

	/**
	 * Returns the value of the '<em><b>Managed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managed By</em>' attribute.
	 * @see #setManagedBy(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_ManagedBy()
	 * @generated
	 */
	String getManagedBy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getManagedBy <em>Managed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managed By</em>' attribute.
	 * @see #getManagedBy()
	 * @generated
	 */
	void setManagedBy(String value);

	/**
	 * Returns the value of the '<em><b>Manual Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manual Selector</em>' attribute.
	 * @see #setManualSelector(Boolean)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_ManualSelector()
	 * @generated
	 */
	Boolean getManualSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getManualSelector <em>Manual Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual Selector</em>' attribute.
	 * @see #getManualSelector()
	 * @generated
	 */
	void setManualSelector(Boolean value);

	/**
	 * Returns the value of the '<em><b>Max Failed Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Failed Indexes</em>' attribute.
	 * @see #setMaxFailedIndexes(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_MaxFailedIndexes()
	 * @generated
	 */
	Integer getMaxFailedIndexes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getMaxFailedIndexes <em>Max Failed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Failed Indexes</em>' attribute.
	 * @see #getMaxFailedIndexes()
	 * @generated
	 */
	void setMaxFailedIndexes(Integer value);

	/**
	 * Returns the value of the '<em><b>Parallelism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parallelism</em>' attribute.
	 * @see #setParallelism(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_Parallelism()
	 * @generated
	 */
	Integer getParallelism();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getParallelism <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parallelism</em>' attribute.
	 * @see #getParallelism()
	 * @generated
	 */
	void setParallelism(Integer value);

	/**
	 * Returns the value of the '<em><b>Pod Failure Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Failure Policy</em>' containment reference.
	 * @see #setPodFailurePolicy(PodFailurePolicy)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_PodFailurePolicy()
	 * @generated
	 */
	PodFailurePolicy getPodFailurePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getPodFailurePolicy <em>Pod Failure Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Failure Policy</em>' containment reference.
	 * @see #getPodFailurePolicy()
	 * @generated
	 */
	void setPodFailurePolicy(PodFailurePolicy value);

	/**
	 * Returns the value of the '<em><b>Pod Replacement Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Replacement Policy</em>' attribute.
	 * @see #setPodReplacementPolicy(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_PodReplacementPolicy()
	 * @generated
	 */
	String getPodReplacementPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getPodReplacementPolicy <em>Pod Replacement Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Replacement Policy</em>' attribute.
	 * @see #getPodReplacementPolicy()
	 * @generated
	 */
	void setPodReplacementPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Success Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success Policy</em>' containment reference.
	 * @see #setSuccessPolicy(SuccessPolicy)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_SuccessPolicy()
	 * @generated
	 */
	SuccessPolicy getSuccessPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSuccessPolicy <em>Success Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success Policy</em>' containment reference.
	 * @see #getSuccessPolicy()
	 * @generated
	 */
	void setSuccessPolicy(SuccessPolicy value);

	/**
	 * Returns the value of the '<em><b>Suspend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suspend</em>' attribute.
	 * @see #setSuspend(Boolean)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_Suspend()
	 * @generated
	 */
	Boolean getSuspend();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSuspend <em>Suspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suspend</em>' attribute.
	 * @see #getSuspend()
	 * @generated
	 */
	void setSuspend(Boolean value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(PodTemplateSpec)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_Template()
	 * @generated
	 */
	PodTemplateSpec getTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(PodTemplateSpec value);

	/**
	 * Returns the value of the '<em><b>Ttl Seconds After Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ttl Seconds After Finished</em>' attribute.
	 * @see #setTtlSecondsAfterFinished(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobSpec_TtlSecondsAfterFinished()
	 * @generated
	 */
	Integer getTtlSecondsAfterFinished();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getTtlSecondsAfterFinished <em>Ttl Seconds After Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ttl Seconds After Finished</em>' attribute.
	 * @see #getTtlSecondsAfterFinished()
	 * @generated
	 */
	void setTtlSecondsAfterFinished(Integer value);

} // JobSpec
