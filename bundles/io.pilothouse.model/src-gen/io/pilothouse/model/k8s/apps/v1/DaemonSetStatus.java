/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Daemon Set Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCollisionCount <em>Collision Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCurrentNumberScheduled <em>Current Number Scheduled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getDesiredNumberScheduled <em>Desired Number Scheduled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberAvailable <em>Number Available</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberMisscheduled <em>Number Misscheduled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberReady <em>Number Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberUnavailable <em>Number Unavailable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getUpdatedNumberScheduled <em>Updated Number Scheduled</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus()
 * @generated
 */
public interface DaemonSetStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Collision Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collision Count</em>' attribute.
	 * @see #setCollisionCount(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_CollisionCount()
	 * @generated
	 */
	Integer getCollisionCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCollisionCount <em>Collision Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collision Count</em>' attribute.
	 * @see #getCollisionCount()
	 * @generated
	 */
	void setCollisionCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_Conditions()
	 * @generated
	 */
	EList<DaemonSetCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Current Number Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Number Scheduled</em>' attribute.
	 * @see #setCurrentNumberScheduled(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_CurrentNumberScheduled()
	 * @generated
	 */
	Integer getCurrentNumberScheduled();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCurrentNumberScheduled <em>Current Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Number Scheduled</em>' attribute.
	 * @see #getCurrentNumberScheduled()
	 * @generated
	 */
	void setCurrentNumberScheduled(Integer value);

	/**
	 * Returns the value of the '<em><b>Desired Number Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired Number Scheduled</em>' attribute.
	 * @see #setDesiredNumberScheduled(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_DesiredNumberScheduled()
	 * @generated
	 */
	Integer getDesiredNumberScheduled();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getDesiredNumberScheduled <em>Desired Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Number Scheduled</em>' attribute.
	 * @see #getDesiredNumberScheduled()
	 * @generated
	 */
	void setDesiredNumberScheduled(Integer value);

	/**
	 * Returns the value of the '<em><b>Number Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Available</em>' attribute.
	 * @see #setNumberAvailable(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_NumberAvailable()
	 * @generated
	 */
	Integer getNumberAvailable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberAvailable <em>Number Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Available</em>' attribute.
	 * @see #getNumberAvailable()
	 * @generated
	 */
	void setNumberAvailable(Integer value);

	/**
	 * Returns the value of the '<em><b>Number Misscheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Misscheduled</em>' attribute.
	 * @see #setNumberMisscheduled(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_NumberMisscheduled()
	 * @generated
	 */
	Integer getNumberMisscheduled();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberMisscheduled <em>Number Misscheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Misscheduled</em>' attribute.
	 * @see #getNumberMisscheduled()
	 * @generated
	 */
	void setNumberMisscheduled(Integer value);

	/**
	 * Returns the value of the '<em><b>Number Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Ready</em>' attribute.
	 * @see #setNumberReady(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_NumberReady()
	 * @generated
	 */
	Integer getNumberReady();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberReady <em>Number Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Ready</em>' attribute.
	 * @see #getNumberReady()
	 * @generated
	 */
	void setNumberReady(Integer value);

	/**
	 * Returns the value of the '<em><b>Number Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Unavailable</em>' attribute.
	 * @see #setNumberUnavailable(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_NumberUnavailable()
	 * @generated
	 */
	Integer getNumberUnavailable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberUnavailable <em>Number Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Unavailable</em>' attribute.
	 * @see #getNumberUnavailable()
	 * @generated
	 */
	void setNumberUnavailable(Integer value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Updated Number Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated Number Scheduled</em>' attribute.
	 * @see #setUpdatedNumberScheduled(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetStatus_UpdatedNumberScheduled()
	 * @generated
	 */
	Integer getUpdatedNumberScheduled();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getUpdatedNumberScheduled <em>Updated Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated Number Scheduled</em>' attribute.
	 * @see #getUpdatedNumberScheduled()
	 * @generated
	 */
	void setUpdatedNumberScheduled(Integer value);

} // DaemonSetStatus
