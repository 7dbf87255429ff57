/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limit Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getQueuing <em>Queuing</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitResponse()
 * @generated
 */
public interface LimitResponse extends EObject {
	/**
	 * Returns the value of the '<em><b>Queuing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queuing</em>' containment reference.
	 * @see #setQueuing(QueuingConfiguration)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitResponse_Queuing()
	 * @generated
	 */
	QueuingConfiguration getQueuing();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getQueuing <em>Queuing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queuing</em>' containment reference.
	 * @see #getQueuing()
	 * @generated
	 */
	void setQueuing(QueuingConfiguration value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitResponse_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // LimitResponse
