/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package
 * @generated
 */
public interface NetworkingV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkingV1Factory eINSTANCE = io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>HTTP Ingress Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Ingress Path</em>'.
	 * @generated
	 */
	HTTPIngressPath createHTTPIngressPath();

	/**
	 * Returns a new object of class '<em>HTTP Ingress Rule Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Ingress Rule Value</em>'.
	 * @generated
	 */
	HTTPIngressRuleValue createHTTPIngressRuleValue();

	/**
	 * Returns a new object of class '<em>IP Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Address</em>'.
	 * @generated
	 */
	IPAddress createIPAddress();

	/**
	 * Returns a new object of class '<em>IP Address List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Address List</em>'.
	 * @generated
	 */
	IPAddressList createIPAddressList();

	/**
	 * Returns a new object of class '<em>IP Address Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Address Spec</em>'.
	 * @generated
	 */
	IPAddressSpec createIPAddressSpec();

	/**
	 * Returns a new object of class '<em>IP Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Block</em>'.
	 * @generated
	 */
	IPBlock createIPBlock();

	/**
	 * Returns a new object of class '<em>Ingress</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress</em>'.
	 * @generated
	 */
	Ingress createIngress();

	/**
	 * Returns a new object of class '<em>Ingress Backend</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Backend</em>'.
	 * @generated
	 */
	IngressBackend createIngressBackend();

	/**
	 * Returns a new object of class '<em>Ingress Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Class</em>'.
	 * @generated
	 */
	IngressClass createIngressClass();

	/**
	 * Returns a new object of class '<em>Ingress Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Class List</em>'.
	 * @generated
	 */
	IngressClassList createIngressClassList();

	/**
	 * Returns a new object of class '<em>Ingress Class Parameters Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Class Parameters Reference</em>'.
	 * @generated
	 */
	IngressClassParametersReference createIngressClassParametersReference();

	/**
	 * Returns a new object of class '<em>Ingress Class Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Class Spec</em>'.
	 * @generated
	 */
	IngressClassSpec createIngressClassSpec();

	/**
	 * Returns a new object of class '<em>Ingress List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress List</em>'.
	 * @generated
	 */
	IngressList createIngressList();

	/**
	 * Returns a new object of class '<em>Ingress Load Balancer Ingress</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Load Balancer Ingress</em>'.
	 * @generated
	 */
	IngressLoadBalancerIngress createIngressLoadBalancerIngress();

	/**
	 * Returns a new object of class '<em>Ingress Load Balancer Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Load Balancer Status</em>'.
	 * @generated
	 */
	IngressLoadBalancerStatus createIngressLoadBalancerStatus();

	/**
	 * Returns a new object of class '<em>Ingress Port Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Port Status</em>'.
	 * @generated
	 */
	IngressPortStatus createIngressPortStatus();

	/**
	 * Returns a new object of class '<em>Ingress Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Rule</em>'.
	 * @generated
	 */
	IngressRule createIngressRule();

	/**
	 * Returns a new object of class '<em>Ingress Service Backend</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Service Backend</em>'.
	 * @generated
	 */
	IngressServiceBackend createIngressServiceBackend();

	/**
	 * Returns a new object of class '<em>Ingress Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Spec</em>'.
	 * @generated
	 */
	IngressSpec createIngressSpec();

	/**
	 * Returns a new object of class '<em>Ingress Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress Status</em>'.
	 * @generated
	 */
	IngressStatus createIngressStatus();

	/**
	 * Returns a new object of class '<em>Ingress TLS</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ingress TLS</em>'.
	 * @generated
	 */
	IngressTLS createIngressTLS();

	/**
	 * Returns a new object of class '<em>Network Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy</em>'.
	 * @generated
	 */
	NetworkPolicy createNetworkPolicy();

	/**
	 * Returns a new object of class '<em>Network Policy Egress Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy Egress Rule</em>'.
	 * @generated
	 */
	NetworkPolicyEgressRule createNetworkPolicyEgressRule();

	/**
	 * Returns a new object of class '<em>Network Policy Ingress Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy Ingress Rule</em>'.
	 * @generated
	 */
	NetworkPolicyIngressRule createNetworkPolicyIngressRule();

	/**
	 * Returns a new object of class '<em>Network Policy List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy List</em>'.
	 * @generated
	 */
	NetworkPolicyList createNetworkPolicyList();

	/**
	 * Returns a new object of class '<em>Network Policy Peer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy Peer</em>'.
	 * @generated
	 */
	NetworkPolicyPeer createNetworkPolicyPeer();

	/**
	 * Returns a new object of class '<em>Network Policy Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy Port</em>'.
	 * @generated
	 */
	NetworkPolicyPort createNetworkPolicyPort();

	/**
	 * Returns a new object of class '<em>Network Policy Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Policy Spec</em>'.
	 * @generated
	 */
	NetworkPolicySpec createNetworkPolicySpec();

	/**
	 * Returns a new object of class '<em>Parent Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parent Reference</em>'.
	 * @generated
	 */
	ParentReference createParentReference();

	/**
	 * Returns a new object of class '<em>Service Backend Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Backend Port</em>'.
	 * @generated
	 */
	ServiceBackendPort createServiceBackendPort();

	/**
	 * Returns a new object of class '<em>Service CIDR</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR</em>'.
	 * @generated
	 */
	ServiceCIDR createServiceCIDR();

	/**
	 * Returns a new object of class '<em>Service CIDR List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR List</em>'.
	 * @generated
	 */
	ServiceCIDRList createServiceCIDRList();

	/**
	 * Returns a new object of class '<em>Service CIDR Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR Spec</em>'.
	 * @generated
	 */
	ServiceCIDRSpec createServiceCIDRSpec();

	/**
	 * Returns a new object of class '<em>Service CIDR Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR Status</em>'.
	 * @generated
	 */
	ServiceCIDRStatus createServiceCIDRStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NetworkingV1Package getNetworkingV1Package();

} //NetworkingV1Factory
