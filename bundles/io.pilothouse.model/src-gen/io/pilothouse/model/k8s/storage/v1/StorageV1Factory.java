/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package
 * @generated
 */
public interface StorageV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StorageV1Factory eINSTANCE = io.pilothouse.model.k8s.storage.v1.impl.StorageV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>CSI Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Driver</em>'.
	 * @generated
	 */
	CSIDriver createCSIDriver();

	/**
	 * Returns a new object of class '<em>CSI Driver List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Driver List</em>'.
	 * @generated
	 */
	CSIDriverList createCSIDriverList();

	/**
	 * Returns a new object of class '<em>CSI Driver Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Driver Spec</em>'.
	 * @generated
	 */
	CSIDriverSpec createCSIDriverSpec();

	/**
	 * Returns a new object of class '<em>CSI Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Node</em>'.
	 * @generated
	 */
	CSINode createCSINode();

	/**
	 * Returns a new object of class '<em>CSI Node Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Node Driver</em>'.
	 * @generated
	 */
	CSINodeDriver createCSINodeDriver();

	/**
	 * Returns a new object of class '<em>CSI Node List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Node List</em>'.
	 * @generated
	 */
	CSINodeList createCSINodeList();

	/**
	 * Returns a new object of class '<em>CSI Node Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Node Spec</em>'.
	 * @generated
	 */
	CSINodeSpec createCSINodeSpec();

	/**
	 * Returns a new object of class '<em>CSI Storage Capacity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Storage Capacity</em>'.
	 * @generated
	 */
	CSIStorageCapacity createCSIStorageCapacity();

	/**
	 * Returns a new object of class '<em>CSI Storage Capacity List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Storage Capacity List</em>'.
	 * @generated
	 */
	CSIStorageCapacityList createCSIStorageCapacityList();

	/**
	 * Returns a new object of class '<em>Storage Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Class</em>'.
	 * @generated
	 */
	StorageClass createStorageClass();

	/**
	 * Returns a new object of class '<em>Storage Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Class List</em>'.
	 * @generated
	 */
	StorageClassList createStorageClassList();

	/**
	 * Returns a new object of class '<em>Token Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Request</em>'.
	 * @generated
	 */
	TokenRequest createTokenRequest();

	/**
	 * Returns a new object of class '<em>Volume Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attachment</em>'.
	 * @generated
	 */
	VolumeAttachment createVolumeAttachment();

	/**
	 * Returns a new object of class '<em>Volume Attachment List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attachment List</em>'.
	 * @generated
	 */
	VolumeAttachmentList createVolumeAttachmentList();

	/**
	 * Returns a new object of class '<em>Volume Attachment Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attachment Source</em>'.
	 * @generated
	 */
	VolumeAttachmentSource createVolumeAttachmentSource();

	/**
	 * Returns a new object of class '<em>Volume Attachment Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attachment Spec</em>'.
	 * @generated
	 */
	VolumeAttachmentSpec createVolumeAttachmentSpec();

	/**
	 * Returns a new object of class '<em>Volume Attachment Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attachment Status</em>'.
	 * @generated
	 */
	VolumeAttachmentStatus createVolumeAttachmentStatus();

	/**
	 * Returns a new object of class '<em>Volume Attributes Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attributes Class</em>'.
	 * @generated
	 */
	VolumeAttributesClass createVolumeAttributesClass();

	/**
	 * Returns a new object of class '<em>Volume Attributes Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attributes Class List</em>'.
	 * @generated
	 */
	VolumeAttributesClassList createVolumeAttributesClassList();

	/**
	 * Returns a new object of class '<em>Volume Error</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Error</em>'.
	 * @generated
	 */
	VolumeError createVolumeError();

	/**
	 * Returns a new object of class '<em>Volume Node Resources</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Node Resources</em>'.
	 * @generated
	 */
	VolumeNodeResources createVolumeNodeResources();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StorageV1Package getStorageV1Package();

} //StorageV1Factory
