/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2.impl;

import io.pilothouse.model.k8s.gateway.v1alpha2.*;

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
public class GatewayV1alpha2FactoryImpl extends EFactoryImpl implements GatewayV1alpha2Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GatewayV1alpha2Factory init() {
		try {
			GatewayV1alpha2Factory theGatewayV1alpha2Factory = (GatewayV1alpha2Factory)EPackage.Registry.INSTANCE.getEFactory(GatewayV1alpha2Package.eNS_URI);
			if (theGatewayV1alpha2Factory != null) {
				return theGatewayV1alpha2Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GatewayV1alpha2FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GatewayV1alpha2FactoryImpl() {
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
			case GatewayV1alpha2Package.TCP_ROUTE: return createTCPRoute();
			case GatewayV1alpha2Package.TLS_ROUTE: return createTLSRoute();
			case GatewayV1alpha2Package.UDP_ROUTE: return createUDPRoute();
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC: return createTCPRouteSpec();
			case GatewayV1alpha2Package.TCP_ROUTE_PARENT_REF: return createTCPRouteParentRef();
			case GatewayV1alpha2Package.TCP_ROUTE_RULE: return createTCPRouteRule();
			case GatewayV1alpha2Package.TCP_ROUTE_BACKEND_REF: return createTCPRouteBackendRef();
			case GatewayV1alpha2Package.TCP_ROUTE_STATUS: return createTCPRouteStatus();
			case GatewayV1alpha2Package.TCP_ROUTE_PARENT: return createTCPRouteParent();
			case GatewayV1alpha2Package.TCP_ROUTE_CONDITION: return createTCPRouteCondition();
			case GatewayV1alpha2Package.TLS_ROUTE_SPEC: return createTLSRouteSpec();
			case GatewayV1alpha2Package.TLS_ROUTE_PARENT_REF: return createTLSRouteParentRef();
			case GatewayV1alpha2Package.TLS_ROUTE_RULE: return createTLSRouteRule();
			case GatewayV1alpha2Package.TLS_ROUTE_BACKEND_REF: return createTLSRouteBackendRef();
			case GatewayV1alpha2Package.TLS_ROUTE_STATUS: return createTLSRouteStatus();
			case GatewayV1alpha2Package.TLS_ROUTE_PARENT: return createTLSRouteParent();
			case GatewayV1alpha2Package.TLS_ROUTE_CONDITION: return createTLSRouteCondition();
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC: return createUDPRouteSpec();
			case GatewayV1alpha2Package.UDP_ROUTE_PARENT_REF: return createUDPRouteParentRef();
			case GatewayV1alpha2Package.UDP_ROUTE_RULE: return createUDPRouteRule();
			case GatewayV1alpha2Package.UDP_ROUTE_BACKEND_REF: return createUDPRouteBackendRef();
			case GatewayV1alpha2Package.UDP_ROUTE_STATUS: return createUDPRouteStatus();
			case GatewayV1alpha2Package.UDP_ROUTE_PARENT: return createUDPRouteParent();
			case GatewayV1alpha2Package.UDP_ROUTE_CONDITION: return createUDPRouteCondition();
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
	@Override
	public GatewayV1alpha2Package getGatewayV1alpha2Package() {
		return (GatewayV1alpha2Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GatewayV1alpha2Package getPackage() {
		return GatewayV1alpha2Package.eINSTANCE;
	}

} //GatewayV1alpha2FactoryImpl
