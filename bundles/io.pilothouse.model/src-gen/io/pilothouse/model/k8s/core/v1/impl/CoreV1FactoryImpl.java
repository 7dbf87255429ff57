/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.*;

import io.pilothouse.model.types.Quantity;

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
public class CoreV1FactoryImpl extends EFactoryImpl implements CoreV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoreV1Factory init() {
		try {
			CoreV1Factory theCoreV1Factory = (CoreV1Factory)EPackage.Registry.INSTANCE.getEFactory(CoreV1Package.eNS_URI);
			if (theCoreV1Factory != null) {
				return theCoreV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoreV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoreV1FactoryImpl() {
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
			case CoreV1Package.AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE: return createAWSElasticBlockStoreVolumeSource();
			case CoreV1Package.AFFINITY: return createAffinity();
			case CoreV1Package.APP_ARMOR_PROFILE: return createAppArmorProfile();
			case CoreV1Package.ATTACHED_VOLUME: return createAttachedVolume();
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE: return createAzureDiskVolumeSource();
			case CoreV1Package.AZURE_FILE_PERSISTENT_VOLUME_SOURCE: return createAzureFilePersistentVolumeSource();
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE: return createAzureFileVolumeSource();
			case CoreV1Package.BINDING: return createBinding();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE: return createCSIPersistentVolumeSource();
			case CoreV1Package.CSI_VOLUME_SOURCE: return createCSIVolumeSource();
			case CoreV1Package.CAPABILITIES: return createCapabilities();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE: return createCephFSPersistentVolumeSource();
			case CoreV1Package.CEPH_FS_VOLUME_SOURCE: return createCephFSVolumeSource();
			case CoreV1Package.CINDER_PERSISTENT_VOLUME_SOURCE: return createCinderPersistentVolumeSource();
			case CoreV1Package.CINDER_VOLUME_SOURCE: return createCinderVolumeSource();
			case CoreV1Package.CLIENT_IP_CONFIG: return createClientIPConfig();
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION: return createClusterTrustBundleProjection();
			case CoreV1Package.COMPONENT_CONDITION: return createComponentCondition();
			case CoreV1Package.COMPONENT_STATUS: return createComponentStatus();
			case CoreV1Package.COMPONENT_STATUS_LIST: return createComponentStatusList();
			case CoreV1Package.CONFIG_MAP: return createConfigMap();
			case CoreV1Package.CONFIG_MAP_ENV_SOURCE: return createConfigMapEnvSource();
			case CoreV1Package.CONFIG_MAP_KEY_SELECTOR: return createConfigMapKeySelector();
			case CoreV1Package.CONFIG_MAP_LIST: return createConfigMapList();
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE: return createConfigMapNodeConfigSource();
			case CoreV1Package.CONFIG_MAP_PROJECTION: return createConfigMapProjection();
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE: return createConfigMapVolumeSource();
			case CoreV1Package.CONTAINER: return createContainer();
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST: return createContainerExtendedResourceRequest();
			case CoreV1Package.CONTAINER_IMAGE: return createContainerImage();
			case CoreV1Package.CONTAINER_PORT: return createContainerPort();
			case CoreV1Package.CONTAINER_RESIZE_POLICY: return createContainerResizePolicy();
			case CoreV1Package.CONTAINER_RESTART_RULE: return createContainerRestartRule();
			case CoreV1Package.CONTAINER_RESTART_RULE_ON_EXIT_CODES: return createContainerRestartRuleOnExitCodes();
			case CoreV1Package.CONTAINER_STATE: return createContainerState();
			case CoreV1Package.CONTAINER_STATE_RUNNING: return createContainerStateRunning();
			case CoreV1Package.CONTAINER_STATE_TERMINATED: return createContainerStateTerminated();
			case CoreV1Package.CONTAINER_STATE_WAITING: return createContainerStateWaiting();
			case CoreV1Package.CONTAINER_STATUS: return createContainerStatus();
			case CoreV1Package.CONTAINER_USER: return createContainerUser();
			case CoreV1Package.DAEMON_ENDPOINT: return createDaemonEndpoint();
			case CoreV1Package.DOWNWARD_API_PROJECTION: return createDownwardAPIProjection();
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE: return createDownwardAPIVolumeFile();
			case CoreV1Package.DOWNWARD_API_VOLUME_SOURCE: return createDownwardAPIVolumeSource();
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE: return createEmptyDirVolumeSource();
			case CoreV1Package.ENDPOINT_ADDRESS: return createEndpointAddress();
			case CoreV1Package.ENDPOINT_PORT: return createEndpointPort();
			case CoreV1Package.ENDPOINT_SUBSET: return createEndpointSubset();
			case CoreV1Package.ENDPOINTS: return createEndpoints();
			case CoreV1Package.ENDPOINTS_LIST: return createEndpointsList();
			case CoreV1Package.ENV_FROM_SOURCE: return createEnvFromSource();
			case CoreV1Package.ENV_VAR: return createEnvVar();
			case CoreV1Package.ENV_VAR_SOURCE: return createEnvVarSource();
			case CoreV1Package.EPHEMERAL_CONTAINER: return createEphemeralContainer();
			case CoreV1Package.EPHEMERAL_VOLUME_SOURCE: return createEphemeralVolumeSource();
			case CoreV1Package.EVENT: return createEvent();
			case CoreV1Package.EVENT_LIST: return createEventList();
			case CoreV1Package.EVENT_SERIES: return createEventSeries();
			case CoreV1Package.EVENT_SOURCE: return createEventSource();
			case CoreV1Package.EXEC_ACTION: return createExecAction();
			case CoreV1Package.FC_VOLUME_SOURCE: return createFCVolumeSource();
			case CoreV1Package.FILE_KEY_SELECTOR: return createFileKeySelector();
			case CoreV1Package.FLEX_PERSISTENT_VOLUME_SOURCE: return createFlexPersistentVolumeSource();
			case CoreV1Package.FLEX_VOLUME_SOURCE: return createFlexVolumeSource();
			case CoreV1Package.FLOCKER_VOLUME_SOURCE: return createFlockerVolumeSource();
			case CoreV1Package.GCE_PERSISTENT_DISK_VOLUME_SOURCE: return createGCEPersistentDiskVolumeSource();
			case CoreV1Package.GRPC_ACTION: return createGRPCAction();
			case CoreV1Package.GIT_REPO_VOLUME_SOURCE: return createGitRepoVolumeSource();
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE: return createGlusterfsPersistentVolumeSource();
			case CoreV1Package.GLUSTERFS_VOLUME_SOURCE: return createGlusterfsVolumeSource();
			case CoreV1Package.HTTP_GET_ACTION: return createHTTPGetAction();
			case CoreV1Package.HTTP_HEADER: return createHTTPHeader();
			case CoreV1Package.HOST_ALIAS: return createHostAlias();
			case CoreV1Package.HOST_IP: return createHostIP();
			case CoreV1Package.HOST_PATH_VOLUME_SOURCE: return createHostPathVolumeSource();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE: return createISCSIPersistentVolumeSource();
			case CoreV1Package.ISCSI_VOLUME_SOURCE: return createISCSIVolumeSource();
			case CoreV1Package.IMAGE_VOLUME_SOURCE: return createImageVolumeSource();
			case CoreV1Package.IMAGE_VOLUME_STATUS: return createImageVolumeStatus();
			case CoreV1Package.KEY_TO_PATH: return createKeyToPath();
			case CoreV1Package.LIFECYCLE: return createLifecycle();
			case CoreV1Package.LIFECYCLE_HANDLER: return createLifecycleHandler();
			case CoreV1Package.LIMIT_RANGE: return createLimitRange();
			case CoreV1Package.LIMIT_RANGE_ITEM: return createLimitRangeItem();
			case CoreV1Package.LIMIT_RANGE_LIST: return createLimitRangeList();
			case CoreV1Package.LIMIT_RANGE_SPEC: return createLimitRangeSpec();
			case CoreV1Package.LINUX_CONTAINER_USER: return createLinuxContainerUser();
			case CoreV1Package.LOAD_BALANCER_INGRESS: return createLoadBalancerIngress();
			case CoreV1Package.LOAD_BALANCER_STATUS: return createLoadBalancerStatus();
			case CoreV1Package.LOCAL_OBJECT_REFERENCE: return createLocalObjectReference();
			case CoreV1Package.LOCAL_VOLUME_SOURCE: return createLocalVolumeSource();
			case CoreV1Package.MODIFY_VOLUME_STATUS: return createModifyVolumeStatus();
			case CoreV1Package.NFS_VOLUME_SOURCE: return createNFSVolumeSource();
			case CoreV1Package.NAMESPACE: return createNamespace();
			case CoreV1Package.NAMESPACE_CONDITION: return createNamespaceCondition();
			case CoreV1Package.NAMESPACE_LIST: return createNamespaceList();
			case CoreV1Package.NAMESPACE_SPEC: return createNamespaceSpec();
			case CoreV1Package.NAMESPACE_STATUS: return createNamespaceStatus();
			case CoreV1Package.NODE: return createNode();
			case CoreV1Package.NODE_ADDRESS: return createNodeAddress();
			case CoreV1Package.NODE_AFFINITY: return createNodeAffinity();
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS: return createNodeAllocatableResourceClaimStatus();
			case CoreV1Package.NODE_CONDITION: return createNodeCondition();
			case CoreV1Package.NODE_CONFIG_SOURCE: return createNodeConfigSource();
			case CoreV1Package.NODE_CONFIG_STATUS: return createNodeConfigStatus();
			case CoreV1Package.NODE_DAEMON_ENDPOINTS: return createNodeDaemonEndpoints();
			case CoreV1Package.NODE_FEATURES: return createNodeFeatures();
			case CoreV1Package.NODE_LIST: return createNodeList();
			case CoreV1Package.NODE_RUNTIME_HANDLER: return createNodeRuntimeHandler();
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES: return createNodeRuntimeHandlerFeatures();
			case CoreV1Package.NODE_SELECTOR: return createNodeSelector();
			case CoreV1Package.NODE_SELECTOR_REQUIREMENT: return createNodeSelectorRequirement();
			case CoreV1Package.NODE_SELECTOR_TERM: return createNodeSelectorTerm();
			case CoreV1Package.NODE_SPEC: return createNodeSpec();
			case CoreV1Package.NODE_STATUS: return createNodeStatus();
			case CoreV1Package.NODE_SWAP_STATUS: return createNodeSwapStatus();
			case CoreV1Package.NODE_SYSTEM_INFO: return createNodeSystemInfo();
			case CoreV1Package.OBJECT_FIELD_SELECTOR: return createObjectFieldSelector();
			case CoreV1Package.OBJECT_REFERENCE: return createObjectReference();
			case CoreV1Package.PERSISTENT_VOLUME: return createPersistentVolume();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM: return createPersistentVolumeClaim();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_CONDITION: return createPersistentVolumeClaimCondition();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_LIST: return createPersistentVolumeClaimList();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC: return createPersistentVolumeClaimSpec();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS: return createPersistentVolumeClaimStatus();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_TEMPLATE: return createPersistentVolumeClaimTemplate();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE: return createPersistentVolumeClaimVolumeSource();
			case CoreV1Package.PERSISTENT_VOLUME_LIST: return createPersistentVolumeList();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC: return createPersistentVolumeSpec();
			case CoreV1Package.PERSISTENT_VOLUME_STATUS: return createPersistentVolumeStatus();
			case CoreV1Package.PHOTON_PERSISTENT_DISK_VOLUME_SOURCE: return createPhotonPersistentDiskVolumeSource();
			case CoreV1Package.POD: return createPod();
			case CoreV1Package.POD_AFFINITY: return createPodAffinity();
			case CoreV1Package.POD_AFFINITY_TERM: return createPodAffinityTerm();
			case CoreV1Package.POD_ANTI_AFFINITY: return createPodAntiAffinity();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION: return createPodCertificateProjection();
			case CoreV1Package.POD_CONDITION: return createPodCondition();
			case CoreV1Package.POD_DNS_CONFIG: return createPodDNSConfig();
			case CoreV1Package.POD_DNS_CONFIG_OPTION: return createPodDNSConfigOption();
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS: return createPodExtendedResourceClaimStatus();
			case CoreV1Package.POD_IP: return createPodIP();
			case CoreV1Package.POD_LIST: return createPodList();
			case CoreV1Package.POD_OS: return createPodOS();
			case CoreV1Package.POD_READINESS_GATE: return createPodReadinessGate();
			case CoreV1Package.POD_RESOURCE_CLAIM: return createPodResourceClaim();
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS: return createPodResourceClaimStatus();
			case CoreV1Package.POD_SCHEDULING_GATE: return createPodSchedulingGate();
			case CoreV1Package.POD_SCHEDULING_GROUP: return createPodSchedulingGroup();
			case CoreV1Package.POD_SECURITY_CONTEXT: return createPodSecurityContext();
			case CoreV1Package.POD_SPEC: return createPodSpec();
			case CoreV1Package.POD_STATUS: return createPodStatus();
			case CoreV1Package.POD_TEMPLATE: return createPodTemplate();
			case CoreV1Package.POD_TEMPLATE_LIST: return createPodTemplateList();
			case CoreV1Package.POD_TEMPLATE_SPEC: return createPodTemplateSpec();
			case CoreV1Package.PORT_STATUS: return createPortStatus();
			case CoreV1Package.PORTWORX_VOLUME_SOURCE: return createPortworxVolumeSource();
			case CoreV1Package.PREFERRED_SCHEDULING_TERM: return createPreferredSchedulingTerm();
			case CoreV1Package.PROBE: return createProbe();
			case CoreV1Package.PROJECTED_VOLUME_SOURCE: return createProjectedVolumeSource();
			case CoreV1Package.QUOBYTE_VOLUME_SOURCE: return createQuobyteVolumeSource();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE: return createRBDPersistentVolumeSource();
			case CoreV1Package.RBD_VOLUME_SOURCE: return createRBDVolumeSource();
			case CoreV1Package.REPLICATION_CONTROLLER: return createReplicationController();
			case CoreV1Package.REPLICATION_CONTROLLER_CONDITION: return createReplicationControllerCondition();
			case CoreV1Package.REPLICATION_CONTROLLER_LIST: return createReplicationControllerList();
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC: return createReplicationControllerSpec();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS: return createReplicationControllerStatus();
			case CoreV1Package.RESOURCE_CLAIM: return createResourceClaim();
			case CoreV1Package.RESOURCE_FIELD_SELECTOR: return createResourceFieldSelector();
			case CoreV1Package.RESOURCE_HEALTH: return createResourceHealth();
			case CoreV1Package.RESOURCE_QUOTA: return createResourceQuota();
			case CoreV1Package.RESOURCE_QUOTA_LIST: return createResourceQuotaList();
			case CoreV1Package.RESOURCE_QUOTA_SPEC: return createResourceQuotaSpec();
			case CoreV1Package.RESOURCE_QUOTA_STATUS: return createResourceQuotaStatus();
			case CoreV1Package.RESOURCE_REQUIREMENTS: return createResourceRequirements();
			case CoreV1Package.RESOURCE_STATUS: return createResourceStatus();
			case CoreV1Package.SE_LINUX_OPTIONS: return createSELinuxOptions();
			case CoreV1Package.SCALE_IO_PERSISTENT_VOLUME_SOURCE: return createScaleIOPersistentVolumeSource();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE: return createScaleIOVolumeSource();
			case CoreV1Package.SCOPE_SELECTOR: return createScopeSelector();
			case CoreV1Package.SCOPED_RESOURCE_SELECTOR_REQUIREMENT: return createScopedResourceSelectorRequirement();
			case CoreV1Package.SECCOMP_PROFILE: return createSeccompProfile();
			case CoreV1Package.SECRET: return createSecret();
			case CoreV1Package.SECRET_ENV_SOURCE: return createSecretEnvSource();
			case CoreV1Package.SECRET_KEY_SELECTOR: return createSecretKeySelector();
			case CoreV1Package.SECRET_LIST: return createSecretList();
			case CoreV1Package.SECRET_PROJECTION: return createSecretProjection();
			case CoreV1Package.SECRET_REFERENCE: return createSecretReference();
			case CoreV1Package.SECRET_VOLUME_SOURCE: return createSecretVolumeSource();
			case CoreV1Package.SECURITY_CONTEXT: return createSecurityContext();
			case CoreV1Package.SERVICE: return createService();
			case CoreV1Package.SERVICE_ACCOUNT: return createServiceAccount();
			case CoreV1Package.SERVICE_ACCOUNT_LIST: return createServiceAccountList();
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION: return createServiceAccountTokenProjection();
			case CoreV1Package.SERVICE_LIST: return createServiceList();
			case CoreV1Package.SERVICE_PORT: return createServicePort();
			case CoreV1Package.SERVICE_SPEC: return createServiceSpec();
			case CoreV1Package.SERVICE_STATUS: return createServiceStatus();
			case CoreV1Package.SESSION_AFFINITY_CONFIG: return createSessionAffinityConfig();
			case CoreV1Package.SLEEP_ACTION: return createSleepAction();
			case CoreV1Package.STORAGE_OS_PERSISTENT_VOLUME_SOURCE: return createStorageOSPersistentVolumeSource();
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE: return createStorageOSVolumeSource();
			case CoreV1Package.SYSCTL: return createSysctl();
			case CoreV1Package.TCP_SOCKET_ACTION: return createTCPSocketAction();
			case CoreV1Package.TAINT: return createTaint();
			case CoreV1Package.TOLERATION: return createToleration();
			case CoreV1Package.TOPOLOGY_SELECTOR_LABEL_REQUIREMENT: return createTopologySelectorLabelRequirement();
			case CoreV1Package.TOPOLOGY_SELECTOR_TERM: return createTopologySelectorTerm();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT: return createTopologySpreadConstraint();
			case CoreV1Package.TYPED_LOCAL_OBJECT_REFERENCE: return createTypedLocalObjectReference();
			case CoreV1Package.TYPED_OBJECT_REFERENCE: return createTypedObjectReference();
			case CoreV1Package.VOLUME: return createVolume();
			case CoreV1Package.VOLUME_DEVICE: return createVolumeDevice();
			case CoreV1Package.VOLUME_MOUNT: return createVolumeMount();
			case CoreV1Package.VOLUME_MOUNT_STATUS: return createVolumeMountStatus();
			case CoreV1Package.VOLUME_NODE_AFFINITY: return createVolumeNodeAffinity();
			case CoreV1Package.VOLUME_PROJECTION: return createVolumeProjection();
			case CoreV1Package.VOLUME_RESOURCE_REQUIREMENTS: return createVolumeResourceRequirements();
			case CoreV1Package.VOLUME_STATUS: return createVolumeStatus();
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE: return createVsphereVirtualDiskVolumeSource();
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM: return createWeightedPodAffinityTerm();
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS: return createWindowsSecurityContextOptions();
			case CoreV1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
			case CoreV1Package.QUANTITY_MAP_ENTRY: return (EObject)createQuantityMapEntry();
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
	public AWSElasticBlockStoreVolumeSource createAWSElasticBlockStoreVolumeSource() {
		AWSElasticBlockStoreVolumeSourceImpl awsElasticBlockStoreVolumeSource = new AWSElasticBlockStoreVolumeSourceImpl();
		return awsElasticBlockStoreVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Affinity createAffinity() {
		AffinityImpl affinity = new AffinityImpl();
		return affinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppArmorProfile createAppArmorProfile() {
		AppArmorProfileImpl appArmorProfile = new AppArmorProfileImpl();
		return appArmorProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttachedVolume createAttachedVolume() {
		AttachedVolumeImpl attachedVolume = new AttachedVolumeImpl();
		return attachedVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureDiskVolumeSource createAzureDiskVolumeSource() {
		AzureDiskVolumeSourceImpl azureDiskVolumeSource = new AzureDiskVolumeSourceImpl();
		return azureDiskVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureFilePersistentVolumeSource createAzureFilePersistentVolumeSource() {
		AzureFilePersistentVolumeSourceImpl azureFilePersistentVolumeSource = new AzureFilePersistentVolumeSourceImpl();
		return azureFilePersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureFileVolumeSource createAzureFileVolumeSource() {
		AzureFileVolumeSourceImpl azureFileVolumeSource = new AzureFileVolumeSourceImpl();
		return azureFileVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Binding createBinding() {
		BindingImpl binding = new BindingImpl();
		return binding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIPersistentVolumeSource createCSIPersistentVolumeSource() {
		CSIPersistentVolumeSourceImpl csiPersistentVolumeSource = new CSIPersistentVolumeSourceImpl();
		return csiPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIVolumeSource createCSIVolumeSource() {
		CSIVolumeSourceImpl csiVolumeSource = new CSIVolumeSourceImpl();
		return csiVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capabilities createCapabilities() {
		CapabilitiesImpl capabilities = new CapabilitiesImpl();
		return capabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CephFSPersistentVolumeSource createCephFSPersistentVolumeSource() {
		CephFSPersistentVolumeSourceImpl cephFSPersistentVolumeSource = new CephFSPersistentVolumeSourceImpl();
		return cephFSPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CephFSVolumeSource createCephFSVolumeSource() {
		CephFSVolumeSourceImpl cephFSVolumeSource = new CephFSVolumeSourceImpl();
		return cephFSVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CinderPersistentVolumeSource createCinderPersistentVolumeSource() {
		CinderPersistentVolumeSourceImpl cinderPersistentVolumeSource = new CinderPersistentVolumeSourceImpl();
		return cinderPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CinderVolumeSource createCinderVolumeSource() {
		CinderVolumeSourceImpl cinderVolumeSource = new CinderVolumeSourceImpl();
		return cinderVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientIPConfig createClientIPConfig() {
		ClientIPConfigImpl clientIPConfig = new ClientIPConfigImpl();
		return clientIPConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterTrustBundleProjection createClusterTrustBundleProjection() {
		ClusterTrustBundleProjectionImpl clusterTrustBundleProjection = new ClusterTrustBundleProjectionImpl();
		return clusterTrustBundleProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentCondition createComponentCondition() {
		ComponentConditionImpl componentCondition = new ComponentConditionImpl();
		return componentCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentStatus createComponentStatus() {
		ComponentStatusImpl componentStatus = new ComponentStatusImpl();
		return componentStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentStatusList createComponentStatusList() {
		ComponentStatusListImpl componentStatusList = new ComponentStatusListImpl();
		return componentStatusList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMap createConfigMap() {
		ConfigMapImpl configMap = new ConfigMapImpl();
		return configMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapEnvSource createConfigMapEnvSource() {
		ConfigMapEnvSourceImpl configMapEnvSource = new ConfigMapEnvSourceImpl();
		return configMapEnvSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapKeySelector createConfigMapKeySelector() {
		ConfigMapKeySelectorImpl configMapKeySelector = new ConfigMapKeySelectorImpl();
		return configMapKeySelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapList createConfigMapList() {
		ConfigMapListImpl configMapList = new ConfigMapListImpl();
		return configMapList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapNodeConfigSource createConfigMapNodeConfigSource() {
		ConfigMapNodeConfigSourceImpl configMapNodeConfigSource = new ConfigMapNodeConfigSourceImpl();
		return configMapNodeConfigSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapProjection createConfigMapProjection() {
		ConfigMapProjectionImpl configMapProjection = new ConfigMapProjectionImpl();
		return configMapProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapVolumeSource createConfigMapVolumeSource() {
		ConfigMapVolumeSourceImpl configMapVolumeSource = new ConfigMapVolumeSourceImpl();
		return configMapVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public io.pilothouse.model.k8s.core.v1.Container createContainer() {
		ContainerImpl container = new ContainerImpl();
		return container;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerExtendedResourceRequest createContainerExtendedResourceRequest() {
		ContainerExtendedResourceRequestImpl containerExtendedResourceRequest = new ContainerExtendedResourceRequestImpl();
		return containerExtendedResourceRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerImage createContainerImage() {
		ContainerImageImpl containerImage = new ContainerImageImpl();
		return containerImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerPort createContainerPort() {
		ContainerPortImpl containerPort = new ContainerPortImpl();
		return containerPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerResizePolicy createContainerResizePolicy() {
		ContainerResizePolicyImpl containerResizePolicy = new ContainerResizePolicyImpl();
		return containerResizePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerRestartRule createContainerRestartRule() {
		ContainerRestartRuleImpl containerRestartRule = new ContainerRestartRuleImpl();
		return containerRestartRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerRestartRuleOnExitCodes createContainerRestartRuleOnExitCodes() {
		ContainerRestartRuleOnExitCodesImpl containerRestartRuleOnExitCodes = new ContainerRestartRuleOnExitCodesImpl();
		return containerRestartRuleOnExitCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerState createContainerState() {
		ContainerStateImpl containerState = new ContainerStateImpl();
		return containerState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStateRunning createContainerStateRunning() {
		ContainerStateRunningImpl containerStateRunning = new ContainerStateRunningImpl();
		return containerStateRunning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStateTerminated createContainerStateTerminated() {
		ContainerStateTerminatedImpl containerStateTerminated = new ContainerStateTerminatedImpl();
		return containerStateTerminated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStateWaiting createContainerStateWaiting() {
		ContainerStateWaitingImpl containerStateWaiting = new ContainerStateWaitingImpl();
		return containerStateWaiting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerStatus createContainerStatus() {
		ContainerStatusImpl containerStatus = new ContainerStatusImpl();
		return containerStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerUser createContainerUser() {
		ContainerUserImpl containerUser = new ContainerUserImpl();
		return containerUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonEndpoint createDaemonEndpoint() {
		DaemonEndpointImpl daemonEndpoint = new DaemonEndpointImpl();
		return daemonEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DownwardAPIProjection createDownwardAPIProjection() {
		DownwardAPIProjectionImpl downwardAPIProjection = new DownwardAPIProjectionImpl();
		return downwardAPIProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DownwardAPIVolumeFile createDownwardAPIVolumeFile() {
		DownwardAPIVolumeFileImpl downwardAPIVolumeFile = new DownwardAPIVolumeFileImpl();
		return downwardAPIVolumeFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DownwardAPIVolumeSource createDownwardAPIVolumeSource() {
		DownwardAPIVolumeSourceImpl downwardAPIVolumeSource = new DownwardAPIVolumeSourceImpl();
		return downwardAPIVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmptyDirVolumeSource createEmptyDirVolumeSource() {
		EmptyDirVolumeSourceImpl emptyDirVolumeSource = new EmptyDirVolumeSourceImpl();
		return emptyDirVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointAddress createEndpointAddress() {
		EndpointAddressImpl endpointAddress = new EndpointAddressImpl();
		return endpointAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointPort createEndpointPort() {
		EndpointPortImpl endpointPort = new EndpointPortImpl();
		return endpointPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointSubset createEndpointSubset() {
		EndpointSubsetImpl endpointSubset = new EndpointSubsetImpl();
		return endpointSubset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoints createEndpoints() {
		EndpointsImpl endpoints = new EndpointsImpl();
		return endpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointsList createEndpointsList() {
		EndpointsListImpl endpointsList = new EndpointsListImpl();
		return endpointsList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvFromSource createEnvFromSource() {
		EnvFromSourceImpl envFromSource = new EnvFromSourceImpl();
		return envFromSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvVar createEnvVar() {
		EnvVarImpl envVar = new EnvVarImpl();
		return envVar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvVarSource createEnvVarSource() {
		EnvVarSourceImpl envVarSource = new EnvVarSourceImpl();
		return envVarSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EphemeralContainer createEphemeralContainer() {
		EphemeralContainerImpl ephemeralContainer = new EphemeralContainerImpl();
		return ephemeralContainer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EphemeralVolumeSource createEphemeralVolumeSource() {
		EphemeralVolumeSourceImpl ephemeralVolumeSource = new EphemeralVolumeSourceImpl();
		return ephemeralVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Event createEvent() {
		EventImpl event = new EventImpl();
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventList createEventList() {
		EventListImpl eventList = new EventListImpl();
		return eventList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSeries createEventSeries() {
		EventSeriesImpl eventSeries = new EventSeriesImpl();
		return eventSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSource createEventSource() {
		EventSourceImpl eventSource = new EventSourceImpl();
		return eventSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecAction createExecAction() {
		ExecActionImpl execAction = new ExecActionImpl();
		return execAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FCVolumeSource createFCVolumeSource() {
		FCVolumeSourceImpl fcVolumeSource = new FCVolumeSourceImpl();
		return fcVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileKeySelector createFileKeySelector() {
		FileKeySelectorImpl fileKeySelector = new FileKeySelectorImpl();
		return fileKeySelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlexPersistentVolumeSource createFlexPersistentVolumeSource() {
		FlexPersistentVolumeSourceImpl flexPersistentVolumeSource = new FlexPersistentVolumeSourceImpl();
		return flexPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlexVolumeSource createFlexVolumeSource() {
		FlexVolumeSourceImpl flexVolumeSource = new FlexVolumeSourceImpl();
		return flexVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlockerVolumeSource createFlockerVolumeSource() {
		FlockerVolumeSourceImpl flockerVolumeSource = new FlockerVolumeSourceImpl();
		return flockerVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GCEPersistentDiskVolumeSource createGCEPersistentDiskVolumeSource() {
		GCEPersistentDiskVolumeSourceImpl gcePersistentDiskVolumeSource = new GCEPersistentDiskVolumeSourceImpl();
		return gcePersistentDiskVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCAction createGRPCAction() {
		GRPCActionImpl grpcAction = new GRPCActionImpl();
		return grpcAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GitRepoVolumeSource createGitRepoVolumeSource() {
		GitRepoVolumeSourceImpl gitRepoVolumeSource = new GitRepoVolumeSourceImpl();
		return gitRepoVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlusterfsPersistentVolumeSource createGlusterfsPersistentVolumeSource() {
		GlusterfsPersistentVolumeSourceImpl glusterfsPersistentVolumeSource = new GlusterfsPersistentVolumeSourceImpl();
		return glusterfsPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlusterfsVolumeSource createGlusterfsVolumeSource() {
		GlusterfsVolumeSourceImpl glusterfsVolumeSource = new GlusterfsVolumeSourceImpl();
		return glusterfsVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPGetAction createHTTPGetAction() {
		HTTPGetActionImpl httpGetAction = new HTTPGetActionImpl();
		return httpGetAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPHeader createHTTPHeader() {
		HTTPHeaderImpl httpHeader = new HTTPHeaderImpl();
		return httpHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostAlias createHostAlias() {
		HostAliasImpl hostAlias = new HostAliasImpl();
		return hostAlias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostIP createHostIP() {
		HostIPImpl hostIP = new HostIPImpl();
		return hostIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostPathVolumeSource createHostPathVolumeSource() {
		HostPathVolumeSourceImpl hostPathVolumeSource = new HostPathVolumeSourceImpl();
		return hostPathVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ISCSIPersistentVolumeSource createISCSIPersistentVolumeSource() {
		ISCSIPersistentVolumeSourceImpl iscsiPersistentVolumeSource = new ISCSIPersistentVolumeSourceImpl();
		return iscsiPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ISCSIVolumeSource createISCSIVolumeSource() {
		ISCSIVolumeSourceImpl iscsiVolumeSource = new ISCSIVolumeSourceImpl();
		return iscsiVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVolumeSource createImageVolumeSource() {
		ImageVolumeSourceImpl imageVolumeSource = new ImageVolumeSourceImpl();
		return imageVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVolumeStatus createImageVolumeStatus() {
		ImageVolumeStatusImpl imageVolumeStatus = new ImageVolumeStatusImpl();
		return imageVolumeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyToPath createKeyToPath() {
		KeyToPathImpl keyToPath = new KeyToPathImpl();
		return keyToPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lifecycle createLifecycle() {
		LifecycleImpl lifecycle = new LifecycleImpl();
		return lifecycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleHandler createLifecycleHandler() {
		LifecycleHandlerImpl lifecycleHandler = new LifecycleHandlerImpl();
		return lifecycleHandler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitRange createLimitRange() {
		LimitRangeImpl limitRange = new LimitRangeImpl();
		return limitRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitRangeItem createLimitRangeItem() {
		LimitRangeItemImpl limitRangeItem = new LimitRangeItemImpl();
		return limitRangeItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitRangeList createLimitRangeList() {
		LimitRangeListImpl limitRangeList = new LimitRangeListImpl();
		return limitRangeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitRangeSpec createLimitRangeSpec() {
		LimitRangeSpecImpl limitRangeSpec = new LimitRangeSpecImpl();
		return limitRangeSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinuxContainerUser createLinuxContainerUser() {
		LinuxContainerUserImpl linuxContainerUser = new LinuxContainerUserImpl();
		return linuxContainerUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadBalancerIngress createLoadBalancerIngress() {
		LoadBalancerIngressImpl loadBalancerIngress = new LoadBalancerIngressImpl();
		return loadBalancerIngress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadBalancerStatus createLoadBalancerStatus() {
		LoadBalancerStatusImpl loadBalancerStatus = new LoadBalancerStatusImpl();
		return loadBalancerStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalObjectReference createLocalObjectReference() {
		LocalObjectReferenceImpl localObjectReference = new LocalObjectReferenceImpl();
		return localObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalVolumeSource createLocalVolumeSource() {
		LocalVolumeSourceImpl localVolumeSource = new LocalVolumeSourceImpl();
		return localVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModifyVolumeStatus createModifyVolumeStatus() {
		ModifyVolumeStatusImpl modifyVolumeStatus = new ModifyVolumeStatusImpl();
		return modifyVolumeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NFSVolumeSource createNFSVolumeSource() {
		NFSVolumeSourceImpl nfsVolumeSource = new NFSVolumeSourceImpl();
		return nfsVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Namespace createNamespace() {
		NamespaceImpl namespace = new NamespaceImpl();
		return namespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamespaceCondition createNamespaceCondition() {
		NamespaceConditionImpl namespaceCondition = new NamespaceConditionImpl();
		return namespaceCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamespaceList createNamespaceList() {
		NamespaceListImpl namespaceList = new NamespaceListImpl();
		return namespaceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamespaceSpec createNamespaceSpec() {
		NamespaceSpecImpl namespaceSpec = new NamespaceSpecImpl();
		return namespaceSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamespaceStatus createNamespaceStatus() {
		NamespaceStatusImpl namespaceStatus = new NamespaceStatusImpl();
		return namespaceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node createNode() {
		NodeImpl node = new NodeImpl();
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeAddress createNodeAddress() {
		NodeAddressImpl nodeAddress = new NodeAddressImpl();
		return nodeAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeAffinity createNodeAffinity() {
		NodeAffinityImpl nodeAffinity = new NodeAffinityImpl();
		return nodeAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeAllocatableResourceClaimStatus createNodeAllocatableResourceClaimStatus() {
		NodeAllocatableResourceClaimStatusImpl nodeAllocatableResourceClaimStatus = new NodeAllocatableResourceClaimStatusImpl();
		return nodeAllocatableResourceClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeCondition createNodeCondition() {
		NodeConditionImpl nodeCondition = new NodeConditionImpl();
		return nodeCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigSource createNodeConfigSource() {
		NodeConfigSourceImpl nodeConfigSource = new NodeConfigSourceImpl();
		return nodeConfigSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigStatus createNodeConfigStatus() {
		NodeConfigStatusImpl nodeConfigStatus = new NodeConfigStatusImpl();
		return nodeConfigStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeDaemonEndpoints createNodeDaemonEndpoints() {
		NodeDaemonEndpointsImpl nodeDaemonEndpoints = new NodeDaemonEndpointsImpl();
		return nodeDaemonEndpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeFeatures createNodeFeatures() {
		NodeFeaturesImpl nodeFeatures = new NodeFeaturesImpl();
		return nodeFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeList createNodeList() {
		NodeListImpl nodeList = new NodeListImpl();
		return nodeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeRuntimeHandler createNodeRuntimeHandler() {
		NodeRuntimeHandlerImpl nodeRuntimeHandler = new NodeRuntimeHandlerImpl();
		return nodeRuntimeHandler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeRuntimeHandlerFeatures createNodeRuntimeHandlerFeatures() {
		NodeRuntimeHandlerFeaturesImpl nodeRuntimeHandlerFeatures = new NodeRuntimeHandlerFeaturesImpl();
		return nodeRuntimeHandlerFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSelector createNodeSelector() {
		NodeSelectorImpl nodeSelector = new NodeSelectorImpl();
		return nodeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSelectorRequirement createNodeSelectorRequirement() {
		NodeSelectorRequirementImpl nodeSelectorRequirement = new NodeSelectorRequirementImpl();
		return nodeSelectorRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSelectorTerm createNodeSelectorTerm() {
		NodeSelectorTermImpl nodeSelectorTerm = new NodeSelectorTermImpl();
		return nodeSelectorTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSpec createNodeSpec() {
		NodeSpecImpl nodeSpec = new NodeSpecImpl();
		return nodeSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStatus createNodeStatus() {
		NodeStatusImpl nodeStatus = new NodeStatusImpl();
		return nodeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSwapStatus createNodeSwapStatus() {
		NodeSwapStatusImpl nodeSwapStatus = new NodeSwapStatusImpl();
		return nodeSwapStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSystemInfo createNodeSystemInfo() {
		NodeSystemInfoImpl nodeSystemInfo = new NodeSystemInfoImpl();
		return nodeSystemInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectFieldSelector createObjectFieldSelector() {
		ObjectFieldSelectorImpl objectFieldSelector = new ObjectFieldSelectorImpl();
		return objectFieldSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectReference createObjectReference() {
		ObjectReferenceImpl objectReference = new ObjectReferenceImpl();
		return objectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolume createPersistentVolume() {
		PersistentVolumeImpl persistentVolume = new PersistentVolumeImpl();
		return persistentVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaim createPersistentVolumeClaim() {
		PersistentVolumeClaimImpl persistentVolumeClaim = new PersistentVolumeClaimImpl();
		return persistentVolumeClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimCondition createPersistentVolumeClaimCondition() {
		PersistentVolumeClaimConditionImpl persistentVolumeClaimCondition = new PersistentVolumeClaimConditionImpl();
		return persistentVolumeClaimCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimList createPersistentVolumeClaimList() {
		PersistentVolumeClaimListImpl persistentVolumeClaimList = new PersistentVolumeClaimListImpl();
		return persistentVolumeClaimList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimSpec createPersistentVolumeClaimSpec() {
		PersistentVolumeClaimSpecImpl persistentVolumeClaimSpec = new PersistentVolumeClaimSpecImpl();
		return persistentVolumeClaimSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimStatus createPersistentVolumeClaimStatus() {
		PersistentVolumeClaimStatusImpl persistentVolumeClaimStatus = new PersistentVolumeClaimStatusImpl();
		return persistentVolumeClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimTemplate createPersistentVolumeClaimTemplate() {
		PersistentVolumeClaimTemplateImpl persistentVolumeClaimTemplate = new PersistentVolumeClaimTemplateImpl();
		return persistentVolumeClaimTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimVolumeSource createPersistentVolumeClaimVolumeSource() {
		PersistentVolumeClaimVolumeSourceImpl persistentVolumeClaimVolumeSource = new PersistentVolumeClaimVolumeSourceImpl();
		return persistentVolumeClaimVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeList createPersistentVolumeList() {
		PersistentVolumeListImpl persistentVolumeList = new PersistentVolumeListImpl();
		return persistentVolumeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeSpec createPersistentVolumeSpec() {
		PersistentVolumeSpecImpl persistentVolumeSpec = new PersistentVolumeSpecImpl();
		return persistentVolumeSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeStatus createPersistentVolumeStatus() {
		PersistentVolumeStatusImpl persistentVolumeStatus = new PersistentVolumeStatusImpl();
		return persistentVolumeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhotonPersistentDiskVolumeSource createPhotonPersistentDiskVolumeSource() {
		PhotonPersistentDiskVolumeSourceImpl photonPersistentDiskVolumeSource = new PhotonPersistentDiskVolumeSourceImpl();
		return photonPersistentDiskVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pod createPod() {
		PodImpl pod = new PodImpl();
		return pod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodAffinity createPodAffinity() {
		PodAffinityImpl podAffinity = new PodAffinityImpl();
		return podAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodAffinityTerm createPodAffinityTerm() {
		PodAffinityTermImpl podAffinityTerm = new PodAffinityTermImpl();
		return podAffinityTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodAntiAffinity createPodAntiAffinity() {
		PodAntiAffinityImpl podAntiAffinity = new PodAntiAffinityImpl();
		return podAntiAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCertificateProjection createPodCertificateProjection() {
		PodCertificateProjectionImpl podCertificateProjection = new PodCertificateProjectionImpl();
		return podCertificateProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCondition createPodCondition() {
		PodConditionImpl podCondition = new PodConditionImpl();
		return podCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDNSConfig createPodDNSConfig() {
		PodDNSConfigImpl podDNSConfig = new PodDNSConfigImpl();
		return podDNSConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDNSConfigOption createPodDNSConfigOption() {
		PodDNSConfigOptionImpl podDNSConfigOption = new PodDNSConfigOptionImpl();
		return podDNSConfigOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodExtendedResourceClaimStatus createPodExtendedResourceClaimStatus() {
		PodExtendedResourceClaimStatusImpl podExtendedResourceClaimStatus = new PodExtendedResourceClaimStatusImpl();
		return podExtendedResourceClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodIP createPodIP() {
		PodIPImpl podIP = new PodIPImpl();
		return podIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodList createPodList() {
		PodListImpl podList = new PodListImpl();
		return podList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodOS createPodOS() {
		PodOSImpl podOS = new PodOSImpl();
		return podOS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodReadinessGate createPodReadinessGate() {
		PodReadinessGateImpl podReadinessGate = new PodReadinessGateImpl();
		return podReadinessGate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodResourceClaim createPodResourceClaim() {
		PodResourceClaimImpl podResourceClaim = new PodResourceClaimImpl();
		return podResourceClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodResourceClaimStatus createPodResourceClaimStatus() {
		PodResourceClaimStatusImpl podResourceClaimStatus = new PodResourceClaimStatusImpl();
		return podResourceClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodSchedulingGate createPodSchedulingGate() {
		PodSchedulingGateImpl podSchedulingGate = new PodSchedulingGateImpl();
		return podSchedulingGate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodSchedulingGroup createPodSchedulingGroup() {
		PodSchedulingGroupImpl podSchedulingGroup = new PodSchedulingGroupImpl();
		return podSchedulingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodSecurityContext createPodSecurityContext() {
		PodSecurityContextImpl podSecurityContext = new PodSecurityContextImpl();
		return podSecurityContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodSpec createPodSpec() {
		PodSpecImpl podSpec = new PodSpecImpl();
		return podSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodStatus createPodStatus() {
		PodStatusImpl podStatus = new PodStatusImpl();
		return podStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodTemplate createPodTemplate() {
		PodTemplateImpl podTemplate = new PodTemplateImpl();
		return podTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodTemplateList createPodTemplateList() {
		PodTemplateListImpl podTemplateList = new PodTemplateListImpl();
		return podTemplateList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodTemplateSpec createPodTemplateSpec() {
		PodTemplateSpecImpl podTemplateSpec = new PodTemplateSpecImpl();
		return podTemplateSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortStatus createPortStatus() {
		PortStatusImpl portStatus = new PortStatusImpl();
		return portStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortworxVolumeSource createPortworxVolumeSource() {
		PortworxVolumeSourceImpl portworxVolumeSource = new PortworxVolumeSourceImpl();
		return portworxVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreferredSchedulingTerm createPreferredSchedulingTerm() {
		PreferredSchedulingTermImpl preferredSchedulingTerm = new PreferredSchedulingTermImpl();
		return preferredSchedulingTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Probe createProbe() {
		ProbeImpl probe = new ProbeImpl();
		return probe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectedVolumeSource createProjectedVolumeSource() {
		ProjectedVolumeSourceImpl projectedVolumeSource = new ProjectedVolumeSourceImpl();
		return projectedVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuobyteVolumeSource createQuobyteVolumeSource() {
		QuobyteVolumeSourceImpl quobyteVolumeSource = new QuobyteVolumeSourceImpl();
		return quobyteVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RBDPersistentVolumeSource createRBDPersistentVolumeSource() {
		RBDPersistentVolumeSourceImpl rbdPersistentVolumeSource = new RBDPersistentVolumeSourceImpl();
		return rbdPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RBDVolumeSource createRBDVolumeSource() {
		RBDVolumeSourceImpl rbdVolumeSource = new RBDVolumeSourceImpl();
		return rbdVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicationController createReplicationController() {
		ReplicationControllerImpl replicationController = new ReplicationControllerImpl();
		return replicationController;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicationControllerCondition createReplicationControllerCondition() {
		ReplicationControllerConditionImpl replicationControllerCondition = new ReplicationControllerConditionImpl();
		return replicationControllerCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicationControllerList createReplicationControllerList() {
		ReplicationControllerListImpl replicationControllerList = new ReplicationControllerListImpl();
		return replicationControllerList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicationControllerSpec createReplicationControllerSpec() {
		ReplicationControllerSpecImpl replicationControllerSpec = new ReplicationControllerSpecImpl();
		return replicationControllerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicationControllerStatus createReplicationControllerStatus() {
		ReplicationControllerStatusImpl replicationControllerStatus = new ReplicationControllerStatusImpl();
		return replicationControllerStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaim createResourceClaim() {
		ResourceClaimImpl resourceClaim = new ResourceClaimImpl();
		return resourceClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceFieldSelector createResourceFieldSelector() {
		ResourceFieldSelectorImpl resourceFieldSelector = new ResourceFieldSelectorImpl();
		return resourceFieldSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceHealth createResourceHealth() {
		ResourceHealthImpl resourceHealth = new ResourceHealthImpl();
		return resourceHealth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceQuota createResourceQuota() {
		ResourceQuotaImpl resourceQuota = new ResourceQuotaImpl();
		return resourceQuota;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceQuotaList createResourceQuotaList() {
		ResourceQuotaListImpl resourceQuotaList = new ResourceQuotaListImpl();
		return resourceQuotaList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceQuotaSpec createResourceQuotaSpec() {
		ResourceQuotaSpecImpl resourceQuotaSpec = new ResourceQuotaSpecImpl();
		return resourceQuotaSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceQuotaStatus createResourceQuotaStatus() {
		ResourceQuotaStatusImpl resourceQuotaStatus = new ResourceQuotaStatusImpl();
		return resourceQuotaStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceRequirements createResourceRequirements() {
		ResourceRequirementsImpl resourceRequirements = new ResourceRequirementsImpl();
		return resourceRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceStatus createResourceStatus() {
		ResourceStatusImpl resourceStatus = new ResourceStatusImpl();
		return resourceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SELinuxOptions createSELinuxOptions() {
		SELinuxOptionsImpl seLinuxOptions = new SELinuxOptionsImpl();
		return seLinuxOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleIOPersistentVolumeSource createScaleIOPersistentVolumeSource() {
		ScaleIOPersistentVolumeSourceImpl scaleIOPersistentVolumeSource = new ScaleIOPersistentVolumeSourceImpl();
		return scaleIOPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleIOVolumeSource createScaleIOVolumeSource() {
		ScaleIOVolumeSourceImpl scaleIOVolumeSource = new ScaleIOVolumeSourceImpl();
		return scaleIOVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeSelector createScopeSelector() {
		ScopeSelectorImpl scopeSelector = new ScopeSelectorImpl();
		return scopeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopedResourceSelectorRequirement createScopedResourceSelectorRequirement() {
		ScopedResourceSelectorRequirementImpl scopedResourceSelectorRequirement = new ScopedResourceSelectorRequirementImpl();
		return scopedResourceSelectorRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeccompProfile createSeccompProfile() {
		SeccompProfileImpl seccompProfile = new SeccompProfileImpl();
		return seccompProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Secret createSecret() {
		SecretImpl secret = new SecretImpl();
		return secret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretEnvSource createSecretEnvSource() {
		SecretEnvSourceImpl secretEnvSource = new SecretEnvSourceImpl();
		return secretEnvSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretKeySelector createSecretKeySelector() {
		SecretKeySelectorImpl secretKeySelector = new SecretKeySelectorImpl();
		return secretKeySelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretList createSecretList() {
		SecretListImpl secretList = new SecretListImpl();
		return secretList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretProjection createSecretProjection() {
		SecretProjectionImpl secretProjection = new SecretProjectionImpl();
		return secretProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference createSecretReference() {
		SecretReferenceImpl secretReference = new SecretReferenceImpl();
		return secretReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretVolumeSource createSecretVolumeSource() {
		SecretVolumeSourceImpl secretVolumeSource = new SecretVolumeSourceImpl();
		return secretVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityContext createSecurityContext() {
		SecurityContextImpl securityContext = new SecurityContextImpl();
		return securityContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAccount createServiceAccount() {
		ServiceAccountImpl serviceAccount = new ServiceAccountImpl();
		return serviceAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAccountList createServiceAccountList() {
		ServiceAccountListImpl serviceAccountList = new ServiceAccountListImpl();
		return serviceAccountList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAccountTokenProjection createServiceAccountTokenProjection() {
		ServiceAccountTokenProjectionImpl serviceAccountTokenProjection = new ServiceAccountTokenProjectionImpl();
		return serviceAccountTokenProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceList createServiceList() {
		ServiceListImpl serviceList = new ServiceListImpl();
		return serviceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServicePort createServicePort() {
		ServicePortImpl servicePort = new ServicePortImpl();
		return servicePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceSpec createServiceSpec() {
		ServiceSpecImpl serviceSpec = new ServiceSpecImpl();
		return serviceSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceStatus createServiceStatus() {
		ServiceStatusImpl serviceStatus = new ServiceStatusImpl();
		return serviceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionAffinityConfig createSessionAffinityConfig() {
		SessionAffinityConfigImpl sessionAffinityConfig = new SessionAffinityConfigImpl();
		return sessionAffinityConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SleepAction createSleepAction() {
		SleepActionImpl sleepAction = new SleepActionImpl();
		return sleepAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageOSPersistentVolumeSource createStorageOSPersistentVolumeSource() {
		StorageOSPersistentVolumeSourceImpl storageOSPersistentVolumeSource = new StorageOSPersistentVolumeSourceImpl();
		return storageOSPersistentVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageOSVolumeSource createStorageOSVolumeSource() {
		StorageOSVolumeSourceImpl storageOSVolumeSource = new StorageOSVolumeSourceImpl();
		return storageOSVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sysctl createSysctl() {
		SysctlImpl sysctl = new SysctlImpl();
		return sysctl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPSocketAction createTCPSocketAction() {
		TCPSocketActionImpl tcpSocketAction = new TCPSocketActionImpl();
		return tcpSocketAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Taint createTaint() {
		TaintImpl taint = new TaintImpl();
		return taint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Toleration createToleration() {
		TolerationImpl toleration = new TolerationImpl();
		return toleration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologySelectorLabelRequirement createTopologySelectorLabelRequirement() {
		TopologySelectorLabelRequirementImpl topologySelectorLabelRequirement = new TopologySelectorLabelRequirementImpl();
		return topologySelectorLabelRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologySelectorTerm createTopologySelectorTerm() {
		TopologySelectorTermImpl topologySelectorTerm = new TopologySelectorTermImpl();
		return topologySelectorTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologySpreadConstraint createTopologySpreadConstraint() {
		TopologySpreadConstraintImpl topologySpreadConstraint = new TopologySpreadConstraintImpl();
		return topologySpreadConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedLocalObjectReference createTypedLocalObjectReference() {
		TypedLocalObjectReferenceImpl typedLocalObjectReference = new TypedLocalObjectReferenceImpl();
		return typedLocalObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedObjectReference createTypedObjectReference() {
		TypedObjectReferenceImpl typedObjectReference = new TypedObjectReferenceImpl();
		return typedObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volume createVolume() {
		VolumeImpl volume = new VolumeImpl();
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeDevice createVolumeDevice() {
		VolumeDeviceImpl volumeDevice = new VolumeDeviceImpl();
		return volumeDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeMount createVolumeMount() {
		VolumeMountImpl volumeMount = new VolumeMountImpl();
		return volumeMount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeMountStatus createVolumeMountStatus() {
		VolumeMountStatusImpl volumeMountStatus = new VolumeMountStatusImpl();
		return volumeMountStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeNodeAffinity createVolumeNodeAffinity() {
		VolumeNodeAffinityImpl volumeNodeAffinity = new VolumeNodeAffinityImpl();
		return volumeNodeAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeProjection createVolumeProjection() {
		VolumeProjectionImpl volumeProjection = new VolumeProjectionImpl();
		return volumeProjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeResourceRequirements createVolumeResourceRequirements() {
		VolumeResourceRequirementsImpl volumeResourceRequirements = new VolumeResourceRequirementsImpl();
		return volumeResourceRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeStatus createVolumeStatus() {
		VolumeStatusImpl volumeStatus = new VolumeStatusImpl();
		return volumeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VsphereVirtualDiskVolumeSource createVsphereVirtualDiskVolumeSource() {
		VsphereVirtualDiskVolumeSourceImpl vsphereVirtualDiskVolumeSource = new VsphereVirtualDiskVolumeSourceImpl();
		return vsphereVirtualDiskVolumeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightedPodAffinityTerm createWeightedPodAffinityTerm() {
		WeightedPodAffinityTermImpl weightedPodAffinityTerm = new WeightedPodAffinityTermImpl();
		return weightedPodAffinityTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowsSecurityContextOptions createWindowsSecurityContextOptions() {
		WindowsSecurityContextOptionsImpl windowsSecurityContextOptions = new WindowsSecurityContextOptionsImpl();
		return windowsSecurityContextOptions;
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
	public Map.Entry<String, Quantity> createQuantityMapEntry() {
		QuantityMapEntryImpl quantityMapEntry = new QuantityMapEntryImpl();
		return quantityMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoreV1Package getCoreV1Package() {
		return (CoreV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoreV1Package getPackage() {
		return CoreV1Package.eINSTANCE;
	}

} //CoreV1FactoryImpl
