/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.storage.v1.*;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StorageV1FactoryImpl extends EFactoryImpl implements StorageV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StorageV1Factory init() {
		try {
			StorageV1Factory theStorageV1Factory = (StorageV1Factory)EPackage.Registry.INSTANCE.getEFactory(StorageV1Package.eNS_URI);
			if (theStorageV1Factory != null) {
				return theStorageV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StorageV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StorageV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case StorageV1Package.CSI_DRIVER: return createCSIDriver();
			case StorageV1Package.CSI_DRIVER_LIST: return createCSIDriverList();
			case StorageV1Package.CSI_DRIVER_SPEC: return createCSIDriverSpec();
			case StorageV1Package.CSI_NODE: return createCSINode();
			case StorageV1Package.CSI_NODE_DRIVER: return createCSINodeDriver();
			case StorageV1Package.CSI_NODE_LIST: return createCSINodeList();
			case StorageV1Package.CSI_NODE_SPEC: return createCSINodeSpec();
			case StorageV1Package.CSI_STORAGE_CAPACITY: return createCSIStorageCapacity();
			case StorageV1Package.CSI_STORAGE_CAPACITY_LIST: return createCSIStorageCapacityList();
			case StorageV1Package.STORAGE_CLASS: return createStorageClass();
			case StorageV1Package.STORAGE_CLASS_LIST: return createStorageClassList();
			case StorageV1Package.TOKEN_REQUEST: return createTokenRequest();
			case StorageV1Package.VOLUME_ATTACHMENT: return createVolumeAttachment();
			case StorageV1Package.VOLUME_ATTACHMENT_LIST: return createVolumeAttachmentList();
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE: return createVolumeAttachmentSource();
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC: return createVolumeAttachmentSpec();
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS: return createVolumeAttachmentStatus();
			case StorageV1Package.VOLUME_ATTRIBUTES_CLASS: return createVolumeAttributesClass();
			case StorageV1Package.VOLUME_ATTRIBUTES_CLASS_LIST: return createVolumeAttributesClassList();
			case StorageV1Package.VOLUME_ERROR: return createVolumeError();
			case StorageV1Package.VOLUME_NODE_RESOURCES: return createVolumeNodeResources();
			case StorageV1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIDriver createCSIDriver() {
		CSIDriverImpl csiDriver = new CSIDriverImpl();
		return csiDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIDriverList createCSIDriverList() {
		CSIDriverListImpl csiDriverList = new CSIDriverListImpl();
		return csiDriverList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIDriverSpec createCSIDriverSpec() {
		CSIDriverSpecImpl csiDriverSpec = new CSIDriverSpecImpl();
		return csiDriverSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSINode createCSINode() {
		CSINodeImpl csiNode = new CSINodeImpl();
		return csiNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSINodeDriver createCSINodeDriver() {
		CSINodeDriverImpl csiNodeDriver = new CSINodeDriverImpl();
		return csiNodeDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSINodeList createCSINodeList() {
		CSINodeListImpl csiNodeList = new CSINodeListImpl();
		return csiNodeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSINodeSpec createCSINodeSpec() {
		CSINodeSpecImpl csiNodeSpec = new CSINodeSpecImpl();
		return csiNodeSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIStorageCapacity createCSIStorageCapacity() {
		CSIStorageCapacityImpl csiStorageCapacity = new CSIStorageCapacityImpl();
		return csiStorageCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIStorageCapacityList createCSIStorageCapacityList() {
		CSIStorageCapacityListImpl csiStorageCapacityList = new CSIStorageCapacityListImpl();
		return csiStorageCapacityList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageClass createStorageClass() {
		StorageClassImpl storageClass = new StorageClassImpl();
		return storageClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageClassList createStorageClassList() {
		StorageClassListImpl storageClassList = new StorageClassListImpl();
		return storageClassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenRequest createTokenRequest() {
		TokenRequestImpl tokenRequest = new TokenRequestImpl();
		return tokenRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttachment createVolumeAttachment() {
		VolumeAttachmentImpl volumeAttachment = new VolumeAttachmentImpl();
		return volumeAttachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttachmentList createVolumeAttachmentList() {
		VolumeAttachmentListImpl volumeAttachmentList = new VolumeAttachmentListImpl();
		return volumeAttachmentList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttachmentSource createVolumeAttachmentSource() {
		VolumeAttachmentSourceImpl volumeAttachmentSource = new VolumeAttachmentSourceImpl();
		return volumeAttachmentSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttachmentSpec createVolumeAttachmentSpec() {
		VolumeAttachmentSpecImpl volumeAttachmentSpec = new VolumeAttachmentSpecImpl();
		return volumeAttachmentSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttachmentStatus createVolumeAttachmentStatus() {
		VolumeAttachmentStatusImpl volumeAttachmentStatus = new VolumeAttachmentStatusImpl();
		return volumeAttachmentStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttributesClass createVolumeAttributesClass() {
		VolumeAttributesClassImpl volumeAttributesClass = new VolumeAttributesClassImpl();
		return volumeAttributesClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttributesClassList createVolumeAttributesClassList() {
		VolumeAttributesClassListImpl volumeAttributesClassList = new VolumeAttributesClassListImpl();
		return volumeAttributesClassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeError createVolumeError() {
		VolumeErrorImpl volumeError = new VolumeErrorImpl();
		return volumeError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeNodeResources createVolumeNodeResources() {
		VolumeNodeResourcesImpl volumeNodeResources = new VolumeNodeResourcesImpl();
		return volumeNodeResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createStringMapEntry() {
		StringMapEntryImpl stringMapEntry = new StringMapEntryImpl();
		return stringMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageV1Package getStorageV1Package() {
		return (StorageV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StorageV1Package getPackage() {
		return StorageV1Package.eINSTANCE;
	}

} //StorageV1FactoryImpl
