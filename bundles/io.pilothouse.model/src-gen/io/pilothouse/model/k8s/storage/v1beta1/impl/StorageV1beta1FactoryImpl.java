/**
 */
package io.pilothouse.model.k8s.storage.v1beta1.impl;

import io.pilothouse.model.k8s.storage.v1beta1.*;

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
public class StorageV1beta1FactoryImpl extends EFactoryImpl implements StorageV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StorageV1beta1Factory init() {
		try {
			StorageV1beta1Factory theStorageV1beta1Factory = (StorageV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(StorageV1beta1Package.eNS_URI);
			if (theStorageV1beta1Factory != null) {
				return theStorageV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StorageV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StorageV1beta1FactoryImpl() {
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
			case StorageV1beta1Package.VOLUME_ATTRIBUTES_CLASS: return createVolumeAttributesClass();
			case StorageV1beta1Package.VOLUME_ATTRIBUTES_CLASS_LIST: return createVolumeAttributesClassList();
			case StorageV1beta1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
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
	public StorageV1beta1Package getStorageV1beta1Package() {
		return (StorageV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StorageV1beta1Package getPackage() {
		return StorageV1beta1Package.eINSTANCE;
	}

} //StorageV1beta1FactoryImpl
