/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.*;

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
public class GatewayV1beta1FactoryImpl extends EFactoryImpl implements GatewayV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GatewayV1beta1Factory init() {
		try {
			GatewayV1beta1Factory theGatewayV1beta1Factory = (GatewayV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(GatewayV1beta1Package.eNS_URI);
			if (theGatewayV1beta1Factory != null) {
				return theGatewayV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GatewayV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GatewayV1beta1FactoryImpl() {
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
			case GatewayV1beta1Package.GATEWAY_CLASS: return createGatewayClass();
			case GatewayV1beta1Package.GATEWAY: return createGateway();
			case GatewayV1beta1Package.HTTP_ROUTE: return createHTTPRoute();
			case GatewayV1beta1Package.REFERENCE_GRANT: return createReferenceGrant();
			case GatewayV1beta1Package.GATEWAY_CLASS_SPEC: return createGatewayClassSpec();
			case GatewayV1beta1Package.GATEWAY_CLASS_PARAMETERS_REF: return createGatewayClassParametersRef();
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS: return createGatewayClassStatus();
			case GatewayV1beta1Package.GATEWAY_CLASS_CONDITION: return createGatewayClassCondition();
			case GatewayV1beta1Package.GATEWAY_CLASS_SUPPORTED_FEATURE: return createGatewayClassSupportedFeature();
			case GatewayV1beta1Package.GATEWAY_SPEC: return createGatewaySpec();
			case GatewayV1beta1Package.GATEWAY_SPEC_ADDRESS: return createGatewaySpecAddress();
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS: return createGatewayAllowedListeners();
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS_NAMESPACES: return createGatewayAllowedListenersNamespaces();
			case GatewayV1beta1Package.GATEWAY_SELECTOR: return createGatewaySelector();
			case GatewayV1beta1Package.GATEWAY_MATCH_EXPRESSION: return createGatewayMatchExpression();
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE: return createGatewayInfrastructure();
			case GatewayV1beta1Package.GATEWAY_PARAMETERS_REF: return createGatewayParametersRef();
			case GatewayV1beta1Package.GATEWAY_SPEC_LISTENER: return createGatewaySpecListener();
			case GatewayV1beta1Package.GATEWAY_ALLOWED_ROUTES: return createGatewayAllowedRoutes();
			case GatewayV1beta1Package.GATEWAY_SUPPORTED_KIND: return createGatewaySupportedKind();
			case GatewayV1beta1Package.GATEWAY_ALLOWED_ROUTES_NAMESPACES: return createGatewayAllowedRoutesNamespaces();
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS: return createGatewayListenerTls();
			case GatewayV1beta1Package.GATEWAY_CERTIFICATE_REF: return createGatewayCertificateRef();
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS: return createGatewaySpecTls();
			case GatewayV1beta1Package.GATEWAY_BACKEND: return createGatewayBackend();
			case GatewayV1beta1Package.GATEWAY_FRONTEND: return createGatewayFrontend();
			case GatewayV1beta1Package.GATEWAY_DEFAULT: return createGatewayDefault();
			case GatewayV1beta1Package.GATEWAY_VALIDATION: return createGatewayValidation();
			case GatewayV1beta1Package.GATEWAY_CA_CERTIFICATE_REF: return createGatewayCaCertificateRef();
			case GatewayV1beta1Package.GATEWAY_PER_PORT: return createGatewayPerPort();
			case GatewayV1beta1Package.GATEWAY_STATUS: return createGatewayStatus();
			case GatewayV1beta1Package.GATEWAY_STATUS_ADDRESS: return createGatewayStatusAddress();
			case GatewayV1beta1Package.GATEWAY_CONDITION: return createGatewayCondition();
			case GatewayV1beta1Package.GATEWAY_STATUS_LISTENER: return createGatewayStatusListener();
			case GatewayV1beta1Package.HTTP_ROUTE_SPEC: return createHTTPRouteSpec();
			case GatewayV1beta1Package.HTTP_ROUTE_PARENT_REF: return createHTTPRouteParentRef();
			case GatewayV1beta1Package.HTTP_ROUTE_RULE: return createHTTPRouteRule();
			case GatewayV1beta1Package.HTTP_ROUTE_RULE_BACKEND_REF: return createHTTPRouteRuleBackendRef();
			case GatewayV1beta1Package.HTTP_ROUTE_FILTER: return createHTTPRouteFilter();
			case GatewayV1beta1Package.HTTP_ROUTE_CORS: return createHTTPRouteCors();
			case GatewayV1beta1Package.HTTP_ROUTE_EXTENSION_REF: return createHTTPRouteExtensionRef();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_HEADER_MODIFIER: return createHTTPRouteRequestHeaderModifier();
			case GatewayV1beta1Package.HTTP_ROUTE_ADD: return createHTTPRouteAdd();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_MIRROR: return createHTTPRouteRequestMirror();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF: return createHTTPRouteRequestMirrorBackendRef();
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION: return createHTTPRouteFraction();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT: return createHTTPRouteRequestRedirect();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH: return createHTTPRouteRequestRedirectPath();
			case GatewayV1beta1Package.HTTP_ROUTE_URL_REWRITE: return createHTTPRouteUrlRewrite();
			case GatewayV1beta1Package.HTTP_ROUTE_MATCH: return createHTTPRouteMatch();
			case GatewayV1beta1Package.HTTP_ROUTE_HEADER: return createHTTPRouteHeader();
			case GatewayV1beta1Package.HTTP_ROUTE_MATCH_PATH: return createHTTPRouteMatchPath();
			case GatewayV1beta1Package.HTTP_ROUTE_QUERY_PARAM: return createHTTPRouteQueryParam();
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS: return createHTTPRouteTimeouts();
			case GatewayV1beta1Package.HTTP_ROUTE_STATUS: return createHTTPRouteStatus();
			case GatewayV1beta1Package.HTTP_ROUTE_PARENT: return createHTTPRouteParent();
			case GatewayV1beta1Package.HTTP_ROUTE_CONDITION: return createHTTPRouteCondition();
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC: return createReferenceGrantSpec();
			case GatewayV1beta1Package.REFERENCE_GRANT_FROM: return createReferenceGrantFrom();
			case GatewayV1beta1Package.REFERENCE_GRANT_TO: return createReferenceGrantTo();
			case GatewayV1beta1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
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
	public GatewayV1beta1Package getGatewayV1beta1Package() {
		return (GatewayV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GatewayV1beta1Package getPackage() {
		return GatewayV1beta1Package.eINSTANCE;
	}

} //GatewayV1beta1FactoryImpl
