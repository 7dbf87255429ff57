/**
 */
package io.pilothouse.model.k8s.networking.v1;

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
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Factory
 * @generated
 */
public interface NetworkingV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/networking/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "networking.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkingV1Package eINSTANCE = io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl <em>HTTP Ingress Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getHTTPIngressPath()
	 * @generated
	 */
	int HTTP_INGRESS_PATH = 0;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_INGRESS_PATH__BACKEND = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_INGRESS_PATH__PATH = 1;

	/**
	 * The feature id for the '<em><b>Path Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_INGRESS_PATH__PATH_TYPE = 2;

	/**
	 * The number of structural features of the '<em>HTTP Ingress Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_INGRESS_PATH_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressRuleValueImpl <em>HTTP Ingress Rule Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressRuleValueImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getHTTPIngressRuleValue()
	 * @generated
	 */
	int HTTP_INGRESS_RULE_VALUE = 1;

	/**
	 * The feature id for the '<em><b>Paths</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_INGRESS_RULE_VALUE__PATHS = 0;

	/**
	 * The number of structural features of the '<em>HTTP Ingress Rule Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_INGRESS_RULE_VALUE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressImpl <em>IP Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IPAddressImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPAddress()
	 * @generated
	 */
	int IP_ADDRESS = 2;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressListImpl <em>IP Address List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IPAddressListImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPAddressList()
	 * @generated
	 */
	int IP_ADDRESS_LIST = 3;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressSpecImpl <em>IP Address Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IPAddressSpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPAddressSpec()
	 * @generated
	 */
	int IP_ADDRESS_SPEC = 4;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPBlockImpl <em>IP Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IPBlockImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPBlock()
	 * @generated
	 */
	int IP_BLOCK = 5;

	/**
	 * The feature id for the '<em><b>Cidr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_BLOCK__CIDR = 0;

	/**
	 * The feature id for the '<em><b>Except</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_BLOCK__EXCEPT = 1;

	/**
	 * The number of structural features of the '<em>IP Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_BLOCK_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressImpl <em>Ingress</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngress()
	 * @generated
	 */
	int INGRESS = 6;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Ingress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressBackendImpl <em>Ingress Backend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressBackendImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressBackend()
	 * @generated
	 */
	int INGRESS_BACKEND = 7;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_BACKEND__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_BACKEND__SERVICE = 1;

	/**
	 * The number of structural features of the '<em>Ingress Backend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_BACKEND_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassImpl <em>Ingress Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClass()
	 * @generated
	 */
	int INGRESS_CLASS = 8;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Ingress Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassListImpl <em>Ingress Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassListImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClassList()
	 * @generated
	 */
	int INGRESS_CLASS_LIST = 9;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Ingress Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassParametersReferenceImpl <em>Ingress Class Parameters Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassParametersReferenceImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClassParametersReference()
	 * @generated
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE = 10;

	/**
	 * The feature id for the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE__API_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE__SCOPE = 4;

	/**
	 * The number of structural features of the '<em>Ingress Class Parameters Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_PARAMETERS_REFERENCE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassSpecImpl <em>Ingress Class Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassSpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClassSpec()
	 * @generated
	 */
	int INGRESS_CLASS_SPEC = 11;

	/**
	 * The feature id for the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_SPEC__CONTROLLER = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_SPEC__PARAMETERS = 1;

	/**
	 * The number of structural features of the '<em>Ingress Class Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_CLASS_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressListImpl <em>Ingress List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressListImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressList()
	 * @generated
	 */
	int INGRESS_LIST = 12;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Ingress List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerIngressImpl <em>Ingress Load Balancer Ingress</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerIngressImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressLoadBalancerIngress()
	 * @generated
	 */
	int INGRESS_LOAD_BALANCER_INGRESS = 13;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LOAD_BALANCER_INGRESS__HOSTNAME = 0;

	/**
	 * The feature id for the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LOAD_BALANCER_INGRESS__IP = 1;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LOAD_BALANCER_INGRESS__PORTS = 2;

	/**
	 * The number of structural features of the '<em>Ingress Load Balancer Ingress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LOAD_BALANCER_INGRESS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerStatusImpl <em>Ingress Load Balancer Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerStatusImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressLoadBalancerStatus()
	 * @generated
	 */
	int INGRESS_LOAD_BALANCER_STATUS = 14;

	/**
	 * The feature id for the '<em><b>Ingress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LOAD_BALANCER_STATUS__INGRESS = 0;

	/**
	 * The number of structural features of the '<em>Ingress Load Balancer Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_LOAD_BALANCER_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressPortStatusImpl <em>Ingress Port Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressPortStatusImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressPortStatus()
	 * @generated
	 */
	int INGRESS_PORT_STATUS = 15;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_PORT_STATUS__ERROR = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_PORT_STATUS__PORT = 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_PORT_STATUS__PROTOCOL = 2;

	/**
	 * The number of structural features of the '<em>Ingress Port Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_PORT_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressRuleImpl <em>Ingress Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressRuleImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressRule()
	 * @generated
	 */
	int INGRESS_RULE = 16;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_RULE__HOST = 0;

	/**
	 * The feature id for the '<em><b>Http</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_RULE__HTTP = 1;

	/**
	 * The number of structural features of the '<em>Ingress Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressServiceBackendImpl <em>Ingress Service Backend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressServiceBackendImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressServiceBackend()
	 * @generated
	 */
	int INGRESS_SERVICE_BACKEND = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SERVICE_BACKEND__NAME = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SERVICE_BACKEND__PORT = 1;

	/**
	 * The number of structural features of the '<em>Ingress Service Backend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SERVICE_BACKEND_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl <em>Ingress Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressSpec()
	 * @generated
	 */
	int INGRESS_SPEC = 18;

	/**
	 * The feature id for the '<em><b>Default Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SPEC__DEFAULT_BACKEND = 0;

	/**
	 * The feature id for the '<em><b>Ingress Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SPEC__INGRESS_CLASS_NAME = 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SPEC__RULES = 2;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SPEC__TLS = 3;

	/**
	 * The number of structural features of the '<em>Ingress Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressStatusImpl <em>Ingress Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressStatusImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressStatus()
	 * @generated
	 */
	int INGRESS_STATUS = 19;

	/**
	 * The feature id for the '<em><b>Load Balancer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_STATUS__LOAD_BALANCER = 0;

	/**
	 * The number of structural features of the '<em>Ingress Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressTLSImpl <em>Ingress TLS</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressTLSImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressTLS()
	 * @generated
	 */
	int INGRESS_TLS = 20;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_TLS__HOSTS = 0;

	/**
	 * The feature id for the '<em><b>Secret Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_TLS__SECRET_NAME = 1;

	/**
	 * The number of structural features of the '<em>Ingress TLS</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INGRESS_TLS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyImpl <em>Network Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicy()
	 * @generated
	 */
	int NETWORK_POLICY = 21;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Network Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyEgressRuleImpl <em>Network Policy Egress Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyEgressRuleImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyEgressRule()
	 * @generated
	 */
	int NETWORK_POLICY_EGRESS_RULE = 22;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_EGRESS_RULE__PORTS = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_EGRESS_RULE__TO = 1;

	/**
	 * The number of structural features of the '<em>Network Policy Egress Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_EGRESS_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyIngressRuleImpl <em>Network Policy Ingress Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyIngressRuleImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyIngressRule()
	 * @generated
	 */
	int NETWORK_POLICY_INGRESS_RULE = 23;

	/**
	 * The feature id for the '<em><b>From</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_INGRESS_RULE__FROM = 0;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_INGRESS_RULE__PORTS = 1;

	/**
	 * The number of structural features of the '<em>Network Policy Ingress Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_INGRESS_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyListImpl <em>Network Policy List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyListImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyList()
	 * @generated
	 */
	int NETWORK_POLICY_LIST = 24;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Network Policy List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl <em>Network Policy Peer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyPeer()
	 * @generated
	 */
	int NETWORK_POLICY_PEER = 25;

	/**
	 * The feature id for the '<em><b>Ip Block</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PEER__IP_BLOCK = 0;

	/**
	 * The feature id for the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PEER__NAMESPACE_SELECTOR = 1;

	/**
	 * The feature id for the '<em><b>Pod Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PEER__POD_SELECTOR = 2;

	/**
	 * The number of structural features of the '<em>Network Policy Peer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PEER_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPortImpl <em>Network Policy Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPortImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyPort()
	 * @generated
	 */
	int NETWORK_POLICY_PORT = 26;

	/**
	 * The feature id for the '<em><b>End Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PORT__END_PORT = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PORT__PORT = 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PORT__PROTOCOL = 2;

	/**
	 * The number of structural features of the '<em>Network Policy Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_PORT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl <em>Network Policy Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicySpec()
	 * @generated
	 */
	int NETWORK_POLICY_SPEC = 27;

	/**
	 * The feature id for the '<em><b>Egress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_SPEC__EGRESS = 0;

	/**
	 * The feature id for the '<em><b>Ingress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_SPEC__INGRESS = 1;

	/**
	 * The feature id for the '<em><b>Pod Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_SPEC__POD_SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Policy Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_SPEC__POLICY_TYPES = 3;

	/**
	 * The number of structural features of the '<em>Network Policy Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_POLICY_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ParentReferenceImpl <em>Parent Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.ParentReferenceImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getParentReference()
	 * @generated
	 */
	int PARENT_REFERENCE = 28;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceBackendPortImpl <em>Service Backend Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceBackendPortImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceBackendPort()
	 * @generated
	 */
	int SERVICE_BACKEND_PORT = 29;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BACKEND_PORT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BACKEND_PORT__NUMBER = 1;

	/**
	 * The number of structural features of the '<em>Service Backend Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BACKEND_PORT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRImpl <em>Service CIDR</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDR()
	 * @generated
	 */
	int SERVICE_CIDR = 30;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRListImpl <em>Service CIDR List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRListImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDRList()
	 * @generated
	 */
	int SERVICE_CIDR_LIST = 31;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRSpecImpl <em>Service CIDR Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRSpecImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDRSpec()
	 * @generated
	 */
	int SERVICE_CIDR_SPEC = 32;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRStatusImpl <em>Service CIDR Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRStatusImpl
	 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDRStatus()
	 * @generated
	 */
	int SERVICE_CIDR_STATUS = 33;

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
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath <em>HTTP Ingress Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Ingress Path</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.HTTPIngressPath
	 * @generated
	 */
	EClass getHTTPIngressPath();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backend</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getBackend()
	 * @see #getHTTPIngressPath()
	 * @generated
	 */
	EReference getHTTPIngressPath_Backend();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPath()
	 * @see #getHTTPIngressPath()
	 * @generated
	 */
	EAttribute getHTTPIngressPath_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPathType <em>Path Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Type</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPathType()
	 * @see #getHTTPIngressPath()
	 * @generated
	 */
	EAttribute getHTTPIngressPath_PathType();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressRuleValue <em>HTTP Ingress Rule Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Ingress Rule Value</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.HTTPIngressRuleValue
	 * @generated
	 */
	EClass getHTTPIngressRuleValue();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressRuleValue#getPaths <em>Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paths</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.HTTPIngressRuleValue#getPaths()
	 * @see #getHTTPIngressRuleValue()
	 * @generated
	 */
	EReference getHTTPIngressRuleValue_Paths();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IPAddress <em>IP Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Address</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddress
	 * @generated
	 */
	EClass getIPAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IPAddress#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddress#getApiVersion()
	 * @see #getIPAddress()
	 * @generated
	 */
	EAttribute getIPAddress_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IPAddress#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddress#getKind()
	 * @see #getIPAddress()
	 * @generated
	 */
	EAttribute getIPAddress_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IPAddress#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddress#getMetadata()
	 * @see #getIPAddress()
	 * @generated
	 */
	EReference getIPAddress_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IPAddress#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddress#getSpec()
	 * @see #getIPAddress()
	 * @generated
	 */
	EReference getIPAddress_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IPAddressList <em>IP Address List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Address List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressList
	 * @generated
	 */
	EClass getIPAddressList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IPAddressList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressList#getApiVersion()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EAttribute getIPAddressList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IPAddressList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressList#getItems()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EReference getIPAddressList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IPAddressList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressList#getKind()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EAttribute getIPAddressList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IPAddressList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressList#getMetadata()
	 * @see #getIPAddressList()
	 * @generated
	 */
	EReference getIPAddressList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IPAddressSpec <em>IP Address Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Address Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressSpec
	 * @generated
	 */
	EClass getIPAddressSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IPAddressSpec#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPAddressSpec#getParentRef()
	 * @see #getIPAddressSpec()
	 * @generated
	 */
	EReference getIPAddressSpec_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IPBlock <em>IP Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>IP Block</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPBlock
	 * @generated
	 */
	EClass getIPBlock();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IPBlock#getCidr <em>Cidr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cidr</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPBlock#getCidr()
	 * @see #getIPBlock()
	 * @generated
	 */
	EAttribute getIPBlock_Cidr();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.networking.v1.IPBlock#getExcept <em>Except</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Except</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IPBlock#getExcept()
	 * @see #getIPBlock()
	 * @generated
	 */
	EAttribute getIPBlock_Except();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.Ingress <em>Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.Ingress
	 * @generated
	 */
	EClass getIngress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.Ingress#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.Ingress#getApiVersion()
	 * @see #getIngress()
	 * @generated
	 */
	EAttribute getIngress_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.Ingress#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.Ingress#getKind()
	 * @see #getIngress()
	 * @generated
	 */
	EAttribute getIngress_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.Ingress#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.Ingress#getMetadata()
	 * @see #getIngress()
	 * @generated
	 */
	EReference getIngress_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.Ingress#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.Ingress#getSpec()
	 * @see #getIngress()
	 * @generated
	 */
	EReference getIngress_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.Ingress#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.Ingress#getStatus()
	 * @see #getIngress()
	 * @generated
	 */
	EReference getIngress_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressBackend <em>Ingress Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Backend</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressBackend
	 * @generated
	 */
	EClass getIngressBackend();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressBackend#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressBackend#getResource()
	 * @see #getIngressBackend()
	 * @generated
	 */
	EReference getIngressBackend_Resource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressBackend#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressBackend#getService()
	 * @see #getIngressBackend()
	 * @generated
	 */
	EReference getIngressBackend_Service();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressClass <em>Ingress Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Class</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClass
	 * @generated
	 */
	EClass getIngressClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClass#getApiVersion()
	 * @see #getIngressClass()
	 * @generated
	 */
	EAttribute getIngressClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClass#getKind()
	 * @see #getIngressClass()
	 * @generated
	 */
	EAttribute getIngressClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClass#getMetadata()
	 * @see #getIngressClass()
	 * @generated
	 */
	EReference getIngressClass_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressClass#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClass#getSpec()
	 * @see #getIngressClass()
	 * @generated
	 */
	EReference getIngressClass_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressClassList <em>Ingress Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Class List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassList
	 * @generated
	 */
	EClass getIngressClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassList#getApiVersion()
	 * @see #getIngressClassList()
	 * @generated
	 */
	EAttribute getIngressClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IngressClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassList#getItems()
	 * @see #getIngressClassList()
	 * @generated
	 */
	EReference getIngressClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassList#getKind()
	 * @see #getIngressClassList()
	 * @generated
	 */
	EAttribute getIngressClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassList#getMetadata()
	 * @see #getIngressClassList()
	 * @generated
	 */
	EReference getIngressClassList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference <em>Ingress Class Parameters Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Class Parameters Reference</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference
	 * @generated
	 */
	EClass getIngressClassParametersReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getApiGroup <em>Api Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Group</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getApiGroup()
	 * @see #getIngressClassParametersReference()
	 * @generated
	 */
	EAttribute getIngressClassParametersReference_ApiGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getKind()
	 * @see #getIngressClassParametersReference()
	 * @generated
	 */
	EAttribute getIngressClassParametersReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getName()
	 * @see #getIngressClassParametersReference()
	 * @generated
	 */
	EAttribute getIngressClassParametersReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getNamespace()
	 * @see #getIngressClassParametersReference()
	 * @generated
	 */
	EAttribute getIngressClassParametersReference_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getScope()
	 * @see #getIngressClassParametersReference()
	 * @generated
	 */
	EAttribute getIngressClassParametersReference_Scope();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec <em>Ingress Class Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Class Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassSpec
	 * @generated
	 */
	EClass getIngressClassSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getController <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getController()
	 * @see #getIngressClassSpec()
	 * @generated
	 */
	EAttribute getIngressClassSpec_Controller();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getParameters()
	 * @see #getIngressClassSpec()
	 * @generated
	 */
	EReference getIngressClassSpec_Parameters();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressList <em>Ingress List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressList
	 * @generated
	 */
	EClass getIngressList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressList#getApiVersion()
	 * @see #getIngressList()
	 * @generated
	 */
	EAttribute getIngressList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IngressList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressList#getItems()
	 * @see #getIngressList()
	 * @generated
	 */
	EReference getIngressList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressList#getKind()
	 * @see #getIngressList()
	 * @generated
	 */
	EAttribute getIngressList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressList#getMetadata()
	 * @see #getIngressList()
	 * @generated
	 */
	EReference getIngressList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress <em>Ingress Load Balancer Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Load Balancer Ingress</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress
	 * @generated
	 */
	EClass getIngressLoadBalancerIngress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress#getHostname()
	 * @see #getIngressLoadBalancerIngress()
	 * @generated
	 */
	EAttribute getIngressLoadBalancerIngress_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress#getIp <em>Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress#getIp()
	 * @see #getIngressLoadBalancerIngress()
	 * @generated
	 */
	EAttribute getIngressLoadBalancerIngress_Ip();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress#getPorts()
	 * @see #getIngressLoadBalancerIngress()
	 * @generated
	 */
	EReference getIngressLoadBalancerIngress_Ports();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerStatus <em>Ingress Load Balancer Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Load Balancer Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerStatus
	 * @generated
	 */
	EClass getIngressLoadBalancerStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerStatus#getIngress <em>Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ingress</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerStatus#getIngress()
	 * @see #getIngressLoadBalancerStatus()
	 * @generated
	 */
	EReference getIngressLoadBalancerStatus_Ingress();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressPortStatus <em>Ingress Port Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Port Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressPortStatus
	 * @generated
	 */
	EClass getIngressPortStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressPortStatus#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressPortStatus#getError()
	 * @see #getIngressPortStatus()
	 * @generated
	 */
	EAttribute getIngressPortStatus_Error();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressPortStatus#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressPortStatus#getPort()
	 * @see #getIngressPortStatus()
	 * @generated
	 */
	EAttribute getIngressPortStatus_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressPortStatus#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressPortStatus#getProtocol()
	 * @see #getIngressPortStatus()
	 * @generated
	 */
	EAttribute getIngressPortStatus_Protocol();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressRule <em>Ingress Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Rule</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressRule
	 * @generated
	 */
	EClass getIngressRule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressRule#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressRule#getHost()
	 * @see #getIngressRule()
	 * @generated
	 */
	EAttribute getIngressRule_Host();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressRule#getHttp <em>Http</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Http</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressRule#getHttp()
	 * @see #getIngressRule()
	 * @generated
	 */
	EReference getIngressRule_Http();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend <em>Ingress Service Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Service Backend</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressServiceBackend
	 * @generated
	 */
	EClass getIngressServiceBackend();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getName()
	 * @see #getIngressServiceBackend()
	 * @generated
	 */
	EAttribute getIngressServiceBackend_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getPort()
	 * @see #getIngressServiceBackend()
	 * @generated
	 */
	EReference getIngressServiceBackend_Port();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec <em>Ingress Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressSpec
	 * @generated
	 */
	EClass getIngressSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getDefaultBackend <em>Default Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Backend</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressSpec#getDefaultBackend()
	 * @see #getIngressSpec()
	 * @generated
	 */
	EReference getIngressSpec_DefaultBackend();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getIngressClassName <em>Ingress Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ingress Class Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressSpec#getIngressClassName()
	 * @see #getIngressSpec()
	 * @generated
	 */
	EAttribute getIngressSpec_IngressClassName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressSpec#getRules()
	 * @see #getIngressSpec()
	 * @generated
	 */
	EReference getIngressSpec_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tls</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressSpec#getTls()
	 * @see #getIngressSpec()
	 * @generated
	 */
	EReference getIngressSpec_Tls();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressStatus <em>Ingress Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressStatus
	 * @generated
	 */
	EClass getIngressStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.IngressStatus#getLoadBalancer <em>Load Balancer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Load Balancer</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressStatus#getLoadBalancer()
	 * @see #getIngressStatus()
	 * @generated
	 */
	EReference getIngressStatus_LoadBalancer();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.IngressTLS <em>Ingress TLS</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ingress TLS</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressTLS
	 * @generated
	 */
	EClass getIngressTLS();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.networking.v1.IngressTLS#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hosts</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressTLS#getHosts()
	 * @see #getIngressTLS()
	 * @generated
	 */
	EAttribute getIngressTLS_Hosts();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.IngressTLS#getSecretName <em>Secret Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secret Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.IngressTLS#getSecretName()
	 * @see #getIngressTLS()
	 * @generated
	 */
	EAttribute getIngressTLS_SecretName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicy <em>Network Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicy
	 * @generated
	 */
	EClass getNetworkPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getApiVersion()
	 * @see #getNetworkPolicy()
	 * @generated
	 */
	EAttribute getNetworkPolicy_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getKind()
	 * @see #getNetworkPolicy()
	 * @generated
	 */
	EAttribute getNetworkPolicy_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getMetadata()
	 * @see #getNetworkPolicy()
	 * @generated
	 */
	EReference getNetworkPolicy_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicy#getSpec()
	 * @see #getNetworkPolicy()
	 * @generated
	 */
	EReference getNetworkPolicy_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule <em>Network Policy Egress Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy Egress Rule</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule
	 * @generated
	 */
	EClass getNetworkPolicyEgressRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule#getPorts()
	 * @see #getNetworkPolicyEgressRule()
	 * @generated
	 */
	EReference getNetworkPolicyEgressRule_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>To</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule#getTo()
	 * @see #getNetworkPolicyEgressRule()
	 * @generated
	 */
	EReference getNetworkPolicyEgressRule_To();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule <em>Network Policy Ingress Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy Ingress Rule</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule
	 * @generated
	 */
	EClass getNetworkPolicyIngressRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>From</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule#getFrom()
	 * @see #getNetworkPolicyIngressRule()
	 * @generated
	 */
	EReference getNetworkPolicyIngressRule_From();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule#getPorts()
	 * @see #getNetworkPolicyIngressRule()
	 * @generated
	 */
	EReference getNetworkPolicyIngressRule_Ports();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyList <em>Network Policy List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyList
	 * @generated
	 */
	EClass getNetworkPolicyList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getApiVersion()
	 * @see #getNetworkPolicyList()
	 * @generated
	 */
	EAttribute getNetworkPolicyList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getItems()
	 * @see #getNetworkPolicyList()
	 * @generated
	 */
	EReference getNetworkPolicyList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getKind()
	 * @see #getNetworkPolicyList()
	 * @generated
	 */
	EAttribute getNetworkPolicyList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyList#getMetadata()
	 * @see #getNetworkPolicyList()
	 * @generated
	 */
	EReference getNetworkPolicyList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer <em>Network Policy Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy Peer</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer
	 * @generated
	 */
	EClass getNetworkPolicyPeer();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getIpBlock <em>Ip Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ip Block</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getIpBlock()
	 * @see #getNetworkPolicyPeer()
	 * @generated
	 */
	EReference getNetworkPolicyPeer_IpBlock();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getNamespaceSelector <em>Namespace Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespace Selector</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getNamespaceSelector()
	 * @see #getNetworkPolicyPeer()
	 * @generated
	 */
	EReference getNetworkPolicyPeer_NamespaceSelector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getPodSelector <em>Pod Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pod Selector</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getPodSelector()
	 * @see #getNetworkPolicyPeer()
	 * @generated
	 */
	EReference getNetworkPolicyPeer_PodSelector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort <em>Network Policy Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy Port</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort
	 * @generated
	 */
	EClass getNetworkPolicyPort();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getEndPort <em>End Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Port</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getEndPort()
	 * @see #getNetworkPolicyPort()
	 * @generated
	 */
	EAttribute getNetworkPolicyPort_EndPort();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getPort()
	 * @see #getNetworkPolicyPort()
	 * @generated
	 */
	EAttribute getNetworkPolicyPort_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getProtocol()
	 * @see #getNetworkPolicyPort()
	 * @generated
	 */
	EAttribute getNetworkPolicyPort_Protocol();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec <em>Network Policy Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Policy Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec
	 * @generated
	 */
	EClass getNetworkPolicySpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getEgress <em>Egress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Egress</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getEgress()
	 * @see #getNetworkPolicySpec()
	 * @generated
	 */
	EReference getNetworkPolicySpec_Egress();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getIngress <em>Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ingress</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getIngress()
	 * @see #getNetworkPolicySpec()
	 * @generated
	 */
	EReference getNetworkPolicySpec_Ingress();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPodSelector <em>Pod Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pod Selector</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPodSelector()
	 * @see #getNetworkPolicySpec()
	 * @generated
	 */
	EReference getNetworkPolicySpec_PodSelector();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPolicyTypes <em>Policy Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Policy Types</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPolicyTypes()
	 * @see #getNetworkPolicySpec()
	 * @generated
	 */
	EAttribute getNetworkPolicySpec_PolicyTypes();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.ParentReference <em>Parent Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parent Reference</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ParentReference
	 * @generated
	 */
	EClass getParentReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ParentReference#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ParentReference#getGroup()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ParentReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ParentReference#getName()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ParentReference#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ParentReference#getNamespace()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ParentReference#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ParentReference#getResource()
	 * @see #getParentReference()
	 * @generated
	 */
	EAttribute getParentReference_Resource();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.ServiceBackendPort <em>Service Backend Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Backend Port</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceBackendPort
	 * @generated
	 */
	EClass getServiceBackendPort();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ServiceBackendPort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceBackendPort#getName()
	 * @see #getServiceBackendPort()
	 * @generated
	 */
	EAttribute getServiceBackendPort_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ServiceBackendPort#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceBackendPort#getNumber()
	 * @see #getServiceBackendPort()
	 * @generated
	 */
	EAttribute getServiceBackendPort_Number();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDR <em>Service CIDR</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDR
	 * @generated
	 */
	EClass getServiceCIDR();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getApiVersion()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EAttribute getServiceCIDR_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getKind()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EAttribute getServiceCIDR_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getMetadata()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EReference getServiceCIDR_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getSpec()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EReference getServiceCIDR_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDR#getStatus()
	 * @see #getServiceCIDR()
	 * @generated
	 */
	EReference getServiceCIDR_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRList <em>Service CIDR List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR List</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRList
	 * @generated
	 */
	EClass getServiceCIDRList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getApiVersion()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EAttribute getServiceCIDRList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getItems()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EReference getServiceCIDRList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getKind()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EAttribute getServiceCIDRList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRList#getMetadata()
	 * @see #getServiceCIDRList()
	 * @generated
	 */
	EReference getServiceCIDRList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRSpec <em>Service CIDR Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR Spec</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRSpec
	 * @generated
	 */
	EClass getServiceCIDRSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRSpec#getCidrs <em>Cidrs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cidrs</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRSpec#getCidrs()
	 * @see #getServiceCIDRSpec()
	 * @generated
	 */
	EAttribute getServiceCIDRSpec_Cidrs();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRStatus <em>Service CIDR Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service CIDR Status</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRStatus
	 * @generated
	 */
	EClass getServiceCIDRStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.networking.v1.ServiceCIDRStatus#getConditions()
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
	NetworkingV1Factory getNetworkingV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl <em>HTTP Ingress Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getHTTPIngressPath()
		 * @generated
		 */
		EClass HTTP_INGRESS_PATH = eINSTANCE.getHTTPIngressPath();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_INGRESS_PATH__BACKEND = eINSTANCE.getHTTPIngressPath_Backend();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_INGRESS_PATH__PATH = eINSTANCE.getHTTPIngressPath_Path();

		/**
		 * The meta object literal for the '<em><b>Path Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_INGRESS_PATH__PATH_TYPE = eINSTANCE.getHTTPIngressPath_PathType();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressRuleValueImpl <em>HTTP Ingress Rule Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressRuleValueImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getHTTPIngressRuleValue()
		 * @generated
		 */
		EClass HTTP_INGRESS_RULE_VALUE = eINSTANCE.getHTTPIngressRuleValue();

		/**
		 * The meta object literal for the '<em><b>Paths</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_INGRESS_RULE_VALUE__PATHS = eINSTANCE.getHTTPIngressRuleValue_Paths();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressImpl <em>IP Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IPAddressImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPAddress()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressListImpl <em>IP Address List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IPAddressListImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPAddressList()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressSpecImpl <em>IP Address Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IPAddressSpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPAddressSpec()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IPBlockImpl <em>IP Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IPBlockImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIPBlock()
		 * @generated
		 */
		EClass IP_BLOCK = eINSTANCE.getIPBlock();

		/**
		 * The meta object literal for the '<em><b>Cidr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_BLOCK__CIDR = eINSTANCE.getIPBlock_Cidr();

		/**
		 * The meta object literal for the '<em><b>Except</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_BLOCK__EXCEPT = eINSTANCE.getIPBlock_Except();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressImpl <em>Ingress</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngress()
		 * @generated
		 */
		EClass INGRESS = eINSTANCE.getIngress();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS__API_VERSION = eINSTANCE.getIngress_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS__KIND = eINSTANCE.getIngress_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS__METADATA = eINSTANCE.getIngress_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS__SPEC = eINSTANCE.getIngress_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS__STATUS = eINSTANCE.getIngress_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressBackendImpl <em>Ingress Backend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressBackendImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressBackend()
		 * @generated
		 */
		EClass INGRESS_BACKEND = eINSTANCE.getIngressBackend();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_BACKEND__RESOURCE = eINSTANCE.getIngressBackend_Resource();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_BACKEND__SERVICE = eINSTANCE.getIngressBackend_Service();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassImpl <em>Ingress Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClass()
		 * @generated
		 */
		EClass INGRESS_CLASS = eINSTANCE.getIngressClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS__API_VERSION = eINSTANCE.getIngressClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS__KIND = eINSTANCE.getIngressClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_CLASS__METADATA = eINSTANCE.getIngressClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_CLASS__SPEC = eINSTANCE.getIngressClass_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassListImpl <em>Ingress Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassListImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClassList()
		 * @generated
		 */
		EClass INGRESS_CLASS_LIST = eINSTANCE.getIngressClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_LIST__API_VERSION = eINSTANCE.getIngressClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_CLASS_LIST__ITEMS = eINSTANCE.getIngressClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_LIST__KIND = eINSTANCE.getIngressClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_CLASS_LIST__METADATA = eINSTANCE.getIngressClassList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassParametersReferenceImpl <em>Ingress Class Parameters Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassParametersReferenceImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClassParametersReference()
		 * @generated
		 */
		EClass INGRESS_CLASS_PARAMETERS_REFERENCE = eINSTANCE.getIngressClassParametersReference();

		/**
		 * The meta object literal for the '<em><b>Api Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_PARAMETERS_REFERENCE__API_GROUP = eINSTANCE.getIngressClassParametersReference_ApiGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_PARAMETERS_REFERENCE__KIND = eINSTANCE.getIngressClassParametersReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_PARAMETERS_REFERENCE__NAME = eINSTANCE.getIngressClassParametersReference_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_PARAMETERS_REFERENCE__NAMESPACE = eINSTANCE.getIngressClassParametersReference_Namespace();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_PARAMETERS_REFERENCE__SCOPE = eINSTANCE.getIngressClassParametersReference_Scope();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressClassSpecImpl <em>Ingress Class Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressClassSpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressClassSpec()
		 * @generated
		 */
		EClass INGRESS_CLASS_SPEC = eINSTANCE.getIngressClassSpec();

		/**
		 * The meta object literal for the '<em><b>Controller</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_CLASS_SPEC__CONTROLLER = eINSTANCE.getIngressClassSpec_Controller();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_CLASS_SPEC__PARAMETERS = eINSTANCE.getIngressClassSpec_Parameters();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressListImpl <em>Ingress List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressListImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressList()
		 * @generated
		 */
		EClass INGRESS_LIST = eINSTANCE.getIngressList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_LIST__API_VERSION = eINSTANCE.getIngressList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_LIST__ITEMS = eINSTANCE.getIngressList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_LIST__KIND = eINSTANCE.getIngressList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_LIST__METADATA = eINSTANCE.getIngressList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerIngressImpl <em>Ingress Load Balancer Ingress</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerIngressImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressLoadBalancerIngress()
		 * @generated
		 */
		EClass INGRESS_LOAD_BALANCER_INGRESS = eINSTANCE.getIngressLoadBalancerIngress();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_LOAD_BALANCER_INGRESS__HOSTNAME = eINSTANCE.getIngressLoadBalancerIngress_Hostname();

		/**
		 * The meta object literal for the '<em><b>Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_LOAD_BALANCER_INGRESS__IP = eINSTANCE.getIngressLoadBalancerIngress_Ip();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_LOAD_BALANCER_INGRESS__PORTS = eINSTANCE.getIngressLoadBalancerIngress_Ports();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerStatusImpl <em>Ingress Load Balancer Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressLoadBalancerStatusImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressLoadBalancerStatus()
		 * @generated
		 */
		EClass INGRESS_LOAD_BALANCER_STATUS = eINSTANCE.getIngressLoadBalancerStatus();

		/**
		 * The meta object literal for the '<em><b>Ingress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_LOAD_BALANCER_STATUS__INGRESS = eINSTANCE.getIngressLoadBalancerStatus_Ingress();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressPortStatusImpl <em>Ingress Port Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressPortStatusImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressPortStatus()
		 * @generated
		 */
		EClass INGRESS_PORT_STATUS = eINSTANCE.getIngressPortStatus();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_PORT_STATUS__ERROR = eINSTANCE.getIngressPortStatus_Error();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_PORT_STATUS__PORT = eINSTANCE.getIngressPortStatus_Port();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_PORT_STATUS__PROTOCOL = eINSTANCE.getIngressPortStatus_Protocol();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressRuleImpl <em>Ingress Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressRuleImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressRule()
		 * @generated
		 */
		EClass INGRESS_RULE = eINSTANCE.getIngressRule();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_RULE__HOST = eINSTANCE.getIngressRule_Host();

		/**
		 * The meta object literal for the '<em><b>Http</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_RULE__HTTP = eINSTANCE.getIngressRule_Http();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressServiceBackendImpl <em>Ingress Service Backend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressServiceBackendImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressServiceBackend()
		 * @generated
		 */
		EClass INGRESS_SERVICE_BACKEND = eINSTANCE.getIngressServiceBackend();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_SERVICE_BACKEND__NAME = eINSTANCE.getIngressServiceBackend_Name();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_SERVICE_BACKEND__PORT = eINSTANCE.getIngressServiceBackend_Port();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl <em>Ingress Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressSpec()
		 * @generated
		 */
		EClass INGRESS_SPEC = eINSTANCE.getIngressSpec();

		/**
		 * The meta object literal for the '<em><b>Default Backend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_SPEC__DEFAULT_BACKEND = eINSTANCE.getIngressSpec_DefaultBackend();

		/**
		 * The meta object literal for the '<em><b>Ingress Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_SPEC__INGRESS_CLASS_NAME = eINSTANCE.getIngressSpec_IngressClassName();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_SPEC__RULES = eINSTANCE.getIngressSpec_Rules();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_SPEC__TLS = eINSTANCE.getIngressSpec_Tls();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressStatusImpl <em>Ingress Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressStatusImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressStatus()
		 * @generated
		 */
		EClass INGRESS_STATUS = eINSTANCE.getIngressStatus();

		/**
		 * The meta object literal for the '<em><b>Load Balancer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INGRESS_STATUS__LOAD_BALANCER = eINSTANCE.getIngressStatus_LoadBalancer();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.IngressTLSImpl <em>Ingress TLS</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.IngressTLSImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getIngressTLS()
		 * @generated
		 */
		EClass INGRESS_TLS = eINSTANCE.getIngressTLS();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_TLS__HOSTS = eINSTANCE.getIngressTLS_Hosts();

		/**
		 * The meta object literal for the '<em><b>Secret Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INGRESS_TLS__SECRET_NAME = eINSTANCE.getIngressTLS_SecretName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyImpl <em>Network Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicy()
		 * @generated
		 */
		EClass NETWORK_POLICY = eINSTANCE.getNetworkPolicy();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY__API_VERSION = eINSTANCE.getNetworkPolicy_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY__KIND = eINSTANCE.getNetworkPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY__METADATA = eINSTANCE.getNetworkPolicy_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY__SPEC = eINSTANCE.getNetworkPolicy_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyEgressRuleImpl <em>Network Policy Egress Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyEgressRuleImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyEgressRule()
		 * @generated
		 */
		EClass NETWORK_POLICY_EGRESS_RULE = eINSTANCE.getNetworkPolicyEgressRule();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_EGRESS_RULE__PORTS = eINSTANCE.getNetworkPolicyEgressRule_Ports();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_EGRESS_RULE__TO = eINSTANCE.getNetworkPolicyEgressRule_To();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyIngressRuleImpl <em>Network Policy Ingress Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyIngressRuleImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyIngressRule()
		 * @generated
		 */
		EClass NETWORK_POLICY_INGRESS_RULE = eINSTANCE.getNetworkPolicyIngressRule();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_INGRESS_RULE__FROM = eINSTANCE.getNetworkPolicyIngressRule_From();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_INGRESS_RULE__PORTS = eINSTANCE.getNetworkPolicyIngressRule_Ports();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyListImpl <em>Network Policy List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyListImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyList()
		 * @generated
		 */
		EClass NETWORK_POLICY_LIST = eINSTANCE.getNetworkPolicyList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY_LIST__API_VERSION = eINSTANCE.getNetworkPolicyList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_LIST__ITEMS = eINSTANCE.getNetworkPolicyList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY_LIST__KIND = eINSTANCE.getNetworkPolicyList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_LIST__METADATA = eINSTANCE.getNetworkPolicyList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl <em>Network Policy Peer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyPeer()
		 * @generated
		 */
		EClass NETWORK_POLICY_PEER = eINSTANCE.getNetworkPolicyPeer();

		/**
		 * The meta object literal for the '<em><b>Ip Block</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_PEER__IP_BLOCK = eINSTANCE.getNetworkPolicyPeer_IpBlock();

		/**
		 * The meta object literal for the '<em><b>Namespace Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_PEER__NAMESPACE_SELECTOR = eINSTANCE.getNetworkPolicyPeer_NamespaceSelector();

		/**
		 * The meta object literal for the '<em><b>Pod Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_PEER__POD_SELECTOR = eINSTANCE.getNetworkPolicyPeer_PodSelector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPortImpl <em>Network Policy Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPortImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicyPort()
		 * @generated
		 */
		EClass NETWORK_POLICY_PORT = eINSTANCE.getNetworkPolicyPort();

		/**
		 * The meta object literal for the '<em><b>End Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY_PORT__END_PORT = eINSTANCE.getNetworkPolicyPort_EndPort();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY_PORT__PORT = eINSTANCE.getNetworkPolicyPort_Port();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY_PORT__PROTOCOL = eINSTANCE.getNetworkPolicyPort_Protocol();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl <em>Network Policy Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getNetworkPolicySpec()
		 * @generated
		 */
		EClass NETWORK_POLICY_SPEC = eINSTANCE.getNetworkPolicySpec();

		/**
		 * The meta object literal for the '<em><b>Egress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_SPEC__EGRESS = eINSTANCE.getNetworkPolicySpec_Egress();

		/**
		 * The meta object literal for the '<em><b>Ingress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_SPEC__INGRESS = eINSTANCE.getNetworkPolicySpec_Ingress();

		/**
		 * The meta object literal for the '<em><b>Pod Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_POLICY_SPEC__POD_SELECTOR = eINSTANCE.getNetworkPolicySpec_PodSelector();

		/**
		 * The meta object literal for the '<em><b>Policy Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_POLICY_SPEC__POLICY_TYPES = eINSTANCE.getNetworkPolicySpec_PolicyTypes();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ParentReferenceImpl <em>Parent Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.ParentReferenceImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getParentReference()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceBackendPortImpl <em>Service Backend Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceBackendPortImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceBackendPort()
		 * @generated
		 */
		EClass SERVICE_BACKEND_PORT = eINSTANCE.getServiceBackendPort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_BACKEND_PORT__NAME = eINSTANCE.getServiceBackendPort_Name();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_BACKEND_PORT__NUMBER = eINSTANCE.getServiceBackendPort_Number();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRImpl <em>Service CIDR</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDR()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRListImpl <em>Service CIDR List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRListImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDRList()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRSpecImpl <em>Service CIDR Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRSpecImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDRSpec()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRStatusImpl <em>Service CIDR Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRStatusImpl
		 * @see io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl#getServiceCIDRStatus()
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

} //NetworkingV1Package
