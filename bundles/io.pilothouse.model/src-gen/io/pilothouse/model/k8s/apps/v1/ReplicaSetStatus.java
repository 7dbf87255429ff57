/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Replica Set Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getAvailableReplicas <em>Available Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getFullyLabeledReplicas <em>Fully Labeled Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReadyReplicas <em>Ready Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getTerminatingReplicas <em>Terminating Replicas</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus()
 * @generated
 */
public interface ReplicaSetStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Available Replicas</em>' attribute.
	 * @see #setAvailableReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_AvailableReplicas()
	 * @generated
	 */
	Integer getAvailableReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getAvailableReplicas <em>Available Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available Replicas</em>' attribute.
	 * @see #getAvailableReplicas()
	 * @generated
	 */
	void setAvailableReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_Conditions()
	 * @generated
	 */
	EList<ReplicaSetCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Fully Labeled Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fully Labeled Replicas</em>' attribute.
	 * @see #setFullyLabeledReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_FullyLabeledReplicas()
	 * @generated
	 */
	Integer getFullyLabeledReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getFullyLabeledReplicas <em>Fully Labeled Replicas</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_ReadyReplicas()
	 * @generated
	 */
	Integer getReadyReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReadyReplicas <em>Ready Replicas</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReplicas <em>Replicas</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetStatus_TerminatingReplicas()
	 * @generated
	 */
	Integer getTerminatingReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getTerminatingReplicas <em>Terminating Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminating Replicas</em>' attribute.
	 * @see #getTerminatingReplicas()
	 * @generated
	 */
	void setTerminatingReplicas(Integer value);

} // ReplicaSetStatus
