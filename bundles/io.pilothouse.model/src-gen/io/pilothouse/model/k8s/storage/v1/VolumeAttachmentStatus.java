/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Attachment Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachError <em>Attach Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttached <em>Attached</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachmentMetadata <em>Attachment Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getDetachError <em>Detach Error</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentStatus()
 * @generated
 */
public interface VolumeAttachmentStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Attach Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attach Error</em>' containment reference.
	 * @see #setAttachError(VolumeError)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentStatus_AttachError()
	 * @generated
	 */
	VolumeError getAttachError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttachError <em>Attach Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attach Error</em>' containment reference.
	 * @see #getAttachError()
	 * @generated
	 */
	void setAttachError(VolumeError value);

	/**
	 * Returns the value of the '<em><b>Attached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attached</em>' attribute.
	 * @see #setAttached(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentStatus_Attached()
	 * @generated
	 */
	Boolean getAttached();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getAttached <em>Attached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached</em>' attribute.
	 * @see #getAttached()
	 * @generated
	 */
	void setAttached(Boolean value);

	/**
	 * Returns the value of the '<em><b>Attachment Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachment Metadata</em>' map.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentStatus_AttachmentMetadata()
	 * @generated
	 */
	EMap<String, String> getAttachmentMetadata();

	/**
	 * Returns the value of the '<em><b>Detach Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detach Error</em>' containment reference.
	 * @see #setDetachError(VolumeError)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentStatus_DetachError()
	 * @generated
	 */
	VolumeError getDetachError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus#getDetachError <em>Detach Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detach Error</em>' containment reference.
	 * @see #getDetachError()
	 * @generated
	 */
	void setDetachError(VolumeError value);

} // VolumeAttachmentStatus
