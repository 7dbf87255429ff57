/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;

import io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.AdmissionregistrationV1alpha1PackageImpl;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;

import io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl;

import io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package;

import io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;

import io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl;

import io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package;

import io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;

import io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl;

import io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package;

import io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;

import io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;

import io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl;

import io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package;

import io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl;

import io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Package;

import io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl;

import io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package;

import io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl;

import io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package;

import io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl;

import io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package;

import io.pilothouse.model.k8s.coordination.v1alpha2.impl.CoordinationV1alpha2PackageImpl;

import io.pilothouse.model.k8s.coordination.v1beta1.CoordinationV1beta1Package;

import io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import io.pilothouse.model.k8s.core.v1.impl.CoreV1PackageImpl;

import io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package;

import io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl;

import io.pilothouse.model.k8s.events.v1.EventsV1Package;

import io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;

import io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import io.pilothouse.model.k8s.gateway.v1.impl.GatewayV1PackageImpl;

import io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package;

import io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl;

import io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package;

import io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Factory;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl;

import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl;

import io.pilothouse.model.k8s.networking.v1beta1.NetworkingV1beta1Package;

import io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl;

import io.pilothouse.model.k8s.node.v1.NodeV1Package;

import io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl;

import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;

import io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl;

import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;

import io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl;

import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import io.pilothouse.model.k8s.resource.v1.impl.ResourceV1PackageImpl;

import io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package;

import io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl;

import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl;

import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import io.pilothouse.model.k8s.resource.v1beta2.impl.ResourceV1beta2PackageImpl;

import io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package;

import io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;

import io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl;

import io.pilothouse.model.k8s.storage.v1.StorageV1Package;

import io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl;

import io.pilothouse.model.k8s.storage.v1beta1.StorageV1beta1Package;

import io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl;

import io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Package;

import io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl;

import java.io.IOException;

import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.eclipse.emf.ecore.resource.Resource;

