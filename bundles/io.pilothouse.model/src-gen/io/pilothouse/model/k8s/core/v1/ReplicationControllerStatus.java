/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Replication Controller Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getAvailableReplicas <em>Available Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getFullyLabeledReplicas <em>Fully Labeled Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getReadyReplicas <em>Ready Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getReplicas <em>Replicas</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus()
 * @generated
 */
public interface ReplicationControllerStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Available Replicas</em>' attribute.
	 * @see #setAvailableReplicas(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus_AvailableReplicas()
	 * @generated
	 */
	Integer getAvailableReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getAvailableReplicas <em>Available Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available Replicas</em>' attribute.
	 * @see #getAvailableReplicas()
	 * @generated
	 */
	void setAvailableReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ReplicationControllerCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus_Conditions()
	 * @generated
	 */
	EList<ReplicationControllerCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Fully Labeled Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fully Labeled Replicas</em>' attribute.
	 * @see #setFullyLabeledReplicas(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus_FullyLabeledReplicas()
	 * @generated
	 */
	Integer getFullyLabeledReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getFullyLabeledReplicas <em>Fully Labeled Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fully Labeled Replicas</em>' attribute.
	 * @see #getFullyLabeledReplicas()
	 * @generated
	 */
	void setFullyLabeledReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus_ReadyReplicas()
	 * @generated
	 */
	Integer getReadyReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getReadyReplicas <em>Ready Replicas</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerStatus_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

} // ReplicationControllerStatus
