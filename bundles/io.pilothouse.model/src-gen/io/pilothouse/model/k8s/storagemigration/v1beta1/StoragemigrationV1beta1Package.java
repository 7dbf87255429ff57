/**
 */
package io.pilothouse.model.k8s.storagemigration.v1beta1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Factory
 * @generated
 */
public interface StoragemigrationV1beta1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1beta1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/storagemigration/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "storagemigration.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StoragemigrationV1beta1Package eINSTANCE = io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationImpl <em>Storage Version Migration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationImpl
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigration()
	 * @generated
	 */
	int STORAGE_VERSION_MIGRATION = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Storage Version Migration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationListImpl <em>Storage Version Migration List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationListImpl
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigrationList()
	 * @generated
	 */
	int STORAGE_VERSION_MIGRATION_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Storage Version Migration List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationSpecImpl <em>Storage Version Migration Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationSpecImpl
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigrationSpec()
	 * @generated
	 */
	int STORAGE_VERSION_MIGRATION_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_SPEC__RESOURCE = 0;

	/**
	 * The number of structural features of the '<em>Storage Version Migration Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationStatusImpl <em>Storage Version Migration Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationStatusImpl
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigrationStatus()
	 * @generated
	 */
	int STORAGE_VERSION_MIGRATION_STATUS = 3;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION = 1;

	/**
	 * The number of structural features of the '<em>Storage Version Migration Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_MIGRATION_STATUS_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration <em>Storage Version Migration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Migration</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration
	 * @generated
	 */
	EClass getStorageVersionMigration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getApiVersion()
	 * @see #getStorageVersionMigration()
	 * @generated
	 */
	EAttribute getStorageVersionMigration_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getKind()
	 * @see #getStorageVersionMigration()
	 * @generated
	 */
	EAttribute getStorageVersionMigration_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getMetadata()
	 * @see #getStorageVersionMigration()
	 * @generated
	 */
	EReference getStorageVersionMigration_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getSpec()
	 * @see #getStorageVersionMigration()
	 * @generated
	 */
	EReference getStorageVersionMigration_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigration#getStatus()
	 * @see #getStorageVersionMigration()
	 * @generated
	 */
	EReference getStorageVersionMigration_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList <em>Storage Version Migration List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Migration List</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList
	 * @generated
	 */
	EClass getStorageVersionMigrationList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getApiVersion()
	 * @see #getStorageVersionMigrationList()
	 * @generated
	 */
	EAttribute getStorageVersionMigrationList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getItems()
	 * @see #getStorageVersionMigrationList()
	 * @generated
	 */
	EReference getStorageVersionMigrationList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getKind()
	 * @see #getStorageVersionMigrationList()
	 * @generated
	 */
	EAttribute getStorageVersionMigrationList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationList#getMetadata()
	 * @see #getStorageVersionMigrationList()
	 * @generated
	 */
	EReference getStorageVersionMigrationList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationSpec <em>Storage Version Migration Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Migration Spec</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationSpec
	 * @generated
	 */
	EClass getStorageVersionMigrationSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationSpec#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationSpec#getResource()
	 * @see #getStorageVersionMigrationSpec()
	 * @generated
	 */
	EReference getStorageVersionMigrationSpec_Resource();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus <em>Storage Version Migration Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Migration Status</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus
	 * @generated
	 */
	EClass getStorageVersionMigrationStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus#getConditions()
	 * @see #getStorageVersionMigrationStatus()
	 * @generated
	 */
	EReference getStorageVersionMigrationStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus#getResourceVersion <em>Resource Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Version</em>'.
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus#getResourceVersion()
	 * @see #getStorageVersionMigrationStatus()
	 * @generated
	 */
	EAttribute getStorageVersionMigrationStatus_ResourceVersion();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StoragemigrationV1beta1Factory getStoragemigrationV1beta1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationImpl <em>Storage Version Migration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationImpl
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigration()
		 * @generated
		 */
		EClass STORAGE_VERSION_MIGRATION = eINSTANCE.getStorageVersionMigration();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_MIGRATION__API_VERSION = eINSTANCE.getStorageVersionMigration_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_MIGRATION__KIND = eINSTANCE.getStorageVersionMigration_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION__METADATA = eINSTANCE.getStorageVersionMigration_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION__SPEC = eINSTANCE.getStorageVersionMigration_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION__STATUS = eINSTANCE.getStorageVersionMigration_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationListImpl <em>Storage Version Migration List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationListImpl
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigrationList()
		 * @generated
		 */
		EClass STORAGE_VERSION_MIGRATION_LIST = eINSTANCE.getStorageVersionMigrationList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_MIGRATION_LIST__API_VERSION = eINSTANCE.getStorageVersionMigrationList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION_LIST__ITEMS = eINSTANCE.getStorageVersionMigrationList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_MIGRATION_LIST__KIND = eINSTANCE.getStorageVersionMigrationList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION_LIST__METADATA = eINSTANCE.getStorageVersionMigrationList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationSpecImpl <em>Storage Version Migration Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationSpecImpl
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigrationSpec()
		 * @generated
		 */
		EClass STORAGE_VERSION_MIGRATION_SPEC = eINSTANCE.getStorageVersionMigrationSpec();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION_SPEC__RESOURCE = eINSTANCE.getStorageVersionMigrationSpec_Resource();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationStatusImpl <em>Storage Version Migration Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationStatusImpl
		 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl#getStorageVersionMigrationStatus()
		 * @generated
		 */
		EClass STORAGE_VERSION_MIGRATION_STATUS = eINSTANCE.getStorageVersionMigrationStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS = eINSTANCE.getStorageVersionMigrationStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Resource Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION = eINSTANCE.getStorageVersionMigrationStatus_ResourceVersion();

	}

} //StoragemigrationV1beta1Package
