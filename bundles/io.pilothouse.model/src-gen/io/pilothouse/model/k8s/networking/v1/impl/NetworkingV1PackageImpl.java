/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

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

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl;

import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl;

import io.pilothouse.model.k8s.networking.v1.NetworkingV1Factory;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

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
public class NetworkingV1PackageImpl extends EPackageImpl implements NetworkingV1Package {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected String packageFilename = "v1.ecore";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpIngressPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpIngressRuleValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipAddressListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipAddressSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressBackendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressClassListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressClassParametersReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressClassSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressLoadBalancerIngressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressLoadBalancerStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressPortStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressServiceBackendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ingressTLSEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicyEgressRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicyIngressRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicyListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicyPeerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicyPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPolicySpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parentReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceBackendPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCIDREClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCIDRListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCIDRSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCIDRStatusEClass = null;

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
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NetworkingV1PackageImpl() {
		super(eNS_URI, NetworkingV1Factory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link NetworkingV1Package#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @generated
	 */
	public static NetworkingV1Package init() {
		if (isInited) return (NetworkingV1Package)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI);

		// Obtain or create and register package
		Object registeredNetworkingV1Package = EPackage.Registry.INSTANCE.get(eNS_URI);
		NetworkingV1PackageImpl theNetworkingV1Package = registeredNetworkingV1Package instanceof NetworkingV1PackageImpl ? (NetworkingV1PackageImpl)registeredNetworkingV1Package : new NetworkingV1PackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI);
		GatewayV1beta1PackageImpl theGatewayV1beta1Package = (GatewayV1beta1PackageImpl)(registeredPackage instanceof GatewayV1beta1PackageImpl ? registeredPackage : GatewayV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MetaV1Package.eNS_URI);
		MetaV1PackageImpl theMetaV1Package = (MetaV1PackageImpl)(registeredPackage instanceof MetaV1PackageImpl ? registeredPackage : MetaV1Package.eINSTANCE);
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
		theNetworkingV1Package.loadPackage();
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
		theGatewayV1beta1Package.loadPackage();
		theMetaV1Package.loadPackage();
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
		theNetworkingV1Package.fixPackageContents();
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
		theGatewayV1beta1Package.fixPackageContents();
		theMetaV1Package.fixPackageContents();
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
		theNetworkingV1Package.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NetworkingV1Package.eNS_URI, theNetworkingV1Package);
		return theNetworkingV1Package;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPIngressPath() {
		if (httpIngressPathEClass == null) {
			httpIngressPathEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(0);
		}
		return httpIngressPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPIngressPath_Backend() {
        return (EReference)getHTTPIngressPath().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPIngressPath_Path() {
        return (EAttribute)getHTTPIngressPath().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPIngressPath_PathType() {
        return (EAttribute)getHTTPIngressPath().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPIngressRuleValue() {
		if (httpIngressRuleValueEClass == null) {
			httpIngressRuleValueEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(1);
		}
		return httpIngressRuleValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPIngressRuleValue_Paths() {
        return (EReference)getHTTPIngressRuleValue().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIPAddress() {
		if (ipAddressEClass == null) {
			ipAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(2);
		}
		return ipAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIPAddress_ApiVersion() {
        return (EAttribute)getIPAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIPAddress_Kind() {
        return (EAttribute)getIPAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIPAddress_Metadata() {
        return (EReference)getIPAddress().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIPAddress_Spec() {
        return (EReference)getIPAddress().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIPAddressList() {
		if (ipAddressListEClass == null) {
			ipAddressListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(3);
		}
		return ipAddressListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIPAddressList_ApiVersion() {
        return (EAttribute)getIPAddressList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIPAddressList_Items() {
        return (EReference)getIPAddressList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIPAddressList_Kind() {
        return (EAttribute)getIPAddressList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIPAddressList_Metadata() {
        return (EReference)getIPAddressList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIPAddressSpec() {
		if (ipAddressSpecEClass == null) {
			ipAddressSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(4);
		}
		return ipAddressSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIPAddressSpec_ParentRef() {
        return (EReference)getIPAddressSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIPBlock() {
		if (ipBlockEClass == null) {
			ipBlockEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(5);
		}
		return ipBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIPBlock_Cidr() {
        return (EAttribute)getIPBlock().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIPBlock_Except() {
        return (EAttribute)getIPBlock().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngress() {
		if (ingressEClass == null) {
			ingressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(6);
		}
		return ingressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngress_ApiVersion() {
        return (EAttribute)getIngress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngress_Kind() {
        return (EAttribute)getIngress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngress_Metadata() {
        return (EReference)getIngress().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngress_Spec() {
        return (EReference)getIngress().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngress_Status() {
        return (EReference)getIngress().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressBackend() {
		if (ingressBackendEClass == null) {
			ingressBackendEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(7);
		}
		return ingressBackendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressBackend_Resource() {
        return (EReference)getIngressBackend().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressBackend_Service() {
        return (EReference)getIngressBackend().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressClass() {
		if (ingressClassEClass == null) {
			ingressClassEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(8);
		}
		return ingressClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClass_ApiVersion() {
        return (EAttribute)getIngressClass().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClass_Kind() {
        return (EAttribute)getIngressClass().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressClass_Metadata() {
        return (EReference)getIngressClass().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressClass_Spec() {
        return (EReference)getIngressClass().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressClassList() {
		if (ingressClassListEClass == null) {
			ingressClassListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(9);
		}
		return ingressClassListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassList_ApiVersion() {
        return (EAttribute)getIngressClassList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressClassList_Items() {
        return (EReference)getIngressClassList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassList_Kind() {
        return (EAttribute)getIngressClassList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressClassList_Metadata() {
        return (EReference)getIngressClassList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressClassParametersReference() {
		if (ingressClassParametersReferenceEClass == null) {
			ingressClassParametersReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(10);
		}
		return ingressClassParametersReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassParametersReference_ApiGroup() {
        return (EAttribute)getIngressClassParametersReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassParametersReference_Kind() {
        return (EAttribute)getIngressClassParametersReference().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassParametersReference_Name() {
        return (EAttribute)getIngressClassParametersReference().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassParametersReference_Namespace() {
        return (EAttribute)getIngressClassParametersReference().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassParametersReference_Scope() {
        return (EAttribute)getIngressClassParametersReference().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressClassSpec() {
		if (ingressClassSpecEClass == null) {
			ingressClassSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(11);
		}
		return ingressClassSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressClassSpec_Controller() {
        return (EAttribute)getIngressClassSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressClassSpec_Parameters() {
        return (EReference)getIngressClassSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressList() {
		if (ingressListEClass == null) {
			ingressListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(12);
		}
		return ingressListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressList_ApiVersion() {
        return (EAttribute)getIngressList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressList_Items() {
        return (EReference)getIngressList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressList_Kind() {
        return (EAttribute)getIngressList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressList_Metadata() {
        return (EReference)getIngressList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressLoadBalancerIngress() {
		if (ingressLoadBalancerIngressEClass == null) {
			ingressLoadBalancerIngressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(13);
		}
		return ingressLoadBalancerIngressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressLoadBalancerIngress_Hostname() {
        return (EAttribute)getIngressLoadBalancerIngress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressLoadBalancerIngress_Ip() {
        return (EAttribute)getIngressLoadBalancerIngress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressLoadBalancerIngress_Ports() {
        return (EReference)getIngressLoadBalancerIngress().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressLoadBalancerStatus() {
		if (ingressLoadBalancerStatusEClass == null) {
			ingressLoadBalancerStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(14);
		}
		return ingressLoadBalancerStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressLoadBalancerStatus_Ingress() {
        return (EReference)getIngressLoadBalancerStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressPortStatus() {
		if (ingressPortStatusEClass == null) {
			ingressPortStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(15);
		}
		return ingressPortStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressPortStatus_Error() {
        return (EAttribute)getIngressPortStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressPortStatus_Port() {
        return (EAttribute)getIngressPortStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressPortStatus_Protocol() {
        return (EAttribute)getIngressPortStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressRule() {
		if (ingressRuleEClass == null) {
			ingressRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(16);
		}
		return ingressRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressRule_Host() {
        return (EAttribute)getIngressRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressRule_Http() {
        return (EReference)getIngressRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressServiceBackend() {
		if (ingressServiceBackendEClass == null) {
			ingressServiceBackendEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(17);
		}
		return ingressServiceBackendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressServiceBackend_Name() {
        return (EAttribute)getIngressServiceBackend().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressServiceBackend_Port() {
        return (EReference)getIngressServiceBackend().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressSpec() {
		if (ingressSpecEClass == null) {
			ingressSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(18);
		}
		return ingressSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressSpec_DefaultBackend() {
        return (EReference)getIngressSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressSpec_IngressClassName() {
        return (EAttribute)getIngressSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressSpec_Rules() {
        return (EReference)getIngressSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressSpec_Tls() {
        return (EReference)getIngressSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressStatus() {
		if (ingressStatusEClass == null) {
			ingressStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(19);
		}
		return ingressStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIngressStatus_LoadBalancer() {
        return (EReference)getIngressStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIngressTLS() {
		if (ingressTLSEClass == null) {
			ingressTLSEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(20);
		}
		return ingressTLSEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressTLS_Hosts() {
        return (EAttribute)getIngressTLS().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIngressTLS_SecretName() {
        return (EAttribute)getIngressTLS().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicy() {
		if (networkPolicyEClass == null) {
			networkPolicyEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(21);
		}
		return networkPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicy_ApiVersion() {
        return (EAttribute)getNetworkPolicy().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicy_Kind() {
        return (EAttribute)getNetworkPolicy().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicy_Metadata() {
        return (EReference)getNetworkPolicy().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicy_Spec() {
        return (EReference)getNetworkPolicy().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicyEgressRule() {
		if (networkPolicyEgressRuleEClass == null) {
			networkPolicyEgressRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(22);
		}
		return networkPolicyEgressRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyEgressRule_Ports() {
        return (EReference)getNetworkPolicyEgressRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyEgressRule_To() {
        return (EReference)getNetworkPolicyEgressRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicyIngressRule() {
		if (networkPolicyIngressRuleEClass == null) {
			networkPolicyIngressRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(23);
		}
		return networkPolicyIngressRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyIngressRule_From() {
        return (EReference)getNetworkPolicyIngressRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyIngressRule_Ports() {
        return (EReference)getNetworkPolicyIngressRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicyList() {
		if (networkPolicyListEClass == null) {
			networkPolicyListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(24);
		}
		return networkPolicyListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicyList_ApiVersion() {
        return (EAttribute)getNetworkPolicyList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyList_Items() {
        return (EReference)getNetworkPolicyList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicyList_Kind() {
        return (EAttribute)getNetworkPolicyList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyList_Metadata() {
        return (EReference)getNetworkPolicyList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicyPeer() {
		if (networkPolicyPeerEClass == null) {
			networkPolicyPeerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(25);
		}
		return networkPolicyPeerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyPeer_IpBlock() {
        return (EReference)getNetworkPolicyPeer().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyPeer_NamespaceSelector() {
        return (EReference)getNetworkPolicyPeer().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicyPeer_PodSelector() {
        return (EReference)getNetworkPolicyPeer().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicyPort() {
		if (networkPolicyPortEClass == null) {
			networkPolicyPortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(26);
		}
		return networkPolicyPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicyPort_EndPort() {
        return (EAttribute)getNetworkPolicyPort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicyPort_Port() {
        return (EAttribute)getNetworkPolicyPort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicyPort_Protocol() {
        return (EAttribute)getNetworkPolicyPort().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPolicySpec() {
		if (networkPolicySpecEClass == null) {
			networkPolicySpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(27);
		}
		return networkPolicySpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicySpec_Egress() {
        return (EReference)getNetworkPolicySpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicySpec_Ingress() {
        return (EReference)getNetworkPolicySpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkPolicySpec_PodSelector() {
        return (EReference)getNetworkPolicySpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPolicySpec_PolicyTypes() {
        return (EAttribute)getNetworkPolicySpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParentReference() {
		if (parentReferenceEClass == null) {
			parentReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(28);
		}
		return parentReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParentReference_Group() {
        return (EAttribute)getParentReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParentReference_Name() {
        return (EAttribute)getParentReference().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParentReference_Namespace() {
        return (EAttribute)getParentReference().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParentReference_Resource() {
        return (EAttribute)getParentReference().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceBackendPort() {
		if (serviceBackendPortEClass == null) {
			serviceBackendPortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(29);
		}
		return serviceBackendPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceBackendPort_Name() {
        return (EAttribute)getServiceBackendPort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceBackendPort_Number() {
        return (EAttribute)getServiceBackendPort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCIDR() {
		if (serviceCIDREClass == null) {
			serviceCIDREClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(30);
		}
		return serviceCIDREClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCIDR_ApiVersion() {
        return (EAttribute)getServiceCIDR().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCIDR_Kind() {
        return (EAttribute)getServiceCIDR().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCIDR_Metadata() {
        return (EReference)getServiceCIDR().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCIDR_Spec() {
        return (EReference)getServiceCIDR().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCIDR_Status() {
        return (EReference)getServiceCIDR().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCIDRList() {
		if (serviceCIDRListEClass == null) {
			serviceCIDRListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(31);
		}
		return serviceCIDRListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCIDRList_ApiVersion() {
        return (EAttribute)getServiceCIDRList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCIDRList_Items() {
        return (EReference)getServiceCIDRList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCIDRList_Kind() {
        return (EAttribute)getServiceCIDRList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCIDRList_Metadata() {
        return (EReference)getServiceCIDRList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCIDRSpec() {
		if (serviceCIDRSpecEClass == null) {
			serviceCIDRSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(32);
		}
		return serviceCIDRSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCIDRSpec_Cidrs() {
        return (EAttribute)getServiceCIDRSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCIDRStatus() {
		if (serviceCIDRStatusEClass == null) {
			serviceCIDRStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI).getEClassifiers().get(33);
		}
		return serviceCIDRStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCIDRStatus_Conditions() {
        return (EReference)getServiceCIDRStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkingV1Factory getNetworkingV1Factory() {
		return (NetworkingV1Factory)getEFactoryInstance();
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
			eClassifier.setInstanceClassName("io.pilothouse.model.k8s.networking.v1." + eClassifier.getName());
			setGeneratedClassName(eClassifier);
		}
	}

} //NetworkingV1PackageImpl
