/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package
 * @generated
 */
public interface GatewayV1beta1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1beta1Factory eINSTANCE = io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1FactoryImpl.init();

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
	 * Returns a new object of class '<em>HTTP Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Route</em>'.
	 * @generated
	 */
	HTTPRoute createHTTPRoute();

	/**
	 * Returns a new object of class '<em>Reference Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Grant</em>'.
	 * @generated
	 */
	ReferenceGrant createReferenceGrant();

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
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GatewayV1beta1Package getGatewayV1beta1Package();

} //GatewayV1beta1Factory
