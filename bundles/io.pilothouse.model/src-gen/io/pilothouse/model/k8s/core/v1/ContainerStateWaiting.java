/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container State Waiting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateWaiting#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateWaiting#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateWaiting()
 * @generated
 */
public interface ContainerStateWaiting extends EObject {
	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateWaiting_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateWaiting#getMessage <em>Message</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateWaiting_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateWaiting#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // ContainerStateWaiting
