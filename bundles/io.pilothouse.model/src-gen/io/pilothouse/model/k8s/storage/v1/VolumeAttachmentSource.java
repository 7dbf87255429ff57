/**
 */
package io.pilothouse.model.k8s.storage.v1;

import io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Attachment Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getInlineVolumeSpec <em>Inline Volume Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getPersistentVolumeName <em>Persistent Volume Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSource()
 * @generated
 */
public interface VolumeAttachmentSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Inline Volume Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inline Volume Spec</em>' containment reference.
	 * @see #setInlineVolumeSpec(PersistentVolumeSpec)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSource_InlineVolumeSpec()
	 * @generated
	 */
	PersistentVolumeSpec getInlineVolumeSpec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getInlineVolumeSpec <em>Inline Volume Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inline Volume Spec</em>' containment reference.
	 * @see #getInlineVolumeSpec()
	 * @generated
	 */
	void setInlineVolumeSpec(PersistentVolumeSpec value);

	/**
	 * Returns the value of the '<em><b>Persistent Volume Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persistent Volume Name</em>' attribute.
	 * @see #setPersistentVolumeName(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSource_PersistentVolumeName()
	 * @generated
	 */
	String getPersistentVolumeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource#getPersistentVolumeName <em>Persistent Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistent Volume Name</em>' attribute.
	 * @see #getPersistentVolumeName()
	 * @generated
	 */
	void setPersistentVolumeName(String value);

} // VolumeAttachmentSource
