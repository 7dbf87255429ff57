/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployment Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastTransitionTime <em>Last Transition Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastUpdateTime <em>Last Update Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getStatus <em>Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition()
 * @generated
 */
public interface DeploymentCondition extends EObject {
	/**
	 * Returns the value of the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Transition Time</em>' attribute.
	 * @see #setLastTransitionTime(Time)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition_LastTransitionTime()
	 * @generated
	 */
	Time getLastTransitionTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastTransitionTime <em>Last Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Transition Time</em>' attribute.
	 * @see #getLastTransitionTime()
	 * @generated
	 */
	void setLastTransitionTime(Time value);

	/**
	 * Returns the value of the '<em><b>Last Update Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Update Time</em>' attribute.
	 * @see #setLastUpdateTime(Time)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition_LastUpdateTime()
	 * @generated
	 */
	Time getLastUpdateTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastUpdateTime <em>Last Update Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Update Time</em>' attribute.
	 * @see #getLastUpdateTime()
	 * @generated
	 */
	void setLastUpdateTime(Time value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition_Status()
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentCondition_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // DeploymentCondition
