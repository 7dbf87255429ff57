/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1;

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
 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Factory
 * @generated
 */
public interface ApiserverinternalV1alpha1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1alpha1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/apiserverinternal/v1alpha1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "apiserverinternal.v1alpha1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApiserverinternalV1alpha1Package eINSTANCE = io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl <em>Server Storage Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getServerStorageVersion()
	 * @generated
	 */
	int SERVER_STORAGE_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Api Server ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STORAGE_VERSION__API_SERVER_ID = 0;

	/**
	 * The feature id for the '<em><b>Decodable Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STORAGE_VERSION__DECODABLE_VERSIONS = 1;

	/**
	 * The feature id for the '<em><b>Encoding Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STORAGE_VERSION__ENCODING_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Served Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STORAGE_VERSION__SERVED_VERSIONS = 3;

	/**
	 * The number of structural features of the '<em>Server Storage Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STORAGE_VERSION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionImpl <em>Storage Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionImpl
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersion()
	 * @generated
	 */
	int STORAGE_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Storage Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionConditionImpl <em>Storage Version Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionConditionImpl
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionCondition()
	 * @generated
	 */
	int STORAGE_VERSION_CONDITION = 2;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Storage Version Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionListImpl <em>Storage Version List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionListImpl
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionList()
	 * @generated
	 */
	int STORAGE_VERSION_LIST = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Storage Version List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionSpecImpl <em>Storage Version Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionSpecImpl
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionSpec()
	 * @generated
	 */
	int STORAGE_VERSION_SPEC = 4;

	/**
	 * The number of structural features of the '<em>Storage Version Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_SPEC_FEATURE_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl <em>Storage Version Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionStatus()
	 * @generated
	 */
	int STORAGE_VERSION_STATUS = 5;

	/**
	 * The feature id for the '<em><b>Common Encoding Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_STATUS__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Storage Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_STATUS__STORAGE_VERSIONS = 2;

	/**
	 * The number of structural features of the '<em>Storage Version Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_VERSION_STATUS_FEATURE_COUNT = 3;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion <em>Server Storage Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Storage Version</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion
	 * @generated
	 */
	EClass getServerStorageVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getApiServerID <em>Api Server ID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Server ID</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getApiServerID()
	 * @see #getServerStorageVersion()
	 * @generated
	 */
	EAttribute getServerStorageVersion_ApiServerID();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getDecodableVersions <em>Decodable Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Decodable Versions</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getDecodableVersions()
	 * @see #getServerStorageVersion()
	 * @generated
	 */
	EAttribute getServerStorageVersion_DecodableVersions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getEncodingVersion <em>Encoding Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding Version</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getEncodingVersion()
	 * @see #getServerStorageVersion()
	 * @generated
	 */
	EAttribute getServerStorageVersion_EncodingVersion();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getServedVersions <em>Served Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Served Versions</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getServedVersions()
	 * @see #getServerStorageVersion()
	 * @generated
	 */
	EAttribute getServerStorageVersion_ServedVersions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion <em>Storage Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion
	 * @generated
	 */
	EClass getStorageVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getApiVersion()
	 * @see #getStorageVersion()
	 * @generated
	 */
	EAttribute getStorageVersion_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getKind()
	 * @see #getStorageVersion()
	 * @generated
	 */
	EAttribute getStorageVersion_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getMetadata()
	 * @see #getStorageVersion()
	 * @generated
	 */
	EReference getStorageVersion_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getSpec()
	 * @see #getStorageVersion()
	 * @generated
	 */
	EReference getStorageVersion_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersion#getStatus()
	 * @see #getStorageVersion()
	 * @generated
	 */
	EReference getStorageVersion_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition <em>Storage Version Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Condition</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition
	 * @generated
	 */
	EClass getStorageVersionCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getLastTransitionTime()
	 * @see #getStorageVersionCondition()
	 * @generated
	 */
	EAttribute getStorageVersionCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getMessage()
	 * @see #getStorageVersionCondition()
	 * @generated
	 */
	EAttribute getStorageVersionCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getObservedGeneration()
	 * @see #getStorageVersionCondition()
	 * @generated
	 */
	EAttribute getStorageVersionCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getReason()
	 * @see #getStorageVersionCondition()
	 * @generated
	 */
	EAttribute getStorageVersionCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getStatus()
	 * @see #getStorageVersionCondition()
	 * @generated
	 */
	EAttribute getStorageVersionCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition#getType()
	 * @see #getStorageVersionCondition()
	 * @generated
	 */
	EAttribute getStorageVersionCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList <em>Storage Version List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version List</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList
	 * @generated
	 */
	EClass getStorageVersionList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getApiVersion()
	 * @see #getStorageVersionList()
	 * @generated
	 */
	EAttribute getStorageVersionList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getItems()
	 * @see #getStorageVersionList()
	 * @generated
	 */
	EReference getStorageVersionList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getKind()
	 * @see #getStorageVersionList()
	 * @generated
	 */
	EAttribute getStorageVersionList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionList#getMetadata()
	 * @see #getStorageVersionList()
	 * @generated
	 */
	EReference getStorageVersionList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionSpec <em>Storage Version Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Spec</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionSpec
	 * @generated
	 */
	EClass getStorageVersionSpec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus <em>Storage Version Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Version Status</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus
	 * @generated
	 */
	EClass getStorageVersionStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getCommonEncodingVersion <em>Common Encoding Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Common Encoding Version</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getCommonEncodingVersion()
	 * @see #getStorageVersionStatus()
	 * @generated
	 */
	EAttribute getStorageVersionStatus_CommonEncodingVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getConditions()
	 * @see #getStorageVersionStatus()
	 * @generated
	 */
	EReference getStorageVersionStatus_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getStorageVersions <em>Storage Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Storage Versions</em>'.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getStorageVersions()
	 * @see #getStorageVersionStatus()
	 * @generated
	 */
	EReference getStorageVersionStatus_StorageVersions();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ApiserverinternalV1alpha1Factory getApiserverinternalV1alpha1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl <em>Server Storage Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getServerStorageVersion()
		 * @generated
		 */
		EClass SERVER_STORAGE_VERSION = eINSTANCE.getServerStorageVersion();

		/**
		 * The meta object literal for the '<em><b>Api Server ID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STORAGE_VERSION__API_SERVER_ID = eINSTANCE.getServerStorageVersion_ApiServerID();

		/**
		 * The meta object literal for the '<em><b>Decodable Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STORAGE_VERSION__DECODABLE_VERSIONS = eINSTANCE.getServerStorageVersion_DecodableVersions();

		/**
		 * The meta object literal for the '<em><b>Encoding Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STORAGE_VERSION__ENCODING_VERSION = eINSTANCE.getServerStorageVersion_EncodingVersion();

		/**
		 * The meta object literal for the '<em><b>Served Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STORAGE_VERSION__SERVED_VERSIONS = eINSTANCE.getServerStorageVersion_ServedVersions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionImpl <em>Storage Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionImpl
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersion()
		 * @generated
		 */
		EClass STORAGE_VERSION = eINSTANCE.getStorageVersion();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION__API_VERSION = eINSTANCE.getStorageVersion_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION__KIND = eINSTANCE.getStorageVersion_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION__METADATA = eINSTANCE.getStorageVersion_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION__SPEC = eINSTANCE.getStorageVersion_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION__STATUS = eINSTANCE.getStorageVersion_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionConditionImpl <em>Storage Version Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionConditionImpl
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionCondition()
		 * @generated
		 */
		EClass STORAGE_VERSION_CONDITION = eINSTANCE.getStorageVersionCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getStorageVersionCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_CONDITION__MESSAGE = eINSTANCE.getStorageVersionCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_CONDITION__OBSERVED_GENERATION = eINSTANCE.getStorageVersionCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_CONDITION__REASON = eINSTANCE.getStorageVersionCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_CONDITION__STATUS = eINSTANCE.getStorageVersionCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_CONDITION__TYPE = eINSTANCE.getStorageVersionCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionListImpl <em>Storage Version List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionListImpl
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionList()
		 * @generated
		 */
		EClass STORAGE_VERSION_LIST = eINSTANCE.getStorageVersionList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_LIST__API_VERSION = eINSTANCE.getStorageVersionList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_LIST__ITEMS = eINSTANCE.getStorageVersionList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_LIST__KIND = eINSTANCE.getStorageVersionList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_LIST__METADATA = eINSTANCE.getStorageVersionList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionSpecImpl <em>Storage Version Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionSpecImpl
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionSpec()
		 * @generated
		 */
		EClass STORAGE_VERSION_SPEC = eINSTANCE.getStorageVersionSpec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl <em>Storage Version Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl
		 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl#getStorageVersionStatus()
		 * @generated
		 */
		EClass STORAGE_VERSION_STATUS = eINSTANCE.getStorageVersionStatus();

		/**
		 * The meta object literal for the '<em><b>Common Encoding Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION = eINSTANCE.getStorageVersionStatus_CommonEncodingVersion();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_STATUS__CONDITIONS = eINSTANCE.getStorageVersionStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Storage Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_VERSION_STATUS__STORAGE_VERSIONS = eINSTANCE.getStorageVersionStatus_StorageVersions();

	}

} //ApiserverinternalV1alpha1Package
