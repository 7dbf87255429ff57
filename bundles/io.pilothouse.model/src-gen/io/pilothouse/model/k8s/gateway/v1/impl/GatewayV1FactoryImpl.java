/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.*;

import java.util.Map;

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
public class GatewayV1FactoryImpl extends EFactoryImpl implements GatewayV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GatewayV1Factory init() {
		try {
			GatewayV1Factory theGatewayV1Factory = (GatewayV1Factory)EPackage.Registry.INSTANCE.getEFactory(GatewayV1Package.eNS_URI);
			if (theGatewayV1Factory != null) {
				return theGatewayV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GatewayV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GatewayV1FactoryImpl() {
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
			case GatewayV1Package.BACKEND_TLS_POLICY: return createBackendTLSPolicy();
			case GatewayV1Package.GATEWAY_CLASS: return createGatewayClass();
			case GatewayV1Package.GATEWAY: return createGateway();
			case GatewayV1Package.GRPC_ROUTE: return createGRPCRoute();
			case GatewayV1Package.HTTP_ROUTE: return createHTTPRoute();
			case GatewayV1Package.LISTENER_SET: return createListenerSet();
			case GatewayV1Package.REFERENCE_GRANT: return createReferenceGrant();
			case GatewayV1Package.TCP_ROUTE: return createTCPRoute();
			case GatewayV1Package.TLS_ROUTE: return createTLSRoute();
			case GatewayV1Package.UDP_ROUTE: return createUDPRoute();
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC: return createBackendTLSPolicySpec();
			case GatewayV1Package.BACKEND_TLS_POLICY_TARGET_REF: return createBackendTLSPolicyTargetRef();
			case GatewayV1Package.BACKEND_TLS_POLICY_VALIDATION: return createBackendTLSPolicyValidation();
			case GatewayV1Package.BACKEND_TLS_POLICY_CA_CERTIFICATE_REF: return createBackendTLSPolicyCaCertificateRef();
			case GatewayV1Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME: return createBackendTLSPolicySubjectAltName();
			case GatewayV1Package.BACKEND_TLS_POLICY_STATUS: return createBackendTLSPolicyStatus();
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR: return createBackendTLSPolicyAncestor();
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR_REF: return createBackendTLSPolicyAncestorRef();
			case GatewayV1Package.BACKEND_TLS_POLICY_CONDITION: return createBackendTLSPolicyCondition();
			case GatewayV1Package.GATEWAY_CLASS_SPEC: return createGatewayClassSpec();
			case GatewayV1Package.GATEWAY_CLASS_PARAMETERS_REF: return createGatewayClassParametersRef();
			case GatewayV1Package.GATEWAY_CLASS_STATUS: return createGatewayClassStatus();
			case GatewayV1Package.GATEWAY_CLASS_CONDITION: return createGatewayClassCondition();
			case GatewayV1Package.GATEWAY_CLASS_SUPPORTED_FEATURE: return createGatewayClassSupportedFeature();
			case GatewayV1Package.GATEWAY_SPEC: return createGatewaySpec();
			case GatewayV1Package.GATEWAY_SPEC_ADDRESS: return createGatewaySpecAddress();
			case GatewayV1Package.GATEWAY_ALLOWED_LISTENERS: return createGatewayAllowedListeners();
			case GatewayV1Package.GATEWAY_ALLOWED_LISTENERS_NAMESPACES: return createGatewayAllowedListenersNamespaces();
			case GatewayV1Package.GATEWAY_SELECTOR: return createGatewaySelector();
			case GatewayV1Package.GATEWAY_MATCH_EXPRESSION: return createGatewayMatchExpression();
			case GatewayV1Package.GATEWAY_INFRASTRUCTURE: return createGatewayInfrastructure();
			case GatewayV1Package.GATEWAY_PARAMETERS_REF: return createGatewayParametersRef();
			case GatewayV1Package.GATEWAY_SPEC_LISTENER: return createGatewaySpecListener();
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES: return createGatewayAllowedRoutes();
			case GatewayV1Package.GATEWAY_SUPPORTED_KIND: return createGatewaySupportedKind();
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES_NAMESPACES: return createGatewayAllowedRoutesNamespaces();
			case GatewayV1Package.GATEWAY_LISTENER_TLS: return createGatewayListenerTls();
			case GatewayV1Package.GATEWAY_CERTIFICATE_REF: return createGatewayCertificateRef();
			case GatewayV1Package.GATEWAY_SPEC_TLS: return createGatewaySpecTls();
			case GatewayV1Package.GATEWAY_BACKEND: return createGatewayBackend();
			case GatewayV1Package.GATEWAY_FRONTEND: return createGatewayFrontend();
			case GatewayV1Package.GATEWAY_DEFAULT: return createGatewayDefault();
			case GatewayV1Package.GATEWAY_VALIDATION: return createGatewayValidation();
			case GatewayV1Package.GATEWAY_CA_CERTIFICATE_REF: return createGatewayCaCertificateRef();
			case GatewayV1Package.GATEWAY_PER_PORT: return createGatewayPerPort();
			case GatewayV1Package.GATEWAY_STATUS: return createGatewayStatus();
			case GatewayV1Package.GATEWAY_STATUS_ADDRESS: return createGatewayStatusAddress();
			case GatewayV1Package.GATEWAY_CONDITION: return createGatewayCondition();
			case GatewayV1Package.GATEWAY_STATUS_LISTENER: return createGatewayStatusListener();
			case GatewayV1Package.GRPC_ROUTE_SPEC: return createGRPCRouteSpec();
			case GatewayV1Package.GRPC_ROUTE_PARENT_REF: return createGRPCRouteParentRef();
			case GatewayV1Package.GRPC_ROUTE_RULE: return createGRPCRouteRule();
			case GatewayV1Package.GRPC_ROUTE_RULE_BACKEND_REF: return createGRPCRouteRuleBackendRef();
			case GatewayV1Package.GRPC_ROUTE_FILTER: return createGRPCRouteFilter();
			case GatewayV1Package.GRPC_ROUTE_EXTENSION_REF: return createGRPCRouteExtensionRef();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER: return createGRPCRouteRequestHeaderModifier();
			case GatewayV1Package.GRPC_ROUTE_ADD: return createGRPCRouteAdd();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR: return createGRPCRouteRequestMirror();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR_BACKEND_REF: return createGRPCRouteRequestMirrorBackendRef();
			case GatewayV1Package.GRPC_ROUTE_FRACTION: return createGRPCRouteFraction();
			case GatewayV1Package.GRPC_ROUTE_MATCH: return createGRPCRouteMatch();
			case GatewayV1Package.GRPC_ROUTE_HEADER: return createGRPCRouteHeader();
			case GatewayV1Package.GRPC_ROUTE_METHOD: return createGRPCRouteMethod();
			case GatewayV1Package.GRPC_ROUTE_STATUS: return createGRPCRouteStatus();
			case GatewayV1Package.GRPC_ROUTE_PARENT: return createGRPCRouteParent();
			case GatewayV1Package.GRPC_ROUTE_CONDITION: return createGRPCRouteCondition();
			case GatewayV1Package.HTTP_ROUTE_SPEC: return createHTTPRouteSpec();
			case GatewayV1Package.HTTP_ROUTE_PARENT_REF: return createHTTPRouteParentRef();
			case GatewayV1Package.HTTP_ROUTE_RULE: return createHTTPRouteRule();
			case GatewayV1Package.HTTP_ROUTE_RULE_BACKEND_REF: return createHTTPRouteRuleBackendRef();
			case GatewayV1Package.HTTP_ROUTE_FILTER: return createHTTPRouteFilter();
			case GatewayV1Package.HTTP_ROUTE_CORS: return createHTTPRouteCors();
			case GatewayV1Package.HTTP_ROUTE_EXTENSION_REF: return createHTTPRouteExtensionRef();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_HEADER_MODIFIER: return createHTTPRouteRequestHeaderModifier();
			case GatewayV1Package.HTTP_ROUTE_ADD: return createHTTPRouteAdd();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_MIRROR: return createHTTPRouteRequestMirror();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF: return createHTTPRouteRequestMirrorBackendRef();
			case GatewayV1Package.HTTP_ROUTE_FRACTION: return createHTTPRouteFraction();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT: return createHTTPRouteRequestRedirect();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH: return createHTTPRouteRequestRedirectPath();
			case GatewayV1Package.HTTP_ROUTE_URL_REWRITE: return createHTTPRouteUrlRewrite();
			case GatewayV1Package.HTTP_ROUTE_MATCH: return createHTTPRouteMatch();
			case GatewayV1Package.HTTP_ROUTE_HEADER: return createHTTPRouteHeader();
			case GatewayV1Package.HTTP_ROUTE_MATCH_PATH: return createHTTPRouteMatchPath();
			case GatewayV1Package.HTTP_ROUTE_QUERY_PARAM: return createHTTPRouteQueryParam();
			case GatewayV1Package.HTTP_ROUTE_TIMEOUTS: return createHTTPRouteTimeouts();
			case GatewayV1Package.HTTP_ROUTE_STATUS: return createHTTPRouteStatus();
			case GatewayV1Package.HTTP_ROUTE_PARENT: return createHTTPRouteParent();
			case GatewayV1Package.HTTP_ROUTE_CONDITION: return createHTTPRouteCondition();
			case GatewayV1Package.LISTENER_SET_SPEC: return createListenerSetSpec();
			case GatewayV1Package.LISTENER_SET_SPEC_LISTENER: return createListenerSetSpecListener();
			case GatewayV1Package.LISTENER_SET_ALLOWED_ROUTES: return createListenerSetAllowedRoutes();
			case GatewayV1Package.LISTENER_SET_SUPPORTED_KIND: return createListenerSetSupportedKind();
			case GatewayV1Package.LISTENER_SET_NAMESPACES: return createListenerSetNamespaces();
			case GatewayV1Package.LISTENER_SET_SELECTOR: return createListenerSetSelector();
			case GatewayV1Package.LISTENER_SET_MATCH_EXPRESSION: return createListenerSetMatchExpression();
			case GatewayV1Package.LISTENER_SET_TLS: return createListenerSetTls();
			case GatewayV1Package.LISTENER_SET_CERTIFICATE_REF: return createListenerSetCertificateRef();
			case GatewayV1Package.LISTENER_SET_PARENT_REF: return createListenerSetParentRef();
			case GatewayV1Package.LISTENER_SET_STATUS: return createListenerSetStatus();
			case GatewayV1Package.LISTENER_SET_CONDITION: return createListenerSetCondition();
			case GatewayV1Package.LISTENER_SET_STATUS_LISTENER: return createListenerSetStatusListener();
			case GatewayV1Package.REFERENCE_GRANT_SPEC: return createReferenceGrantSpec();
			case GatewayV1Package.REFERENCE_GRANT_FROM: return createReferenceGrantFrom();
			case GatewayV1Package.REFERENCE_GRANT_TO: return createReferenceGrantTo();
			case GatewayV1Package.TCP_ROUTE_SPEC: return createTCPRouteSpec();
			case GatewayV1Package.TCP_ROUTE_PARENT_REF: return createTCPRouteParentRef();
			case GatewayV1Package.TCP_ROUTE_RULE: return createTCPRouteRule();
			case GatewayV1Package.TCP_ROUTE_BACKEND_REF: return createTCPRouteBackendRef();
			case GatewayV1Package.TCP_ROUTE_STATUS: return createTCPRouteStatus();
			case GatewayV1Package.TCP_ROUTE_PARENT: return createTCPRouteParent();
			case GatewayV1Package.TCP_ROUTE_CONDITION: return createTCPRouteCondition();
			case GatewayV1Package.TLS_ROUTE_SPEC: return createTLSRouteSpec();
			case GatewayV1Package.TLS_ROUTE_PARENT_REF: return createTLSRouteParentRef();
			case GatewayV1Package.TLS_ROUTE_RULE: return createTLSRouteRule();
			case GatewayV1Package.TLS_ROUTE_BACKEND_REF: return createTLSRouteBackendRef();
			case GatewayV1Package.TLS_ROUTE_STATUS: return createTLSRouteStatus();
			case GatewayV1Package.TLS_ROUTE_PARENT: return createTLSRouteParent();
			case GatewayV1Package.TLS_ROUTE_CONDITION: return createTLSRouteCondition();
			case GatewayV1Package.UDP_ROUTE_SPEC: return createUDPRouteSpec();
			case GatewayV1Package.UDP_ROUTE_PARENT_REF: return createUDPRouteParentRef();
			case GatewayV1Package.UDP_ROUTE_RULE: return createUDPRouteRule();
			case GatewayV1Package.UDP_ROUTE_BACKEND_REF: return createUDPRouteBackendRef();
			case GatewayV1Package.UDP_ROUTE_STATUS: return createUDPRouteStatus();
			case GatewayV1Package.UDP_ROUTE_PARENT: return createUDPRouteParent();
			case GatewayV1Package.UDP_ROUTE_CONDITION: return createUDPRouteCondition();
			case GatewayV1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
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
	public BackendTLSPolicy createBackendTLSPolicy() {
		BackendTLSPolicyImpl backendTLSPolicy = new BackendTLSPolicyImpl();
		return backendTLSPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClass createGatewayClass() {
		GatewayClassImpl gatewayClass = new GatewayClassImpl();
		return gatewayClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gateway createGateway() {
		GatewayImpl gateway = new GatewayImpl();
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRoute createGRPCRoute() {
		GRPCRouteImpl grpcRoute = new GRPCRouteImpl();
		return grpcRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRoute createHTTPRoute() {
		HTTPRouteImpl httpRoute = new HTTPRouteImpl();
		return httpRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSet createListenerSet() {
		ListenerSetImpl listenerSet = new ListenerSetImpl();
		return listenerSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceGrant createReferenceGrant() {
		ReferenceGrantImpl referenceGrant = new ReferenceGrantImpl();
		return referenceGrant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRoute createTCPRoute() {
		TCPRouteImpl tcpRoute = new TCPRouteImpl();
		return tcpRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRoute createTLSRoute() {
		TLSRouteImpl tlsRoute = new TLSRouteImpl();
		return tlsRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRoute createUDPRoute() {
		UDPRouteImpl udpRoute = new UDPRouteImpl();
		return udpRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicySpec createBackendTLSPolicySpec() {
		BackendTLSPolicySpecImpl backendTLSPolicySpec = new BackendTLSPolicySpecImpl();
		return backendTLSPolicySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyTargetRef createBackendTLSPolicyTargetRef() {
		BackendTLSPolicyTargetRefImpl backendTLSPolicyTargetRef = new BackendTLSPolicyTargetRefImpl();
		return backendTLSPolicyTargetRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyValidation createBackendTLSPolicyValidation() {
		BackendTLSPolicyValidationImpl backendTLSPolicyValidation = new BackendTLSPolicyValidationImpl();
		return backendTLSPolicyValidation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyCaCertificateRef createBackendTLSPolicyCaCertificateRef() {
		BackendTLSPolicyCaCertificateRefImpl backendTLSPolicyCaCertificateRef = new BackendTLSPolicyCaCertificateRefImpl();
		return backendTLSPolicyCaCertificateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicySubjectAltName createBackendTLSPolicySubjectAltName() {
		BackendTLSPolicySubjectAltNameImpl backendTLSPolicySubjectAltName = new BackendTLSPolicySubjectAltNameImpl();
		return backendTLSPolicySubjectAltName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyStatus createBackendTLSPolicyStatus() {
		BackendTLSPolicyStatusImpl backendTLSPolicyStatus = new BackendTLSPolicyStatusImpl();
		return backendTLSPolicyStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyAncestor createBackendTLSPolicyAncestor() {
		BackendTLSPolicyAncestorImpl backendTLSPolicyAncestor = new BackendTLSPolicyAncestorImpl();
		return backendTLSPolicyAncestor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyAncestorRef createBackendTLSPolicyAncestorRef() {
		BackendTLSPolicyAncestorRefImpl backendTLSPolicyAncestorRef = new BackendTLSPolicyAncestorRefImpl();
		return backendTLSPolicyAncestorRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyCondition createBackendTLSPolicyCondition() {
		BackendTLSPolicyConditionImpl backendTLSPolicyCondition = new BackendTLSPolicyConditionImpl();
		return backendTLSPolicyCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClassSpec createGatewayClassSpec() {
		GatewayClassSpecImpl gatewayClassSpec = new GatewayClassSpecImpl();
		return gatewayClassSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClassParametersRef createGatewayClassParametersRef() {
		GatewayClassParametersRefImpl gatewayClassParametersRef = new GatewayClassParametersRefImpl();
		return gatewayClassParametersRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClassStatus createGatewayClassStatus() {
		GatewayClassStatusImpl gatewayClassStatus = new GatewayClassStatusImpl();
		return gatewayClassStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClassCondition createGatewayClassCondition() {
		GatewayClassConditionImpl gatewayClassCondition = new GatewayClassConditionImpl();
		return gatewayClassCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClassSupportedFeature createGatewayClassSupportedFeature() {
		GatewayClassSupportedFeatureImpl gatewayClassSupportedFeature = new GatewayClassSupportedFeatureImpl();
		return gatewayClassSupportedFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySpec createGatewaySpec() {
		GatewaySpecImpl gatewaySpec = new GatewaySpecImpl();
		return gatewaySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySpecAddress createGatewaySpecAddress() {
		GatewaySpecAddressImpl gatewaySpecAddress = new GatewaySpecAddressImpl();
		return gatewaySpecAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedListeners createGatewayAllowedListeners() {
		GatewayAllowedListenersImpl gatewayAllowedListeners = new GatewayAllowedListenersImpl();
		return gatewayAllowedListeners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedListenersNamespaces createGatewayAllowedListenersNamespaces() {
		GatewayAllowedListenersNamespacesImpl gatewayAllowedListenersNamespaces = new GatewayAllowedListenersNamespacesImpl();
		return gatewayAllowedListenersNamespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySelector createGatewaySelector() {
		GatewaySelectorImpl gatewaySelector = new GatewaySelectorImpl();
		return gatewaySelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayMatchExpression createGatewayMatchExpression() {
		GatewayMatchExpressionImpl gatewayMatchExpression = new GatewayMatchExpressionImpl();
		return gatewayMatchExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayInfrastructure createGatewayInfrastructure() {
		GatewayInfrastructureImpl gatewayInfrastructure = new GatewayInfrastructureImpl();
		return gatewayInfrastructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayParametersRef createGatewayParametersRef() {
		GatewayParametersRefImpl gatewayParametersRef = new GatewayParametersRefImpl();
		return gatewayParametersRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySpecListener createGatewaySpecListener() {
		GatewaySpecListenerImpl gatewaySpecListener = new GatewaySpecListenerImpl();
		return gatewaySpecListener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedRoutes createGatewayAllowedRoutes() {
		GatewayAllowedRoutesImpl gatewayAllowedRoutes = new GatewayAllowedRoutesImpl();
		return gatewayAllowedRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySupportedKind createGatewaySupportedKind() {
		GatewaySupportedKindImpl gatewaySupportedKind = new GatewaySupportedKindImpl();
		return gatewaySupportedKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedRoutesNamespaces createGatewayAllowedRoutesNamespaces() {
		GatewayAllowedRoutesNamespacesImpl gatewayAllowedRoutesNamespaces = new GatewayAllowedRoutesNamespacesImpl();
		return gatewayAllowedRoutesNamespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayListenerTls createGatewayListenerTls() {
		GatewayListenerTlsImpl gatewayListenerTls = new GatewayListenerTlsImpl();
		return gatewayListenerTls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayCertificateRef createGatewayCertificateRef() {
		GatewayCertificateRefImpl gatewayCertificateRef = new GatewayCertificateRefImpl();
		return gatewayCertificateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySpecTls createGatewaySpecTls() {
		GatewaySpecTlsImpl gatewaySpecTls = new GatewaySpecTlsImpl();
		return gatewaySpecTls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayBackend createGatewayBackend() {
		GatewayBackendImpl gatewayBackend = new GatewayBackendImpl();
		return gatewayBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayFrontend createGatewayFrontend() {
		GatewayFrontendImpl gatewayFrontend = new GatewayFrontendImpl();
		return gatewayFrontend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayDefault createGatewayDefault() {
		GatewayDefaultImpl gatewayDefault = new GatewayDefaultImpl();
		return gatewayDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayValidation createGatewayValidation() {
		GatewayValidationImpl gatewayValidation = new GatewayValidationImpl();
		return gatewayValidation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayCaCertificateRef createGatewayCaCertificateRef() {
		GatewayCaCertificateRefImpl gatewayCaCertificateRef = new GatewayCaCertificateRefImpl();
		return gatewayCaCertificateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayPerPort createGatewayPerPort() {
		GatewayPerPortImpl gatewayPerPort = new GatewayPerPortImpl();
		return gatewayPerPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayStatus createGatewayStatus() {
		GatewayStatusImpl gatewayStatus = new GatewayStatusImpl();
		return gatewayStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayStatusAddress createGatewayStatusAddress() {
		GatewayStatusAddressImpl gatewayStatusAddress = new GatewayStatusAddressImpl();
		return gatewayStatusAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayCondition createGatewayCondition() {
		GatewayConditionImpl gatewayCondition = new GatewayConditionImpl();
		return gatewayCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayStatusListener createGatewayStatusListener() {
		GatewayStatusListenerImpl gatewayStatusListener = new GatewayStatusListenerImpl();
		return gatewayStatusListener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteSpec createGRPCRouteSpec() {
		GRPCRouteSpecImpl grpcRouteSpec = new GRPCRouteSpecImpl();
		return grpcRouteSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteParentRef createGRPCRouteParentRef() {
		GRPCRouteParentRefImpl grpcRouteParentRef = new GRPCRouteParentRefImpl();
		return grpcRouteParentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRule createGRPCRouteRule() {
		GRPCRouteRuleImpl grpcRouteRule = new GRPCRouteRuleImpl();
		return grpcRouteRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRuleBackendRef createGRPCRouteRuleBackendRef() {
		GRPCRouteRuleBackendRefImpl grpcRouteRuleBackendRef = new GRPCRouteRuleBackendRefImpl();
		return grpcRouteRuleBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteFilter createGRPCRouteFilter() {
		GRPCRouteFilterImpl grpcRouteFilter = new GRPCRouteFilterImpl();
		return grpcRouteFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteExtensionRef createGRPCRouteExtensionRef() {
		GRPCRouteExtensionRefImpl grpcRouteExtensionRef = new GRPCRouteExtensionRefImpl();
		return grpcRouteExtensionRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestHeaderModifier createGRPCRouteRequestHeaderModifier() {
		GRPCRouteRequestHeaderModifierImpl grpcRouteRequestHeaderModifier = new GRPCRouteRequestHeaderModifierImpl();
		return grpcRouteRequestHeaderModifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteAdd createGRPCRouteAdd() {
		GRPCRouteAddImpl grpcRouteAdd = new GRPCRouteAddImpl();
		return grpcRouteAdd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestMirror createGRPCRouteRequestMirror() {
		GRPCRouteRequestMirrorImpl grpcRouteRequestMirror = new GRPCRouteRequestMirrorImpl();
		return grpcRouteRequestMirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestMirrorBackendRef createGRPCRouteRequestMirrorBackendRef() {
		GRPCRouteRequestMirrorBackendRefImpl grpcRouteRequestMirrorBackendRef = new GRPCRouteRequestMirrorBackendRefImpl();
		return grpcRouteRequestMirrorBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteFraction createGRPCRouteFraction() {
		GRPCRouteFractionImpl grpcRouteFraction = new GRPCRouteFractionImpl();
		return grpcRouteFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteMatch createGRPCRouteMatch() {
		GRPCRouteMatchImpl grpcRouteMatch = new GRPCRouteMatchImpl();
		return grpcRouteMatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteHeader createGRPCRouteHeader() {
		GRPCRouteHeaderImpl grpcRouteHeader = new GRPCRouteHeaderImpl();
		return grpcRouteHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteMethod createGRPCRouteMethod() {
		GRPCRouteMethodImpl grpcRouteMethod = new GRPCRouteMethodImpl();
		return grpcRouteMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteStatus createGRPCRouteStatus() {
		GRPCRouteStatusImpl grpcRouteStatus = new GRPCRouteStatusImpl();
		return grpcRouteStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteParent createGRPCRouteParent() {
		GRPCRouteParentImpl grpcRouteParent = new GRPCRouteParentImpl();
		return grpcRouteParent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteCondition createGRPCRouteCondition() {
		GRPCRouteConditionImpl grpcRouteCondition = new GRPCRouteConditionImpl();
		return grpcRouteCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteSpec createHTTPRouteSpec() {
		HTTPRouteSpecImpl httpRouteSpec = new HTTPRouteSpecImpl();
		return httpRouteSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteParentRef createHTTPRouteParentRef() {
		HTTPRouteParentRefImpl httpRouteParentRef = new HTTPRouteParentRefImpl();
		return httpRouteParentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRule createHTTPRouteRule() {
		HTTPRouteRuleImpl httpRouteRule = new HTTPRouteRuleImpl();
		return httpRouteRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRuleBackendRef createHTTPRouteRuleBackendRef() {
		HTTPRouteRuleBackendRefImpl httpRouteRuleBackendRef = new HTTPRouteRuleBackendRefImpl();
		return httpRouteRuleBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteFilter createHTTPRouteFilter() {
		HTTPRouteFilterImpl httpRouteFilter = new HTTPRouteFilterImpl();
		return httpRouteFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteCors createHTTPRouteCors() {
		HTTPRouteCorsImpl httpRouteCors = new HTTPRouteCorsImpl();
		return httpRouteCors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteExtensionRef createHTTPRouteExtensionRef() {
		HTTPRouteExtensionRefImpl httpRouteExtensionRef = new HTTPRouteExtensionRefImpl();
		return httpRouteExtensionRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestHeaderModifier createHTTPRouteRequestHeaderModifier() {
		HTTPRouteRequestHeaderModifierImpl httpRouteRequestHeaderModifier = new HTTPRouteRequestHeaderModifierImpl();
		return httpRouteRequestHeaderModifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteAdd createHTTPRouteAdd() {
		HTTPRouteAddImpl httpRouteAdd = new HTTPRouteAddImpl();
		return httpRouteAdd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestMirror createHTTPRouteRequestMirror() {
		HTTPRouteRequestMirrorImpl httpRouteRequestMirror = new HTTPRouteRequestMirrorImpl();
		return httpRouteRequestMirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestMirrorBackendRef createHTTPRouteRequestMirrorBackendRef() {
		HTTPRouteRequestMirrorBackendRefImpl httpRouteRequestMirrorBackendRef = new HTTPRouteRequestMirrorBackendRefImpl();
		return httpRouteRequestMirrorBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteFraction createHTTPRouteFraction() {
		HTTPRouteFractionImpl httpRouteFraction = new HTTPRouteFractionImpl();
		return httpRouteFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestRedirect createHTTPRouteRequestRedirect() {
		HTTPRouteRequestRedirectImpl httpRouteRequestRedirect = new HTTPRouteRequestRedirectImpl();
		return httpRouteRequestRedirect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestRedirectPath createHTTPRouteRequestRedirectPath() {
		HTTPRouteRequestRedirectPathImpl httpRouteRequestRedirectPath = new HTTPRouteRequestRedirectPathImpl();
		return httpRouteRequestRedirectPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteUrlRewrite createHTTPRouteUrlRewrite() {
		HTTPRouteUrlRewriteImpl httpRouteUrlRewrite = new HTTPRouteUrlRewriteImpl();
		return httpRouteUrlRewrite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteMatch createHTTPRouteMatch() {
		HTTPRouteMatchImpl httpRouteMatch = new HTTPRouteMatchImpl();
		return httpRouteMatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteHeader createHTTPRouteHeader() {
		HTTPRouteHeaderImpl httpRouteHeader = new HTTPRouteHeaderImpl();
		return httpRouteHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteMatchPath createHTTPRouteMatchPath() {
		HTTPRouteMatchPathImpl httpRouteMatchPath = new HTTPRouteMatchPathImpl();
		return httpRouteMatchPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteQueryParam createHTTPRouteQueryParam() {
		HTTPRouteQueryParamImpl httpRouteQueryParam = new HTTPRouteQueryParamImpl();
		return httpRouteQueryParam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteTimeouts createHTTPRouteTimeouts() {
		HTTPRouteTimeoutsImpl httpRouteTimeouts = new HTTPRouteTimeoutsImpl();
		return httpRouteTimeouts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteStatus createHTTPRouteStatus() {
		HTTPRouteStatusImpl httpRouteStatus = new HTTPRouteStatusImpl();
		return httpRouteStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteParent createHTTPRouteParent() {
		HTTPRouteParentImpl httpRouteParent = new HTTPRouteParentImpl();
		return httpRouteParent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteCondition createHTTPRouteCondition() {
		HTTPRouteConditionImpl httpRouteCondition = new HTTPRouteConditionImpl();
		return httpRouteCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetSpec createListenerSetSpec() {
		ListenerSetSpecImpl listenerSetSpec = new ListenerSetSpecImpl();
		return listenerSetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetSpecListener createListenerSetSpecListener() {
		ListenerSetSpecListenerImpl listenerSetSpecListener = new ListenerSetSpecListenerImpl();
		return listenerSetSpecListener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetAllowedRoutes createListenerSetAllowedRoutes() {
		ListenerSetAllowedRoutesImpl listenerSetAllowedRoutes = new ListenerSetAllowedRoutesImpl();
		return listenerSetAllowedRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetSupportedKind createListenerSetSupportedKind() {
		ListenerSetSupportedKindImpl listenerSetSupportedKind = new ListenerSetSupportedKindImpl();
		return listenerSetSupportedKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetNamespaces createListenerSetNamespaces() {
		ListenerSetNamespacesImpl listenerSetNamespaces = new ListenerSetNamespacesImpl();
		return listenerSetNamespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetSelector createListenerSetSelector() {
		ListenerSetSelectorImpl listenerSetSelector = new ListenerSetSelectorImpl();
		return listenerSetSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetMatchExpression createListenerSetMatchExpression() {
		ListenerSetMatchExpressionImpl listenerSetMatchExpression = new ListenerSetMatchExpressionImpl();
		return listenerSetMatchExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetTls createListenerSetTls() {
		ListenerSetTlsImpl listenerSetTls = new ListenerSetTlsImpl();
		return listenerSetTls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetCertificateRef createListenerSetCertificateRef() {
		ListenerSetCertificateRefImpl listenerSetCertificateRef = new ListenerSetCertificateRefImpl();
		return listenerSetCertificateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetParentRef createListenerSetParentRef() {
		ListenerSetParentRefImpl listenerSetParentRef = new ListenerSetParentRefImpl();
		return listenerSetParentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetStatus createListenerSetStatus() {
		ListenerSetStatusImpl listenerSetStatus = new ListenerSetStatusImpl();
		return listenerSetStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetCondition createListenerSetCondition() {
		ListenerSetConditionImpl listenerSetCondition = new ListenerSetConditionImpl();
		return listenerSetCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListenerSetStatusListener createListenerSetStatusListener() {
		ListenerSetStatusListenerImpl listenerSetStatusListener = new ListenerSetStatusListenerImpl();
		return listenerSetStatusListener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceGrantSpec createReferenceGrantSpec() {
		ReferenceGrantSpecImpl referenceGrantSpec = new ReferenceGrantSpecImpl();
		return referenceGrantSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceGrantFrom createReferenceGrantFrom() {
		ReferenceGrantFromImpl referenceGrantFrom = new ReferenceGrantFromImpl();
		return referenceGrantFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceGrantTo createReferenceGrantTo() {
		ReferenceGrantToImpl referenceGrantTo = new ReferenceGrantToImpl();
		return referenceGrantTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteSpec createTCPRouteSpec() {
		TCPRouteSpecImpl tcpRouteSpec = new TCPRouteSpecImpl();
		return tcpRouteSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteParentRef createTCPRouteParentRef() {
		TCPRouteParentRefImpl tcpRouteParentRef = new TCPRouteParentRefImpl();
		return tcpRouteParentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteRule createTCPRouteRule() {
		TCPRouteRuleImpl tcpRouteRule = new TCPRouteRuleImpl();
		return tcpRouteRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteBackendRef createTCPRouteBackendRef() {
		TCPRouteBackendRefImpl tcpRouteBackendRef = new TCPRouteBackendRefImpl();
		return tcpRouteBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteStatus createTCPRouteStatus() {
		TCPRouteStatusImpl tcpRouteStatus = new TCPRouteStatusImpl();
		return tcpRouteStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteParent createTCPRouteParent() {
		TCPRouteParentImpl tcpRouteParent = new TCPRouteParentImpl();
		return tcpRouteParent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteCondition createTCPRouteCondition() {
		TCPRouteConditionImpl tcpRouteCondition = new TCPRouteConditionImpl();
		return tcpRouteCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteSpec createTLSRouteSpec() {
		TLSRouteSpecImpl tlsRouteSpec = new TLSRouteSpecImpl();
		return tlsRouteSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteParentRef createTLSRouteParentRef() {
		TLSRouteParentRefImpl tlsRouteParentRef = new TLSRouteParentRefImpl();
		return tlsRouteParentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteRule createTLSRouteRule() {
		TLSRouteRuleImpl tlsRouteRule = new TLSRouteRuleImpl();
		return tlsRouteRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteBackendRef createTLSRouteBackendRef() {
		TLSRouteBackendRefImpl tlsRouteBackendRef = new TLSRouteBackendRefImpl();
		return tlsRouteBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteStatus createTLSRouteStatus() {
		TLSRouteStatusImpl tlsRouteStatus = new TLSRouteStatusImpl();
		return tlsRouteStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteParent createTLSRouteParent() {
		TLSRouteParentImpl tlsRouteParent = new TLSRouteParentImpl();
		return tlsRouteParent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TLSRouteCondition createTLSRouteCondition() {
		TLSRouteConditionImpl tlsRouteCondition = new TLSRouteConditionImpl();
		return tlsRouteCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteSpec createUDPRouteSpec() {
		UDPRouteSpecImpl udpRouteSpec = new UDPRouteSpecImpl();
		return udpRouteSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteParentRef createUDPRouteParentRef() {
		UDPRouteParentRefImpl udpRouteParentRef = new UDPRouteParentRefImpl();
		return udpRouteParentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteRule createUDPRouteRule() {
		UDPRouteRuleImpl udpRouteRule = new UDPRouteRuleImpl();
		return udpRouteRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteBackendRef createUDPRouteBackendRef() {
		UDPRouteBackendRefImpl udpRouteBackendRef = new UDPRouteBackendRefImpl();
		return udpRouteBackendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteStatus createUDPRouteStatus() {
		UDPRouteStatusImpl udpRouteStatus = new UDPRouteStatusImpl();
		return udpRouteStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteParent createUDPRouteParent() {
		UDPRouteParentImpl udpRouteParent = new UDPRouteParentImpl();
		return udpRouteParent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UDPRouteCondition createUDPRouteCondition() {
		UDPRouteConditionImpl udpRouteCondition = new UDPRouteConditionImpl();
		return udpRouteCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createStringMapEntry() {
		StringMapEntryImpl stringMapEntry = new StringMapEntryImpl();
		return stringMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayV1Package getGatewayV1Package() {
		return (GatewayV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GatewayV1Package getPackage() {
		return GatewayV1Package.eINSTANCE;
	}

} //GatewayV1FactoryImpl
