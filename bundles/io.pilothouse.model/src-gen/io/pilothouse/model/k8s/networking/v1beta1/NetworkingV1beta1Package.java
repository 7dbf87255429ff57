/**
 */
package io.pilothouse.model.k8s.networking.v1beta1;

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
 * @see io.pilothouse.model.k8s.networking.v1beta1.NetworkingV1beta1Factory
 * @generated
 */
public interface NetworkingV1beta1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/networking/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "networking.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkingV1beta1Package eINSTANCE = io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressImpl <em>IP Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getIPAddress()
	 * @generated
	 */
	int IP_ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS__SPEC = 3;

	/**
	 * The number of structural features of the '<em>IP Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressListImpl <em>IP Address List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressListImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getIPAddressList()
	 * @generated
	 */
	int IP_ADDRESS_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>IP Address List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressSpecImpl <em>IP Address Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressSpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getIPAddressSpec()
	 * @generated
	 */
	int IP_ADDRESS_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_SPEC__PARENT_REF = 0;

	/**
	 * The number of structural features of the '<em>IP Address Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ADDRESS_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ParentReferenceImpl <em>Parent Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ParentReferenceImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getParentReference()
	 * @generated
	 */
	int PARENT_REFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_REFERENCE__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_REFERENCE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_REFERENCE__NAMESPACE = 2;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_REFERENCE__RESOURCE = 3;

	/**
	 * The number of structural features of the '<em>Parent Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARENT_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRImpl <em>Service CIDR</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDR()
	 * @generated
	 */
	int SERVICE_CIDR = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Service CIDR</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRListImpl <em>Service CIDR List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRListImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDRList()
	 * @generated
	 */
	int SERVICE_CIDR_LIST = 5;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Service CIDR List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRSpecImpl <em>Service CIDR Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRSpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDRSpec()
	 * @generated
	 */
	int SERVICE_CIDR_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Cidrs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_SPEC__CIDRS = 0;

	/**
	 * The number of structural features of the '<em>Service CIDR Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRStatusImpl <em>Service CIDR Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRStatusImpl
	 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDRStatus()
	 * @generated
	 */
	int SERVICE_CIDR_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_STATUS__CONDITIONS = 0;

	/**
	 * The number of structural features of the '<em>Service CIDR Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CIDR_STATUS_FEATURE_COUNT = 1;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddress <em>IP Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Address</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddress
	 * @generated
	 */
	EClass getIPAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getApiVersion()
	 * @see #getIPAddress()
	 * @generated
	 */
	EAttribute getIPAddress_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getKind()
	 * @see #getIPAddress()
	 * @generated
	 */
	EAttribute getIPAddress_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getMetadata()
	 * @see #getIPAddress()
	 * @generated
	 */
	EReference getIPAddress_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddress#getSpec()
	 * @see #getIPAddress()
	 * @generated
	 */
	EReference getIPAddress_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressList <em>IP Address List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Address List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressList
	 * @generated
	 */
	EClass getIPAddressList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getApiVersion()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EAttribute getIPAddressList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getItems()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EReference getIPAddressList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getKind()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EAttribute getIPAddressList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressList#getMetadata()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EReference getIPAddressList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressSpec <em>IP Address Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Address Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressSpec
	 * @generated
	 */
	EClass getIPAddressSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.IPAddressSpec#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.IPAddressSpec#getParentRef()
	 * @see #getIPAddressSpec()
	 * @generated
	 */
	EReference getIPAddressSpec_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.ParentReference <em>Parent Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parent Reference</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ParentReference
	 * @generated
	 */
	EClass getParentReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getGroup()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getName()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getNamespace()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ParentReference#getResource()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Resource();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR <em>Service CIDR</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR
	 * @generated
	 */
	EClass getServiceCIDR();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getApiVersion()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EAttribute getServiceCIDR_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getKind()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EAttribute getServiceCIDR_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getMetadata()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EReference getServiceCIDR_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getSpec()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EReference getServiceCIDR_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDR#getStatus()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EReference getServiceCIDR_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList <em>Service CIDR List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList
	 * @generated
	 */
	EClass getServiceCIDRList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getApiVersion()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EAttribute getServiceCIDRList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getItems()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EReference getServiceCIDRList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getKind()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EAttribute getServiceCIDRList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRList#getMetadata()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EReference getServiceCIDRList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRSpec <em>Service CIDR Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRSpec
	 * @generated
	 */
	EClass getServiceCIDRSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRSpec#getCidrs <em>Cidrs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cidrs</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRSpec#getCidrs()
	 * @see #getServiceCIDRSpec()
	 * @generated
	 */
	EAttribute getServiceCIDRSpec_Cidrs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRStatus <em>Service CIDR Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRStatus
	 * @generated
	 */
	EClass getServiceCIDRStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRStatus#getConditions()
	 * @see #getServiceCIDRStatus()
	 * @generated
	 */
	EReference getServiceCIDRStatus_Conditions();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NetworkingV1beta1Factory getNetworkingV1beta1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressImpl <em>IP Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getIPAddress()
		 * @generated
		 */
		EClass IP_ADDRESS = eINSTANCE.getIPAddress();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ADDRESS__API_VERSION = eINSTANCE.getIPAddress_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ADDRESS__KIND = eINSTANCE.getIPAddress_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IP_ADDRESS__METADATA = eINSTANCE.getIPAddress_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IP_ADDRESS__SPEC = eINSTANCE.getIPAddress_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressListImpl <em>IP Address List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressListImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getIPAddressList()
		 * @generated
		 */
		EClass IP_ADDRESS_LIST = eINSTANCE.getIPAddressList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ADDRESS_LIST__API_VERSION = eINSTANCE.getIPAddressList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IP_ADDRESS_LIST__ITEMS = eINSTANCE.getIPAddressList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ADDRESS_LIST__KIND = eINSTANCE.getIPAddressList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IP_ADDRESS_LIST__METADATA = eINSTANCE.getIPAddressList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressSpecImpl <em>IP Address Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.IPAddressSpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getIPAddressSpec()
		 * @generated
		 */
		EClass IP_ADDRESS_SPEC = eINSTANCE.getIPAddressSpec();

		/**
		 * The meta object literal for the '<em><b>Parent Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IP_ADDRESS_SPEC__PARENT_REF = eINSTANCE.getIPAddressSpec_ParentRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ParentReferenceImpl <em>Parent Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ParentReferenceImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getParentReference()
		 * @generated
		 */
		EClass PARENT_REFERENCE = eINSTANCE.getParentReference();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARENT_REFERENCE__GROUP = eINSTANCE.getParentReference_Group();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARENT_REFERENCE__NAME = eINSTANCE.getParentReference_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARENT_REFERENCE__NAMESPACE = eINSTANCE.getParentReference_Namespace();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARENT_REFERENCE__RESOURCE = eINSTANCE.getParentReference_Resource();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRImpl <em>Service CIDR</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDR()
		 * @generated
		 */
		EClass SERVICE_CIDR = eINSTANCE.getServiceCIDR();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CIDR__API_VERSION = eINSTANCE.getServiceCIDR_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CIDR__KIND = eINSTANCE.getServiceCIDR_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CIDR__METADATA = eINSTANCE.getServiceCIDR_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CIDR__SPEC = eINSTANCE.getServiceCIDR_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CIDR__STATUS = eINSTANCE.getServiceCIDR_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRListImpl <em>Service CIDR List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRListImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDRList()
		 * @generated
		 */
		EClass SERVICE_CIDR_LIST = eINSTANCE.getServiceCIDRList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CIDR_LIST__API_VERSION = eINSTANCE.getServiceCIDRList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CIDR_LIST__ITEMS = eINSTANCE.getServiceCIDRList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CIDR_LIST__KIND = eINSTANCE.getServiceCIDRList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CIDR_LIST__METADATA = eINSTANCE.getServiceCIDRList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRSpecImpl <em>Service CIDR Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRSpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDRSpec()
		 * @generated
		 */
		EClass SERVICE_CIDR_SPEC = eINSTANCE.getServiceCIDRSpec();

		/**
		 * The meta object literal for the '<em><b>Cidrs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CIDR_SPEC__CIDRS = eINSTANCE.getServiceCIDRSpec_Cidrs();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRStatusImpl <em>Service CIDR Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.ServiceCIDRStatusImpl
		 * @see io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl#getServiceCIDRStatus()
		 * @generated
		 */
		EClass SERVICE_CIDR_STATUS = eINSTANCE.getServiceCIDRStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CIDR_STATUS__CONDITIONS = eINSTANCE.getServiceCIDRStatus_Conditions();

	}

} //NetworkingV1beta1Package
