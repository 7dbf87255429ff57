/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

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

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

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
public class CoreV1PackageImpl extends EPackageImpl implements CoreV1Package {
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
	private EClass awsElasticBlockStoreVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass affinityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appArmorProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attachedVolumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass azureDiskVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass azureFilePersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass azureFileVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass csiPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass csiVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capabilitiesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cephFSPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cephFSVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cinderPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cinderVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientIPConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterTrustBundleProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentStatusListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapEnvSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapKeySelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapNodeConfigSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configMapVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerExtendedResourceRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerImageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerResizePolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerRestartRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerRestartRuleOnExitCodesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerStateRunningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerStateTerminatedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerStateWaitingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerUserEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass daemonEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass downwardAPIProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass downwardAPIVolumeFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass downwardAPIVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emptyDirVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointSubsetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointsListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass envFromSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass envVarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass envVarSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ephemeralContainerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ephemeralVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass execActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fcVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileKeySelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flexPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flexVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flockerVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gcePersistentDiskVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gitRepoVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass glusterfsPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass glusterfsVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpGetActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpHeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostAliasEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostIPEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostPathVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass iscsiPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass iscsiVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageVolumeStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyToPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifecycleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifecycleHandlerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass limitRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass limitRangeItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass limitRangeListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass limitRangeSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linuxContainerUserEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loadBalancerIngressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loadBalancerStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localObjectReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modifyVolumeStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nfsVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namespaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namespaceConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namespaceListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namespaceSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namespaceStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeAffinityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeAllocatableResourceClaimStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeConfigSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeConfigStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeDaemonEndpointsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeFeaturesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeRuntimeHandlerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeRuntimeHandlerFeaturesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSelectorRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSelectorTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSwapStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSystemInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectFieldSelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeClaimVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass persistentVolumeStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass photonPersistentDiskVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podAffinityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podAffinityTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podAntiAffinityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podCertificateProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podDNSConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podDNSConfigOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podExtendedResourceClaimStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podIPEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podOSEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podReadinessGateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podResourceClaimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podResourceClaimStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podSchedulingGateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podSchedulingGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podSecurityContextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podTemplateListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass podTemplateSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portworxVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass preferredSchedulingTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass probeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectedVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quobyteVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rbdPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rbdVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replicationControllerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replicationControllerConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replicationControllerListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replicationControllerSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replicationControllerStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceClaimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceFieldSelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceHealthEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceQuotaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceQuotaListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceQuotaSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceQuotaStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceRequirementsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass seLinuxOptionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleIOPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleIOVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scopeSelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scopedResourceSelectorRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass seccompProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretEnvSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretKeySelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass securityContextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceAccountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceAccountListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceAccountTokenProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass servicePortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionAffinityConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sleepActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storageOSPersistentVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storageOSVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sysctlEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpSocketActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tolerationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologySelectorLabelRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologySelectorTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologySpreadConstraintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typedLocalObjectReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typedObjectReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeMountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeMountStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeNodeAffinityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeProjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeResourceRequirementsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vsphereVirtualDiskVolumeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass weightedPodAffinityTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass windowsSecurityContextOptionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stringMapEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantityMapEntryEClass = null;

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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CoreV1PackageImpl() {
		super(eNS_URI, CoreV1Factory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CoreV1Package#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @generated
	 */
	public static CoreV1Package init() {
		if (isInited) return (CoreV1Package)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI);

		// Obtain or create and register package
		Object registeredCoreV1Package = EPackage.Registry.INSTANCE.get(eNS_URI);
		CoreV1PackageImpl theCoreV1Package = registeredCoreV1Package instanceof CoreV1PackageImpl ? (CoreV1PackageImpl)registeredCoreV1Package : new CoreV1PackageImpl();

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
		theCoreV1Package.loadPackage();
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
		theCoreV1Package.fixPackageContents();
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
		theCoreV1Package.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CoreV1Package.eNS_URI, theCoreV1Package);
		return theCoreV1Package;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAWSElasticBlockStoreVolumeSource() {
		if (awsElasticBlockStoreVolumeSourceEClass == null) {
			awsElasticBlockStoreVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(0);
		}
		return awsElasticBlockStoreVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAWSElasticBlockStoreVolumeSource_FsType() {
        return (EAttribute)getAWSElasticBlockStoreVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAWSElasticBlockStoreVolumeSource_Partition() {
        return (EAttribute)getAWSElasticBlockStoreVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAWSElasticBlockStoreVolumeSource_ReadOnly() {
        return (EAttribute)getAWSElasticBlockStoreVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAWSElasticBlockStoreVolumeSource_VolumeID() {
        return (EAttribute)getAWSElasticBlockStoreVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAffinity() {
		if (affinityEClass == null) {
			affinityEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(1);
		}
		return affinityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAffinity_NodeAffinity() {
        return (EReference)getAffinity().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAffinity_PodAffinity() {
        return (EReference)getAffinity().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAffinity_PodAntiAffinity() {
        return (EReference)getAffinity().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppArmorProfile() {
		if (appArmorProfileEClass == null) {
			appArmorProfileEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(2);
		}
		return appArmorProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppArmorProfile_LocalhostProfile() {
        return (EAttribute)getAppArmorProfile().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppArmorProfile_Type() {
        return (EAttribute)getAppArmorProfile().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttachedVolume() {
		if (attachedVolumeEClass == null) {
			attachedVolumeEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(3);
		}
		return attachedVolumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachedVolume_DevicePath() {
        return (EAttribute)getAttachedVolume().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachedVolume_Name() {
        return (EAttribute)getAttachedVolume().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAzureDiskVolumeSource() {
		if (azureDiskVolumeSourceEClass == null) {
			azureDiskVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(4);
		}
		return azureDiskVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureDiskVolumeSource_CachingMode() {
        return (EAttribute)getAzureDiskVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureDiskVolumeSource_DiskName() {
        return (EAttribute)getAzureDiskVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureDiskVolumeSource_DiskURI() {
        return (EAttribute)getAzureDiskVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureDiskVolumeSource_FsType() {
        return (EAttribute)getAzureDiskVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureDiskVolumeSource_Kind() {
        return (EAttribute)getAzureDiskVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureDiskVolumeSource_ReadOnly() {
        return (EAttribute)getAzureDiskVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAzureFilePersistentVolumeSource() {
		if (azureFilePersistentVolumeSourceEClass == null) {
			azureFilePersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(5);
		}
		return azureFilePersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFilePersistentVolumeSource_ReadOnly() {
        return (EAttribute)getAzureFilePersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFilePersistentVolumeSource_SecretName() {
        return (EAttribute)getAzureFilePersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFilePersistentVolumeSource_SecretNamespace() {
        return (EAttribute)getAzureFilePersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFilePersistentVolumeSource_ShareName() {
        return (EAttribute)getAzureFilePersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAzureFileVolumeSource() {
		if (azureFileVolumeSourceEClass == null) {
			azureFileVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(6);
		}
		return azureFileVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFileVolumeSource_ReadOnly() {
        return (EAttribute)getAzureFileVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFileVolumeSource_SecretName() {
        return (EAttribute)getAzureFileVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAzureFileVolumeSource_ShareName() {
        return (EAttribute)getAzureFileVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBinding() {
		if (bindingEClass == null) {
			bindingEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(7);
		}
		return bindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBinding_ApiVersion() {
        return (EAttribute)getBinding().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBinding_Kind() {
        return (EAttribute)getBinding().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBinding_Metadata() {
        return (EReference)getBinding().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBinding_Target() {
        return (EReference)getBinding().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCSIPersistentVolumeSource() {
		if (csiPersistentVolumeSourceEClass == null) {
			csiPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(8);
		}
		return csiPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIPersistentVolumeSource_ControllerExpandSecretRef() {
        return (EReference)getCSIPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIPersistentVolumeSource_ControllerPublishSecretRef() {
        return (EReference)getCSIPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIPersistentVolumeSource_Driver() {
        return (EAttribute)getCSIPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIPersistentVolumeSource_FsType() {
        return (EAttribute)getCSIPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIPersistentVolumeSource_NodeExpandSecretRef() {
        return (EReference)getCSIPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIPersistentVolumeSource_NodePublishSecretRef() {
        return (EReference)getCSIPersistentVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIPersistentVolumeSource_NodeStageSecretRef() {
        return (EReference)getCSIPersistentVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getCSIPersistentVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIPersistentVolumeSource_VolumeAttributes() {
        return (EReference)getCSIPersistentVolumeSource().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIPersistentVolumeSource_VolumeHandle() {
        return (EAttribute)getCSIPersistentVolumeSource().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCSIVolumeSource() {
		if (csiVolumeSourceEClass == null) {
			csiVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(9);
		}
		return csiVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIVolumeSource_Driver() {
        return (EAttribute)getCSIVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIVolumeSource_FsType() {
        return (EAttribute)getCSIVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIVolumeSource_NodePublishSecretRef() {
        return (EReference)getCSIVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSIVolumeSource_ReadOnly() {
        return (EAttribute)getCSIVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSIVolumeSource_VolumeAttributes() {
        return (EReference)getCSIVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapabilities() {
		if (capabilitiesEClass == null) {
			capabilitiesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(10);
		}
		return capabilitiesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapabilities_Add() {
        return (EAttribute)getCapabilities().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapabilities_Drop() {
        return (EAttribute)getCapabilities().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCephFSPersistentVolumeSource() {
		if (cephFSPersistentVolumeSourceEClass == null) {
			cephFSPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(11);
		}
		return cephFSPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSPersistentVolumeSource_Monitors() {
        return (EAttribute)getCephFSPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSPersistentVolumeSource_Path() {
        return (EAttribute)getCephFSPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getCephFSPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSPersistentVolumeSource_SecretFile() {
        return (EAttribute)getCephFSPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCephFSPersistentVolumeSource_SecretRef() {
        return (EReference)getCephFSPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSPersistentVolumeSource_User() {
        return (EAttribute)getCephFSPersistentVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCephFSVolumeSource() {
		if (cephFSVolumeSourceEClass == null) {
			cephFSVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(12);
		}
		return cephFSVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSVolumeSource_Monitors() {
        return (EAttribute)getCephFSVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSVolumeSource_Path() {
        return (EAttribute)getCephFSVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSVolumeSource_ReadOnly() {
        return (EAttribute)getCephFSVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSVolumeSource_SecretFile() {
        return (EAttribute)getCephFSVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCephFSVolumeSource_SecretRef() {
        return (EReference)getCephFSVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCephFSVolumeSource_User() {
        return (EAttribute)getCephFSVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCinderPersistentVolumeSource() {
		if (cinderPersistentVolumeSourceEClass == null) {
			cinderPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(13);
		}
		return cinderPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCinderPersistentVolumeSource_FsType() {
        return (EAttribute)getCinderPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCinderPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getCinderPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCinderPersistentVolumeSource_SecretRef() {
        return (EReference)getCinderPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCinderPersistentVolumeSource_VolumeID() {
        return (EAttribute)getCinderPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCinderVolumeSource() {
		if (cinderVolumeSourceEClass == null) {
			cinderVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(14);
		}
		return cinderVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCinderVolumeSource_FsType() {
        return (EAttribute)getCinderVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCinderVolumeSource_ReadOnly() {
        return (EAttribute)getCinderVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCinderVolumeSource_SecretRef() {
        return (EReference)getCinderVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCinderVolumeSource_VolumeID() {
        return (EAttribute)getCinderVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClientIPConfig() {
		if (clientIPConfigEClass == null) {
			clientIPConfigEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(15);
		}
		return clientIPConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientIPConfig_TimeoutSeconds() {
        return (EAttribute)getClientIPConfig().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClusterTrustBundleProjection() {
		if (clusterTrustBundleProjectionEClass == null) {
			clusterTrustBundleProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(16);
		}
		return clusterTrustBundleProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClusterTrustBundleProjection_LabelSelector() {
        return (EReference)getClusterTrustBundleProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleProjection_Name() {
        return (EAttribute)getClusterTrustBundleProjection().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleProjection_Optional() {
        return (EAttribute)getClusterTrustBundleProjection().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleProjection_Path() {
        return (EAttribute)getClusterTrustBundleProjection().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClusterTrustBundleProjection_SignerName() {
        return (EAttribute)getClusterTrustBundleProjection().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentCondition() {
		if (componentConditionEClass == null) {
			componentConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(17);
		}
		return componentConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentCondition_Error() {
        return (EAttribute)getComponentCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentCondition_Message() {
        return (EAttribute)getComponentCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentCondition_Status() {
        return (EAttribute)getComponentCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentCondition_Type() {
        return (EAttribute)getComponentCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentStatus() {
		if (componentStatusEClass == null) {
			componentStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(18);
		}
		return componentStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentStatus_ApiVersion() {
        return (EAttribute)getComponentStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentStatus_Conditions() {
        return (EReference)getComponentStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentStatus_Kind() {
        return (EAttribute)getComponentStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentStatus_Metadata() {
        return (EReference)getComponentStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentStatusList() {
		if (componentStatusListEClass == null) {
			componentStatusListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(19);
		}
		return componentStatusListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentStatusList_ApiVersion() {
        return (EAttribute)getComponentStatusList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentStatusList_Items() {
        return (EReference)getComponentStatusList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentStatusList_Kind() {
        return (EAttribute)getComponentStatusList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentStatusList_Metadata() {
        return (EReference)getComponentStatusList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMap() {
		if (configMapEClass == null) {
			configMapEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(20);
		}
		return configMapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMap_ApiVersion() {
        return (EAttribute)getConfigMap().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMap_BinaryData() {
        return (EReference)getConfigMap().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMap_Data() {
        return (EReference)getConfigMap().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMap_Immutable() {
        return (EAttribute)getConfigMap().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMap_Kind() {
        return (EAttribute)getConfigMap().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMap_Metadata() {
        return (EReference)getConfigMap().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMapEnvSource() {
		if (configMapEnvSourceEClass == null) {
			configMapEnvSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(21);
		}
		return configMapEnvSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapEnvSource_Name() {
        return (EAttribute)getConfigMapEnvSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapEnvSource_Optional() {
        return (EAttribute)getConfigMapEnvSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMapKeySelector() {
		if (configMapKeySelectorEClass == null) {
			configMapKeySelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(22);
		}
		return configMapKeySelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapKeySelector_Key() {
        return (EAttribute)getConfigMapKeySelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapKeySelector_Name() {
        return (EAttribute)getConfigMapKeySelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapKeySelector_Optional() {
        return (EAttribute)getConfigMapKeySelector().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMapList() {
		if (configMapListEClass == null) {
			configMapListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(23);
		}
		return configMapListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapList_ApiVersion() {
        return (EAttribute)getConfigMapList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMapList_Items() {
        return (EReference)getConfigMapList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapList_Kind() {
        return (EAttribute)getConfigMapList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMapList_Metadata() {
        return (EReference)getConfigMapList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMapNodeConfigSource() {
		if (configMapNodeConfigSourceEClass == null) {
			configMapNodeConfigSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(24);
		}
		return configMapNodeConfigSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapNodeConfigSource_KubeletConfigKey() {
        return (EAttribute)getConfigMapNodeConfigSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapNodeConfigSource_Name() {
        return (EAttribute)getConfigMapNodeConfigSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapNodeConfigSource_Namespace() {
        return (EAttribute)getConfigMapNodeConfigSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapNodeConfigSource_ResourceVersion() {
        return (EAttribute)getConfigMapNodeConfigSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapNodeConfigSource_Uid() {
        return (EAttribute)getConfigMapNodeConfigSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMapProjection() {
		if (configMapProjectionEClass == null) {
			configMapProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(25);
		}
		return configMapProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMapProjection_Items() {
        return (EReference)getConfigMapProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapProjection_Name() {
        return (EAttribute)getConfigMapProjection().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapProjection_Optional() {
        return (EAttribute)getConfigMapProjection().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigMapVolumeSource() {
		if (configMapVolumeSourceEClass == null) {
			configMapVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(26);
		}
		return configMapVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapVolumeSource_DefaultMode() {
        return (EAttribute)getConfigMapVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigMapVolumeSource_Items() {
        return (EReference)getConfigMapVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapVolumeSource_Name() {
        return (EAttribute)getConfigMapVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigMapVolumeSource_Optional() {
        return (EAttribute)getConfigMapVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainer() {
		if (containerEClass == null) {
			containerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(27);
		}
		return containerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_Args() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_Command() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_Env() {
        return (EReference)getContainer().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_EnvFrom() {
        return (EReference)getContainer().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_Image() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_ImagePullPolicy() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_Lifecycle() {
        return (EReference)getContainer().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_LivenessProbe() {
        return (EReference)getContainer().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_Name() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_Ports() {
        return (EReference)getContainer().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_ReadinessProbe() {
        return (EReference)getContainer().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_ResizePolicy() {
        return (EReference)getContainer().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_Resources() {
        return (EReference)getContainer().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_RestartPolicy() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_RestartPolicyRules() {
        return (EReference)getContainer().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_SecurityContext() {
        return (EReference)getContainer().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_StartupProbe() {
        return (EReference)getContainer().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_Stdin() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_StdinOnce() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_TerminationMessagePath() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_TerminationMessagePolicy() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_Tty() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_VolumeDevices() {
        return (EReference)getContainer().getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainer_VolumeMounts() {
        return (EReference)getContainer().getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainer_WorkingDir() {
        return (EAttribute)getContainer().getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerExtendedResourceRequest() {
		if (containerExtendedResourceRequestEClass == null) {
			containerExtendedResourceRequestEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(28);
		}
		return containerExtendedResourceRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerExtendedResourceRequest_ContainerName() {
        return (EAttribute)getContainerExtendedResourceRequest().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerExtendedResourceRequest_RequestName() {
        return (EAttribute)getContainerExtendedResourceRequest().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerExtendedResourceRequest_ResourceName() {
        return (EAttribute)getContainerExtendedResourceRequest().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerImage() {
		if (containerImageEClass == null) {
			containerImageEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(29);
		}
		return containerImageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerImage_Names() {
        return (EAttribute)getContainerImage().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerImage_SizeBytes() {
        return (EAttribute)getContainerImage().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerPort() {
		if (containerPortEClass == null) {
			containerPortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(30);
		}
		return containerPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerPort_ContainerPort() {
        return (EAttribute)getContainerPort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerPort_HostIP() {
        return (EAttribute)getContainerPort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerPort_HostPort() {
        return (EAttribute)getContainerPort().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerPort_Name() {
        return (EAttribute)getContainerPort().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerPort_Protocol() {
        return (EAttribute)getContainerPort().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerResizePolicy() {
		if (containerResizePolicyEClass == null) {
			containerResizePolicyEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(31);
		}
		return containerResizePolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerResizePolicy_ResourceName() {
        return (EAttribute)getContainerResizePolicy().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerResizePolicy_RestartPolicy() {
        return (EAttribute)getContainerResizePolicy().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerRestartRule() {
		if (containerRestartRuleEClass == null) {
			containerRestartRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(32);
		}
		return containerRestartRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRestartRule_Action() {
        return (EAttribute)getContainerRestartRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRestartRule_ExitCodes() {
        return (EReference)getContainerRestartRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerRestartRuleOnExitCodes() {
		if (containerRestartRuleOnExitCodesEClass == null) {
			containerRestartRuleOnExitCodesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(33);
		}
		return containerRestartRuleOnExitCodesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRestartRuleOnExitCodes_Operator() {
        return (EAttribute)getContainerRestartRuleOnExitCodes().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRestartRuleOnExitCodes_Values() {
        return (EAttribute)getContainerRestartRuleOnExitCodes().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerState() {
		if (containerStateEClass == null) {
			containerStateEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(34);
		}
		return containerStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerState_Running() {
        return (EReference)getContainerState().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerState_Terminated() {
        return (EReference)getContainerState().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerState_Waiting() {
        return (EReference)getContainerState().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerStateRunning() {
		if (containerStateRunningEClass == null) {
			containerStateRunningEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(35);
		}
		return containerStateRunningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateRunning_StartedAt() {
        return (EAttribute)getContainerStateRunning().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerStateTerminated() {
		if (containerStateTerminatedEClass == null) {
			containerStateTerminatedEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(36);
		}
		return containerStateTerminatedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_ContainerID() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_ExitCode() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_FinishedAt() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_Message() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_Reason() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_Signal() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateTerminated_StartedAt() {
        return (EAttribute)getContainerStateTerminated().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerStateWaiting() {
		if (containerStateWaitingEClass == null) {
			containerStateWaitingEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(37);
		}
		return containerStateWaitingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateWaiting_Message() {
        return (EAttribute)getContainerStateWaiting().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStateWaiting_Reason() {
        return (EAttribute)getContainerStateWaiting().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerStatus() {
		if (containerStatusEClass == null) {
			containerStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(38);
		}
		return containerStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_AllocatedResources() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_AllocatedResourcesStatus() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_ContainerID() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_Image() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_ImageID() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_LastState() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_Name() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_Ready() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_Resources() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_RestartCount() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_Started() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_State() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerStatus_StopSignal() {
        return (EAttribute)getContainerStatus().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_User() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerStatus_VolumeMounts() {
        return (EReference)getContainerStatus().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerUser() {
		if (containerUserEClass == null) {
			containerUserEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(39);
		}
		return containerUserEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerUser_Linux() {
        return (EReference)getContainerUser().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDaemonEndpoint() {
		if (daemonEndpointEClass == null) {
			daemonEndpointEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(40);
		}
		return daemonEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDaemonEndpoint_Port() {
        return (EAttribute)getDaemonEndpoint().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDownwardAPIProjection() {
		if (downwardAPIProjectionEClass == null) {
			downwardAPIProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(41);
		}
		return downwardAPIProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDownwardAPIProjection_Items() {
        return (EReference)getDownwardAPIProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDownwardAPIVolumeFile() {
		if (downwardAPIVolumeFileEClass == null) {
			downwardAPIVolumeFileEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(42);
		}
		return downwardAPIVolumeFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDownwardAPIVolumeFile_FieldRef() {
        return (EReference)getDownwardAPIVolumeFile().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDownwardAPIVolumeFile_Mode() {
        return (EAttribute)getDownwardAPIVolumeFile().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDownwardAPIVolumeFile_Path() {
        return (EAttribute)getDownwardAPIVolumeFile().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDownwardAPIVolumeFile_ResourceFieldRef() {
        return (EReference)getDownwardAPIVolumeFile().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDownwardAPIVolumeSource() {
		if (downwardAPIVolumeSourceEClass == null) {
			downwardAPIVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(43);
		}
		return downwardAPIVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDownwardAPIVolumeSource_DefaultMode() {
        return (EAttribute)getDownwardAPIVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDownwardAPIVolumeSource_Items() {
        return (EReference)getDownwardAPIVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmptyDirVolumeSource() {
		if (emptyDirVolumeSourceEClass == null) {
			emptyDirVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(44);
		}
		return emptyDirVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmptyDirVolumeSource_Medium() {
        return (EAttribute)getEmptyDirVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmptyDirVolumeSource_SizeLimit() {
        return (EAttribute)getEmptyDirVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointAddress() {
		if (endpointAddressEClass == null) {
			endpointAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(45);
		}
		return endpointAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointAddress_Hostname() {
        return (EAttribute)getEndpointAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointAddress_Ip() {
        return (EAttribute)getEndpointAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointAddress_NodeName() {
        return (EAttribute)getEndpointAddress().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointAddress_TargetRef() {
        return (EReference)getEndpointAddress().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointPort() {
		if (endpointPortEClass == null) {
			endpointPortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(46);
		}
		return endpointPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointPort_AppProtocol() {
        return (EAttribute)getEndpointPort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointPort_Name() {
        return (EAttribute)getEndpointPort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointPort_Port() {
        return (EAttribute)getEndpointPort().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointPort_Protocol() {
        return (EAttribute)getEndpointPort().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointSubset() {
		if (endpointSubsetEClass == null) {
			endpointSubsetEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(47);
		}
		return endpointSubsetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointSubset_Addresses() {
        return (EReference)getEndpointSubset().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointSubset_NotReadyAddresses() {
        return (EReference)getEndpointSubset().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointSubset_Ports() {
        return (EReference)getEndpointSubset().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoints() {
		if (endpointsEClass == null) {
			endpointsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(48);
		}
		return endpointsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoints_ApiVersion() {
        return (EAttribute)getEndpoints().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoints_Kind() {
        return (EAttribute)getEndpoints().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoints_Metadata() {
        return (EReference)getEndpoints().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoints_Subsets() {
        return (EReference)getEndpoints().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointsList() {
		if (endpointsListEClass == null) {
			endpointsListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(49);
		}
		return endpointsListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointsList_ApiVersion() {
        return (EAttribute)getEndpointsList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointsList_Items() {
        return (EReference)getEndpointsList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointsList_Kind() {
        return (EAttribute)getEndpointsList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointsList_Metadata() {
        return (EReference)getEndpointsList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvFromSource() {
		if (envFromSourceEClass == null) {
			envFromSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(50);
		}
		return envFromSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvFromSource_ConfigMapRef() {
        return (EReference)getEnvFromSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvFromSource_Prefix() {
        return (EAttribute)getEnvFromSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvFromSource_SecretRef() {
        return (EReference)getEnvFromSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvVar() {
		if (envVarEClass == null) {
			envVarEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(51);
		}
		return envVarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvVar_Name() {
        return (EAttribute)getEnvVar().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvVar_Value() {
        return (EAttribute)getEnvVar().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvVar_ValueFrom() {
        return (EReference)getEnvVar().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvVarSource() {
		if (envVarSourceEClass == null) {
			envVarSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(52);
		}
		return envVarSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvVarSource_ConfigMapKeyRef() {
        return (EReference)getEnvVarSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvVarSource_FieldRef() {
        return (EReference)getEnvVarSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvVarSource_FileKeyRef() {
        return (EReference)getEnvVarSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvVarSource_ResourceFieldRef() {
        return (EReference)getEnvVarSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvVarSource_SecretKeyRef() {
        return (EReference)getEnvVarSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEphemeralContainer() {
		if (ephemeralContainerEClass == null) {
			ephemeralContainerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(53);
		}
		return ephemeralContainerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_Args() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_Command() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_Env() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_EnvFrom() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_Image() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_ImagePullPolicy() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_Lifecycle() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_LivenessProbe() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_Name() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_Ports() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_ReadinessProbe() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_ResizePolicy() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_Resources() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_RestartPolicy() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_RestartPolicyRules() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_SecurityContext() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_StartupProbe() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_Stdin() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_StdinOnce() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_TargetContainerName() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_TerminationMessagePath() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_TerminationMessagePolicy() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_Tty() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_VolumeDevices() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralContainer_VolumeMounts() {
        return (EReference)getEphemeralContainer().getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEphemeralContainer_WorkingDir() {
        return (EAttribute)getEphemeralContainer().getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEphemeralVolumeSource() {
		if (ephemeralVolumeSourceEClass == null) {
			ephemeralVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(54);
		}
		return ephemeralVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEphemeralVolumeSource_VolumeClaimTemplate() {
        return (EReference)getEphemeralVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvent() {
		if (eventEClass == null) {
			eventEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(55);
		}
		return eventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Action() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_ApiVersion() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Count() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_EventTime() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_FirstTimestamp() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvent_InvolvedObject() {
        return (EReference)getEvent().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Kind() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_LastTimestamp() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Message() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvent_Metadata() {
        return (EReference)getEvent().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Reason() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvent_Related() {
        return (EReference)getEvent().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_ReportingComponent() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_ReportingInstance() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvent_Series() {
        return (EReference)getEvent().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvent_Source() {
        return (EReference)getEvent().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvent_Type() {
        return (EAttribute)getEvent().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventList() {
		if (eventListEClass == null) {
			eventListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(56);
		}
		return eventListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventList_ApiVersion() {
        return (EAttribute)getEventList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventList_Items() {
        return (EReference)getEventList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventList_Kind() {
        return (EAttribute)getEventList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventList_Metadata() {
        return (EReference)getEventList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventSeries() {
		if (eventSeriesEClass == null) {
			eventSeriesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(57);
		}
		return eventSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSeries_Count() {
        return (EAttribute)getEventSeries().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSeries_LastObservedTime() {
        return (EAttribute)getEventSeries().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventSource() {
		if (eventSourceEClass == null) {
			eventSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(58);
		}
		return eventSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSource_Component() {
        return (EAttribute)getEventSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSource_Host() {
        return (EAttribute)getEventSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExecAction() {
		if (execActionEClass == null) {
			execActionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(59);
		}
		return execActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecAction_Command() {
        return (EAttribute)getExecAction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFCVolumeSource() {
		if (fcVolumeSourceEClass == null) {
			fcVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(60);
		}
		return fcVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFCVolumeSource_FsType() {
        return (EAttribute)getFCVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFCVolumeSource_Lun() {
        return (EAttribute)getFCVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFCVolumeSource_ReadOnly() {
        return (EAttribute)getFCVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFCVolumeSource_TargetWWNs() {
        return (EAttribute)getFCVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFCVolumeSource_Wwids() {
        return (EAttribute)getFCVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileKeySelector() {
		if (fileKeySelectorEClass == null) {
			fileKeySelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(61);
		}
		return fileKeySelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileKeySelector_Key() {
        return (EAttribute)getFileKeySelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileKeySelector_Optional() {
        return (EAttribute)getFileKeySelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileKeySelector_Path() {
        return (EAttribute)getFileKeySelector().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileKeySelector_VolumeName() {
        return (EAttribute)getFileKeySelector().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlexPersistentVolumeSource() {
		if (flexPersistentVolumeSourceEClass == null) {
			flexPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(62);
		}
		return flexPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlexPersistentVolumeSource_Driver() {
        return (EAttribute)getFlexPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlexPersistentVolumeSource_FsType() {
        return (EAttribute)getFlexPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlexPersistentVolumeSource_Options() {
        return (EReference)getFlexPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlexPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getFlexPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlexPersistentVolumeSource_SecretRef() {
        return (EReference)getFlexPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlexVolumeSource() {
		if (flexVolumeSourceEClass == null) {
			flexVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(63);
		}
		return flexVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlexVolumeSource_Driver() {
        return (EAttribute)getFlexVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlexVolumeSource_FsType() {
        return (EAttribute)getFlexVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlexVolumeSource_Options() {
        return (EReference)getFlexVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlexVolumeSource_ReadOnly() {
        return (EAttribute)getFlexVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlexVolumeSource_SecretRef() {
        return (EReference)getFlexVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlockerVolumeSource() {
		if (flockerVolumeSourceEClass == null) {
			flockerVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(64);
		}
		return flockerVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlockerVolumeSource_DatasetName() {
        return (EAttribute)getFlockerVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlockerVolumeSource_DatasetUUID() {
        return (EAttribute)getFlockerVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGCEPersistentDiskVolumeSource() {
		if (gcePersistentDiskVolumeSourceEClass == null) {
			gcePersistentDiskVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(65);
		}
		return gcePersistentDiskVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGCEPersistentDiskVolumeSource_FsType() {
        return (EAttribute)getGCEPersistentDiskVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGCEPersistentDiskVolumeSource_Partition() {
        return (EAttribute)getGCEPersistentDiskVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGCEPersistentDiskVolumeSource_PdName() {
        return (EAttribute)getGCEPersistentDiskVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGCEPersistentDiskVolumeSource_ReadOnly() {
        return (EAttribute)getGCEPersistentDiskVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCAction() {
		if (grpcActionEClass == null) {
			grpcActionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(66);
		}
		return grpcActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCAction_Port() {
        return (EAttribute)getGRPCAction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCAction_Service() {
        return (EAttribute)getGRPCAction().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGitRepoVolumeSource() {
		if (gitRepoVolumeSourceEClass == null) {
			gitRepoVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(67);
		}
		return gitRepoVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGitRepoVolumeSource_Directory() {
        return (EAttribute)getGitRepoVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGitRepoVolumeSource_Repository() {
        return (EAttribute)getGitRepoVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGitRepoVolumeSource_Revision() {
        return (EAttribute)getGitRepoVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGlusterfsPersistentVolumeSource() {
		if (glusterfsPersistentVolumeSourceEClass == null) {
			glusterfsPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(68);
		}
		return glusterfsPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsPersistentVolumeSource_Endpoints() {
        return (EAttribute)getGlusterfsPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsPersistentVolumeSource_EndpointsNamespace() {
        return (EAttribute)getGlusterfsPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsPersistentVolumeSource_Path() {
        return (EAttribute)getGlusterfsPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getGlusterfsPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGlusterfsVolumeSource() {
		if (glusterfsVolumeSourceEClass == null) {
			glusterfsVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(69);
		}
		return glusterfsVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsVolumeSource_Endpoints() {
        return (EAttribute)getGlusterfsVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsVolumeSource_Path() {
        return (EAttribute)getGlusterfsVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlusterfsVolumeSource_ReadOnly() {
        return (EAttribute)getGlusterfsVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPGetAction() {
		if (httpGetActionEClass == null) {
			httpGetActionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(70);
		}
		return httpGetActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPGetAction_Host() {
        return (EAttribute)getHTTPGetAction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPGetAction_HttpHeaders() {
        return (EReference)getHTTPGetAction().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPGetAction_Path() {
        return (EAttribute)getHTTPGetAction().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPGetAction_Port() {
        return (EAttribute)getHTTPGetAction().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPGetAction_Scheme() {
        return (EAttribute)getHTTPGetAction().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPHeader() {
		if (httpHeaderEClass == null) {
			httpHeaderEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(71);
		}
		return httpHeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPHeader_Name() {
        return (EAttribute)getHTTPHeader().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPHeader_Value() {
        return (EAttribute)getHTTPHeader().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostAlias() {
		if (hostAliasEClass == null) {
			hostAliasEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(72);
		}
		return hostAliasEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostAlias_Hostnames() {
        return (EAttribute)getHostAlias().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostAlias_Ip() {
        return (EAttribute)getHostAlias().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostIP() {
		if (hostIPEClass == null) {
			hostIPEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(73);
		}
		return hostIPEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostIP_Ip() {
        return (EAttribute)getHostIP().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostPathVolumeSource() {
		if (hostPathVolumeSourceEClass == null) {
			hostPathVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(74);
		}
		return hostPathVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostPathVolumeSource_Path() {
        return (EAttribute)getHostPathVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostPathVolumeSource_Type() {
        return (EAttribute)getHostPathVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getISCSIPersistentVolumeSource() {
		if (iscsiPersistentVolumeSourceEClass == null) {
			iscsiPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(75);
		}
		return iscsiPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_ChapAuthDiscovery() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_ChapAuthSession() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_FsType() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_InitiatorName() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_Iqn() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_IscsiInterface() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_Lun() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_Portals() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getISCSIPersistentVolumeSource_SecretRef() {
        return (EReference)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIPersistentVolumeSource_TargetPortal() {
        return (EAttribute)getISCSIPersistentVolumeSource().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getISCSIVolumeSource() {
		if (iscsiVolumeSourceEClass == null) {
			iscsiVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(76);
		}
		return iscsiVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_ChapAuthDiscovery() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_ChapAuthSession() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_FsType() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_InitiatorName() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_Iqn() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_IscsiInterface() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_Lun() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_Portals() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_ReadOnly() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getISCSIVolumeSource_SecretRef() {
        return (EReference)getISCSIVolumeSource().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getISCSIVolumeSource_TargetPortal() {
        return (EAttribute)getISCSIVolumeSource().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageVolumeSource() {
		if (imageVolumeSourceEClass == null) {
			imageVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(77);
		}
		return imageVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVolumeSource_PullPolicy() {
        return (EAttribute)getImageVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVolumeSource_Reference() {
        return (EAttribute)getImageVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageVolumeStatus() {
		if (imageVolumeStatusEClass == null) {
			imageVolumeStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(78);
		}
		return imageVolumeStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVolumeStatus_ImageRef() {
        return (EAttribute)getImageVolumeStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyToPath() {
		if (keyToPathEClass == null) {
			keyToPathEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(79);
		}
		return keyToPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyToPath_Key() {
        return (EAttribute)getKeyToPath().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyToPath_Mode() {
        return (EAttribute)getKeyToPath().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyToPath_Path() {
        return (EAttribute)getKeyToPath().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifecycle() {
		if (lifecycleEClass == null) {
			lifecycleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(80);
		}
		return lifecycleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycle_PostStart() {
        return (EReference)getLifecycle().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycle_PreStop() {
        return (EReference)getLifecycle().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycle_StopSignal() {
        return (EAttribute)getLifecycle().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifecycleHandler() {
		if (lifecycleHandlerEClass == null) {
			lifecycleHandlerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(81);
		}
		return lifecycleHandlerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleHandler_Exec() {
        return (EReference)getLifecycleHandler().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleHandler_HttpGet() {
        return (EReference)getLifecycleHandler().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleHandler_Sleep() {
        return (EReference)getLifecycleHandler().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleHandler_TcpSocket() {
        return (EReference)getLifecycleHandler().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLimitRange() {
		if (limitRangeEClass == null) {
			limitRangeEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(82);
		}
		return limitRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitRange_ApiVersion() {
        return (EAttribute)getLimitRange().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitRange_Kind() {
        return (EAttribute)getLimitRange().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRange_Metadata() {
        return (EReference)getLimitRange().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRange_Spec() {
        return (EReference)getLimitRange().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLimitRangeItem() {
		if (limitRangeItemEClass == null) {
			limitRangeItemEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(83);
		}
		return limitRangeItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeItem_Default() {
        return (EReference)getLimitRangeItem().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeItem_DefaultRequest() {
        return (EReference)getLimitRangeItem().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeItem_Max() {
        return (EReference)getLimitRangeItem().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeItem_MaxLimitRequestRatio() {
        return (EReference)getLimitRangeItem().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeItem_Min() {
        return (EReference)getLimitRangeItem().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitRangeItem_Type() {
        return (EAttribute)getLimitRangeItem().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLimitRangeList() {
		if (limitRangeListEClass == null) {
			limitRangeListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(84);
		}
		return limitRangeListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitRangeList_ApiVersion() {
        return (EAttribute)getLimitRangeList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeList_Items() {
        return (EReference)getLimitRangeList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitRangeList_Kind() {
        return (EAttribute)getLimitRangeList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeList_Metadata() {
        return (EReference)getLimitRangeList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLimitRangeSpec() {
		if (limitRangeSpecEClass == null) {
			limitRangeSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(85);
		}
		return limitRangeSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitRangeSpec_Limits() {
        return (EReference)getLimitRangeSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinuxContainerUser() {
		if (linuxContainerUserEClass == null) {
			linuxContainerUserEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(86);
		}
		return linuxContainerUserEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinuxContainerUser_Gid() {
        return (EAttribute)getLinuxContainerUser().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinuxContainerUser_SupplementalGroups() {
        return (EAttribute)getLinuxContainerUser().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinuxContainerUser_Uid() {
        return (EAttribute)getLinuxContainerUser().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoadBalancerIngress() {
		if (loadBalancerIngressEClass == null) {
			loadBalancerIngressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(87);
		}
		return loadBalancerIngressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoadBalancerIngress_Hostname() {
        return (EAttribute)getLoadBalancerIngress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoadBalancerIngress_Ip() {
        return (EAttribute)getLoadBalancerIngress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoadBalancerIngress_IpMode() {
        return (EAttribute)getLoadBalancerIngress().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoadBalancerIngress_Ports() {
        return (EReference)getLoadBalancerIngress().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoadBalancerStatus() {
		if (loadBalancerStatusEClass == null) {
			loadBalancerStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(88);
		}
		return loadBalancerStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoadBalancerStatus_Ingress() {
        return (EReference)getLoadBalancerStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalObjectReference() {
		if (localObjectReferenceEClass == null) {
			localObjectReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(89);
		}
		return localObjectReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalObjectReference_Name() {
        return (EAttribute)getLocalObjectReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalVolumeSource() {
		if (localVolumeSourceEClass == null) {
			localVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(90);
		}
		return localVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalVolumeSource_FsType() {
        return (EAttribute)getLocalVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalVolumeSource_Path() {
        return (EAttribute)getLocalVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModifyVolumeStatus() {
		if (modifyVolumeStatusEClass == null) {
			modifyVolumeStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(91);
		}
		return modifyVolumeStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModifyVolumeStatus_Status() {
        return (EAttribute)getModifyVolumeStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModifyVolumeStatus_TargetVolumeAttributesClassName() {
        return (EAttribute)getModifyVolumeStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNFSVolumeSource() {
		if (nfsVolumeSourceEClass == null) {
			nfsVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(92);
		}
		return nfsVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNFSVolumeSource_Path() {
        return (EAttribute)getNFSVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNFSVolumeSource_ReadOnly() {
        return (EAttribute)getNFSVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNFSVolumeSource_Server() {
        return (EAttribute)getNFSVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamespace() {
		if (namespaceEClass == null) {
			namespaceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(93);
		}
		return namespaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespace_ApiVersion() {
        return (EAttribute)getNamespace().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespace_Kind() {
        return (EAttribute)getNamespace().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamespace_Metadata() {
        return (EReference)getNamespace().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamespace_Spec() {
        return (EReference)getNamespace().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamespace_Status() {
        return (EReference)getNamespace().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamespaceCondition() {
		if (namespaceConditionEClass == null) {
			namespaceConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(94);
		}
		return namespaceConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceCondition_LastTransitionTime() {
        return (EAttribute)getNamespaceCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceCondition_Message() {
        return (EAttribute)getNamespaceCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceCondition_Reason() {
        return (EAttribute)getNamespaceCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceCondition_Status() {
        return (EAttribute)getNamespaceCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceCondition_Type() {
        return (EAttribute)getNamespaceCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamespaceList() {
		if (namespaceListEClass == null) {
			namespaceListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(95);
		}
		return namespaceListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceList_ApiVersion() {
        return (EAttribute)getNamespaceList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamespaceList_Items() {
        return (EReference)getNamespaceList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceList_Kind() {
        return (EAttribute)getNamespaceList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamespaceList_Metadata() {
        return (EReference)getNamespaceList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamespaceSpec() {
		if (namespaceSpecEClass == null) {
			namespaceSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(96);
		}
		return namespaceSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceSpec_Finalizers() {
        return (EAttribute)getNamespaceSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamespaceStatus() {
		if (namespaceStatusEClass == null) {
			namespaceStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(97);
		}
		return namespaceStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamespaceStatus_Conditions() {
        return (EReference)getNamespaceStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamespaceStatus_Phase() {
        return (EAttribute)getNamespaceStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNode() {
		if (nodeEClass == null) {
			nodeEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(98);
		}
		return nodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_ApiVersion() {
        return (EAttribute)getNode().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_Kind() {
        return (EAttribute)getNode().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Metadata() {
        return (EReference)getNode().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Spec() {
        return (EReference)getNode().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Status() {
        return (EReference)getNode().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeAddress() {
		if (nodeAddressEClass == null) {
			nodeAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(99);
		}
		return nodeAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAddress_Address() {
        return (EAttribute)getNodeAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAddress_Type() {
        return (EAttribute)getNodeAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeAffinity() {
		if (nodeAffinityEClass == null) {
			nodeAffinityEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(100);
		}
		return nodeAffinityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeAffinity_PreferredDuringSchedulingIgnoredDuringExecution() {
        return (EReference)getNodeAffinity().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeAffinity_RequiredDuringSchedulingIgnoredDuringExecution() {
        return (EReference)getNodeAffinity().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeAllocatableResourceClaimStatus() {
		if (nodeAllocatableResourceClaimStatusEClass == null) {
			nodeAllocatableResourceClaimStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(101);
		}
		return nodeAllocatableResourceClaimStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAllocatableResourceClaimStatus_Containers() {
        return (EAttribute)getNodeAllocatableResourceClaimStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAllocatableResourceClaimStatus_ResourceClaimName() {
        return (EAttribute)getNodeAllocatableResourceClaimStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeAllocatableResourceClaimStatus_Resources() {
        return (EReference)getNodeAllocatableResourceClaimStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeCondition() {
		if (nodeConditionEClass == null) {
			nodeConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(102);
		}
		return nodeConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCondition_LastHeartbeatTime() {
        return (EAttribute)getNodeCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCondition_LastTransitionTime() {
        return (EAttribute)getNodeCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCondition_Message() {
        return (EAttribute)getNodeCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCondition_Reason() {
        return (EAttribute)getNodeCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCondition_Status() {
        return (EAttribute)getNodeCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCondition_Type() {
        return (EAttribute)getNodeCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeConfigSource() {
		if (nodeConfigSourceEClass == null) {
			nodeConfigSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(103);
		}
		return nodeConfigSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeConfigSource_ConfigMap() {
        return (EReference)getNodeConfigSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeConfigStatus() {
		if (nodeConfigStatusEClass == null) {
			nodeConfigStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(104);
		}
		return nodeConfigStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeConfigStatus_Active() {
        return (EReference)getNodeConfigStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeConfigStatus_Assigned() {
        return (EReference)getNodeConfigStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeConfigStatus_Error() {
        return (EAttribute)getNodeConfigStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeConfigStatus_LastKnownGood() {
        return (EReference)getNodeConfigStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeDaemonEndpoints() {
		if (nodeDaemonEndpointsEClass == null) {
			nodeDaemonEndpointsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(105);
		}
		return nodeDaemonEndpointsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeDaemonEndpoints_KubeletEndpoint() {
        return (EReference)getNodeDaemonEndpoints().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeFeatures() {
		if (nodeFeaturesEClass == null) {
			nodeFeaturesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(106);
		}
		return nodeFeaturesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeFeatures_SupplementalGroupsPolicy() {
        return (EAttribute)getNodeFeatures().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeList() {
		if (nodeListEClass == null) {
			nodeListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(107);
		}
		return nodeListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeList_ApiVersion() {
        return (EAttribute)getNodeList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeList_Items() {
        return (EReference)getNodeList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeList_Kind() {
        return (EAttribute)getNodeList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeList_Metadata() {
        return (EReference)getNodeList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeRuntimeHandler() {
		if (nodeRuntimeHandlerEClass == null) {
			nodeRuntimeHandlerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(108);
		}
		return nodeRuntimeHandlerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeRuntimeHandler_Features() {
        return (EReference)getNodeRuntimeHandler().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeRuntimeHandler_Name() {
        return (EAttribute)getNodeRuntimeHandler().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeRuntimeHandlerFeatures() {
		if (nodeRuntimeHandlerFeaturesEClass == null) {
			nodeRuntimeHandlerFeaturesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(109);
		}
		return nodeRuntimeHandlerFeaturesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeRuntimeHandlerFeatures_RecursiveReadOnlyMounts() {
        return (EAttribute)getNodeRuntimeHandlerFeatures().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeRuntimeHandlerFeatures_UserNamespaces() {
        return (EAttribute)getNodeRuntimeHandlerFeatures().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSelector() {
		if (nodeSelectorEClass == null) {
			nodeSelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(110);
		}
		return nodeSelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeSelector_NodeSelectorTerms() {
        return (EReference)getNodeSelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSelectorRequirement() {
		if (nodeSelectorRequirementEClass == null) {
			nodeSelectorRequirementEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(111);
		}
		return nodeSelectorRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectorRequirement_Key() {
        return (EAttribute)getNodeSelectorRequirement().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectorRequirement_Operator() {
        return (EAttribute)getNodeSelectorRequirement().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectorRequirement_Values() {
        return (EAttribute)getNodeSelectorRequirement().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSelectorTerm() {
		if (nodeSelectorTermEClass == null) {
			nodeSelectorTermEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(112);
		}
		return nodeSelectorTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeSelectorTerm_MatchExpressions() {
        return (EReference)getNodeSelectorTerm().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeSelectorTerm_MatchFields() {
        return (EReference)getNodeSelectorTerm().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSpec() {
		if (nodeSpecEClass == null) {
			nodeSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(113);
		}
		return nodeSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeSpec_ConfigSource() {
        return (EReference)getNodeSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSpec_ExternalID() {
        return (EAttribute)getNodeSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSpec_PodCIDR() {
        return (EAttribute)getNodeSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSpec_PodCIDRs() {
        return (EAttribute)getNodeSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSpec_ProviderID() {
        return (EAttribute)getNodeSpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeSpec_Taints() {
        return (EReference)getNodeSpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSpec_Unschedulable() {
        return (EAttribute)getNodeSpec().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeStatus() {
		if (nodeStatusEClass == null) {
			nodeStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(114);
		}
		return nodeStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Addresses() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Allocatable() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Capacity() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Conditions() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Config() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_DaemonEndpoints() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStatus_DeclaredFeatures() {
        return (EAttribute)getNodeStatus().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Features() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_Images() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_NodeInfo() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStatus_Phase() {
        return (EAttribute)getNodeStatus().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_RuntimeHandlers() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeStatus_VolumesAttached() {
        return (EReference)getNodeStatus().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStatus_VolumesInUse() {
        return (EAttribute)getNodeStatus().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSwapStatus() {
		if (nodeSwapStatusEClass == null) {
			nodeSwapStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(115);
		}
		return nodeSwapStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSwapStatus_Capacity() {
        return (EAttribute)getNodeSwapStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSystemInfo() {
		if (nodeSystemInfoEClass == null) {
			nodeSystemInfoEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(116);
		}
		return nodeSystemInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_Architecture() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_BootID() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_ContainerRuntimeVersion() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_KernelVersion() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_KubeProxyVersion() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_KubeletVersion() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_MachineID() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_OperatingSystem() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_OsImage() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeSystemInfo_Swap() {
        return (EReference)getNodeSystemInfo().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSystemInfo_SystemUUID() {
        return (EAttribute)getNodeSystemInfo().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjectFieldSelector() {
		if (objectFieldSelectorEClass == null) {
			objectFieldSelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(117);
		}
		return objectFieldSelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectFieldSelector_ApiVersion() {
        return (EAttribute)getObjectFieldSelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectFieldSelector_FieldPath() {
        return (EAttribute)getObjectFieldSelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjectReference() {
		if (objectReferenceEClass == null) {
			objectReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(118);
		}
		return objectReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_ApiVersion() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_FieldPath() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_Kind() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_Name() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_Namespace() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_ResourceVersion() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectReference_Uid() {
        return (EAttribute)getObjectReference().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolume() {
		if (persistentVolumeEClass == null) {
			persistentVolumeEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(119);
		}
		return persistentVolumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolume_ApiVersion() {
        return (EAttribute)getPersistentVolume().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolume_Kind() {
        return (EAttribute)getPersistentVolume().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolume_Metadata() {
        return (EReference)getPersistentVolume().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolume_Spec() {
        return (EReference)getPersistentVolume().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolume_Status() {
        return (EReference)getPersistentVolume().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaim() {
		if (persistentVolumeClaimEClass == null) {
			persistentVolumeClaimEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(120);
		}
		return persistentVolumeClaimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaim_ApiVersion() {
        return (EAttribute)getPersistentVolumeClaim().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaim_Kind() {
        return (EAttribute)getPersistentVolumeClaim().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaim_Metadata() {
        return (EReference)getPersistentVolumeClaim().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaim_Spec() {
        return (EReference)getPersistentVolumeClaim().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaim_Status() {
        return (EReference)getPersistentVolumeClaim().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaimCondition() {
		if (persistentVolumeClaimConditionEClass == null) {
			persistentVolumeClaimConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(121);
		}
		return persistentVolumeClaimConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimCondition_LastProbeTime() {
        return (EAttribute)getPersistentVolumeClaimCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimCondition_LastTransitionTime() {
        return (EAttribute)getPersistentVolumeClaimCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimCondition_Message() {
        return (EAttribute)getPersistentVolumeClaimCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimCondition_Reason() {
        return (EAttribute)getPersistentVolumeClaimCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimCondition_Status() {
        return (EAttribute)getPersistentVolumeClaimCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimCondition_Type() {
        return (EAttribute)getPersistentVolumeClaimCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaimList() {
		if (persistentVolumeClaimListEClass == null) {
			persistentVolumeClaimListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(122);
		}
		return persistentVolumeClaimListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimList_ApiVersion() {
        return (EAttribute)getPersistentVolumeClaimList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimList_Items() {
        return (EReference)getPersistentVolumeClaimList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimList_Kind() {
        return (EAttribute)getPersistentVolumeClaimList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimList_Metadata() {
        return (EReference)getPersistentVolumeClaimList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaimSpec() {
		if (persistentVolumeClaimSpecEClass == null) {
			persistentVolumeClaimSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(123);
		}
		return persistentVolumeClaimSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimSpec_AccessModes() {
        return (EAttribute)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimSpec_DataSource() {
        return (EReference)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimSpec_DataSourceRef() {
        return (EReference)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimSpec_Resources() {
        return (EReference)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimSpec_Selector() {
        return (EReference)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimSpec_StorageClassName() {
        return (EAttribute)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimSpec_VolumeAttributesClassName() {
        return (EAttribute)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimSpec_VolumeMode() {
        return (EAttribute)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimSpec_VolumeName() {
        return (EAttribute)getPersistentVolumeClaimSpec().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaimStatus() {
		if (persistentVolumeClaimStatusEClass == null) {
			persistentVolumeClaimStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(124);
		}
		return persistentVolumeClaimStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimStatus_AccessModes() {
        return (EAttribute)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimStatus_AllocatedResourceStatuses() {
        return (EReference)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimStatus_AllocatedResources() {
        return (EReference)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimStatus_Capacity() {
        return (EReference)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimStatus_Conditions() {
        return (EReference)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimStatus_CurrentVolumeAttributesClassName() {
        return (EAttribute)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimStatus_ModifyVolumeStatus() {
        return (EReference)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimStatus_Phase() {
        return (EAttribute)getPersistentVolumeClaimStatus().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaimTemplate() {
		if (persistentVolumeClaimTemplateEClass == null) {
			persistentVolumeClaimTemplateEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(125);
		}
		return persistentVolumeClaimTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimTemplate_Metadata() {
        return (EReference)getPersistentVolumeClaimTemplate().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeClaimTemplate_Spec() {
        return (EReference)getPersistentVolumeClaimTemplate().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeClaimVolumeSource() {
		if (persistentVolumeClaimVolumeSourceEClass == null) {
			persistentVolumeClaimVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(126);
		}
		return persistentVolumeClaimVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimVolumeSource_ClaimName() {
        return (EAttribute)getPersistentVolumeClaimVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeClaimVolumeSource_ReadOnly() {
        return (EAttribute)getPersistentVolumeClaimVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeList() {
		if (persistentVolumeListEClass == null) {
			persistentVolumeListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(127);
		}
		return persistentVolumeListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeList_ApiVersion() {
        return (EAttribute)getPersistentVolumeList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeList_Items() {
        return (EReference)getPersistentVolumeList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeList_Kind() {
        return (EAttribute)getPersistentVolumeList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeList_Metadata() {
        return (EReference)getPersistentVolumeList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeSpec() {
		if (persistentVolumeSpecEClass == null) {
			persistentVolumeSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(128);
		}
		return persistentVolumeSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeSpec_AccessModes() {
        return (EAttribute)getPersistentVolumeSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_AwsElasticBlockStore() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_AzureDisk() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_AzureFile() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Capacity() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Cephfs() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Cinder() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_ClaimRef() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Csi() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Fc() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_FlexVolume() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Flocker() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_GcePersistentDisk() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Glusterfs() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_HostPath() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Iscsi() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Local() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeSpec_MountOptions() {
        return (EAttribute)getPersistentVolumeSpec().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Nfs() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_NodeAffinity() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeSpec_PersistentVolumeReclaimPolicy() {
        return (EAttribute)getPersistentVolumeSpec().getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_PhotonPersistentDisk() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_PortworxVolume() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Quobyte() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Rbd() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_ScaleIO() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeSpec_StorageClassName() {
        return (EAttribute)getPersistentVolumeSpec().getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_Storageos() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeSpec_VolumeAttributesClassName() {
        return (EAttribute)getPersistentVolumeSpec().getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeSpec_VolumeMode() {
        return (EAttribute)getPersistentVolumeSpec().getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersistentVolumeSpec_VsphereVolume() {
        return (EReference)getPersistentVolumeSpec().getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersistentVolumeStatus() {
		if (persistentVolumeStatusEClass == null) {
			persistentVolumeStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(129);
		}
		return persistentVolumeStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeStatus_LastPhaseTransitionTime() {
        return (EAttribute)getPersistentVolumeStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeStatus_Message() {
        return (EAttribute)getPersistentVolumeStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeStatus_Phase() {
        return (EAttribute)getPersistentVolumeStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersistentVolumeStatus_Reason() {
        return (EAttribute)getPersistentVolumeStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhotonPersistentDiskVolumeSource() {
		if (photonPersistentDiskVolumeSourceEClass == null) {
			photonPersistentDiskVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(130);
		}
		return photonPersistentDiskVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhotonPersistentDiskVolumeSource_FsType() {
        return (EAttribute)getPhotonPersistentDiskVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhotonPersistentDiskVolumeSource_PdID() {
        return (EAttribute)getPhotonPersistentDiskVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPod() {
		if (podEClass == null) {
			podEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(131);
		}
		return podEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPod_ApiVersion() {
        return (EAttribute)getPod().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPod_Kind() {
        return (EAttribute)getPod().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPod_Metadata() {
        return (EReference)getPod().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPod_Spec() {
        return (EReference)getPod().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPod_Status() {
        return (EReference)getPod().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodAffinity() {
		if (podAffinityEClass == null) {
			podAffinityEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(132);
		}
		return podAffinityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodAffinity_PreferredDuringSchedulingIgnoredDuringExecution() {
        return (EReference)getPodAffinity().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodAffinity_RequiredDuringSchedulingIgnoredDuringExecution() {
        return (EReference)getPodAffinity().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodAffinityTerm() {
		if (podAffinityTermEClass == null) {
			podAffinityTermEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(133);
		}
		return podAffinityTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodAffinityTerm_LabelSelector() {
        return (EReference)getPodAffinityTerm().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodAffinityTerm_MatchLabelKeys() {
        return (EAttribute)getPodAffinityTerm().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodAffinityTerm_MismatchLabelKeys() {
        return (EAttribute)getPodAffinityTerm().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodAffinityTerm_NamespaceSelector() {
        return (EReference)getPodAffinityTerm().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodAffinityTerm_Namespaces() {
        return (EAttribute)getPodAffinityTerm().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodAffinityTerm_TopologyKey() {
        return (EAttribute)getPodAffinityTerm().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodAntiAffinity() {
		if (podAntiAffinityEClass == null) {
			podAntiAffinityEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(134);
		}
		return podAntiAffinityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodAntiAffinity_PreferredDuringSchedulingIgnoredDuringExecution() {
        return (EReference)getPodAntiAffinity().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodAntiAffinity_RequiredDuringSchedulingIgnoredDuringExecution() {
        return (EReference)getPodAntiAffinity().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodCertificateProjection() {
		if (podCertificateProjectionEClass == null) {
			podCertificateProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(135);
		}
		return podCertificateProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCertificateProjection_CertificateChainPath() {
        return (EAttribute)getPodCertificateProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCertificateProjection_CredentialBundlePath() {
        return (EAttribute)getPodCertificateProjection().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCertificateProjection_KeyPath() {
        return (EAttribute)getPodCertificateProjection().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCertificateProjection_KeyType() {
        return (EAttribute)getPodCertificateProjection().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCertificateProjection_MaxExpirationSeconds() {
        return (EAttribute)getPodCertificateProjection().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCertificateProjection_SignerName() {
        return (EAttribute)getPodCertificateProjection().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodCertificateProjection_UserAnnotations() {
        return (EReference)getPodCertificateProjection().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodCondition() {
		if (podConditionEClass == null) {
			podConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(136);
		}
		return podConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_LastProbeTime() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_LastTransitionTime() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_Message() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_ObservedGeneration() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_Reason() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_Status() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodCondition_Type() {
        return (EAttribute)getPodCondition().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodDNSConfig() {
		if (podDNSConfigEClass == null) {
			podDNSConfigEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(137);
		}
		return podDNSConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodDNSConfig_Nameservers() {
        return (EAttribute)getPodDNSConfig().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodDNSConfig_Options() {
        return (EReference)getPodDNSConfig().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodDNSConfig_Searches() {
        return (EAttribute)getPodDNSConfig().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodDNSConfigOption() {
		if (podDNSConfigOptionEClass == null) {
			podDNSConfigOptionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(138);
		}
		return podDNSConfigOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodDNSConfigOption_Name() {
        return (EAttribute)getPodDNSConfigOption().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodDNSConfigOption_Value() {
        return (EAttribute)getPodDNSConfigOption().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodExtendedResourceClaimStatus() {
		if (podExtendedResourceClaimStatusEClass == null) {
			podExtendedResourceClaimStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(139);
		}
		return podExtendedResourceClaimStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodExtendedResourceClaimStatus_RequestMappings() {
        return (EReference)getPodExtendedResourceClaimStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodExtendedResourceClaimStatus_ResourceClaimName() {
        return (EAttribute)getPodExtendedResourceClaimStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodIP() {
		if (podIPEClass == null) {
			podIPEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(140);
		}
		return podIPEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodIP_Ip() {
        return (EAttribute)getPodIP().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodList() {
		if (podListEClass == null) {
			podListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(141);
		}
		return podListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodList_ApiVersion() {
        return (EAttribute)getPodList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodList_Items() {
        return (EReference)getPodList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodList_Kind() {
        return (EAttribute)getPodList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodList_Metadata() {
        return (EReference)getPodList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodOS() {
		if (podOSEClass == null) {
			podOSEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(142);
		}
		return podOSEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodOS_Name() {
        return (EAttribute)getPodOS().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodReadinessGate() {
		if (podReadinessGateEClass == null) {
			podReadinessGateEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(143);
		}
		return podReadinessGateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodReadinessGate_ConditionType() {
        return (EAttribute)getPodReadinessGate().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodResourceClaim() {
		if (podResourceClaimEClass == null) {
			podResourceClaimEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(144);
		}
		return podResourceClaimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodResourceClaim_Name() {
        return (EAttribute)getPodResourceClaim().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodResourceClaim_ResourceClaimName() {
        return (EAttribute)getPodResourceClaim().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodResourceClaim_ResourceClaimTemplateName() {
        return (EAttribute)getPodResourceClaim().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodResourceClaimStatus() {
		if (podResourceClaimStatusEClass == null) {
			podResourceClaimStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(145);
		}
		return podResourceClaimStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodResourceClaimStatus_Name() {
        return (EAttribute)getPodResourceClaimStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodResourceClaimStatus_ResourceClaimName() {
        return (EAttribute)getPodResourceClaimStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodSchedulingGate() {
		if (podSchedulingGateEClass == null) {
			podSchedulingGateEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(146);
		}
		return podSchedulingGateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSchedulingGate_Name() {
        return (EAttribute)getPodSchedulingGate().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodSchedulingGroup() {
		if (podSchedulingGroupEClass == null) {
			podSchedulingGroupEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(147);
		}
		return podSchedulingGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSchedulingGroup_PodGroupName() {
        return (EAttribute)getPodSchedulingGroup().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodSecurityContext() {
		if (podSecurityContextEClass == null) {
			podSecurityContextEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(148);
		}
		return podSecurityContextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSecurityContext_AppArmorProfile() {
        return (EReference)getPodSecurityContext().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_FsGroup() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_FsGroupChangePolicy() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_RunAsGroup() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_RunAsNonRoot() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_RunAsUser() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_SeLinuxChangePolicy() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSecurityContext_SeLinuxOptions() {
        return (EReference)getPodSecurityContext().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSecurityContext_SeccompProfile() {
        return (EReference)getPodSecurityContext().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_SupplementalGroups() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSecurityContext_SupplementalGroupsPolicy() {
        return (EAttribute)getPodSecurityContext().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSecurityContext_Sysctls() {
        return (EReference)getPodSecurityContext().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSecurityContext_WindowsOptions() {
        return (EReference)getPodSecurityContext().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodSpec() {
		if (podSpecEClass == null) {
			podSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(149);
		}
		return podSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_ActiveDeadlineSeconds() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Affinity() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_AutomountServiceAccountToken() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Containers() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_DnsConfig() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_DnsPolicy() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_EnableServiceLinks() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_EphemeralContainers() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_HostAliases() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_HostIPC() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_HostNetwork() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_HostPID() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_HostUsers() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_Hostname() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_HostnameOverride() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_ImagePullSecrets() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_InitContainers() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_NodeName() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_NodeSelector() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Os() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Overhead() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_PreemptionPolicy() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_Priority() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_PriorityClassName() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_ReadinessGates() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_ResourceClaims() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Resources() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_RestartPolicy() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_RuntimeClassName() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_SchedulerName() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_SchedulingGates() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_SchedulingGroup() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_SecurityContext() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_ServiceAccount() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_ServiceAccountName() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_SetHostnameAsFQDN() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_ShareProcessNamespace() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_Subdomain() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodSpec_TerminationGracePeriodSeconds() {
        return (EAttribute)getPodSpec().getEStructuralFeatures().get(38);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Tolerations() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(39);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_TopologySpreadConstraints() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(40);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodSpec_Volumes() {
        return (EReference)getPodSpec().getEStructuralFeatures().get(41);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodStatus() {
		if (podStatusEClass == null) {
			podStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(150);
		}
		return podStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_AllocatedResources() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_Conditions() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_ContainerStatuses() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_EphemeralContainerStatuses() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_ExtendedResourceClaimStatus() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_HostIP() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_HostIPs() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_InitContainerStatuses() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_Message() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_NodeAllocatableResourceClaimStatuses() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_NominatedNodeName() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_ObservedGeneration() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_Phase() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_PodIP() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_PodIPs() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_QosClass() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_Reason() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_Resize() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_ResourceClaimStatuses() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodStatus_Resources() {
        return (EReference)getPodStatus().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodStatus_StartTime() {
        return (EAttribute)getPodStatus().getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodTemplate() {
		if (podTemplateEClass == null) {
			podTemplateEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(151);
		}
		return podTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodTemplate_ApiVersion() {
        return (EAttribute)getPodTemplate().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodTemplate_Kind() {
        return (EAttribute)getPodTemplate().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodTemplate_Metadata() {
        return (EReference)getPodTemplate().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodTemplate_Template() {
        return (EReference)getPodTemplate().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodTemplateList() {
		if (podTemplateListEClass == null) {
			podTemplateListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(152);
		}
		return podTemplateListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodTemplateList_ApiVersion() {
        return (EAttribute)getPodTemplateList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodTemplateList_Items() {
        return (EReference)getPodTemplateList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPodTemplateList_Kind() {
        return (EAttribute)getPodTemplateList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodTemplateList_Metadata() {
        return (EReference)getPodTemplateList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPodTemplateSpec() {
		if (podTemplateSpecEClass == null) {
			podTemplateSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(153);
		}
		return podTemplateSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodTemplateSpec_Metadata() {
        return (EReference)getPodTemplateSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPodTemplateSpec_Spec() {
        return (EReference)getPodTemplateSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortStatus() {
		if (portStatusEClass == null) {
			portStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(154);
		}
		return portStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortStatus_Error() {
        return (EAttribute)getPortStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortStatus_Port() {
        return (EAttribute)getPortStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortStatus_Protocol() {
        return (EAttribute)getPortStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortworxVolumeSource() {
		if (portworxVolumeSourceEClass == null) {
			portworxVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(155);
		}
		return portworxVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortworxVolumeSource_FsType() {
        return (EAttribute)getPortworxVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortworxVolumeSource_ReadOnly() {
        return (EAttribute)getPortworxVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortworxVolumeSource_VolumeID() {
        return (EAttribute)getPortworxVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPreferredSchedulingTerm() {
		if (preferredSchedulingTermEClass == null) {
			preferredSchedulingTermEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(156);
		}
		return preferredSchedulingTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPreferredSchedulingTerm_Preference() {
        return (EReference)getPreferredSchedulingTerm().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreferredSchedulingTerm_Weight() {
        return (EAttribute)getPreferredSchedulingTerm().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProbe() {
		if (probeEClass == null) {
			probeEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(157);
		}
		return probeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProbe_Exec() {
        return (EReference)getProbe().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbe_FailureThreshold() {
        return (EAttribute)getProbe().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProbe_Grpc() {
        return (EReference)getProbe().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProbe_HttpGet() {
        return (EReference)getProbe().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbe_InitialDelaySeconds() {
        return (EAttribute)getProbe().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbe_PeriodSeconds() {
        return (EAttribute)getProbe().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbe_SuccessThreshold() {
        return (EAttribute)getProbe().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProbe_TcpSocket() {
        return (EReference)getProbe().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbe_TerminationGracePeriodSeconds() {
        return (EAttribute)getProbe().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbe_TimeoutSeconds() {
        return (EAttribute)getProbe().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjectedVolumeSource() {
		if (projectedVolumeSourceEClass == null) {
			projectedVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(158);
		}
		return projectedVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectedVolumeSource_DefaultMode() {
        return (EAttribute)getProjectedVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjectedVolumeSource_Sources() {
        return (EReference)getProjectedVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuobyteVolumeSource() {
		if (quobyteVolumeSourceEClass == null) {
			quobyteVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(159);
		}
		return quobyteVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuobyteVolumeSource_Group() {
        return (EAttribute)getQuobyteVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuobyteVolumeSource_ReadOnly() {
        return (EAttribute)getQuobyteVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuobyteVolumeSource_Registry() {
        return (EAttribute)getQuobyteVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuobyteVolumeSource_Tenant() {
        return (EAttribute)getQuobyteVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuobyteVolumeSource_User() {
        return (EAttribute)getQuobyteVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuobyteVolumeSource_Volume() {
        return (EAttribute)getQuobyteVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRBDPersistentVolumeSource() {
		if (rbdPersistentVolumeSourceEClass == null) {
			rbdPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(160);
		}
		return rbdPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_FsType() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_Image() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_Keyring() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_Monitors() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_Pool() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRBDPersistentVolumeSource_SecretRef() {
        return (EReference)getRBDPersistentVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDPersistentVolumeSource_User() {
        return (EAttribute)getRBDPersistentVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRBDVolumeSource() {
		if (rbdVolumeSourceEClass == null) {
			rbdVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(161);
		}
		return rbdVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_FsType() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_Image() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_Keyring() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_Monitors() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_Pool() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_ReadOnly() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRBDVolumeSource_SecretRef() {
        return (EReference)getRBDVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBDVolumeSource_User() {
        return (EAttribute)getRBDVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplicationController() {
		if (replicationControllerEClass == null) {
			replicationControllerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(162);
		}
		return replicationControllerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationController_ApiVersion() {
        return (EAttribute)getReplicationController().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationController_Kind() {
        return (EAttribute)getReplicationController().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationController_Metadata() {
        return (EReference)getReplicationController().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationController_Spec() {
        return (EReference)getReplicationController().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationController_Status() {
        return (EReference)getReplicationController().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplicationControllerCondition() {
		if (replicationControllerConditionEClass == null) {
			replicationControllerConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(163);
		}
		return replicationControllerConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerCondition_LastTransitionTime() {
        return (EAttribute)getReplicationControllerCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerCondition_Message() {
        return (EAttribute)getReplicationControllerCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerCondition_Reason() {
        return (EAttribute)getReplicationControllerCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerCondition_Status() {
        return (EAttribute)getReplicationControllerCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerCondition_Type() {
        return (EAttribute)getReplicationControllerCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplicationControllerList() {
		if (replicationControllerListEClass == null) {
			replicationControllerListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(164);
		}
		return replicationControllerListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerList_ApiVersion() {
        return (EAttribute)getReplicationControllerList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationControllerList_Items() {
        return (EReference)getReplicationControllerList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerList_Kind() {
        return (EAttribute)getReplicationControllerList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationControllerList_Metadata() {
        return (EReference)getReplicationControllerList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplicationControllerSpec() {
		if (replicationControllerSpecEClass == null) {
			replicationControllerSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(165);
		}
		return replicationControllerSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerSpec_MinReadySeconds() {
        return (EAttribute)getReplicationControllerSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerSpec_Replicas() {
        return (EAttribute)getReplicationControllerSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationControllerSpec_Selector() {
        return (EReference)getReplicationControllerSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationControllerSpec_Template() {
        return (EReference)getReplicationControllerSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplicationControllerStatus() {
		if (replicationControllerStatusEClass == null) {
			replicationControllerStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(166);
		}
		return replicationControllerStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerStatus_AvailableReplicas() {
        return (EAttribute)getReplicationControllerStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplicationControllerStatus_Conditions() {
        return (EReference)getReplicationControllerStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerStatus_FullyLabeledReplicas() {
        return (EAttribute)getReplicationControllerStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerStatus_ObservedGeneration() {
        return (EAttribute)getReplicationControllerStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerStatus_ReadyReplicas() {
        return (EAttribute)getReplicationControllerStatus().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplicationControllerStatus_Replicas() {
        return (EAttribute)getReplicationControllerStatus().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceClaim() {
		if (resourceClaimEClass == null) {
			resourceClaimEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(167);
		}
		return resourceClaimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceClaim_Name() {
        return (EAttribute)getResourceClaim().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceClaim_Request() {
        return (EAttribute)getResourceClaim().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceFieldSelector() {
		if (resourceFieldSelectorEClass == null) {
			resourceFieldSelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(168);
		}
		return resourceFieldSelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceFieldSelector_ContainerName() {
        return (EAttribute)getResourceFieldSelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceFieldSelector_Divisor() {
        return (EAttribute)getResourceFieldSelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceFieldSelector_Resource() {
        return (EAttribute)getResourceFieldSelector().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceHealth() {
		if (resourceHealthEClass == null) {
			resourceHealthEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(169);
		}
		return resourceHealthEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceHealth_Health() {
        return (EAttribute)getResourceHealth().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceHealth_Message() {
        return (EAttribute)getResourceHealth().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceHealth_ResourceID() {
        return (EAttribute)getResourceHealth().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceQuota() {
		if (resourceQuotaEClass == null) {
			resourceQuotaEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(170);
		}
		return resourceQuotaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQuota_ApiVersion() {
        return (EAttribute)getResourceQuota().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQuota_Kind() {
        return (EAttribute)getResourceQuota().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuota_Metadata() {
        return (EReference)getResourceQuota().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuota_Spec() {
        return (EReference)getResourceQuota().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuota_Status() {
        return (EReference)getResourceQuota().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceQuotaList() {
		if (resourceQuotaListEClass == null) {
			resourceQuotaListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(171);
		}
		return resourceQuotaListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQuotaList_ApiVersion() {
        return (EAttribute)getResourceQuotaList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuotaList_Items() {
        return (EReference)getResourceQuotaList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQuotaList_Kind() {
        return (EAttribute)getResourceQuotaList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuotaList_Metadata() {
        return (EReference)getResourceQuotaList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceQuotaSpec() {
		if (resourceQuotaSpecEClass == null) {
			resourceQuotaSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(172);
		}
		return resourceQuotaSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuotaSpec_Hard() {
        return (EReference)getResourceQuotaSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuotaSpec_ScopeSelector() {
        return (EReference)getResourceQuotaSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQuotaSpec_Scopes() {
        return (EAttribute)getResourceQuotaSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceQuotaStatus() {
		if (resourceQuotaStatusEClass == null) {
			resourceQuotaStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(173);
		}
		return resourceQuotaStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuotaStatus_Hard() {
        return (EReference)getResourceQuotaStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQuotaStatus_Used() {
        return (EReference)getResourceQuotaStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceRequirements() {
		if (resourceRequirementsEClass == null) {
			resourceRequirementsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(174);
		}
		return resourceRequirementsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceRequirements_Claims() {
        return (EReference)getResourceRequirements().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceRequirements_Limits() {
        return (EReference)getResourceRequirements().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceRequirements_Requests() {
        return (EReference)getResourceRequirements().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceStatus() {
		if (resourceStatusEClass == null) {
			resourceStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(175);
		}
		return resourceStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceStatus_Name() {
        return (EAttribute)getResourceStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceStatus_Resources() {
        return (EReference)getResourceStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSELinuxOptions() {
		if (seLinuxOptionsEClass == null) {
			seLinuxOptionsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(176);
		}
		return seLinuxOptionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSELinuxOptions_Level() {
        return (EAttribute)getSELinuxOptions().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSELinuxOptions_Role() {
        return (EAttribute)getSELinuxOptions().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSELinuxOptions_Type() {
        return (EAttribute)getSELinuxOptions().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSELinuxOptions_User() {
        return (EAttribute)getSELinuxOptions().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleIOPersistentVolumeSource() {
		if (scaleIOPersistentVolumeSourceEClass == null) {
			scaleIOPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(177);
		}
		return scaleIOPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_FsType() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_Gateway() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_ProtectionDomain() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScaleIOPersistentVolumeSource_SecretRef() {
        return (EReference)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_SslEnabled() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_StorageMode() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_StoragePool() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_System() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOPersistentVolumeSource_VolumeName() {
        return (EAttribute)getScaleIOPersistentVolumeSource().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleIOVolumeSource() {
		if (scaleIOVolumeSourceEClass == null) {
			scaleIOVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(178);
		}
		return scaleIOVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_FsType() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_Gateway() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_ProtectionDomain() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_ReadOnly() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScaleIOVolumeSource_SecretRef() {
        return (EReference)getScaleIOVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_SslEnabled() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_StorageMode() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_StoragePool() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_System() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleIOVolumeSource_VolumeName() {
        return (EAttribute)getScaleIOVolumeSource().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScopeSelector() {
		if (scopeSelectorEClass == null) {
			scopeSelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(179);
		}
		return scopeSelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScopeSelector_MatchExpressions() {
        return (EReference)getScopeSelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScopedResourceSelectorRequirement() {
		if (scopedResourceSelectorRequirementEClass == null) {
			scopedResourceSelectorRequirementEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(180);
		}
		return scopedResourceSelectorRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScopedResourceSelectorRequirement_Operator() {
        return (EAttribute)getScopedResourceSelectorRequirement().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScopedResourceSelectorRequirement_ScopeName() {
        return (EAttribute)getScopedResourceSelectorRequirement().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScopedResourceSelectorRequirement_Values() {
        return (EAttribute)getScopedResourceSelectorRequirement().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeccompProfile() {
		if (seccompProfileEClass == null) {
			seccompProfileEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(181);
		}
		return seccompProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeccompProfile_LocalhostProfile() {
        return (EAttribute)getSeccompProfile().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeccompProfile_Type() {
        return (EAttribute)getSeccompProfile().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecret() {
		if (secretEClass == null) {
			secretEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(182);
		}
		return secretEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecret_ApiVersion() {
        return (EAttribute)getSecret().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecret_Data() {
        return (EReference)getSecret().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecret_Immutable() {
        return (EAttribute)getSecret().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecret_Kind() {
        return (EAttribute)getSecret().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecret_Metadata() {
        return (EReference)getSecret().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecret_StringData() {
        return (EReference)getSecret().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecret_Type() {
        return (EAttribute)getSecret().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretEnvSource() {
		if (secretEnvSourceEClass == null) {
			secretEnvSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(183);
		}
		return secretEnvSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretEnvSource_Name() {
        return (EAttribute)getSecretEnvSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretEnvSource_Optional() {
        return (EAttribute)getSecretEnvSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretKeySelector() {
		if (secretKeySelectorEClass == null) {
			secretKeySelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(184);
		}
		return secretKeySelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretKeySelector_Key() {
        return (EAttribute)getSecretKeySelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretKeySelector_Name() {
        return (EAttribute)getSecretKeySelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretKeySelector_Optional() {
        return (EAttribute)getSecretKeySelector().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretList() {
		if (secretListEClass == null) {
			secretListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(185);
		}
		return secretListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretList_ApiVersion() {
        return (EAttribute)getSecretList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecretList_Items() {
        return (EReference)getSecretList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretList_Kind() {
        return (EAttribute)getSecretList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecretList_Metadata() {
        return (EReference)getSecretList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretProjection() {
		if (secretProjectionEClass == null) {
			secretProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(186);
		}
		return secretProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecretProjection_Items() {
        return (EReference)getSecretProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretProjection_Name() {
        return (EAttribute)getSecretProjection().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretProjection_Optional() {
        return (EAttribute)getSecretProjection().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretReference() {
		if (secretReferenceEClass == null) {
			secretReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(187);
		}
		return secretReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretReference_Name() {
        return (EAttribute)getSecretReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretReference_Namespace() {
        return (EAttribute)getSecretReference().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretVolumeSource() {
		if (secretVolumeSourceEClass == null) {
			secretVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(188);
		}
		return secretVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretVolumeSource_DefaultMode() {
        return (EAttribute)getSecretVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecretVolumeSource_Items() {
        return (EReference)getSecretVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretVolumeSource_Optional() {
        return (EAttribute)getSecretVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretVolumeSource_SecretName() {
        return (EAttribute)getSecretVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecurityContext() {
		if (securityContextEClass == null) {
			securityContextEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(189);
		}
		return securityContextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_AllowPrivilegeEscalation() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityContext_AppArmorProfile() {
        return (EReference)getSecurityContext().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityContext_Capabilities() {
        return (EReference)getSecurityContext().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_Privileged() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_ProcMount() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_ReadOnlyRootFilesystem() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_RunAsGroup() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_RunAsNonRoot() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityContext_RunAsUser() {
        return (EAttribute)getSecurityContext().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityContext_SeLinuxOptions() {
        return (EReference)getSecurityContext().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityContext_SeccompProfile() {
        return (EReference)getSecurityContext().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityContext_WindowsOptions() {
        return (EReference)getSecurityContext().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		if (serviceEClass == null) {
			serviceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(190);
		}
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_ApiVersion() {
        return (EAttribute)getService().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Kind() {
        return (EAttribute)getService().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Metadata() {
        return (EReference)getService().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Spec() {
        return (EReference)getService().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Status() {
        return (EReference)getService().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceAccount() {
		if (serviceAccountEClass == null) {
			serviceAccountEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(191);
		}
		return serviceAccountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccount_ApiVersion() {
        return (EAttribute)getServiceAccount().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccount_AutomountServiceAccountToken() {
        return (EAttribute)getServiceAccount().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAccount_ImagePullSecrets() {
        return (EReference)getServiceAccount().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccount_Kind() {
        return (EAttribute)getServiceAccount().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAccount_Metadata() {
        return (EReference)getServiceAccount().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAccount_Secrets() {
        return (EReference)getServiceAccount().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceAccountList() {
		if (serviceAccountListEClass == null) {
			serviceAccountListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(192);
		}
		return serviceAccountListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccountList_ApiVersion() {
        return (EAttribute)getServiceAccountList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAccountList_Items() {
        return (EReference)getServiceAccountList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccountList_Kind() {
        return (EAttribute)getServiceAccountList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAccountList_Metadata() {
        return (EReference)getServiceAccountList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceAccountTokenProjection() {
		if (serviceAccountTokenProjectionEClass == null) {
			serviceAccountTokenProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(193);
		}
		return serviceAccountTokenProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccountTokenProjection_Audience() {
        return (EAttribute)getServiceAccountTokenProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccountTokenProjection_ExpirationSeconds() {
        return (EAttribute)getServiceAccountTokenProjection().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAccountTokenProjection_Path() {
        return (EAttribute)getServiceAccountTokenProjection().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceList() {
		if (serviceListEClass == null) {
			serviceListEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(194);
		}
		return serviceListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceList_ApiVersion() {
        return (EAttribute)getServiceList().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceList_Items() {
        return (EReference)getServiceList().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceList_Kind() {
        return (EAttribute)getServiceList().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceList_Metadata() {
        return (EReference)getServiceList().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServicePort() {
		if (servicePortEClass == null) {
			servicePortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(195);
		}
		return servicePortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePort_AppProtocol() {
        return (EAttribute)getServicePort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePort_Name() {
        return (EAttribute)getServicePort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePort_NodePort() {
        return (EAttribute)getServicePort().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePort_Port() {
        return (EAttribute)getServicePort().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePort_Protocol() {
        return (EAttribute)getServicePort().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePort_TargetPort() {
        return (EAttribute)getServicePort().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceSpec() {
		if (serviceSpecEClass == null) {
			serviceSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(196);
		}
		return serviceSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_AllocateLoadBalancerNodePorts() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_ClusterIP() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_ClusterIPs() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_ExternalIPs() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_ExternalName() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_ExternalTrafficPolicy() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_HealthCheckNodePort() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_InternalTrafficPolicy() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_IpFamilies() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_IpFamilyPolicy() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_LoadBalancerClass() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_LoadBalancerIP() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_LoadBalancerSourceRanges() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceSpec_Ports() {
        return (EReference)getServiceSpec().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_PublishNotReadyAddresses() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceSpec_Selector() {
        return (EReference)getServiceSpec().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_SessionAffinity() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceSpec_SessionAffinityConfig() {
        return (EReference)getServiceSpec().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_TrafficDistribution() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceSpec_Type() {
        return (EAttribute)getServiceSpec().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceStatus() {
		if (serviceStatusEClass == null) {
			serviceStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(197);
		}
		return serviceStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStatus_Conditions() {
        return (EReference)getServiceStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStatus_LoadBalancer() {
        return (EReference)getServiceStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSessionAffinityConfig() {
		if (sessionAffinityConfigEClass == null) {
			sessionAffinityConfigEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(198);
		}
		return sessionAffinityConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionAffinityConfig_ClientIP() {
        return (EReference)getSessionAffinityConfig().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSleepAction() {
		if (sleepActionEClass == null) {
			sleepActionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(199);
		}
		return sleepActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleepAction_Seconds() {
        return (EAttribute)getSleepAction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStorageOSPersistentVolumeSource() {
		if (storageOSPersistentVolumeSourceEClass == null) {
			storageOSPersistentVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(200);
		}
		return storageOSPersistentVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSPersistentVolumeSource_FsType() {
        return (EAttribute)getStorageOSPersistentVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSPersistentVolumeSource_ReadOnly() {
        return (EAttribute)getStorageOSPersistentVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageOSPersistentVolumeSource_SecretRef() {
        return (EReference)getStorageOSPersistentVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSPersistentVolumeSource_VolumeName() {
        return (EAttribute)getStorageOSPersistentVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSPersistentVolumeSource_VolumeNamespace() {
        return (EAttribute)getStorageOSPersistentVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStorageOSVolumeSource() {
		if (storageOSVolumeSourceEClass == null) {
			storageOSVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(201);
		}
		return storageOSVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSVolumeSource_FsType() {
        return (EAttribute)getStorageOSVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSVolumeSource_ReadOnly() {
        return (EAttribute)getStorageOSVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageOSVolumeSource_SecretRef() {
        return (EReference)getStorageOSVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSVolumeSource_VolumeName() {
        return (EAttribute)getStorageOSVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageOSVolumeSource_VolumeNamespace() {
        return (EAttribute)getStorageOSVolumeSource().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSysctl() {
		if (sysctlEClass == null) {
			sysctlEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(202);
		}
		return sysctlEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSysctl_Name() {
        return (EAttribute)getSysctl().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSysctl_Value() {
        return (EAttribute)getSysctl().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPSocketAction() {
		if (tcpSocketActionEClass == null) {
			tcpSocketActionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(203);
		}
		return tcpSocketActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPSocketAction_Host() {
        return (EAttribute)getTCPSocketAction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPSocketAction_Port() {
        return (EAttribute)getTCPSocketAction().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaint() {
		if (taintEClass == null) {
			taintEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(204);
		}
		return taintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaint_Effect() {
        return (EAttribute)getTaint().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaint_Key() {
        return (EAttribute)getTaint().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaint_TimeAdded() {
        return (EAttribute)getTaint().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaint_Value() {
        return (EAttribute)getTaint().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getToleration() {
		if (tolerationEClass == null) {
			tolerationEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(205);
		}
		return tolerationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToleration_Effect() {
        return (EAttribute)getToleration().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToleration_Key() {
        return (EAttribute)getToleration().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToleration_Operator() {
        return (EAttribute)getToleration().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToleration_TolerationSeconds() {
        return (EAttribute)getToleration().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToleration_Value() {
        return (EAttribute)getToleration().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopologySelectorLabelRequirement() {
		if (topologySelectorLabelRequirementEClass == null) {
			topologySelectorLabelRequirementEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(206);
		}
		return topologySelectorLabelRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySelectorLabelRequirement_Key() {
        return (EAttribute)getTopologySelectorLabelRequirement().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySelectorLabelRequirement_Values() {
        return (EAttribute)getTopologySelectorLabelRequirement().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopologySelectorTerm() {
		if (topologySelectorTermEClass == null) {
			topologySelectorTermEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(207);
		}
		return topologySelectorTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopologySelectorTerm_MatchLabelExpressions() {
        return (EReference)getTopologySelectorTerm().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopologySpreadConstraint() {
		if (topologySpreadConstraintEClass == null) {
			topologySpreadConstraintEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(208);
		}
		return topologySpreadConstraintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopologySpreadConstraint_LabelSelector() {
        return (EReference)getTopologySpreadConstraint().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_MatchLabelKeys() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_MaxSkew() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_MinDomains() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_NodeAffinityPolicy() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_NodeTaintsPolicy() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_TopologyKey() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopologySpreadConstraint_WhenUnsatisfiable() {
        return (EAttribute)getTopologySpreadConstraint().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypedLocalObjectReference() {
		if (typedLocalObjectReferenceEClass == null) {
			typedLocalObjectReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(209);
		}
		return typedLocalObjectReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedLocalObjectReference_ApiGroup() {
        return (EAttribute)getTypedLocalObjectReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedLocalObjectReference_Kind() {
        return (EAttribute)getTypedLocalObjectReference().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedLocalObjectReference_Name() {
        return (EAttribute)getTypedLocalObjectReference().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypedObjectReference() {
		if (typedObjectReferenceEClass == null) {
			typedObjectReferenceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(210);
		}
		return typedObjectReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedObjectReference_ApiGroup() {
        return (EAttribute)getTypedObjectReference().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedObjectReference_Kind() {
        return (EAttribute)getTypedObjectReference().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedObjectReference_Name() {
        return (EAttribute)getTypedObjectReference().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypedObjectReference_Namespace() {
        return (EAttribute)getTypedObjectReference().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolume() {
		if (volumeEClass == null) {
			volumeEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(211);
		}
		return volumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_AwsElasticBlockStore() {
        return (EReference)getVolume().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_AzureDisk() {
        return (EReference)getVolume().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_AzureFile() {
        return (EReference)getVolume().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Cephfs() {
        return (EReference)getVolume().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Cinder() {
        return (EReference)getVolume().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_ConfigMap() {
        return (EReference)getVolume().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Csi() {
        return (EReference)getVolume().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_DownwardAPI() {
        return (EReference)getVolume().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_EmptyDir() {
        return (EReference)getVolume().getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Ephemeral() {
        return (EReference)getVolume().getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Fc() {
        return (EReference)getVolume().getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_FlexVolume() {
        return (EReference)getVolume().getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Flocker() {
        return (EReference)getVolume().getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_GcePersistentDisk() {
        return (EReference)getVolume().getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_GitRepo() {
        return (EReference)getVolume().getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Glusterfs() {
        return (EReference)getVolume().getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_HostPath() {
        return (EReference)getVolume().getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Image() {
        return (EReference)getVolume().getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Iscsi() {
        return (EReference)getVolume().getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Name() {
        return (EAttribute)getVolume().getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Nfs() {
        return (EReference)getVolume().getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_PersistentVolumeClaim() {
        return (EReference)getVolume().getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_PhotonPersistentDisk() {
        return (EReference)getVolume().getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_PortworxVolume() {
        return (EReference)getVolume().getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Projected() {
        return (EReference)getVolume().getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Quobyte() {
        return (EReference)getVolume().getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Rbd() {
        return (EReference)getVolume().getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_ScaleIO() {
        return (EReference)getVolume().getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Secret() {
        return (EReference)getVolume().getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Storageos() {
        return (EReference)getVolume().getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_VsphereVolume() {
        return (EReference)getVolume().getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeDevice() {
		if (volumeDeviceEClass == null) {
			volumeDeviceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(212);
		}
		return volumeDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeDevice_DevicePath() {
        return (EAttribute)getVolumeDevice().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeDevice_Name() {
        return (EAttribute)getVolumeDevice().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeMount() {
		if (volumeMountEClass == null) {
			volumeMountEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(213);
		}
		return volumeMountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_MountPath() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_MountPropagation() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_Name() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_ReadOnly() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_RecursiveReadOnly() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_SubPath() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMount_SubPathExpr() {
        return (EAttribute)getVolumeMount().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeMountStatus() {
		if (volumeMountStatusEClass == null) {
			volumeMountStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(214);
		}
		return volumeMountStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMountStatus_MountPath() {
        return (EAttribute)getVolumeMountStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMountStatus_Name() {
        return (EAttribute)getVolumeMountStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMountStatus_ReadOnly() {
        return (EAttribute)getVolumeMountStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMountStatus_RecursiveReadOnly() {
        return (EAttribute)getVolumeMountStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeMountStatus_VolumeStatus() {
        return (EReference)getVolumeMountStatus().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeNodeAffinity() {
		if (volumeNodeAffinityEClass == null) {
			volumeNodeAffinityEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(215);
		}
		return volumeNodeAffinityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeNodeAffinity_Required() {
        return (EReference)getVolumeNodeAffinity().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeProjection() {
		if (volumeProjectionEClass == null) {
			volumeProjectionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(216);
		}
		return volumeProjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeProjection_ClusterTrustBundle() {
        return (EReference)getVolumeProjection().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeProjection_ConfigMap() {
        return (EReference)getVolumeProjection().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeProjection_DownwardAPI() {
        return (EReference)getVolumeProjection().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeProjection_PodCertificate() {
        return (EReference)getVolumeProjection().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeProjection_Secret() {
        return (EReference)getVolumeProjection().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeProjection_ServiceAccountToken() {
        return (EReference)getVolumeProjection().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeResourceRequirements() {
		if (volumeResourceRequirementsEClass == null) {
			volumeResourceRequirementsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(217);
		}
		return volumeResourceRequirementsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeResourceRequirements_Limits() {
        return (EReference)getVolumeResourceRequirements().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeResourceRequirements_Requests() {
        return (EReference)getVolumeResourceRequirements().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeStatus() {
		if (volumeStatusEClass == null) {
			volumeStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(218);
		}
		return volumeStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeStatus_Image() {
        return (EReference)getVolumeStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVsphereVirtualDiskVolumeSource() {
		if (vsphereVirtualDiskVolumeSourceEClass == null) {
			vsphereVirtualDiskVolumeSourceEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(219);
		}
		return vsphereVirtualDiskVolumeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVsphereVirtualDiskVolumeSource_FsType() {
        return (EAttribute)getVsphereVirtualDiskVolumeSource().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVsphereVirtualDiskVolumeSource_StoragePolicyID() {
        return (EAttribute)getVsphereVirtualDiskVolumeSource().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVsphereVirtualDiskVolumeSource_StoragePolicyName() {
        return (EAttribute)getVsphereVirtualDiskVolumeSource().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVsphereVirtualDiskVolumeSource_VolumePath() {
        return (EAttribute)getVsphereVirtualDiskVolumeSource().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWeightedPodAffinityTerm() {
		if (weightedPodAffinityTermEClass == null) {
			weightedPodAffinityTermEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(220);
		}
		return weightedPodAffinityTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWeightedPodAffinityTerm_PodAffinityTerm() {
        return (EReference)getWeightedPodAffinityTerm().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeightedPodAffinityTerm_Weight() {
        return (EAttribute)getWeightedPodAffinityTerm().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWindowsSecurityContextOptions() {
		if (windowsSecurityContextOptionsEClass == null) {
			windowsSecurityContextOptionsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(221);
		}
		return windowsSecurityContextOptionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowsSecurityContextOptions_GmsaCredentialSpec() {
        return (EAttribute)getWindowsSecurityContextOptions().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowsSecurityContextOptions_GmsaCredentialSpecName() {
        return (EAttribute)getWindowsSecurityContextOptions().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowsSecurityContextOptions_HostProcess() {
        return (EAttribute)getWindowsSecurityContextOptions().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowsSecurityContextOptions_RunAsUserName() {
        return (EAttribute)getWindowsSecurityContextOptions().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStringMapEntry() {
		if (stringMapEntryEClass == null) {
			stringMapEntryEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(222);
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
	public EClass getQuantityMapEntry() {
		if (quantityMapEntryEClass == null) {
			quantityMapEntryEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI).getEClassifiers().get(223);
		}
		return quantityMapEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantityMapEntry_Key() {
        return (EAttribute)getQuantityMapEntry().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantityMapEntry_Value() {
        return (EAttribute)getQuantityMapEntry().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoreV1Factory getCoreV1Factory() {
		return (CoreV1Factory)getEFactoryInstance();
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
			eClassifier.setInstanceClassName("io.pilothouse.model.k8s.core.v1." + eClassifier.getName());
			setGeneratedClassName(eClassifier);
		}
	}

} //CoreV1PackageImpl
