/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Cause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getField <em>Field</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusCause()
 * @generated
 */
public interface StatusCause extends EObject {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusCause_Field()
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusCause_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getMessage <em>Message</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusCause_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusCause#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // StatusCause
