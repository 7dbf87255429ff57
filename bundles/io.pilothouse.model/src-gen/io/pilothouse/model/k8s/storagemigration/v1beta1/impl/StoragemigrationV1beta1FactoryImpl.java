/**
 */
package io.pilothouse.model.k8s.storagemigration.v1beta1.impl;

import io.pilothouse.model.k8s.storagemigration.v1beta1.*;

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
public class StoragemigrationV1beta1FactoryImpl extends EFactoryImpl implements StoragemigrationV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StoragemigrationV1beta1Factory init() {
		try {
			StoragemigrationV1beta1Factory theStoragemigrationV1beta1Factory = (StoragemigrationV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(StoragemigrationV1beta1Package.eNS_URI);
			if (theStoragemigrationV1beta1Factory != null) {
				return theStoragemigrationV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StoragemigrationV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StoragemigrationV1beta1FactoryImpl() {
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
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION: return createStorageVersionMigration();
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_LIST: return createStorageVersionMigrationList();
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_SPEC: return createStorageVersionMigrationSpec();
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS: return createStorageVersionMigrationStatus();
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
	public StorageVersionMigration createStorageVersionMigration() {
		StorageVersionMigrationImpl storageVersionMigration = new StorageVersionMigrationImpl();
		return storageVersionMigration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionMigrationList createStorageVersionMigrationList() {
		StorageVersionMigrationListImpl storageVersionMigrationList = new StorageVersionMigrationListImpl();
		return storageVersionMigrationList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionMigrationSpec createStorageVersionMigrationSpec() {
		StorageVersionMigrationSpecImpl storageVersionMigrationSpec = new StorageVersionMigrationSpecImpl();
		return storageVersionMigrationSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionMigrationStatus createStorageVersionMigrationStatus() {
		StorageVersionMigrationStatusImpl storageVersionMigrationStatus = new StorageVersionMigrationStatusImpl();
		return storageVersionMigrationStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StoragemigrationV1beta1Package getStoragemigrationV1beta1Package() {
		return (StoragemigrationV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StoragemigrationV1beta1Package getPackage() {
		return StoragemigrationV1beta1Package.eINSTANCE;
	}

} //StoragemigrationV1beta1FactoryImpl
