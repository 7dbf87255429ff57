/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3.impl;

import io.pilothouse.model.k8s.gateway.v1alpha3.*;

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
public class GatewayV1alpha3FactoryImpl extends EFactoryImpl implements GatewayV1alpha3Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GatewayV1alpha3Factory init() {
		try {
			GatewayV1alpha3Factory theGatewayV1alpha3Factory = (GatewayV1alpha3Factory)EPackage.Registry.INSTANCE.getEFactory(GatewayV1alpha3Package.eNS_URI);
			if (theGatewayV1alpha3Factory != null) {
				return theGatewayV1alpha3Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GatewayV1alpha3FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GatewayV1alpha3FactoryImpl() {
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY: return createBackendTLSPolicy();
			case GatewayV1alpha3Package.TLS_ROUTE: return createTLSRoute();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SPEC: return createBackendTLSPolicySpec();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_TARGET_REF: return createBackendTLSPolicyTargetRef();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION: return createBackendTLSPolicyValidation();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_CA_CERTIFICATE_REF: return createBackendTLSPolicyCaCertificateRef();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME: return createBackendTLSPolicySubjectAltName();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS: return createBackendTLSPolicyStatus();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_ANCESTOR: return createBackendTLSPolicyAncestor();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_ANCESTOR_REF: return createBackendTLSPolicyAncestorRef();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_CONDITION: return createBackendTLSPolicyCondition();
			case GatewayV1alpha3Package.TLS_ROUTE_SPEC: return createTLSRouteSpec();
			case GatewayV1alpha3Package.TLS_ROUTE_PARENT_REF: return createTLSRouteParentRef();
			case GatewayV1alpha3Package.TLS_ROUTE_RULE: return createTLSRouteRule();
			case GatewayV1alpha3Package.TLS_ROUTE_BACKEND_REF: return createTLSRouteBackendRef();
			case GatewayV1alpha3Package.TLS_ROUTE_STATUS: return createTLSRouteStatus();
			case GatewayV1alpha3Package.TLS_ROUTE_PARENT: return createTLSRouteParent();
			case GatewayV1alpha3Package.TLS_ROUTE_CONDITION: return createTLSRouteCondition();
			case GatewayV1alpha3Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
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
	public GatewayV1alpha3Package getGatewayV1alpha3Package() {
		return (GatewayV1alpha3Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GatewayV1alpha3Package getPackage() {
		return GatewayV1alpha3Package.eINSTANCE;
	}

} //GatewayV1alpha3FactoryImpl
