/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package
 * @generated
 */
public interface GatewayV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1Factory eINSTANCE = io.pilothouse.model.k8s.gateway.v1.impl.GatewayV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy</em>'.
	 * @generated
	 */
	BackendTLSPolicy createBackendTLSPolicy();

	/**
	 * Returns a new object of class '<em>Gateway Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Class</em>'.
	 * @generated
	 */
	GatewayClass createGatewayClass();

	/**
	 * Returns a new object of class '<em>Gateway</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway</em>'.
	 * @generated
	 */
	Gateway createGateway();

	/**
	 * Returns a new object of class '<em>GRPC Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route</em>'.
	 * @generated
	 */
	GRPCRoute createGRPCRoute();

	/**
	 * Returns a new object of class '<em>HTTP Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route</em>'.
	 * @generated
	 */
	HTTPRoute createHTTPRoute();

	/**
	 * Returns a new object of class '<em>Listener Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set</em>'.
	 * @generated
	 */
	ListenerSet createListenerSet();

	/**
	 * Returns a new object of class '<em>Reference Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Grant</em>'.
	 * @generated
	 */
	ReferenceGrant createReferenceGrant();

	/**
	 * Returns a new object of class '<em>TCP Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route</em>'.
	 * @generated
	 */
	TCPRoute createTCPRoute();

	/**
	 * Returns a new object of class '<em>TLS Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route</em>'.
	 * @generated
	 */
	TLSRoute createTLSRoute();

	/**
	 * Returns a new object of class '<em>UDP Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route</em>'.
	 * @generated
	 */
	UDPRoute createUDPRoute();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Spec</em>'.
	 * @generated
	 */
	BackendTLSPolicySpec createBackendTLSPolicySpec();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Target Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Target Ref</em>'.
	 * @generated
	 */
	BackendTLSPolicyTargetRef createBackendTLSPolicyTargetRef();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Validation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Validation</em>'.
	 * @generated
	 */
	BackendTLSPolicyValidation createBackendTLSPolicyValidation();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Ca Certificate Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Ca Certificate Ref</em>'.
	 * @generated
	 */
	BackendTLSPolicyCaCertificateRef createBackendTLSPolicyCaCertificateRef();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Subject Alt Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Subject Alt Name</em>'.
	 * @generated
	 */
	BackendTLSPolicySubjectAltName createBackendTLSPolicySubjectAltName();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Status</em>'.
	 * @generated
	 */
	BackendTLSPolicyStatus createBackendTLSPolicyStatus();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Ancestor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Ancestor</em>'.
	 * @generated
	 */
	BackendTLSPolicyAncestor createBackendTLSPolicyAncestor();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Ancestor Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Ancestor Ref</em>'.
	 * @generated
	 */
	BackendTLSPolicyAncestorRef createBackendTLSPolicyAncestorRef();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Condition</em>'.
	 * @generated
	 */
	BackendTLSPolicyCondition createBackendTLSPolicyCondition();

	/**
	 * Returns a new object of class '<em>Gateway Class Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Class Spec</em>'.
	 * @generated
	 */
	GatewayClassSpec createGatewayClassSpec();

	/**
	 * Returns a new object of class '<em>Gateway Class Parameters Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Class Parameters Ref</em>'.
	 * @generated
	 */
	GatewayClassParametersRef createGatewayClassParametersRef();

	/**
	 * Returns a new object of class '<em>Gateway Class Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Class Status</em>'.
	 * @generated
	 */
	GatewayClassStatus createGatewayClassStatus();

	/**
	 * Returns a new object of class '<em>Gateway Class Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Class Condition</em>'.
	 * @generated
	 */
	GatewayClassCondition createGatewayClassCondition();

	/**
	 * Returns a new object of class '<em>Gateway Class Supported Feature</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Class Supported Feature</em>'.
	 * @generated
	 */
	GatewayClassSupportedFeature createGatewayClassSupportedFeature();

	/**
	 * Returns a new object of class '<em>Gateway Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Spec</em>'.
	 * @generated
	 */
	GatewaySpec createGatewaySpec();

	/**
	 * Returns a new object of class '<em>Gateway Spec Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Spec Address</em>'.
	 * @generated
	 */
	GatewaySpecAddress createGatewaySpecAddress();

	/**
	 * Returns a new object of class '<em>Gateway Allowed Listeners</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Allowed Listeners</em>'.
	 * @generated
	 */
	GatewayAllowedListeners createGatewayAllowedListeners();

	/**
	 * Returns a new object of class '<em>Gateway Allowed Listeners Namespaces</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Allowed Listeners Namespaces</em>'.
	 * @generated
	 */
	GatewayAllowedListenersNamespaces createGatewayAllowedListenersNamespaces();

	/**
	 * Returns a new object of class '<em>Gateway Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Selector</em>'.
	 * @generated
	 */
	GatewaySelector createGatewaySelector();

	/**
	 * Returns a new object of class '<em>Gateway Match Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Match Expression</em>'.
	 * @generated
	 */
	GatewayMatchExpression createGatewayMatchExpression();

	/**
	 * Returns a new object of class '<em>Gateway Infrastructure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Infrastructure</em>'.
	 * @generated
	 */
	GatewayInfrastructure createGatewayInfrastructure();

	/**
	 * Returns a new object of class '<em>Gateway Parameters Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Parameters Ref</em>'.
	 * @generated
	 */
	GatewayParametersRef createGatewayParametersRef();

	/**
	 * Returns a new object of class '<em>Gateway Spec Listener</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Spec Listener</em>'.
	 * @generated
	 */
	GatewaySpecListener createGatewaySpecListener();

	/**
	 * Returns a new object of class '<em>Gateway Allowed Routes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Allowed Routes</em>'.
	 * @generated
	 */
	GatewayAllowedRoutes createGatewayAllowedRoutes();

	/**
	 * Returns a new object of class '<em>Gateway Supported Kind</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Supported Kind</em>'.
	 * @generated
	 */
	GatewaySupportedKind createGatewaySupportedKind();

	/**
	 * Returns a new object of class '<em>Gateway Allowed Routes Namespaces</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Allowed Routes Namespaces</em>'.
	 * @generated
	 */
	GatewayAllowedRoutesNamespaces createGatewayAllowedRoutesNamespaces();

	/**
	 * Returns a new object of class '<em>Gateway Listener Tls</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Listener Tls</em>'.
	 * @generated
	 */
	GatewayListenerTls createGatewayListenerTls();

	/**
	 * Returns a new object of class '<em>Gateway Certificate Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Certificate Ref</em>'.
	 * @generated
	 */
	GatewayCertificateRef createGatewayCertificateRef();

	/**
	 * Returns a new object of class '<em>Gateway Spec Tls</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Spec Tls</em>'.
	 * @generated
	 */
	GatewaySpecTls createGatewaySpecTls();

	/**
	 * Returns a new object of class '<em>Gateway Backend</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Backend</em>'.
	 * @generated
	 */
	GatewayBackend createGatewayBackend();

	/**
	 * Returns a new object of class '<em>Gateway Frontend</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Frontend</em>'.
	 * @generated
	 */
	GatewayFrontend createGatewayFrontend();

	/**
	 * Returns a new object of class '<em>Gateway Default</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Default</em>'.
	 * @generated
	 */
	GatewayDefault createGatewayDefault();

	/**
	 * Returns a new object of class '<em>Gateway Validation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Validation</em>'.
	 * @generated
	 */
	GatewayValidation createGatewayValidation();

	/**
	 * Returns a new object of class '<em>Gateway Ca Certificate Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Ca Certificate Ref</em>'.
	 * @generated
	 */
	GatewayCaCertificateRef createGatewayCaCertificateRef();

	/**
	 * Returns a new object of class '<em>Gateway Per Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Per Port</em>'.
	 * @generated
	 */
	GatewayPerPort createGatewayPerPort();

	/**
	 * Returns a new object of class '<em>Gateway Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Status</em>'.
	 * @generated
	 */
	GatewayStatus createGatewayStatus();

	/**
	 * Returns a new object of class '<em>Gateway Status Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Status Address</em>'.
	 * @generated
	 */
	GatewayStatusAddress createGatewayStatusAddress();

	/**
	 * Returns a new object of class '<em>Gateway Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Condition</em>'.
	 * @generated
	 */
	GatewayCondition createGatewayCondition();

	/**
	 * Returns a new object of class '<em>Gateway Status Listener</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway Status Listener</em>'.
	 * @generated
	 */
	GatewayStatusListener createGatewayStatusListener();

	/**
	 * Returns a new object of class '<em>GRPC Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Spec</em>'.
	 * @generated
	 */
	GRPCRouteSpec createGRPCRouteSpec();

	/**
	 * Returns a new object of class '<em>GRPC Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Parent Ref</em>'.
	 * @generated
	 */
	GRPCRouteParentRef createGRPCRouteParentRef();

	/**
	 * Returns a new object of class '<em>GRPC Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Rule</em>'.
	 * @generated
	 */
	GRPCRouteRule createGRPCRouteRule();

	/**
	 * Returns a new object of class '<em>GRPC Route Rule Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Rule Backend Ref</em>'.
	 * @generated
	 */
	GRPCRouteRuleBackendRef createGRPCRouteRuleBackendRef();

	/**
	 * Returns a new object of class '<em>GRPC Route Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Filter</em>'.
	 * @generated
	 */
	GRPCRouteFilter createGRPCRouteFilter();

	/**
	 * Returns a new object of class '<em>GRPC Route Extension Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Extension Ref</em>'.
	 * @generated
	 */
	GRPCRouteExtensionRef createGRPCRouteExtensionRef();

	/**
	 * Returns a new object of class '<em>GRPC Route Request Header Modifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Request Header Modifier</em>'.
	 * @generated
	 */
	GRPCRouteRequestHeaderModifier createGRPCRouteRequestHeaderModifier();

	/**
	 * Returns a new object of class '<em>GRPC Route Add</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Add</em>'.
	 * @generated
	 */
	GRPCRouteAdd createGRPCRouteAdd();

	/**
	 * Returns a new object of class '<em>GRPC Route Request Mirror</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Request Mirror</em>'.
	 * @generated
	 */
	GRPCRouteRequestMirror createGRPCRouteRequestMirror();

	/**
	 * Returns a new object of class '<em>GRPC Route Request Mirror Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Request Mirror Backend Ref</em>'.
	 * @generated
	 */
	GRPCRouteRequestMirrorBackendRef createGRPCRouteRequestMirrorBackendRef();

	/**
	 * Returns a new object of class '<em>GRPC Route Fraction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Fraction</em>'.
	 * @generated
	 */
	GRPCRouteFraction createGRPCRouteFraction();

	/**
	 * Returns a new object of class '<em>GRPC Route Match</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Match</em>'.
	 * @generated
	 */
	GRPCRouteMatch createGRPCRouteMatch();

	/**
	 * Returns a new object of class '<em>GRPC Route Header</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Header</em>'.
	 * @generated
	 */
	GRPCRouteHeader createGRPCRouteHeader();

	/**
	 * Returns a new object of class '<em>GRPC Route Method</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Method</em>'.
	 * @generated
	 */
	GRPCRouteMethod createGRPCRouteMethod();

	/**
	 * Returns a new object of class '<em>GRPC Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Status</em>'.
	 * @generated
	 */
	GRPCRouteStatus createGRPCRouteStatus();

	/**
	 * Returns a new object of class '<em>GRPC Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Parent</em>'.
	 * @generated
	 */
	GRPCRouteParent createGRPCRouteParent();

	/**
	 * Returns a new object of class '<em>GRPC Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Route Condition</em>'.
	 * @generated
	 */
	GRPCRouteCondition createGRPCRouteCondition();

	/**
	 * Returns a new object of class '<em>HTTP Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Spec</em>'.
	 * @generated
	 */
	HTTPRouteSpec createHTTPRouteSpec();

	/**
	 * Returns a new object of class '<em>HTTP Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Parent Ref</em>'.
	 * @generated
	 */
	HTTPRouteParentRef createHTTPRouteParentRef();

	/**
	 * Returns a new object of class '<em>HTTP Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Rule</em>'.
	 * @generated
	 */
	HTTPRouteRule createHTTPRouteRule();

	/**
	 * Returns a new object of class '<em>HTTP Route Rule Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Rule Backend Ref</em>'.
	 * @generated
	 */
	HTTPRouteRuleBackendRef createHTTPRouteRuleBackendRef();

	/**
	 * Returns a new object of class '<em>HTTP Route Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Filter</em>'.
	 * @generated
	 */
	HTTPRouteFilter createHTTPRouteFilter();

	/**
	 * Returns a new object of class '<em>HTTP Route Cors</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Cors</em>'.
	 * @generated
	 */
	HTTPRouteCors createHTTPRouteCors();

	/**
	 * Returns a new object of class '<em>HTTP Route Extension Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Extension Ref</em>'.
	 * @generated
	 */
	HTTPRouteExtensionRef createHTTPRouteExtensionRef();

	/**
	 * Returns a new object of class '<em>HTTP Route Request Header Modifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Request Header Modifier</em>'.
	 * @generated
	 */
	HTTPRouteRequestHeaderModifier createHTTPRouteRequestHeaderModifier();

	/**
	 * Returns a new object of class '<em>HTTP Route Add</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Add</em>'.
	 * @generated
	 */
	HTTPRouteAdd createHTTPRouteAdd();

	/**
	 * Returns a new object of class '<em>HTTP Route Request Mirror</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Request Mirror</em>'.
	 * @generated
	 */
	HTTPRouteRequestMirror createHTTPRouteRequestMirror();

	/**
	 * Returns a new object of class '<em>HTTP Route Request Mirror Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Request Mirror Backend Ref</em>'.
	 * @generated
	 */
	HTTPRouteRequestMirrorBackendRef createHTTPRouteRequestMirrorBackendRef();

	/**
	 * Returns a new object of class '<em>HTTP Route Fraction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Fraction</em>'.
	 * @generated
	 */
	HTTPRouteFraction createHTTPRouteFraction();

	/**
	 * Returns a new object of class '<em>HTTP Route Request Redirect</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Request Redirect</em>'.
	 * @generated
	 */
	HTTPRouteRequestRedirect createHTTPRouteRequestRedirect();

	/**
	 * Returns a new object of class '<em>HTTP Route Request Redirect Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Request Redirect Path</em>'.
	 * @generated
	 */
	HTTPRouteRequestRedirectPath createHTTPRouteRequestRedirectPath();

	/**
	 * Returns a new object of class '<em>HTTP Route Url Rewrite</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Url Rewrite</em>'.
	 * @generated
	 */
	HTTPRouteUrlRewrite createHTTPRouteUrlRewrite();

	/**
	 * Returns a new object of class '<em>HTTP Route Match</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Match</em>'.
	 * @generated
	 */
	HTTPRouteMatch createHTTPRouteMatch();

	/**
	 * Returns a new object of class '<em>HTTP Route Header</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Header</em>'.
	 * @generated
	 */
	HTTPRouteHeader createHTTPRouteHeader();

	/**
	 * Returns a new object of class '<em>HTTP Route Match Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Match Path</em>'.
	 * @generated
	 */
	HTTPRouteMatchPath createHTTPRouteMatchPath();

	/**
	 * Returns a new object of class '<em>HTTP Route Query Param</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Query Param</em>'.
	 * @generated
	 */
	HTTPRouteQueryParam createHTTPRouteQueryParam();

	/**
	 * Returns a new object of class '<em>HTTP Route Timeouts</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Timeouts</em>'.
	 * @generated
	 */
	HTTPRouteTimeouts createHTTPRouteTimeouts();

	/**
	 * Returns a new object of class '<em>HTTP Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Status</em>'.
	 * @generated
	 */
	HTTPRouteStatus createHTTPRouteStatus();

	/**
	 * Returns a new object of class '<em>HTTP Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Parent</em>'.
	 * @generated
	 */
	HTTPRouteParent createHTTPRouteParent();

	/**
	 * Returns a new object of class '<em>HTTP Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route Condition</em>'.
	 * @generated
	 */
	HTTPRouteCondition createHTTPRouteCondition();

	/**
	 * Returns a new object of class '<em>Listener Set Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Spec</em>'.
	 * @generated
	 */
	ListenerSetSpec createListenerSetSpec();

	/**
	 * Returns a new object of class '<em>Listener Set Spec Listener</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Spec Listener</em>'.
	 * @generated
	 */
	ListenerSetSpecListener createListenerSetSpecListener();

	/**
	 * Returns a new object of class '<em>Listener Set Allowed Routes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Allowed Routes</em>'.
	 * @generated
	 */
	ListenerSetAllowedRoutes createListenerSetAllowedRoutes();

	/**
	 * Returns a new object of class '<em>Listener Set Supported Kind</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Supported Kind</em>'.
	 * @generated
	 */
	ListenerSetSupportedKind createListenerSetSupportedKind();

	/**
	 * Returns a new object of class '<em>Listener Set Namespaces</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Namespaces</em>'.
	 * @generated
	 */
	ListenerSetNamespaces createListenerSetNamespaces();

	/**
	 * Returns a new object of class '<em>Listener Set Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Selector</em>'.
	 * @generated
	 */
	ListenerSetSelector createListenerSetSelector();

	/**
	 * Returns a new object of class '<em>Listener Set Match Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Match Expression</em>'.
	 * @generated
	 */
	ListenerSetMatchExpression createListenerSetMatchExpression();

	/**
	 * Returns a new object of class '<em>Listener Set Tls</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Tls</em>'.
	 * @generated
	 */
	ListenerSetTls createListenerSetTls();

	/**
	 * Returns a new object of class '<em>Listener Set Certificate Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Certificate Ref</em>'.
	 * @generated
	 */
	ListenerSetCertificateRef createListenerSetCertificateRef();

	/**
	 * Returns a new object of class '<em>Listener Set Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Parent Ref</em>'.
	 * @generated
	 */
	ListenerSetParentRef createListenerSetParentRef();

	/**
	 * Returns a new object of class '<em>Listener Set Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Status</em>'.
	 * @generated
	 */
	ListenerSetStatus createListenerSetStatus();

	/**
	 * Returns a new object of class '<em>Listener Set Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Condition</em>'.
	 * @generated
	 */
	ListenerSetCondition createListenerSetCondition();

	/**
	 * Returns a new object of class '<em>Listener Set Status Listener</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listener Set Status Listener</em>'.
	 * @generated
	 */
	ListenerSetStatusListener createListenerSetStatusListener();

	/**
	 * Returns a new object of class '<em>Reference Grant Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Grant Spec</em>'.
	 * @generated
	 */
	ReferenceGrantSpec createReferenceGrantSpec();

	/**
	 * Returns a new object of class '<em>Reference Grant From</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Grant From</em>'.
	 * @generated
	 */
	ReferenceGrantFrom createReferenceGrantFrom();

	/**
	 * Returns a new object of class '<em>Reference Grant To</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Grant To</em>'.
	 * @generated
	 */
	ReferenceGrantTo createReferenceGrantTo();

	/**
	 * Returns a new object of class '<em>TCP Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Spec</em>'.
	 * @generated
	 */
	TCPRouteSpec createTCPRouteSpec();

	/**
	 * Returns a new object of class '<em>TCP Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Parent Ref</em>'.
	 * @generated
	 */
	TCPRouteParentRef createTCPRouteParentRef();

	/**
	 * Returns a new object of class '<em>TCP Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Rule</em>'.
	 * @generated
	 */
	TCPRouteRule createTCPRouteRule();

	/**
	 * Returns a new object of class '<em>TCP Route Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Backend Ref</em>'.
	 * @generated
	 */
	TCPRouteBackendRef createTCPRouteBackendRef();

	/**
	 * Returns a new object of class '<em>TCP Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Status</em>'.
	 * @generated
	 */
	TCPRouteStatus createTCPRouteStatus();

	/**
	 * Returns a new object of class '<em>TCP Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Parent</em>'.
	 * @generated
	 */
	TCPRouteParent createTCPRouteParent();

	/**
	 * Returns a new object of class '<em>TCP Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Condition</em>'.
	 * @generated
	 */
	TCPRouteCondition createTCPRouteCondition();

	/**
	 * Returns a new object of class '<em>TLS Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Spec</em>'.
	 * @generated
	 */
	TLSRouteSpec createTLSRouteSpec();

	/**
	 * Returns a new object of class '<em>TLS Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Parent Ref</em>'.
	 * @generated
	 */
	TLSRouteParentRef createTLSRouteParentRef();

	/**
	 * Returns a new object of class '<em>TLS Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Rule</em>'.
	 * @generated
	 */
	TLSRouteRule createTLSRouteRule();

	/**
	 * Returns a new object of class '<em>TLS Route Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Backend Ref</em>'.
	 * @generated
	 */
	TLSRouteBackendRef createTLSRouteBackendRef();

	/**
	 * Returns a new object of class '<em>TLS Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Status</em>'.
	 * @generated
	 */
	TLSRouteStatus createTLSRouteStatus();

	/**
	 * Returns a new object of class '<em>TLS Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Parent</em>'.
	 * @generated
	 */
	TLSRouteParent createTLSRouteParent();

	/**
	 * Returns a new object of class '<em>TLS Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Condition</em>'.
	 * @generated
	 */
	TLSRouteCondition createTLSRouteCondition();

	/**
	 * Returns a new object of class '<em>UDP Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Spec</em>'.
	 * @generated
	 */
	UDPRouteSpec createUDPRouteSpec();

	/**
	 * Returns a new object of class '<em>UDP Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Parent Ref</em>'.
	 * @generated
	 */
	UDPRouteParentRef createUDPRouteParentRef();

	/**
	 * Returns a new object of class '<em>UDP Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Rule</em>'.
	 * @generated
	 */
	UDPRouteRule createUDPRouteRule();

	/**
	 * Returns a new object of class '<em>UDP Route Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Backend Ref</em>'.
	 * @generated
	 */
	UDPRouteBackendRef createUDPRouteBackendRef();

	/**
	 * Returns a new object of class '<em>UDP Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Status</em>'.
	 * @generated
	 */
	UDPRouteStatus createUDPRouteStatus();

	/**
	 * Returns a new object of class '<em>UDP Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Parent</em>'.
	 * @generated
	 */
	UDPRouteParent createUDPRouteParent();

	/**
	 * Returns a new object of class '<em>UDP Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Condition</em>'.
	 * @generated
	 */
	UDPRouteCondition createUDPRouteCondition();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GatewayV1Package getGatewayV1Package();

} //GatewayV1Factory
