/**
 */
package io.pilothouse.model.k8s.batch.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getActive <em>Active</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletedIndexes <em>Completed Indexes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletionTime <em>Completion Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getFailed <em>Failed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getFailedIndexes <em>Failed Indexes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getReady <em>Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getSucceeded <em>Succeeded</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getTerminating <em>Terminating</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getUncountedTerminatedPods <em>Uncounted Terminated Pods</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus()
 * @generated
 */
public interface JobStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_Active()
	 * @generated
	 */
	Integer getActive();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #getActive()
	 * @generated
	 */
	void setActive(Integer value);

	/**
	 * Returns the value of the '<em><b>Completed Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed Indexes</em>' attribute.
	 * @see #setCompletedIndexes(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_CompletedIndexes()
	 * @generated
	 */
	String getCompletedIndexes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletedIndexes <em>Completed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed Indexes</em>' attribute.
	 * @see #getCompletedIndexes()
	 * @generated
	 */
	void setCompletedIndexes(String value);

	/**
	 * Returns the value of the '<em><b>Completion Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Time</em>' attribute.
	 * @see #setCompletionTime(Time)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_CompletionTime()
	 * @generated
	 */
	Time getCompletionTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletionTime <em>Completion Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Time</em>' attribute.
	 * @see #getCompletionTime()
	 * @generated
	 */
	void setCompletionTime(Time value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.batch.v1.JobCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_Conditions()
	 * @generated
	 */
	EList<JobCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Failed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed</em>' attribute.
	 * @see #setFailed(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_Failed()
	 * @generated
	 */
	Integer getFailed();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getFailed <em>Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed</em>' attribute.
	 * @see #getFailed()
	 * @generated
	 */
	void setFailed(Integer value);

	/**
	 * Returns the value of the '<em><b>Failed Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed Indexes</em>' attribute.
	 * @see #setFailedIndexes(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_FailedIndexes()
	 * @generated
	 */
	String getFailedIndexes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getFailedIndexes <em>Failed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Indexes</em>' attribute.
	 * @see #getFailedIndexes()
	 * @generated
	 */
	void setFailedIndexes(String value);

	/**
	 * Returns the value of the '<em><b>Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ready</em>' attribute.
	 * @see #setReady(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_Ready()
	 * @generated
	 */
	Integer getReady();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getReady <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready</em>' attribute.
	 * @see #getReady()
	 * @generated
	 */
	void setReady(Integer value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Time)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_StartTime()
	 * @generated
	 */
	Time getStartTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Time value);

	/**
	 * Returns the value of the '<em><b>Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Succeeded</em>' attribute.
	 * @see #setSucceeded(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_Succeeded()
	 * @generated
	 */
	Integer getSucceeded();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getSucceeded <em>Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Succeeded</em>' attribute.
	 * @see #getSucceeded()
	 * @generated
	 */
	void setSucceeded(Integer value);

	/**
	 * Returns the value of the '<em><b>Terminating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminating</em>' attribute.
	 * @see #setTerminating(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_Terminating()
	 * @generated
	 */
	Integer getTerminating();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getTerminating <em>Terminating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminating</em>' attribute.
	 * @see #getTerminating()
	 * @generated
	 */
	void setTerminating(Integer value);

	/**
	 * Returns the value of the '<em><b>Uncounted Terminated Pods</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uncounted Terminated Pods</em>' containment reference.
	 * @see #setUncountedTerminatedPods(UncountedTerminatedPods)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getJobStatus_UncountedTerminatedPods()
	 * @generated
	 */
	UncountedTerminatedPods getUncountedTerminatedPods();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getUncountedTerminatedPods <em>Uncounted Terminated Pods</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncounted Terminated Pods</em>' containment reference.
	 * @see #getUncountedTerminatedPods()
	 * @generated
	 */
	void setUncountedTerminatedPods(UncountedTerminatedPods value);

} // JobStatus
