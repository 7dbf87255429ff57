/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Replica Set Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetSpec()
 * @generated
 */
public interface ReplicaSetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #setMinReadySeconds(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetSpec_MinReadySeconds()
	 * @generated
	 */
	Integer getMinReadySeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #getMinReadySeconds()
	 * @generated
	 */
	void setMinReadySeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #setReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetSpec_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(PodTemplateSpec)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getReplicaSetSpec_Template()
	 * @generated
	 */
	PodTemplateSpec getTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(PodTemplateSpec value);

} // ReplicaSetSpec
