/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.*;

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
public class NetworkingV1FactoryImpl extends EFactoryImpl implements NetworkingV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NetworkingV1Factory init() {
		try {
			NetworkingV1Factory theNetworkingV1Factory = (NetworkingV1Factory)EPackage.Registry.INSTANCE.getEFactory(NetworkingV1Package.eNS_URI);
			if (theNetworkingV1Factory != null) {
				return theNetworkingV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NetworkingV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkingV1FactoryImpl() {
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
			case NetworkingV1Package.HTTP_INGRESS_PATH: return createHTTPIngressPath();
			case NetworkingV1Package.HTTP_INGRESS_RULE_VALUE: return createHTTPIngressRuleValue();
			case NetworkingV1Package.IP_ADDRESS: return createIPAddress();
			case NetworkingV1Package.IP_ADDRESS_LIST: return createIPAddressList();
			case NetworkingV1Package.IP_ADDRESS_SPEC: return createIPAddressSpec();
			case NetworkingV1Package.IP_BLOCK: return createIPBlock();
			case NetworkingV1Package.INGRESS: return createIngress();
			case NetworkingV1Package.INGRESS_BACKEND: return createIngressBackend();
			case NetworkingV1Package.INGRESS_CLASS: return createIngressClass();
			case NetworkingV1Package.INGRESS_CLASS_LIST: return createIngressClassList();
			case NetworkingV1Package.INGRESS_CLASS_PARAMETERS_REFERENCE: return createIngressClassParametersReference();
			case NetworkingV1Package.INGRESS_CLASS_SPEC: return createIngressClassSpec();
			case NetworkingV1Package.INGRESS_LIST: return createIngressList();
			case NetworkingV1Package.INGRESS_LOAD_BALANCER_INGRESS: return createIngressLoadBalancerIngress();
			case NetworkingV1Package.INGRESS_LOAD_BALANCER_STATUS: return createIngressLoadBalancerStatus();
			case NetworkingV1Package.INGRESS_PORT_STATUS: return createIngressPortStatus();
			case NetworkingV1Package.INGRESS_RULE: return createIngressRule();
			case NetworkingV1Package.INGRESS_SERVICE_BACKEND: return createIngressServiceBackend();
			case NetworkingV1Package.INGRESS_SPEC: return createIngressSpec();
			case NetworkingV1Package.INGRESS_STATUS: return createIngressStatus();
			case NetworkingV1Package.INGRESS_TLS: return createIngressTLS();
			case NetworkingV1Package.NETWORK_POLICY: return createNetworkPolicy();
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE: return createNetworkPolicyEgressRule();
			case NetworkingV1Package.NETWORK_POLICY_INGRESS_RULE: return createNetworkPolicyIngressRule();
			case NetworkingV1Package.NETWORK_POLICY_LIST: return createNetworkPolicyList();
			case NetworkingV1Package.NETWORK_POLICY_PEER: return createNetworkPolicyPeer();
			case NetworkingV1Package.NETWORK_POLICY_PORT: return createNetworkPolicyPort();
			case NetworkingV1Package.NETWORK_POLICY_SPEC: return createNetworkPolicySpec();
			case NetworkingV1Package.PARENT_REFERENCE: return createParentReference();
			case NetworkingV1Package.SERVICE_BACKEND_PORT: return createServiceBackendPort();
			case NetworkingV1Package.SERVICE_CIDR: return createServiceCIDR();
			case NetworkingV1Package.SERVICE_CIDR_LIST: return createServiceCIDRList();
			case NetworkingV1Package.SERVICE_CIDR_SPEC: return createServiceCIDRSpec();
			case NetworkingV1Package.SERVICE_CIDR_STATUS: return createServiceCIDRStatus();
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
	public HTTPIngressPath createHTTPIngressPath() {
		HTTPIngressPathImpl httpIngressPath = new HTTPIngressPathImpl();
		return httpIngressPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPIngressRuleValue createHTTPIngressRuleValue() {
		HTTPIngressRuleValueImpl httpIngressRuleValue = new HTTPIngressRuleValueImpl();
		return httpIngressRuleValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPAddress createIPAddress() {
		IPAddressImpl ipAddress = new IPAddressImpl();
		return ipAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPAddressList createIPAddressList() {
		IPAddressListImpl ipAddressList = new IPAddressListImpl();
		return ipAddressList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPAddressSpec createIPAddressSpec() {
		IPAddressSpecImpl ipAddressSpec = new IPAddressSpecImpl();
		return ipAddressSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPBlock createIPBlock() {
		IPBlockImpl ipBlock = new IPBlockImpl();
		return ipBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ingress createIngress() {
		IngressImpl ingress = new IngressImpl();
		return ingress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressBackend createIngressBackend() {
		IngressBackendImpl ingressBackend = new IngressBackendImpl();
		return ingressBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressClass createIngressClass() {
		IngressClassImpl ingressClass = new IngressClassImpl();
		return ingressClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressClassList createIngressClassList() {
		IngressClassListImpl ingressClassList = new IngressClassListImpl();
		return ingressClassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressClassParametersReference createIngressClassParametersReference() {
		IngressClassParametersReferenceImpl ingressClassParametersReference = new IngressClassParametersReferenceImpl();
		return ingressClassParametersReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressClassSpec createIngressClassSpec() {
		IngressClassSpecImpl ingressClassSpec = new IngressClassSpecImpl();
		return ingressClassSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressList createIngressList() {
		IngressListImpl ingressList = new IngressListImpl();
		return ingressList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressLoadBalancerIngress createIngressLoadBalancerIngress() {
		IngressLoadBalancerIngressImpl ingressLoadBalancerIngress = new IngressLoadBalancerIngressImpl();
		return ingressLoadBalancerIngress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressLoadBalancerStatus createIngressLoadBalancerStatus() {
		IngressLoadBalancerStatusImpl ingressLoadBalancerStatus = new IngressLoadBalancerStatusImpl();
		return ingressLoadBalancerStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressPortStatus createIngressPortStatus() {
		IngressPortStatusImpl ingressPortStatus = new IngressPortStatusImpl();
		return ingressPortStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressRule createIngressRule() {
		IngressRuleImpl ingressRule = new IngressRuleImpl();
		return ingressRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressServiceBackend createIngressServiceBackend() {
		IngressServiceBackendImpl ingressServiceBackend = new IngressServiceBackendImpl();
		return ingressServiceBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressSpec createIngressSpec() {
		IngressSpecImpl ingressSpec = new IngressSpecImpl();
		return ingressSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressStatus createIngressStatus() {
		IngressStatusImpl ingressStatus = new IngressStatusImpl();
		return ingressStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressTLS createIngressTLS() {
		IngressTLSImpl ingressTLS = new IngressTLSImpl();
		return ingressTLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicy createNetworkPolicy() {
		NetworkPolicyImpl networkPolicy = new NetworkPolicyImpl();
		return networkPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicyEgressRule createNetworkPolicyEgressRule() {
		NetworkPolicyEgressRuleImpl networkPolicyEgressRule = new NetworkPolicyEgressRuleImpl();
		return networkPolicyEgressRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicyIngressRule createNetworkPolicyIngressRule() {
		NetworkPolicyIngressRuleImpl networkPolicyIngressRule = new NetworkPolicyIngressRuleImpl();
		return networkPolicyIngressRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicyList createNetworkPolicyList() {
		NetworkPolicyListImpl networkPolicyList = new NetworkPolicyListImpl();
		return networkPolicyList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicyPeer createNetworkPolicyPeer() {
		NetworkPolicyPeerImpl networkPolicyPeer = new NetworkPolicyPeerImpl();
		return networkPolicyPeer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicyPort createNetworkPolicyPort() {
		NetworkPolicyPortImpl networkPolicyPort = new NetworkPolicyPortImpl();
		return networkPolicyPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPolicySpec createNetworkPolicySpec() {
		NetworkPolicySpecImpl networkPolicySpec = new NetworkPolicySpecImpl();
		return networkPolicySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParentReference createParentReference() {
		ParentReferenceImpl parentReference = new ParentReferenceImpl();
		return parentReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceBackendPort createServiceBackendPort() {
		ServiceBackendPortImpl serviceBackendPort = new ServiceBackendPortImpl();
		return serviceBackendPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDR createServiceCIDR() {
		ServiceCIDRImpl serviceCIDR = new ServiceCIDRImpl();
		return serviceCIDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDRList createServiceCIDRList() {
		ServiceCIDRListImpl serviceCIDRList = new ServiceCIDRListImpl();
		return serviceCIDRList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDRSpec createServiceCIDRSpec() {
		ServiceCIDRSpecImpl serviceCIDRSpec = new ServiceCIDRSpecImpl();
		return serviceCIDRSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDRStatus createServiceCIDRStatus() {
		ServiceCIDRStatusImpl serviceCIDRStatus = new ServiceCIDRStatusImpl();
		return serviceCIDRStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkingV1Package getNetworkingV1Package() {
		return (NetworkingV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NetworkingV1Package getPackage() {
		return NetworkingV1Package.eINSTANCE;
	}

} //NetworkingV1FactoryImpl
