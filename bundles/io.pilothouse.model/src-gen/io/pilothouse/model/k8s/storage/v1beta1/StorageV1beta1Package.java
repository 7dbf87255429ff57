/**
 */
package io.pilothouse.model.k8s.storage.v1beta1;

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
 * @see io.pilothouse.model.k8s.storage.v1beta1.StorageV1beta1Factory
 * @generated
 */
public interface StorageV1beta1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/storage/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "storage.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StorageV1beta1Package eINSTANCE = io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassImpl <em>Volume Attributes Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassImpl
	 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl#getVolumeAttributesClass()
	 * @generated
	 */
	int VOLUME_ATTRIBUTES_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Driver Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__DRIVER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__METADATA = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS__PARAMETERS = 4;

	/**
	 * The number of structural features of the '<em>Volume Attributes Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassListImpl <em>Volume Attributes Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassListImpl
	 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl#getVolumeAttributesClassList()
	 * @generated
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Volume Attributes Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_ATTRIBUTES_CLASS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.storage.v1beta1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass <em>Volume Attributes Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attributes Class</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass
	 * @generated
	 */
	EClass getVolumeAttributesClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getApiVersion()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EAttribute getVolumeAttributesClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getDriverName <em>Driver Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Name</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getDriverName()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EAttribute getVolumeAttributesClass_DriverName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getKind()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EAttribute getVolumeAttributesClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getMetadata()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EReference getVolumeAttributesClass_Metadata();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClass#getParameters()
	 * @see #getVolumeAttributesClass()
	 * @generated
	 */
	EReference getVolumeAttributesClass_Parameters();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList <em>Volume Attributes Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Attributes Class List</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList
	 * @generated
	 */
	EClass getVolumeAttributesClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getApiVersion()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EAttribute getVolumeAttributesClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getItems()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EReference getVolumeAttributesClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getKind()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EAttribute getVolumeAttributesClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.storage.v1beta1.VolumeAttributesClassList#getMetadata()
	 * @see #getVolumeAttributesClassList()
	 * @generated
	 */
	EReference getVolumeAttributesClassList_Metadata();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StorageV1beta1Factory getStorageV1beta1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassImpl <em>Volume Attributes Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassImpl
		 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl#getVolumeAttributesClass()
		 * @generated
		 */
		EClass VOLUME_ATTRIBUTES_CLASS = eINSTANCE.getVolumeAttributesClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS__API_VERSION = eINSTANCE.getVolumeAttributesClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Driver Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS__DRIVER_NAME = eINSTANCE.getVolumeAttributesClass_DriverName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS__KIND = eINSTANCE.getVolumeAttributesClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS__METADATA = eINSTANCE.getVolumeAttributesClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS__PARAMETERS = eINSTANCE.getVolumeAttributesClass_Parameters();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassListImpl <em>Volume Attributes Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.VolumeAttributesClassListImpl
		 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl#getVolumeAttributesClassList()
		 * @generated
		 */
		EClass VOLUME_ATTRIBUTES_CLASS_LIST = eINSTANCE.getVolumeAttributesClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS_LIST__API_VERSION = eINSTANCE.getVolumeAttributesClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS_LIST__ITEMS = eINSTANCE.getVolumeAttributesClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_ATTRIBUTES_CLASS_LIST__KIND = eINSTANCE.getVolumeAttributesClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_ATTRIBUTES_CLASS_LIST__METADATA = eINSTANCE.getVolumeAttributesClassList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.storage.v1beta1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl#getStringMapEntry()
		 * @generated
		 */
		EClass STRING_MAP_ENTRY = eINSTANCE.getStringMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__KEY = eINSTANCE.getStringMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__VALUE = eINSTANCE.getStringMapEntry_Value();

	}

} //StorageV1beta1Package