import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GatewayV1beta1PackageImpl extends EPackageImpl implements GatewayV1beta1Package {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected String packageFilename = "v1beta1.ecore";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassParametersRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassSupportedFeatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedListenersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedListenersNamespacesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayMatchExpressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayInfrastructureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayParametersRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecListenerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedRoutesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySupportedKindEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedRoutesNamespacesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayListenerTlsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayCertificateRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecTlsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayBackendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayFrontendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayDefaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayValidationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayCaCertificateRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayPerPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayStatusAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayStatusListenerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRuleBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteCorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteExtensionRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestHeaderModifierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteAddEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestMirrorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestMirrorBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteFractionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestRedirectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestRedirectPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteUrlRewriteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteMatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteHeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteMatchPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteQueryParamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteTimeoutsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteParentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantFromEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantToEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stringMapEntryEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GatewayV1beta1PackageImpl() {
		super(eNS_URI, GatewayV1beta1Factory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GatewayV1beta1Package#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @generated
	 */
	public static GatewayV1beta1Package init() {
		if (isInited) return (GatewayV1beta1Package)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI);

		// Obtain or create and register package
		Object registeredGatewayV1beta1Package = EPackage.Registry.INSTANCE.get(eNS_URI);
		GatewayV1beta1PackageImpl theGatewayV1beta1Package = registeredGatewayV1beta1Package instanceof GatewayV1beta1PackageImpl ? (GatewayV1beta1PackageImpl)registeredGatewayV1beta1Package : new GatewayV1beta1PackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdmissionregistrationV1Package.eNS_URI);
		AdmissionregistrationV1PackageImpl theAdmissionregistrationV1Package = (AdmissionregistrationV1PackageImpl)(registeredPackage instanceof AdmissionregistrationV1PackageImpl ? registeredPackage : AdmissionregistrationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdmissionregistrationV1alpha1Package.eNS_URI);
		AdmissionregistrationV1alpha1PackageImpl theAdmissionregistrationV1alpha1Package = (AdmissionregistrationV1alpha1PackageImpl)(registeredPackage instanceof AdmissionregistrationV1alpha1PackageImpl ? registeredPackage : AdmissionregistrationV1alpha1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdmissionregistrationV1beta1Package.eNS_URI);
		AdmissionregistrationV1beta1PackageImpl theAdmissionregistrationV1beta1Package = (AdmissionregistrationV1beta1PackageImpl)(registeredPackage instanceof AdmissionregistrationV1beta1PackageImpl ? registeredPackage : AdmissionregistrationV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ApiextensionsV1Package.eNS_URI);
		ApiextensionsV1PackageImpl theApiextensionsV1Package = (ApiextensionsV1PackageImpl)(registeredPackage instanceof ApiextensionsV1PackageImpl ? registeredPackage : ApiextensionsV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ApiregistrationV1Package.eNS_URI);
		ApiregistrationV1PackageImpl theApiregistrationV1Package = (ApiregistrationV1PackageImpl)(registeredPackage instanceof ApiregistrationV1PackageImpl ? registeredPackage : ApiregistrationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ApiserverinternalV1alpha1Package.eNS_URI);
		ApiserverinternalV1alpha1PackageImpl theApiserverinternalV1alpha1Package = (ApiserverinternalV1alpha1PackageImpl)(registeredPackage instanceof ApiserverinternalV1alpha1PackageImpl ? registeredPackage : ApiserverinternalV1alpha1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AppsV1Package.eNS_URI);
		AppsV1PackageImpl theAppsV1Package = (AppsV1PackageImpl)(registeredPackage instanceof AppsV1PackageImpl ? registeredPackage : AppsV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AuthenticationV1Package.eNS_URI);
		AuthenticationV1PackageImpl theAuthenticationV1Package = (AuthenticationV1PackageImpl)(registeredPackage instanceof AuthenticationV1PackageImpl ? registeredPackage : AuthenticationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AuthorizationV1Package.eNS_URI);
		AuthorizationV1PackageImpl theAuthorizationV1Package = (AuthorizationV1PackageImpl)(registeredPackage instanceof AuthorizationV1PackageImpl ? registeredPackage : AuthorizationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AutoscalingV1Package.eNS_URI);
		AutoscalingV1PackageImpl theAutoscalingV1Package = (AutoscalingV1PackageImpl)(registeredPackage instanceof AutoscalingV1PackageImpl ? registeredPackage : AutoscalingV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AutoscalingV2Package.eNS_URI);
		AutoscalingV2PackageImpl theAutoscalingV2Package = (AutoscalingV2PackageImpl)(registeredPackage instanceof AutoscalingV2PackageImpl ? registeredPackage : AutoscalingV2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BatchV1Package.eNS_URI);
		BatchV1PackageImpl theBatchV1Package = (BatchV1PackageImpl)(registeredPackage instanceof BatchV1PackageImpl ? registeredPackage : BatchV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CertificatesV1Package.eNS_URI);
		CertificatesV1PackageImpl theCertificatesV1Package = (CertificatesV1PackageImpl)(registeredPackage instanceof CertificatesV1PackageImpl ? registeredPackage : CertificatesV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CertificatesV1alpha1Package.eNS_URI);
		CertificatesV1alpha1PackageImpl theCertificatesV1alpha1Package = (CertificatesV1alpha1PackageImpl)(registeredPackage instanceof CertificatesV1alpha1PackageImpl ? registeredPackage : CertificatesV1alpha1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CertificatesV1beta1Package.eNS_URI);
		CertificatesV1beta1PackageImpl theCertificatesV1beta1Package = (CertificatesV1beta1PackageImpl)(registeredPackage instanceof CertificatesV1beta1PackageImpl ? registeredPackage : CertificatesV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoordinationV1Package.eNS_URI);
		CoordinationV1PackageImpl theCoordinationV1Package = (CoordinationV1PackageImpl)(registeredPackage instanceof CoordinationV1PackageImpl ? registeredPackage : CoordinationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoordinationV1alpha2Package.eNS_URI);
		CoordinationV1alpha2PackageImpl theCoordinationV1alpha2Package = (CoordinationV1alpha2PackageImpl)(registeredPackage instanceof CoordinationV1alpha2PackageImpl ? registeredPackage : CoordinationV1alpha2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoordinationV1beta1Package.eNS_URI);
		CoordinationV1beta1PackageImpl theCoordinationV1beta1Package = (CoordinationV1beta1PackageImpl)(registeredPackage instanceof CoordinationV1beta1PackageImpl ? registeredPackage : CoordinationV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI);
		CoreV1PackageImpl theCoreV1Package = (CoreV1PackageImpl)(registeredPackage instanceof CoreV1PackageImpl ? registeredPackage : CoreV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DiscoveryV1Package.eNS_URI);
		DiscoveryV1PackageImpl theDiscoveryV1Package = (DiscoveryV1PackageImpl)(registeredPackage instanceof DiscoveryV1PackageImpl ? registeredPackage : DiscoveryV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EventsV1Package.eNS_URI);
		EventsV1PackageImpl theEventsV1Package = (EventsV1PackageImpl)(registeredPackage instanceof EventsV1PackageImpl ? registeredPackage : EventsV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FlowcontrolV1Package.eNS_URI);
		FlowcontrolV1PackageImpl theFlowcontrolV1Package = (FlowcontrolV1PackageImpl)(registeredPackage instanceof FlowcontrolV1PackageImpl ? registeredPackage : FlowcontrolV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI);
		GatewayV1PackageImpl theGatewayV1Package = (GatewayV1PackageImpl)(registeredPackage instanceof GatewayV1PackageImpl ? registeredPackage : GatewayV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1alpha2Package.eNS_URI);
		GatewayV1alpha2PackageImpl theGatewayV1alpha2Package = (GatewayV1alpha2PackageImpl)(registeredPackage instanceof GatewayV1alpha2PackageImpl ? registeredPackage : GatewayV1alpha2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1alpha3Package.eNS_URI);
		GatewayV1alpha3PackageImpl theGatewayV1alpha3Package = (GatewayV1alpha3PackageImpl)(registeredPackage instanceof GatewayV1alpha3PackageImpl ? registeredPackage : GatewayV1alpha3Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MetaV1Package.eNS_URI);
		MetaV1PackageImpl theMetaV1Package = (MetaV1PackageImpl)(registeredPackage instanceof MetaV1PackageImpl ? registeredPackage : MetaV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI);
		NetworkingV1PackageImpl theNetworkingV1Package = (NetworkingV1PackageImpl)(registeredPackage instanceof NetworkingV1PackageImpl ? registeredPackage : NetworkingV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkingV1beta1Package.eNS_URI);
		NetworkingV1beta1PackageImpl theNetworkingV1beta1Package = (NetworkingV1beta1PackageImpl)(registeredPackage instanceof NetworkingV1beta1PackageImpl ? registeredPackage : NetworkingV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NodeV1Package.eNS_URI);
		NodeV1PackageImpl theNodeV1Package = (NodeV1PackageImpl)(registeredPackage instanceof NodeV1PackageImpl ? registeredPackage : NodeV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PolicyV1Package.eNS_URI);
		PolicyV1PackageImpl thePolicyV1Package = (PolicyV1PackageImpl)(registeredPackage instanceof PolicyV1PackageImpl ? registeredPackage : PolicyV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RbacV1Package.eNS_URI);
		RbacV1PackageImpl theRbacV1Package = (RbacV1PackageImpl)(registeredPackage instanceof RbacV1PackageImpl ? registeredPackage : RbacV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1Package.eNS_URI);
		ResourceV1PackageImpl theResourceV1Package = (ResourceV1PackageImpl)(registeredPackage instanceof ResourceV1PackageImpl ? registeredPackage : ResourceV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1alpha3Package.eNS_URI);
		ResourceV1alpha3PackageImpl theResourceV1alpha3Package = (ResourceV1alpha3PackageImpl)(registeredPackage instanceof ResourceV1alpha3PackageImpl ? registeredPackage : ResourceV1alpha3Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1beta1Package.eNS_URI);
		ResourceV1beta1PackageImpl theResourceV1beta1Package = (ResourceV1beta1PackageImpl)(registeredPackage instanceof ResourceV1beta1PackageImpl ? registeredPackage : ResourceV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1beta2Package.eNS_URI);
		ResourceV1beta2PackageImpl theResourceV1beta2Package = (ResourceV1beta2PackageImpl)(registeredPackage instanceof ResourceV1beta2PackageImpl ? registeredPackage : ResourceV1beta2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulingV1Package.eNS_URI);
		SchedulingV1PackageImpl theSchedulingV1Package = (SchedulingV1PackageImpl)(registeredPackage instanceof SchedulingV1PackageImpl ? registeredPackage : SchedulingV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulingV1alpha2Package.eNS_URI);
		SchedulingV1alpha2PackageImpl theSchedulingV1alpha2Package = (SchedulingV1alpha2PackageImpl)(registeredPackage instanceof SchedulingV1alpha2PackageImpl ? registeredPackage : SchedulingV1alpha2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StorageV1Package.eNS_URI);
		StorageV1PackageImpl theStorageV1Package = (StorageV1PackageImpl)(registeredPackage instanceof StorageV1PackageImpl ? registeredPackage : StorageV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StorageV1beta1Package.eNS_URI);
		StorageV1beta1PackageImpl theStorageV1beta1Package = (StorageV1beta1PackageImpl)(registeredPackage instanceof StorageV1beta1PackageImpl ? registeredPackage : StorageV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StoragemigrationV1beta1Package.eNS_URI);
		StoragemigrationV1beta1PackageImpl theStoragemigrationV1beta1Package = (StoragemigrationV1beta1PackageImpl)(registeredPackage instanceof StoragemigrationV1beta1PackageImpl ? registeredPackage : StoragemigrationV1beta1Package.eINSTANCE);

		// Load packages
		theGatewayV1beta1Package.loadPackage();
		theAdmissionregistrationV1Package.loadPackage();
		theAdmissionregistrationV1alpha1Package.loadPackage();
		theAdmissionregistrationV1beta1Package.loadPackage();
		theApiextensionsV1Package.loadPackage();
		theApiregistrationV1Package.loadPackage();
		theApiserverinternalV1alpha1Package.loadPackage();
		theAppsV1Package.loadPackage();
		theAuthenticationV1Package.loadPackage();
		theAuthorizationV1Package.loadPackage();
		theAutoscalingV1Package.loadPackage();
		theAutoscalingV2Package.loadPackage();
		theBatchV1Package.loadPackage();
		theCertificatesV1Package.loadPackage();
		theCertificatesV1alpha1Package.loadPackage();
		theCertificatesV1beta1Package.loadPackage();
		theCoordinationV1Package.loadPackage();
		theCoordinationV1alpha2Package.loadPackage();
		theCoordinationV1beta1Package.loadPackage();
		theCoreV1Package.loadPackage();
		theDiscoveryV1Package.loadPackage();
		theEventsV1Package.loadPackage();
		theFlowcontrolV1Package.loadPackage();
		theGatewayV1Package.loadPackage();
		theGatewayV1alpha2Package.loadPackage();
		theGatewayV1alpha3Package.loadPackage();
		theMetaV1Package.loadPackage();
		theNetworkingV1Package.loadPackage();
		theNetworkingV1beta1Package.loadPackage();
		theNodeV1Package.loadPackage();
		thePolicyV1Package.loadPackage();
		theRbacV1Package.loadPackage();
		theResourceV1Package.loadPackage();
		theResourceV1alpha3Package.loadPackage();
		theResourceV1beta1Package.loadPackage();
		theResourceV1beta2Package.loadPackage();
		theSchedulingV1Package.loadPackage();
		theSchedulingV1alpha2Package.loadPackage();
		theStorageV1Package.loadPackage();
		theStorageV1beta1Package.loadPackage();
		theStoragemigrationV1beta1Package.loadPackage();

		// Fix loaded packages
		theGatewayV1beta1Package.fixPackageContents();
		theAdmissionregistrationV1Package.fixPackageContents();
		theAdmissionregistrationV1alpha1Package.fixPackageContents();
		theAdmissionregistrationV1beta1Package.fixPackageContents();
		theApiextensionsV1Package.fixPackageContents();
		theApiregistrationV1Package.fixPackageContents();
		theApiserverinternalV1alpha1Package.fixPackageContents();
		theAppsV1Package.fixPackageContents();
		theAuthenticationV1Package.fixPackageContents();
		theAuthorizationV1Package.fixPackageContents();
		theAutoscalingV1Package.fixPackageContents();
		theAutoscalingV2Package.fixPackageContents();
		theBatchV1Package.fixPackageContents();
		theCertificatesV1Package.fixPackageContents();
		theCertificatesV1alpha1Package.fixPackageContents();
		theCertificatesV1beta1Package.fixPackageContents();
		theCoordinationV1Package.fixPackageContents();
		theCoordinationV1alpha2Package.fixPackageContents();
		theCoordinationV1beta1Package.fixPackageContents();
		theCoreV1Package.fixPackageContents();
		theDiscoveryV1Package.fixPackageContents();
		theEventsV1Package.fixPackageContents();
		theFlowcontrolV1Package.fixPackageContents();
		theGatewayV1Package.fixPackageContents();
		theGatewayV1alpha2Package.fixPackageContents();
		theGatewayV1alpha3Package.fixPackageContents();
		theMetaV1Package.fixPackageContents();
		theNetworkingV1Package.fixPackageContents();
		theNetworkingV1beta1Package.fixPackageContents();
		theNodeV1Package.fixPackageContents();
		thePolicyV1Package.fixPackageContents();
		theRbacV1Package.fixPackageContents();
		theResourceV1Package.fixPackageContents();
		theResourceV1alpha3Package.fixPackageContents();
		theResourceV1beta1Package.fixPackageContents();
		theResourceV1beta2Package.fixPackageContents();
		theSchedulingV1Package.fixPackageContents();
		theSchedulingV1alpha2Package.fixPackageContents();
		theStorageV1Package.fixPackageContents();
		theStorageV1beta1Package.fixPackageContents();
		theStoragemigrationV1beta1Package.fixPackageContents();

		// Mark meta-data to indicate it can't be changed
		theGatewayV1beta1Package.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GatewayV1beta1Package.eNS_URI, theGatewayV1beta1Package);
		return theGatewayV1beta1Package;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClass() {
		if (gatewayClassEClass == null) {
			gatewayClassEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(0);
		}
		return gatewayClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClass_ApiVersion() {
        return (EAttribute)getGatewayClass().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClass_Kind() {
        return (EAttribute)getGatewayClass().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClass_Metadata() {
        return (EReference)getGatewayClass().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClass_Spec() {
        return (EReference)getGatewayClass().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClass_Status() {
        return (EReference)getGatewayClass().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGateway() {
		if (gatewayEClass == null) {
			gatewayEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(1);
		}
		return gatewayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateway_ApiVersion() {
        return (EAttribute)getGateway().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateway_Kind() {
        return (EAttribute)getGateway().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateway_Metadata() {
        return (EReference)getGateway().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateway_Spec() {
        return (EReference)getGateway().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateway_Status() {
        return (EReference)getGateway().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRoute() {
		if (httpRouteEClass == null) {
			httpRouteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(2);
		}
		return httpRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRoute_ApiVersion() {
        return (EAttribute)getHTTPRoute().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRoute_Kind() {
        return (EAttribute)getHTTPRoute().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRoute_Metadata() {
        return (EReference)getHTTPRoute().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRoute_Spec() {
        return (EReference)getHTTPRoute().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRoute_Status() {
        return (EReference)getHTTPRoute().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrant() {
		if (referenceGrantEClass == null) {
			referenceGrantEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(3);
		}
		return referenceGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrant_ApiVersion() {
        return (EAttribute)getReferenceGrant().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrant_Kind() {
        return (EAttribute)getReferenceGrant().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrant_Metadata() {
        return (EReference)getReferenceGrant().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrant_Spec() {
        return (EReference)getReferenceGrant().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassSpec() {
		if (gatewayClassSpecEClass == null) {
			gatewayClassSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(4);
		}
		return gatewayClassSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassSpec_ControllerName() {
        return (EAttribute)getGatewayClassSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassSpec_Description() {
        return (EAttribute)getGatewayClassSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClassSpec_ParametersRef() {
        return (EReference)getGatewayClassSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassParametersRef() {
		if (gatewayClassParametersRefEClass == null) {
			gatewayClassParametersRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(5);
		}
		return gatewayClassParametersRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Group() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Kind() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Name() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Namespace() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassStatus() {
		if (gatewayClassStatusEClass == null) {
			gatewayClassStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(6);
		}
		return gatewayClassStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClassStatus_Conditions() {
        return (EReference)getGatewayClassStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClassStatus_SupportedFeatures() {
        return (EReference)getGatewayClassStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassCondition() {
		if (gatewayClassConditionEClass == null) {
			gatewayClassConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(7);
		}
		return gatewayClassConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_LastTransitionTime() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Message() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_ObservedGeneration() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Reason() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Status() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Type() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassSupportedFeature() {
		if (gatewayClassSupportedFeatureEClass == null) {
			gatewayClassSupportedFeatureEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(8);
		}
		return gatewayClassSupportedFeatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassSupportedFeature_Name() {
        return (EAttribute)getGatewayClassSupportedFeature().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpec() {
		if (gatewaySpecEClass == null) {
			gatewaySpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(9);
		}
		return gatewaySpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Addresses() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_AllowedListeners() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpec_GatewayClassName() {
        return (EAttribute)getGatewaySpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Infrastructure() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Listeners() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Tls() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpecAddress() {
		if (gatewaySpecAddressEClass == null) {
			gatewaySpecAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(10);
		}
		return gatewaySpecAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecAddress_Type() {
        return (EAttribute)getGatewaySpecAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecAddress_Value() {
        return (EAttribute)getGatewaySpecAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedListeners() {
		if (gatewayAllowedListenersEClass == null) {
			gatewayAllowedListenersEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(11);
		}
		return gatewayAllowedListenersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedListeners_Namespaces() {
        return (EReference)getGatewayAllowedListeners().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedListenersNamespaces() {
		if (gatewayAllowedListenersNamespacesEClass == null) {
			gatewayAllowedListenersNamespacesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(12);
		}
		return gatewayAllowedListenersNamespacesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayAllowedListenersNamespaces_From() {
        return (EAttribute)getGatewayAllowedListenersNamespaces().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedListenersNamespaces_Selector() {
        return (EReference)getGatewayAllowedListenersNamespaces().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySelector() {
		if (gatewaySelectorEClass == null) {
			gatewaySelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(13);
		}
		return gatewaySelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySelector_MatchExpressions() {
        return (EReference)getGatewaySelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySelector_MatchLabels() {
        return (EReference)getGatewaySelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayMatchExpression() {
		if (gatewayMatchExpressionEClass == null) {
			gatewayMatchExpressionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(14);
		}
		return gatewayMatchExpressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayMatchExpression_Key() {
        return (EAttribute)getGatewayMatchExpression().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayMatchExpression_Operator() {
        return (EAttribute)getGatewayMatchExpression().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayMatchExpression_Values() {
        return (EAttribute)getGatewayMatchExpression().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayInfrastructure() {
		if (gatewayInfrastructureEClass == null) {
			gatewayInfrastructureEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(15);
		}
		return gatewayInfrastructureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayInfrastructure_Annotations() {
        return (EReference)getGatewayInfrastructure().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayInfrastructure_Labels() {
        return (EReference)getGatewayInfrastructure().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayInfrastructure_ParametersRef() {
        return (EReference)getGatewayInfrastructure().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayParametersRef() {
		if (gatewayParametersRefEClass == null) {
			gatewayParametersRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(16);
		}
		return gatewayParametersRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayParametersRef_Group() {
        return (EAttribute)getGatewayParametersRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayParametersRef_Kind() {
        return (EAttribute)getGatewayParametersRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayParametersRef_Name() {
        return (EAttribute)getGatewayParametersRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpecListener() {
		if (gatewaySpecListenerEClass == null) {
			gatewaySpecListenerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(17);
		}
		return gatewaySpecListenerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecListener_AllowedRoutes() {
        return (EReference)getGatewaySpecListener().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Hostname() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Name() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Port() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Protocol() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecListener_Tls() {
        return (EReference)getGatewaySpecListener().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedRoutes() {
		if (gatewayAllowedRoutesEClass == null) {
			gatewayAllowedRoutesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(18);
		}
		return gatewayAllowedRoutesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedRoutes_Kinds() {
        return (EReference)getGatewayAllowedRoutes().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedRoutes_Namespaces() {
        return (EReference)getGatewayAllowedRoutes().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySupportedKind() {
		if (gatewaySupportedKindEClass == null) {
			gatewaySupportedKindEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(19);
		}
		return gatewaySupportedKindEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySupportedKind_Group() {
        return (EAttribute)getGatewaySupportedKind().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySupportedKind_Kind() {
        return (EAttribute)getGatewaySupportedKind().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedRoutesNamespaces() {
		if (gatewayAllowedRoutesNamespacesEClass == null) {
			gatewayAllowedRoutesNamespacesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(20);
		}
		return gatewayAllowedRoutesNamespacesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayAllowedRoutesNamespaces_From() {
        return (EAttribute)getGatewayAllowedRoutesNamespaces().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedRoutesNamespaces_Selector() {
        return (EReference)getGatewayAllowedRoutesNamespaces().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayListenerTls() {
		if (gatewayListenerTlsEClass == null) {
			gatewayListenerTlsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(21);
		}
		return gatewayListenerTlsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayListenerTls_CertificateRefs() {
        return (EReference)getGatewayListenerTls().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayListenerTls_Mode() {
        return (EAttribute)getGatewayListenerTls().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayListenerTls_Options() {
        return (EReference)getGatewayListenerTls().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayCertificateRef() {
		if (gatewayCertificateRefEClass == null) {
			gatewayCertificateRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(22);
		}
		return gatewayCertificateRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Group() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Kind() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Name() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Namespace() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpecTls() {
		if (gatewaySpecTlsEClass == null) {
			gatewaySpecTlsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(23);
		}
		return gatewaySpecTlsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecTls_Backend() {
        return (EReference)getGatewaySpecTls().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecTls_Frontend() {
        return (EReference)getGatewaySpecTls().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayBackend() {
		if (gatewayBackendEClass == null) {
			gatewayBackendEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(24);
		}
		return gatewayBackendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayBackend_ClientCertificateRef() {
        return (EReference)getGatewayBackend().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayFrontend() {
		if (gatewayFrontendEClass == null) {
			gatewayFrontendEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(25);
		}
		return gatewayFrontendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayFrontend_Default() {
        return (EReference)getGatewayFrontend().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayFrontend_PerPort() {
        return (EReference)getGatewayFrontend().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayDefault() {
		if (gatewayDefaultEClass == null) {
			gatewayDefaultEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(26);
		}
		return gatewayDefaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayDefault_Validation() {
        return (EReference)getGatewayDefault().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayValidation() {
		if (gatewayValidationEClass == null) {
			gatewayValidationEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(27);
		}
		return gatewayValidationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayValidation_CaCertificateRefs() {
        return (EReference)getGatewayValidation().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayValidation_Mode() {
        return (EAttribute)getGatewayValidation().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayCaCertificateRef() {
		if (gatewayCaCertificateRefEClass == null) {
			gatewayCaCertificateRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(28);
		}
		return gatewayCaCertificateRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Group() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Kind() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Name() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Namespace() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayPerPort() {
		if (gatewayPerPortEClass == null) {
			gatewayPerPortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(29);
		}
		return gatewayPerPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayPerPort_Port() {
        return (EAttribute)getGatewayPerPort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayPerPort_Tls() {
        return (EReference)getGatewayPerPort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayStatus() {
		if (gatewayStatusEClass == null) {
			gatewayStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(30);
		}
		return gatewayStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatus_Addresses() {
        return (EReference)getGatewayStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatus_AttachedListenerSets() {
        return (EAttribute)getGatewayStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatus_Conditions() {
        return (EReference)getGatewayStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatus_Listeners() {
        return (EReference)getGatewayStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayStatusAddress() {
		if (gatewayStatusAddressEClass == null) {
			gatewayStatusAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(31);
		}
		return gatewayStatusAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusAddress_Type() {
        return (EAttribute)getGatewayStatusAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusAddress_Value() {
        return (EAttribute)getGatewayStatusAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayCondition() {
		if (gatewayConditionEClass == null) {
			gatewayConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(32);
		}
		return gatewayConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_LastTransitionTime() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Message() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_ObservedGeneration() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Reason() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Status() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Type() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayStatusListener() {
		if (gatewayStatusListenerEClass == null) {
			gatewayStatusListenerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(33);
		}
		return gatewayStatusListenerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusListener_AttachedRoutes() {
        return (EAttribute)getGatewayStatusListener().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatusListener_Conditions() {
        return (EReference)getGatewayStatusListener().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusListener_Name() {
        return (EAttribute)getGatewayStatusListener().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatusListener_SupportedKinds() {
        return (EReference)getGatewayStatusListener().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteSpec() {
		if (httpRouteSpecEClass == null) {
			httpRouteSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(34);
		}
		return httpRouteSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteSpec_Hostnames() {
        return (EAttribute)getHTTPRouteSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteSpec_ParentRefs() {
        return (EReference)getHTTPRouteSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteSpec_Rules() {
        return (EReference)getHTTPRouteSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteParentRef() {
		if (httpRouteParentRefEClass == null) {
			httpRouteParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(35);
		}
		return httpRouteParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Group() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Kind() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Name() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Namespace() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Port() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_SectionName() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRule() {
		if (httpRouteRuleEClass == null) {
			httpRouteRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(36);
		}
		return httpRouteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_BackendRefs() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_Filters() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_Matches() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRule_Name() {
        return (EAttribute)getHTTPRouteRule().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_Timeouts() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRuleBackendRef() {
		if (httpRouteRuleBackendRefEClass == null) {
			httpRouteRuleBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(37);
		}
		return httpRouteRuleBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRuleBackendRef_Filters() {
        return (EReference)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Group() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Kind() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Name() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Namespace() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Port() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Weight() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteFilter() {
		if (httpRouteFilterEClass == null) {
			httpRouteFilterEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(38);
		}
		return httpRouteFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_Cors() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_ExtensionRef() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_RequestHeaderModifier() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_RequestMirror() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_RequestRedirect() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_ResponseHeaderModifier() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteFilter_Type() {
        return (EAttribute)getHTTPRouteFilter().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_UrlRewrite() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteCors() {
		if (httpRouteCorsEClass == null) {
			httpRouteCorsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(39);
		}
		return httpRouteCorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowCredentials() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowHeaders() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowMethods() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowOrigins() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_ExposeHeaders() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_MaxAge() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteExtensionRef() {
		if (httpRouteExtensionRefEClass == null) {
			httpRouteExtensionRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(40);
		}
		return httpRouteExtensionRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteExtensionRef_Group() {
        return (EAttribute)getHTTPRouteExtensionRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteExtensionRef_Kind() {
        return (EAttribute)getHTTPRouteExtensionRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteExtensionRef_Name() {
        return (EAttribute)getHTTPRouteExtensionRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestHeaderModifier() {
		if (httpRouteRequestHeaderModifierEClass == null) {
			httpRouteRequestHeaderModifierEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(41);
		}
		return httpRouteRequestHeaderModifierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestHeaderModifier_Add() {
        return (EReference)getHTTPRouteRequestHeaderModifier().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestHeaderModifier_Remove() {
        return (EAttribute)getHTTPRouteRequestHeaderModifier().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestHeaderModifier_Set() {
        return (EReference)getHTTPRouteRequestHeaderModifier().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteAdd() {
		if (httpRouteAddEClass == null) {
			httpRouteAddEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(42);
		}
		return httpRouteAddEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteAdd_Name() {
        return (EAttribute)getHTTPRouteAdd().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteAdd_Value() {
        return (EAttribute)getHTTPRouteAdd().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestMirror() {
		if (httpRouteRequestMirrorEClass == null) {
			httpRouteRequestMirrorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(43);
		}
		return httpRouteRequestMirrorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestMirror_BackendRef() {
        return (EReference)getHTTPRouteRequestMirror().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestMirror_Fraction() {
        return (EReference)getHTTPRouteRequestMirror().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirror_Percent() {
        return (EAttribute)getHTTPRouteRequestMirror().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestMirrorBackendRef() {
		if (httpRouteRequestMirrorBackendRefEClass == null) {
			httpRouteRequestMirrorBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(44);
		}
		return httpRouteRequestMirrorBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Group() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Kind() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Name() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Namespace() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Port() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteFraction() {
		if (httpRouteFractionEClass == null) {
			httpRouteFractionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(45);
		}
		return httpRouteFractionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteFraction_Denominator() {
        return (EAttribute)getHTTPRouteFraction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteFraction_Numerator() {
        return (EAttribute)getHTTPRouteFraction().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestRedirect() {
		if (httpRouteRequestRedirectEClass == null) {
			httpRouteRequestRedirectEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(46);
		}
		return httpRouteRequestRedirectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_Hostname() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestRedirect_Path() {
        return (EReference)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_Port() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_Scheme() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_StatusCode() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestRedirectPath() {
		if (httpRouteRequestRedirectPathEClass == null) {
			httpRouteRequestRedirectPathEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(47);
		}
		return httpRouteRequestRedirectPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirectPath_ReplaceFullPath() {
        return (EAttribute)getHTTPRouteRequestRedirectPath().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirectPath_ReplacePrefixMatch() {
        return (EAttribute)getHTTPRouteRequestRedirectPath().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirectPath_Type() {
        return (EAttribute)getHTTPRouteRequestRedirectPath().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteUrlRewrite() {
		if (httpRouteUrlRewriteEClass == null) {
			httpRouteUrlRewriteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(48);
		}
		return httpRouteUrlRewriteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteUrlRewrite_Hostname() {
        return (EAttribute)getHTTPRouteUrlRewrite().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteUrlRewrite_Path() {
        return (EReference)getHTTPRouteUrlRewrite().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteMatch() {
		if (httpRouteMatchEClass == null) {
			httpRouteMatchEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(49);
		}
		return httpRouteMatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteMatch_Headers() {
        return (EReference)getHTTPRouteMatch().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteMatch_Method() {
        return (EAttribute)getHTTPRouteMatch().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteMatch_Path() {
        return (EReference)getHTTPRouteMatch().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteMatch_QueryParams() {
        return (EReference)getHTTPRouteMatch().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteHeader() {
		if (httpRouteHeaderEClass == null) {
			httpRouteHeaderEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(50);
		}
		return httpRouteHeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteHeader_Name() {
        return (EAttribute)getHTTPRouteHeader().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteHeader_Type() {
        return (EAttribute)getHTTPRouteHeader().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteHeader_Value() {
        return (EAttribute)getHTTPRouteHeader().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteMatchPath() {
		if (httpRouteMatchPathEClass == null) {
			httpRouteMatchPathEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(51);
		}
		return httpRouteMatchPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteMatchPath_Type() {
        return (EAttribute)getHTTPRouteMatchPath().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteMatchPath_Value() {
        return (EAttribute)getHTTPRouteMatchPath().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteQueryParam() {
		if (httpRouteQueryParamEClass == null) {
			httpRouteQueryParamEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(52);
		}
		return httpRouteQueryParamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteQueryParam_Name() {
        return (EAttribute)getHTTPRouteQueryParam().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteQueryParam_Type() {
        return (EAttribute)getHTTPRouteQueryParam().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteQueryParam_Value() {
        return (EAttribute)getHTTPRouteQueryParam().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteTimeouts() {
		if (httpRouteTimeoutsEClass == null) {
			httpRouteTimeoutsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(53);
		}
		return httpRouteTimeoutsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteTimeouts_BackendRequest() {
        return (EAttribute)getHTTPRouteTimeouts().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteTimeouts_Request() {
        return (EAttribute)getHTTPRouteTimeouts().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteStatus() {
		if (httpRouteStatusEClass == null) {
			httpRouteStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(54);
		}
		return httpRouteStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteStatus_Parents() {
        return (EReference)getHTTPRouteStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteParent() {
		if (httpRouteParentEClass == null) {
			httpRouteParentEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(55);
		}
		return httpRouteParentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteParent_Conditions() {
        return (EReference)getHTTPRouteParent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParent_ControllerName() {
        return (EAttribute)getHTTPRouteParent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteParent_ParentRef() {
        return (EReference)getHTTPRouteParent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteCondition() {
		if (httpRouteConditionEClass == null) {
			httpRouteConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(56);
		}
		return httpRouteConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_LastTransitionTime() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Message() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_ObservedGeneration() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Reason() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Status() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Type() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrantSpec() {
		if (referenceGrantSpecEClass == null) {
			referenceGrantSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(57);
		}
		return referenceGrantSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrantSpec_From() {
        return (EReference)getReferenceGrantSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrantSpec_To() {
        return (EReference)getReferenceGrantSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrantFrom() {
		if (referenceGrantFromEClass == null) {
			referenceGrantFromEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(58);
		}
		return referenceGrantFromEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantFrom_Group() {
        return (EAttribute)getReferenceGrantFrom().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantFrom_Kind() {
        return (EAttribute)getReferenceGrantFrom().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantFrom_Namespace() {
        return (EAttribute)getReferenceGrantFrom().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrantTo() {
		if (referenceGrantToEClass == null) {
			referenceGrantToEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(59);
		}
		return referenceGrantToEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantTo_Group() {
        return (EAttribute)getReferenceGrantTo().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantTo_Kind() {
        return (EAttribute)getReferenceGrantTo().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantTo_Name() {
        return (EAttribute)getReferenceGrantTo().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStringMapEntry() {
		if (stringMapEntryEClass == null) {
			stringMapEntryEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI).getEClassifiers().get(60);
		}
		return stringMapEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStringMapEntry_Key() {
        return (EAttribute)getStringMapEntry().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStringMapEntry_Value() {
        return (EAttribute)getStringMapEntry().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayV1beta1Factory getGatewayV1beta1Factory() {
		return (GatewayV1beta1Factory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isLoaded = false;

	/**
	 * Loads the package and any sub-packages from their serialized form.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void loadPackage() {
		if (isLoaded) return;
		isLoaded = true;

		URL url = getClass().getResource(packageFilename);
		if (url == null) {
			throw new RuntimeException("Missing serialized package: " + packageFilename);
		}
		URI uri = URI.createURI(url.toString());
		Resource resource = new EcoreResourceFactoryImpl().createResource(uri);
		try {
			resource.load(null);
		}
		catch (IOException exception) {
			throw new WrappedException(exception);
		}
		initializeFromLoadedEPackage(this, (EPackage)resource.getContents().get(0));
		createResource(eNS_URI);
	}


	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isFixed = false;

	/**
	 * Fixes up the loaded package, to make it appear as if it had been programmatically built.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void fixPackageContents() {
		if (isFixed) return;
		isFixed = true;
		fixEClassifiers();
	}

	/**
	 * Sets the instance class on the given classifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void fixInstanceClass(EClassifier eClassifier) {
		if (eClassifier.getInstanceClassName() == null) {
			eClassifier.setInstanceClassName("io.pilothouse.model.k8s.gateway.v1beta1." + eClassifier.getName());
			setGeneratedClassName(eClassifier);
		}
	}

} //GatewayV1beta1PackageImpl
