/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Attachment Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getAttacher <em>Attacher</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSpec()
 * @generated
 */
public interface VolumeAttachmentSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Attacher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attacher</em>' attribute.
	 * @see #setAttacher(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSpec_Attacher()
	 * @generated
	 */
	String getAttacher();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getAttacher <em>Attacher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attacher</em>' attribute.
	 * @see #getAttacher()
	 * @generated
	 */
	void setAttacher(String value);

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSpec_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(VolumeAttachmentSource)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeAttachmentSpec_Source()
	 * @generated
	 */
	VolumeAttachmentSource getSource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(VolumeAttachmentSource value);

} // VolumeAttachmentSpec
