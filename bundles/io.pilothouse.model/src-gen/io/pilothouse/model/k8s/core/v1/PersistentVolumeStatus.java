/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persistent Volume Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getLastPhaseTransitionTime <em>Last Phase Transition Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeStatus()
 * @generated
 */
public interface PersistentVolumeStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Last Phase Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Phase Transition Time</em>' attribute.
	 * @see #setLastPhaseTransitionTime(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeStatus_LastPhaseTransitionTime()
	 * @generated
	 */
	Time getLastPhaseTransitionTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getLastPhaseTransitionTime <em>Last Phase Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Phase Transition Time</em>' attribute.
	 * @see #getLastPhaseTransitionTime()
	 * @generated
	 */
	void setLastPhaseTransitionTime(Time value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeStatus_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeStatus_Phase()
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeStatus_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // PersistentVolumeStatus
