/**
 */
package io.pilothouse.model.k8s.batch.v1;

import io.pilothouse.model.k8s.core.v1.ObjectReference;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cron Job Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getActive <em>Active</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastScheduleTime <em>Last Schedule Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastSuccessfulTime <em>Last Successful Time</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobStatus()
 * @generated
 */
public interface CronJobStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Active</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ObjectReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobStatus_Active()
	 * @generated
	 */
	EList<ObjectReference> getActive();

	/**
	 * Returns the value of the '<em><b>Last Schedule Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Schedule Time</em>' attribute.
	 * @see #setLastScheduleTime(Time)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobStatus_LastScheduleTime()
	 * @generated
	 */
	Time getLastScheduleTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastScheduleTime <em>Last Schedule Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Schedule Time</em>' attribute.
	 * @see #getLastScheduleTime()
	 * @generated
	 */
	void setLastScheduleTime(Time value);

	/**
	 * Returns the value of the '<em><b>Last Successful Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Successful Time</em>' attribute.
	 * @see #setLastSuccessfulTime(Time)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getCronJobStatus_LastSuccessfulTime()
	 * @generated
	 */
	Time getLastSuccessfulTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastSuccessfulTime <em>Last Successful Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Successful Time</em>' attribute.
	 * @see #getLastSuccessfulTime()
	 * @generated
	 */
	void setLastSuccessfulTime(Time value);

} // CronJobStatus
