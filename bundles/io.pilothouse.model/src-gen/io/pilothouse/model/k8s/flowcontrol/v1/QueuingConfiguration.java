/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queuing Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getHandSize <em>Hand Size</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueueLengthLimit <em>Queue Length Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueues <em>Queues</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getQueuingConfiguration()
 * @generated
 */
public interface QueuingConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Hand Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hand Size</em>' attribute.
	 * @see #setHandSize(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getQueuingConfiguration_HandSize()
	 * @generated
	 */
	Integer getHandSize();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getHandSize <em>Hand Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hand Size</em>' attribute.
	 * @see #getHandSize()
	 * @generated
	 */
	void setHandSize(Integer value);

	/**
	 * Returns the value of the '<em><b>Queue Length Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Length Limit</em>' attribute.
	 * @see #setQueueLengthLimit(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getQueuingConfiguration_QueueLengthLimit()
	 * @generated
	 */
	Integer getQueueLengthLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueueLengthLimit <em>Queue Length Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Length Limit</em>' attribute.
	 * @see #getQueueLengthLimit()
	 * @generated
	 */
	void setQueueLengthLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Queues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queues</em>' attribute.
	 * @see #setQueues(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getQueuingConfiguration_Queues()
	 * @generated
	 */
	Integer getQueues();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration#getQueues <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queues</em>' attribute.
	 * @see #getQueues()
	 * @generated
	 */
	void setQueues(Integer value);

} // QueuingConfiguration
