/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Replication Controller Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerSpec()
 * @generated
 */
public interface ReplicationControllerSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #setMinReadySeconds(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerSpec_MinReadySeconds()
	 * @generated
	 */
	Integer getMinReadySeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getMinReadySeconds <em>Min Ready Seconds</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerSpec_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerSpec_Selector()
	 * @generated
	 */
	EMap<String, String> getSelector();

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(PodTemplateSpec)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getReplicationControllerSpec_Template()
	 * @generated
	 */
	PodTemplateSpec getTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(PodTemplateSpec value);

} // ReplicationControllerSpec
