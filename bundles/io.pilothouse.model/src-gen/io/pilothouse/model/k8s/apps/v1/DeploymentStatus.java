/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployment Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getAvailableReplicas <em>Available Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getCollisionCount <em>Collision Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReadyReplicas <em>Ready Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getTerminatingReplicas <em>Terminating Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUnavailableReplicas <em>Unavailable Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUpdatedReplicas <em>Updated Replicas</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus()
 * @generated
 */
public interface DeploymentStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Available Replicas</em>' attribute.
	 * @see #setAvailableReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_AvailableReplicas()
	 * @generated
	 */
	Integer getAvailableReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getAvailableReplicas <em>Available Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available Replicas</em>' attribute.
	 * @see #getAvailableReplicas()
	 * @generated
	 */
	void setAvailableReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Collision Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collision Count</em>' attribute.
	 * @see #setCollisionCount(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_CollisionCount()
	 * @generated
	 */
	Integer getCollisionCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getCollisionCount <em>Collision Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collision Count</em>' attribute.
	 * @see #getCollisionCount()
	 * @generated
	 */
	void setCollisionCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_Conditions()
	 * @generated
	 */
	EList<DeploymentCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Ready Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ready Replicas</em>' attribute.
	 * @see #setReadyReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_ReadyReplicas()
	 * @generated
	 */
	Integer getReadyReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReadyReplicas <em>Ready Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready Replicas</em>' attribute.
	 * @see #getReadyReplicas()
	 * @generated
	 */
	void setReadyReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #setReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Terminating Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminating Replicas</em>' attribute.
	 * @see #setTerminatingReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_TerminatingReplicas()
	 * @generated
	 */
	Integer getTerminatingReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getTerminatingReplicas <em>Terminating Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminating Replicas</em>' attribute.
	 * @see #getTerminatingReplicas()
	 * @generated
	 */
	void setTerminatingReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Unavailable Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unavailable Replicas</em>' attribute.
	 * @see #setUnavailableReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_UnavailableReplicas()
	 * @generated
	 */
	Integer getUnavailableReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUnavailableReplicas <em>Unavailable Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unavailable Replicas</em>' attribute.
	 * @see #getUnavailableReplicas()
	 * @generated
	 */
	void setUnavailableReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Updated Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated Replicas</em>' attribute.
	 * @see #setUpdatedReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStatus_UpdatedReplicas()
	 * @generated
	 */
	Integer getUpdatedReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUpdatedReplicas <em>Updated Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated Replicas</em>' attribute.
	 * @see #getUpdatedReplicas()
	 * @generated
	 */
	void setUpdatedReplicas(Integer value);

} // DeploymentStatus
