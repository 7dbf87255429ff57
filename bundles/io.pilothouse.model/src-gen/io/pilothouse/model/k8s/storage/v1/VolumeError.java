/**
 */
package io.pilothouse.model.k8s.storage.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Error</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeError()
 * @generated
 */
public interface VolumeError extends EObject {
	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Code</em>' attribute.
	 * @see #setErrorCode(Integer)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeError_ErrorCode()
	 * @generated
	 */
	Integer getErrorCode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getErrorCode <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' attribute.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(Integer value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeError_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Time)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeError_Time()
	 * @generated
	 */
	Time getTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeError#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Time value);

} // VolumeError
