/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.*;

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
public class ApiserverinternalV1alpha1FactoryImpl extends EFactoryImpl implements ApiserverinternalV1alpha1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ApiserverinternalV1alpha1Factory init() {
		try {
			ApiserverinternalV1alpha1Factory theApiserverinternalV1alpha1Factory = (ApiserverinternalV1alpha1Factory)EPackage.Registry.INSTANCE.getEFactory(ApiserverinternalV1alpha1Package.eNS_URI);
			if (theApiserverinternalV1alpha1Factory != null) {
				return theApiserverinternalV1alpha1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ApiserverinternalV1alpha1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApiserverinternalV1alpha1FactoryImpl() {
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
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION: return createServerStorageVersion();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION: return createStorageVersion();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_CONDITION: return createStorageVersionCondition();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_LIST: return createStorageVersionList();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_SPEC: return createStorageVersionSpec();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS: return createStorageVersionStatus();
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
	public ServerStorageVersion createServerStorageVersion() {
		ServerStorageVersionImpl serverStorageVersion = new ServerStorageVersionImpl();
		return serverStorageVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersion createStorageVersion() {
		StorageVersionImpl storageVersion = new StorageVersionImpl();
		return storageVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionCondition createStorageVersionCondition() {
		StorageVersionConditionImpl storageVersionCondition = new StorageVersionConditionImpl();
		return storageVersionCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionList createStorageVersionList() {
		StorageVersionListImpl storageVersionList = new StorageVersionListImpl();
		return storageVersionList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionSpec createStorageVersionSpec() {
		StorageVersionSpecImpl storageVersionSpec = new StorageVersionSpecImpl();
		return storageVersionSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageVersionStatus createStorageVersionStatus() {
		StorageVersionStatusImpl storageVersionStatus = new StorageVersionStatusImpl();
		return storageVersionStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiserverinternalV1alpha1Package getApiserverinternalV1alpha1Package() {
		return (ApiserverinternalV1alpha1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ApiserverinternalV1alpha1Package getPackage() {
		return ApiserverinternalV1alpha1Package.eINSTANCE;
	}

} //ApiserverinternalV1alpha1FactoryImpl
