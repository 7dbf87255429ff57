/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stateful Set Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getAvailableReplicas <em>Available Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCollisionCount <em>Collision Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentReplicas <em>Current Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentRevision <em>Current Revision</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReadyReplicas <em>Ready Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdateRevision <em>Update Revision</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdatedReplicas <em>Updated Replicas</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus()
 * @generated
 */
public interface StatefulSetStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Available Replicas</em>' attribute.
	 * @see #setAvailableReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_AvailableReplicas()
	 * @generated
	 */
	Integer getAvailableReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getAvailableReplicas <em>Available Replicas</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_CollisionCount()
	 * @generated
	 */
	Integer getCollisionCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCollisionCount <em>Collision Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collision Count</em>' attribute.
	 * @see #getCollisionCount()
	 * @generated
	 */
	void setCollisionCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_Conditions()
	 * @generated
	 */
	EList<StatefulSetCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Current Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Replicas</em>' attribute.
	 * @see #setCurrentReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_CurrentReplicas()
	 * @generated
	 */
	Integer getCurrentReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentReplicas <em>Current Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Replicas</em>' attribute.
	 * @see #getCurrentReplicas()
	 * @generated
	 */
	void setCurrentReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Current Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Revision</em>' attribute.
	 * @see #setCurrentRevision(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_CurrentRevision()
	 * @generated
	 */
	String getCurrentRevision();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentRevision <em>Current Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Revision</em>' attribute.
	 * @see #getCurrentRevision()
	 * @generated
	 */
	void setCurrentRevision(String value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_ReadyReplicas()
	 * @generated
	 */
	Integer getReadyReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReadyReplicas <em>Ready Replicas</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Update Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Update Revision</em>' attribute.
	 * @see #setUpdateRevision(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_UpdateRevision()
	 * @generated
	 */
	String getUpdateRevision();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdateRevision <em>Update Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Revision</em>' attribute.
	 * @see #getUpdateRevision()
	 * @generated
	 */
	void setUpdateRevision(String value);

	/**
	 * Returns the value of the '<em><b>Updated Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated Replicas</em>' attribute.
	 * @see #setUpdatedReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetStatus_UpdatedReplicas()
	 * @generated
	 */
	Integer getUpdatedReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdatedReplicas <em>Updated Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated Replicas</em>' attribute.
	 * @see #getUpdatedReplicas()
	 * @generated
	 */
	void setUpdatedReplicas(Integer value);

} // StatefulSetStatus
