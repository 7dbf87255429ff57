/**
 */
package io.pilothouse.model.k8s.certificates.v1alpha1.impl;

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

import io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Factory;
import io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Package;

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
public class CertificatesV1alpha1PackageImpl extends EPackageImpl implements CertificatesV1alpha1Package {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected String packageFilename = "v1alpha1.ecore";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterTrustBundleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterTrustBundleListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterTrustBundleSpecEClass = null;

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
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Package#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CertificatesV1alpha1PackageImpl() {
		super(eNS_URI, CertificatesV1alpha1Factory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CertificatesV1alpha1Package#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @generated
	 */
	public static CertificatesV1alpha1Package init() {
		if (isInited) return (CertificatesV1alpha1Package)EPackage.Registry.INSTANCE.getEPackage(CertificatesV1alpha1Package.eNS_URI);

		// Obtain or create and register package
		Object registeredCertificatesV1alpha1Package = EPackage.Registry.INSTANCE.get(eNS_URI);
		CertificatesV1alpha1PackageImpl theCertificatesV1alpha1Package = registeredCertificatesV1alpha1Package instanceof CertificatesV1alpha1PackageImpl ? (CertificatesV1alpha1PackageImpl)registeredCertificatesV1alpha1Package : new CertificatesV1alpha1PackageImpl();

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
		theCertificatesV1alpha1Package.loadPackage();
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
		theCertificatesV1alpha1Package.fixPackageContents();
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
		theCertificatesV1alpha1Package.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CertificatesV1alpha1Package.eNS_URI, theCertificatesV1alpha1Package);
		return theCertificatesV1alpha1Package;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClusterTrustBundle() {
		if (clusterTrustBundleEClass == null) {
			clusterTrustBundleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CertificatesV1alpha1Package.eNS_URI).getEClassifiers().get(0);
		}
		return clusterTrustBundleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundle_ApiVersion() {
        return (EAttribute)getClusterTrustBundle().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundle_Kind() {
        return (EAttribute)getClusterTrustBundle().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterTrustBundle_Metadata() {
        return (EReference)getClusterTrustBundle().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterTrustBundle_Spec() {
        return (EReference)getClusterTrustBundle().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClusterTrustBundleList() {
		if (clusterTrustBundleListEClass == null) {
			clusterTrustBundleListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CertificatesV1alpha1Package.eNS_URI).getEClassifiers().get(1);
		}
		return clusterTrustBundleListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleList_ApiVersion() {
        return (EAttribute)getClusterTrustBundleList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterTrustBundleList_Items() {
        return (EReference)getClusterTrustBundleList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleList_Kind() {
        return (EAttribute)getClusterTrustBundleList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterTrustBundleList_Metadata() {
        return (EReference)getClusterTrustBundleList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClusterTrustBundleSpec() {
		if (clusterTrustBundleSpecEClass == null) {
			clusterTrustBundleSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CertificatesV1alpha1Package.eNS_URI).getEClassifiers().get(2);
		}
		return clusterTrustBundleSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleSpec_SignerName() {
        return (EAttribute)getClusterTrustBundleSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleSpec_TrustBundle() {
        return (EAttribute)getClusterTrustBundleSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificatesV1alpha1Factory getCertificatesV1alpha1Factory() {
		return (CertificatesV1alpha1Factory)getEFactoryInstance();
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
			eClassifier.setInstanceClassName("io.pilothouse.model.k8s.certificates.v1alpha1." + eClassifier.getName());
			setGeneratedClassName(eClassifier);
		}
	}

} //CertificatesV1alpha1PackageImpl
