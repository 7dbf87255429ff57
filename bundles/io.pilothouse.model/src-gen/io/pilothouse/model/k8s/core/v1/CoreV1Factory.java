/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package
 * @generated
 */
public interface CoreV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoreV1Factory eINSTANCE = io.pilothouse.model.k8s.core.v1.impl.CoreV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>AWS Elastic Block Store Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>AWS Elastic Block Store Volume Source</em>'.
	 * @generated
	 */
	AWSElasticBlockStoreVolumeSource createAWSElasticBlockStoreVolumeSource();

	/**
	 * Returns a new object of class '<em>Affinity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Affinity</em>'.
	 * @generated
	 */
	Affinity createAffinity();

	/**
	 * Returns a new object of class '<em>App Armor Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>App Armor Profile</em>'.
	 * @generated
	 */
	AppArmorProfile createAppArmorProfile();

	/**
	 * Returns a new object of class '<em>Attached Volume</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attached Volume</em>'.
	 * @generated
	 */
	AttachedVolume createAttachedVolume();

	/**
	 * Returns a new object of class '<em>Azure Disk Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Azure Disk Volume Source</em>'.
	 * @generated
	 */
	AzureDiskVolumeSource createAzureDiskVolumeSource();

	/**
	 * Returns a new object of class '<em>Azure File Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Azure File Persistent Volume Source</em>'.
	 * @generated
	 */
	AzureFilePersistentVolumeSource createAzureFilePersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Azure File Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Azure File Volume Source</em>'.
	 * @generated
	 */
	AzureFileVolumeSource createAzureFileVolumeSource();

	/**
	 * Returns a new object of class '<em>Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Binding</em>'.
	 * @generated
	 */
	Binding createBinding();

	/**
	 * Returns a new object of class '<em>CSI Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Persistent Volume Source</em>'.
	 * @generated
	 */
	CSIPersistentVolumeSource createCSIPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>CSI Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CSI Volume Source</em>'.
	 * @generated
	 */
	CSIVolumeSource createCSIVolumeSource();

	/**
	 * Returns a new object of class '<em>Capabilities</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capabilities</em>'.
	 * @generated
	 */
	Capabilities createCapabilities();

	/**
	 * Returns a new object of class '<em>Ceph FS Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ceph FS Persistent Volume Source</em>'.
	 * @generated
	 */
	CephFSPersistentVolumeSource createCephFSPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Ceph FS Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ceph FS Volume Source</em>'.
	 * @generated
	 */
	CephFSVolumeSource createCephFSVolumeSource();

	/**
	 * Returns a new object of class '<em>Cinder Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cinder Persistent Volume Source</em>'.
	 * @generated
	 */
	CinderPersistentVolumeSource createCinderPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Cinder Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cinder Volume Source</em>'.
	 * @generated
	 */
	CinderVolumeSource createCinderVolumeSource();

	/**
	 * Returns a new object of class '<em>Client IP Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client IP Config</em>'.
	 * @generated
	 */
	ClientIPConfig createClientIPConfig();

	/**
	 * Returns a new object of class '<em>Cluster Trust Bundle Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Trust Bundle Projection</em>'.
	 * @generated
	 */
	ClusterTrustBundleProjection createClusterTrustBundleProjection();

	/**
	 * Returns a new object of class '<em>Component Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Condition</em>'.
	 * @generated
	 */
	ComponentCondition createComponentCondition();

	/**
	 * Returns a new object of class '<em>Component Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Status</em>'.
	 * @generated
	 */
	ComponentStatus createComponentStatus();

	/**
	 * Returns a new object of class '<em>Component Status List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Status List</em>'.
	 * @generated
	 */
	ComponentStatusList createComponentStatusList();

	/**
	 * Returns a new object of class '<em>Config Map</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map</em>'.
	 * @generated
	 */
	ConfigMap createConfigMap();

	/**
	 * Returns a new object of class '<em>Config Map Env Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map Env Source</em>'.
	 * @generated
	 */
	ConfigMapEnvSource createConfigMapEnvSource();

	/**
	 * Returns a new object of class '<em>Config Map Key Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map Key Selector</em>'.
	 * @generated
	 */
	ConfigMapKeySelector createConfigMapKeySelector();

	/**
	 * Returns a new object of class '<em>Config Map List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map List</em>'.
	 * @generated
	 */
	ConfigMapList createConfigMapList();

	/**
	 * Returns a new object of class '<em>Config Map Node Config Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map Node Config Source</em>'.
	 * @generated
	 */
	ConfigMapNodeConfigSource createConfigMapNodeConfigSource();

	/**
	 * Returns a new object of class '<em>Config Map Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map Projection</em>'.
	 * @generated
	 */
	ConfigMapProjection createConfigMapProjection();

	/**
	 * Returns a new object of class '<em>Config Map Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Map Volume Source</em>'.
	 * @generated
	 */
	ConfigMapVolumeSource createConfigMapVolumeSource();

	/**
	 * Returns a new object of class '<em>Container</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container</em>'.
	 * @generated
	 */
	Container createContainer();

	/**
	 * Returns a new object of class '<em>Container Extended Resource Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Extended Resource Request</em>'.
	 * @generated
	 */
	ContainerExtendedResourceRequest createContainerExtendedResourceRequest();

	/**
	 * Returns a new object of class '<em>Container Image</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Image</em>'.
	 * @generated
	 */
	ContainerImage createContainerImage();

	/**
	 * Returns a new object of class '<em>Container Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Port</em>'.
	 * @generated
	 */
	ContainerPort createContainerPort();

	/**
	 * Returns a new object of class '<em>Container Resize Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Resize Policy</em>'.
	 * @generated
	 */
	ContainerResizePolicy createContainerResizePolicy();

	/**
	 * Returns a new object of class '<em>Container Restart Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Restart Rule</em>'.
	 * @generated
	 */
	ContainerRestartRule createContainerRestartRule();

	/**
	 * Returns a new object of class '<em>Container Restart Rule On Exit Codes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Restart Rule On Exit Codes</em>'.
	 * @generated
	 */
	ContainerRestartRuleOnExitCodes createContainerRestartRuleOnExitCodes();

	/**
	 * Returns a new object of class '<em>Container State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container State</em>'.
	 * @generated
	 */
	ContainerState createContainerState();

	/**
	 * Returns a new object of class '<em>Container State Running</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container State Running</em>'.
	 * @generated
	 */
	ContainerStateRunning createContainerStateRunning();

	/**
	 * Returns a new object of class '<em>Container State Terminated</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container State Terminated</em>'.
	 * @generated
	 */
	ContainerStateTerminated createContainerStateTerminated();

	/**
	 * Returns a new object of class '<em>Container State Waiting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container State Waiting</em>'.
	 * @generated
	 */
	ContainerStateWaiting createContainerStateWaiting();

	/**
	 * Returns a new object of class '<em>Container Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Status</em>'.
	 * @generated
	 */
	ContainerStatus createContainerStatus();

	/**
	 * Returns a new object of class '<em>Container User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container User</em>'.
	 * @generated
	 */
	ContainerUser createContainerUser();

	/**
	 * Returns a new object of class '<em>Daemon Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Endpoint</em>'.
	 * @generated
	 */
	DaemonEndpoint createDaemonEndpoint();

	/**
	 * Returns a new object of class '<em>Downward API Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Downward API Projection</em>'.
	 * @generated
	 */
	DownwardAPIProjection createDownwardAPIProjection();

	/**
	 * Returns a new object of class '<em>Downward API Volume File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Downward API Volume File</em>'.
	 * @generated
	 */
	DownwardAPIVolumeFile createDownwardAPIVolumeFile();

	/**
	 * Returns a new object of class '<em>Downward API Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Downward API Volume Source</em>'.
	 * @generated
	 */
	DownwardAPIVolumeSource createDownwardAPIVolumeSource();

	/**
	 * Returns a new object of class '<em>Empty Dir Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Empty Dir Volume Source</em>'.
	 * @generated
	 */
	EmptyDirVolumeSource createEmptyDirVolumeSource();

	/**
	 * Returns a new object of class '<em>Endpoint Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Address</em>'.
	 * @generated
	 */
	EndpointAddress createEndpointAddress();

	/**
	 * Returns a new object of class '<em>Endpoint Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Port</em>'.
	 * @generated
	 */
	EndpointPort createEndpointPort();

	/**
	 * Returns a new object of class '<em>Endpoint Subset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Subset</em>'.
	 * @generated
	 */
	EndpointSubset createEndpointSubset();

	/**
	 * Returns a new object of class '<em>Endpoints</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoints</em>'.
	 * @generated
	 */
	Endpoints createEndpoints();

	/**
	 * Returns a new object of class '<em>Endpoints List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoints List</em>'.
	 * @generated
	 */
	EndpointsList createEndpointsList();

	/**
	 * Returns a new object of class '<em>Env From Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Env From Source</em>'.
	 * @generated
	 */
	EnvFromSource createEnvFromSource();

	/**
	 * Returns a new object of class '<em>Env Var</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Env Var</em>'.
	 * @generated
	 */
	EnvVar createEnvVar();

	/**
	 * Returns a new object of class '<em>Env Var Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Env Var Source</em>'.
	 * @generated
	 */
	EnvVarSource createEnvVarSource();

	/**
	 * Returns a new object of class '<em>Ephemeral Container</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ephemeral Container</em>'.
	 * @generated
	 */
	EphemeralContainer createEphemeralContainer();

	/**
	 * Returns a new object of class '<em>Ephemeral Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ephemeral Volume Source</em>'.
	 * @generated
	 */
	EphemeralVolumeSource createEphemeralVolumeSource();

	/**
	 * Returns a new object of class '<em>Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event</em>'.
	 * @generated
	 */
	Event createEvent();

	/**
	 * Returns a new object of class '<em>Event List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event List</em>'.
	 * @generated
	 */
	EventList createEventList();

	/**
	 * Returns a new object of class '<em>Event Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event Series</em>'.
	 * @generated
	 */
	EventSeries createEventSeries();

	/**
	 * Returns a new object of class '<em>Event Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event Source</em>'.
	 * @generated
	 */
	EventSource createEventSource();

	/**
	 * Returns a new object of class '<em>Exec Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exec Action</em>'.
	 * @generated
	 */
	ExecAction createExecAction();

	/**
	 * Returns a new object of class '<em>FC Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>FC Volume Source</em>'.
	 * @generated
	 */
	FCVolumeSource createFCVolumeSource();

	/**
	 * Returns a new object of class '<em>File Key Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Key Selector</em>'.
	 * @generated
	 */
	FileKeySelector createFileKeySelector();

	/**
	 * Returns a new object of class '<em>Flex Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flex Persistent Volume Source</em>'.
	 * @generated
	 */
	FlexPersistentVolumeSource createFlexPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Flex Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flex Volume Source</em>'.
	 * @generated
	 */
	FlexVolumeSource createFlexVolumeSource();

	/**
	 * Returns a new object of class '<em>Flocker Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flocker Volume Source</em>'.
	 * @generated
	 */
	FlockerVolumeSource createFlockerVolumeSource();

	/**
	 * Returns a new object of class '<em>GCE Persistent Disk Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GCE Persistent Disk Volume Source</em>'.
	 * @generated
	 */
	GCEPersistentDiskVolumeSource createGCEPersistentDiskVolumeSource();

	/**
	 * Returns a new object of class '<em>GRPC Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>GRPC Action</em>'.
	 * @generated
	 */
	GRPCAction createGRPCAction();

	/**
	 * Returns a new object of class '<em>Git Repo Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Git Repo Volume Source</em>'.
	 * @generated
	 */
	GitRepoVolumeSource createGitRepoVolumeSource();

	/**
	 * Returns a new object of class '<em>Glusterfs Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Glusterfs Persistent Volume Source</em>'.
	 * @generated
	 */
	GlusterfsPersistentVolumeSource createGlusterfsPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Glusterfs Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Glusterfs Volume Source</em>'.
	 * @generated
	 */
	GlusterfsVolumeSource createGlusterfsVolumeSource();

	/**
	 * Returns a new object of class '<em>HTTP Get Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Get Action</em>'.
	 * @generated
	 */
	HTTPGetAction createHTTPGetAction();

	/**
	 * Returns a new object of class '<em>HTTP Header</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HTTP Header</em>'.
	 * @generated
	 */
	HTTPHeader createHTTPHeader();

	/**
	 * Returns a new object of class '<em>Host Alias</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host Alias</em>'.
	 * @generated
	 */
	HostAlias createHostAlias();

	/**
	 * Returns a new object of class '<em>Host IP</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host IP</em>'.
	 * @generated
	 */
	HostIP createHostIP();

	/**
	 * Returns a new object of class '<em>Host Path Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host Path Volume Source</em>'.
	 * @generated
	 */
	HostPathVolumeSource createHostPathVolumeSource();

	/**
	 * Returns a new object of class '<em>ISCSI Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>ISCSI Persistent Volume Source</em>'.
	 * @generated
	 */
	ISCSIPersistentVolumeSource createISCSIPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>ISCSI Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>ISCSI Volume Source</em>'.
	 * @generated
	 */
	ISCSIVolumeSource createISCSIVolumeSource();

	/**
	 * Returns a new object of class '<em>Image Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Volume Source</em>'.
	 * @generated
	 */
	ImageVolumeSource createImageVolumeSource();

	/**
	 * Returns a new object of class '<em>Image Volume Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Volume Status</em>'.
	 * @generated
	 */
	ImageVolumeStatus createImageVolumeStatus();

	/**
	 * Returns a new object of class '<em>Key To Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Key To Path</em>'.
	 * @generated
	 */
	KeyToPath createKeyToPath();

	/**
	 * Returns a new object of class '<em>Lifecycle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lifecycle</em>'.
	 * @generated
	 */
	Lifecycle createLifecycle();

	/**
	 * Returns a new object of class '<em>Lifecycle Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lifecycle Handler</em>'.
	 * @generated
	 */
	LifecycleHandler createLifecycleHandler();

	/**
	 * Returns a new object of class '<em>Limit Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limit Range</em>'.
	 * @generated
	 */
	LimitRange createLimitRange();

	/**
	 * Returns a new object of class '<em>Limit Range Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limit Range Item</em>'.
	 * @generated
	 */
	LimitRangeItem createLimitRangeItem();

	/**
	 * Returns a new object of class '<em>Limit Range List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limit Range List</em>'.
	 * @generated
	 */
	LimitRangeList createLimitRangeList();

	/**
	 * Returns a new object of class '<em>Limit Range Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limit Range Spec</em>'.
	 * @generated
	 */
	LimitRangeSpec createLimitRangeSpec();

	/**
	 * Returns a new object of class '<em>Linux Container User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Linux Container User</em>'.
	 * @generated
	 */
	LinuxContainerUser createLinuxContainerUser();

	/**
	 * Returns a new object of class '<em>Load Balancer Ingress</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Load Balancer Ingress</em>'.
	 * @generated
	 */
	LoadBalancerIngress createLoadBalancerIngress();

	/**
	 * Returns a new object of class '<em>Load Balancer Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Load Balancer Status</em>'.
	 * @generated
	 */
	LoadBalancerStatus createLoadBalancerStatus();

	/**
	 * Returns a new object of class '<em>Local Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Object Reference</em>'.
	 * @generated
	 */
	LocalObjectReference createLocalObjectReference();

	/**
	 * Returns a new object of class '<em>Local Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Volume Source</em>'.
	 * @generated
	 */
	LocalVolumeSource createLocalVolumeSource();

	/**
	 * Returns a new object of class '<em>Modify Volume Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Modify Volume Status</em>'.
	 * @generated
	 */
	ModifyVolumeStatus createModifyVolumeStatus();

	/**
	 * Returns a new object of class '<em>NFS Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>NFS Volume Source</em>'.
	 * @generated
	 */
	NFSVolumeSource createNFSVolumeSource();

	/**
	 * Returns a new object of class '<em>Namespace</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Namespace</em>'.
	 * @generated
	 */
	Namespace createNamespace();

	/**
	 * Returns a new object of class '<em>Namespace Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Namespace Condition</em>'.
	 * @generated
	 */
	NamespaceCondition createNamespaceCondition();

	/**
	 * Returns a new object of class '<em>Namespace List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Namespace List</em>'.
	 * @generated
	 */
	NamespaceList createNamespaceList();

	/**
	 * Returns a new object of class '<em>Namespace Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Namespace Spec</em>'.
	 * @generated
	 */
	NamespaceSpec createNamespaceSpec();

	/**
	 * Returns a new object of class '<em>Namespace Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Namespace Status</em>'.
	 * @generated
	 */
	NamespaceStatus createNamespaceStatus();

	/**
	 * Returns a new object of class '<em>Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node</em>'.
	 * @generated
	 */
	Node createNode();

	/**
	 * Returns a new object of class '<em>Node Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Address</em>'.
	 * @generated
	 */
	NodeAddress createNodeAddress();

	/**
	 * Returns a new object of class '<em>Node Affinity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Affinity</em>'.
	 * @generated
	 */
	NodeAffinity createNodeAffinity();

	/**
	 * Returns a new object of class '<em>Node Allocatable Resource Claim Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Allocatable Resource Claim Status</em>'.
	 * @generated
	 */
	NodeAllocatableResourceClaimStatus createNodeAllocatableResourceClaimStatus();

	/**
	 * Returns a new object of class '<em>Node Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Condition</em>'.
	 * @generated
	 */
	NodeCondition createNodeCondition();

	/**
	 * Returns a new object of class '<em>Node Config Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Config Source</em>'.
	 * @generated
	 */
	NodeConfigSource createNodeConfigSource();

	/**
	 * Returns a new object of class '<em>Node Config Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Config Status</em>'.
	 * @generated
	 */
	NodeConfigStatus createNodeConfigStatus();

	/**
	 * Returns a new object of class '<em>Node Daemon Endpoints</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Daemon Endpoints</em>'.
	 * @generated
	 */
	NodeDaemonEndpoints createNodeDaemonEndpoints();

	/**
	 * Returns a new object of class '<em>Node Features</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Features</em>'.
	 * @generated
	 */
	NodeFeatures createNodeFeatures();

	/**
	 * Returns a new object of class '<em>Node List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node List</em>'.
	 * @generated
	 */
	NodeList createNodeList();

	/**
	 * Returns a new object of class '<em>Node Runtime Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Runtime Handler</em>'.
	 * @generated
	 */
	NodeRuntimeHandler createNodeRuntimeHandler();

	/**
	 * Returns a new object of class '<em>Node Runtime Handler Features</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Runtime Handler Features</em>'.
	 * @generated
	 */
	NodeRuntimeHandlerFeatures createNodeRuntimeHandlerFeatures();

	/**
	 * Returns a new object of class '<em>Node Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Selector</em>'.
	 * @generated
	 */
	NodeSelector createNodeSelector();

	/**
	 * Returns a new object of class '<em>Node Selector Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Selector Requirement</em>'.
	 * @generated
	 */
	NodeSelectorRequirement createNodeSelectorRequirement();

	/**
	 * Returns a new object of class '<em>Node Selector Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Selector Term</em>'.
	 * @generated
	 */
	NodeSelectorTerm createNodeSelectorTerm();

	/**
	 * Returns a new object of class '<em>Node Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Spec</em>'.
	 * @generated
	 */
	NodeSpec createNodeSpec();

	/**
	 * Returns a new object of class '<em>Node Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Status</em>'.
	 * @generated
	 */
	NodeStatus createNodeStatus();

	/**
	 * Returns a new object of class '<em>Node Swap Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Swap Status</em>'.
	 * @generated
	 */
	NodeSwapStatus createNodeSwapStatus();

	/**
	 * Returns a new object of class '<em>Node System Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node System Info</em>'.
	 * @generated
	 */
	NodeSystemInfo createNodeSystemInfo();

	/**
	 * Returns a new object of class '<em>Object Field Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Object Field Selector</em>'.
	 * @generated
	 */
	ObjectFieldSelector createObjectFieldSelector();

	/**
	 * Returns a new object of class '<em>Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Object Reference</em>'.
	 * @generated
	 */
	ObjectReference createObjectReference();

	/**
	 * Returns a new object of class '<em>Persistent Volume</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume</em>'.
	 * @generated
	 */
	PersistentVolume createPersistentVolume();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim</em>'.
	 * @generated
	 */
	PersistentVolumeClaim createPersistentVolumeClaim();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim Condition</em>'.
	 * @generated
	 */
	PersistentVolumeClaimCondition createPersistentVolumeClaimCondition();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim List</em>'.
	 * @generated
	 */
	PersistentVolumeClaimList createPersistentVolumeClaimList();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim Spec</em>'.
	 * @generated
	 */
	PersistentVolumeClaimSpec createPersistentVolumeClaimSpec();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim Status</em>'.
	 * @generated
	 */
	PersistentVolumeClaimStatus createPersistentVolumeClaimStatus();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim Template</em>'.
	 * @generated
	 */
	PersistentVolumeClaimTemplate createPersistentVolumeClaimTemplate();

	/**
	 * Returns a new object of class '<em>Persistent Volume Claim Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Claim Volume Source</em>'.
	 * @generated
	 */
	PersistentVolumeClaimVolumeSource createPersistentVolumeClaimVolumeSource();

	/**
	 * Returns a new object of class '<em>Persistent Volume List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume List</em>'.
	 * @generated
	 */
	PersistentVolumeList createPersistentVolumeList();

	/**
	 * Returns a new object of class '<em>Persistent Volume Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Spec</em>'.
	 * @generated
	 */
	PersistentVolumeSpec createPersistentVolumeSpec();

	/**
	 * Returns a new object of class '<em>Persistent Volume Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persistent Volume Status</em>'.
	 * @generated
	 */
	PersistentVolumeStatus createPersistentVolumeStatus();

	/**
	 * Returns a new object of class '<em>Photon Persistent Disk Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Photon Persistent Disk Volume Source</em>'.
	 * @generated
	 */
	PhotonPersistentDiskVolumeSource createPhotonPersistentDiskVolumeSource();

	/**
	 * Returns a new object of class '<em>Pod</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod</em>'.
	 * @generated
	 */
	Pod createPod();

	/**
	 * Returns a new object of class '<em>Pod Affinity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Affinity</em>'.
	 * @generated
	 */
	PodAffinity createPodAffinity();

	/**
	 * Returns a new object of class '<em>Pod Affinity Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Affinity Term</em>'.
	 * @generated
	 */
	PodAffinityTerm createPodAffinityTerm();

	/**
	 * Returns a new object of class '<em>Pod Anti Affinity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Anti Affinity</em>'.
	 * @generated
	 */
	PodAntiAffinity createPodAntiAffinity();

	/**
	 * Returns a new object of class '<em>Pod Certificate Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Certificate Projection</em>'.
	 * @generated
	 */
	PodCertificateProjection createPodCertificateProjection();

	/**
	 * Returns a new object of class '<em>Pod Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Condition</em>'.
	 * @generated
	 */
	PodCondition createPodCondition();

	/**
	 * Returns a new object of class '<em>Pod DNS Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod DNS Config</em>'.
	 * @generated
	 */
	PodDNSConfig createPodDNSConfig();

	/**
	 * Returns a new object of class '<em>Pod DNS Config Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod DNS Config Option</em>'.
	 * @generated
	 */
	PodDNSConfigOption createPodDNSConfigOption();

	/**
	 * Returns a new object of class '<em>Pod Extended Resource Claim Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Extended Resource Claim Status</em>'.
	 * @generated
	 */
	PodExtendedResourceClaimStatus createPodExtendedResourceClaimStatus();

	/**
	 * Returns a new object of class '<em>Pod IP</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod IP</em>'.
	 * @generated
	 */
	PodIP createPodIP();

	/**
	 * Returns a new object of class '<em>Pod List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod List</em>'.
	 * @generated
	 */
	PodList createPodList();

	/**
	 * Returns a new object of class '<em>Pod OS</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod OS</em>'.
	 * @generated
	 */
	PodOS createPodOS();

	/**
	 * Returns a new object of class '<em>Pod Readiness Gate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Readiness Gate</em>'.
	 * @generated
	 */
	PodReadinessGate createPodReadinessGate();

	/**
	 * Returns a new object of class '<em>Pod Resource Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Resource Claim</em>'.
	 * @generated
	 */
	PodResourceClaim createPodResourceClaim();

	/**
	 * Returns a new object of class '<em>Pod Resource Claim Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Resource Claim Status</em>'.
	 * @generated
	 */
	PodResourceClaimStatus createPodResourceClaimStatus();

	/**
	 * Returns a new object of class '<em>Pod Scheduling Gate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Scheduling Gate</em>'.
	 * @generated
	 */
	PodSchedulingGate createPodSchedulingGate();

	/**
	 * Returns a new object of class '<em>Pod Scheduling Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Scheduling Group</em>'.
	 * @generated
	 */
	PodSchedulingGroup createPodSchedulingGroup();

	/**
	 * Returns a new object of class '<em>Pod Security Context</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Security Context</em>'.
	 * @generated
	 */
	PodSecurityContext createPodSecurityContext();

	/**
	 * Returns a new object of class '<em>Pod Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Spec</em>'.
	 * @generated
	 */
	PodSpec createPodSpec();

	/**
	 * Returns a new object of class '<em>Pod Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Status</em>'.
	 * @generated
	 */
	PodStatus createPodStatus();

	/**
	 * Returns a new object of class '<em>Pod Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Template</em>'.
	 * @generated
	 */
	PodTemplate createPodTemplate();

	/**
	 * Returns a new object of class '<em>Pod Template List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Template List</em>'.
	 * @generated
	 */
	PodTemplateList createPodTemplateList();

	/**
	 * Returns a new object of class '<em>Pod Template Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Template Spec</em>'.
	 * @generated
	 */
	PodTemplateSpec createPodTemplateSpec();

	/**
	 * Returns a new object of class '<em>Port Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Port Status</em>'.
	 * @generated
	 */
	PortStatus createPortStatus();

	/**
	 * Returns a new object of class '<em>Portworx Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Portworx Volume Source</em>'.
	 * @generated
	 */
	PortworxVolumeSource createPortworxVolumeSource();

	/**
	 * Returns a new object of class '<em>Preferred Scheduling Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Preferred Scheduling Term</em>'.
	 * @generated
	 */
	PreferredSchedulingTerm createPreferredSchedulingTerm();

	/**
	 * Returns a new object of class '<em>Probe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Probe</em>'.
	 * @generated
	 */
	Probe createProbe();

	/**
	 * Returns a new object of class '<em>Projected Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Projected Volume Source</em>'.
	 * @generated
	 */
	ProjectedVolumeSource createProjectedVolumeSource();

	/**
	 * Returns a new object of class '<em>Quobyte Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quobyte Volume Source</em>'.
	 * @generated
	 */
	QuobyteVolumeSource createQuobyteVolumeSource();

	/**
	 * Returns a new object of class '<em>RBD Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>RBD Persistent Volume Source</em>'.
	 * @generated
	 */
	RBDPersistentVolumeSource createRBDPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>RBD Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>RBD Volume Source</em>'.
	 * @generated
	 */
	RBDVolumeSource createRBDVolumeSource();

	/**
	 * Returns a new object of class '<em>Replication Controller</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replication Controller</em>'.
	 * @generated
	 */
	ReplicationController createReplicationController();

	/**
	 * Returns a new object of class '<em>Replication Controller Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replication Controller Condition</em>'.
	 * @generated
	 */
	ReplicationControllerCondition createReplicationControllerCondition();

	/**
	 * Returns a new object of class '<em>Replication Controller List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replication Controller List</em>'.
	 * @generated
	 */
	ReplicationControllerList createReplicationControllerList();

	/**
	 * Returns a new object of class '<em>Replication Controller Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replication Controller Spec</em>'.
	 * @generated
	 */
	ReplicationControllerSpec createReplicationControllerSpec();

	/**
	 * Returns a new object of class '<em>Replication Controller Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replication Controller Status</em>'.
	 * @generated
	 */
	ReplicationControllerStatus createReplicationControllerStatus();

	/**
	 * Returns a new object of class '<em>Resource Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim</em>'.
	 * @generated
	 */
	ResourceClaim createResourceClaim();

	/**
	 * Returns a new object of class '<em>Resource Field Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Field Selector</em>'.
	 * @generated
	 */
	ResourceFieldSelector createResourceFieldSelector();

	/**
	 * Returns a new object of class '<em>Resource Health</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Health</em>'.
	 * @generated
	 */
	ResourceHealth createResourceHealth();

	/**
	 * Returns a new object of class '<em>Resource Quota</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Quota</em>'.
	 * @generated
	 */
	ResourceQuota createResourceQuota();

	/**
	 * Returns a new object of class '<em>Resource Quota List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Quota List</em>'.
	 * @generated
	 */
	ResourceQuotaList createResourceQuotaList();

	/**
	 * Returns a new object of class '<em>Resource Quota Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Quota Spec</em>'.
	 * @generated
	 */
	ResourceQuotaSpec createResourceQuotaSpec();

	/**
	 * Returns a new object of class '<em>Resource Quota Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Quota Status</em>'.
	 * @generated
	 */
	ResourceQuotaStatus createResourceQuotaStatus();

	/**
	 * Returns a new object of class '<em>Resource Requirements</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Requirements</em>'.
	 * @generated
	 */
	ResourceRequirements createResourceRequirements();

	/**
	 * Returns a new object of class '<em>Resource Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Status</em>'.
	 * @generated
	 */
	ResourceStatus createResourceStatus();

	/**
	 * Returns a new object of class '<em>SE Linux Options</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>SE Linux Options</em>'.
	 * @generated
	 */
	SELinuxOptions createSELinuxOptions();

	/**
	 * Returns a new object of class '<em>Scale IO Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale IO Persistent Volume Source</em>'.
	 * @generated
	 */
	ScaleIOPersistentVolumeSource createScaleIOPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Scale IO Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale IO Volume Source</em>'.
	 * @generated
	 */
	ScaleIOVolumeSource createScaleIOVolumeSource();

	/**
	 * Returns a new object of class '<em>Scope Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scope Selector</em>'.
	 * @generated
	 */
	ScopeSelector createScopeSelector();

	/**
	 * Returns a new object of class '<em>Scoped Resource Selector Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scoped Resource Selector Requirement</em>'.
	 * @generated
	 */
	ScopedResourceSelectorRequirement createScopedResourceSelectorRequirement();

	/**
	 * Returns a new object of class '<em>Seccomp Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Seccomp Profile</em>'.
	 * @generated
	 */
	SeccompProfile createSeccompProfile();

	/**
	 * Returns a new object of class '<em>Secret</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret</em>'.
	 * @generated
	 */
	Secret createSecret();

	/**
	 * Returns a new object of class '<em>Secret Env Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret Env Source</em>'.
	 * @generated
	 */
	SecretEnvSource createSecretEnvSource();

	/**
	 * Returns a new object of class '<em>Secret Key Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret Key Selector</em>'.
	 * @generated
	 */
	SecretKeySelector createSecretKeySelector();

	/**
	 * Returns a new object of class '<em>Secret List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret List</em>'.
	 * @generated
	 */
	SecretList createSecretList();

	/**
	 * Returns a new object of class '<em>Secret Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret Projection</em>'.
	 * @generated
	 */
	SecretProjection createSecretProjection();

	/**
	 * Returns a new object of class '<em>Secret Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret Reference</em>'.
	 * @generated
	 */
	SecretReference createSecretReference();

	/**
	 * Returns a new object of class '<em>Secret Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret Volume Source</em>'.
	 * @generated
	 */
	SecretVolumeSource createSecretVolumeSource();

	/**
	 * Returns a new object of class '<em>Security Context</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Security Context</em>'.
	 * @generated
	 */
	SecurityContext createSecurityContext();

	/**
	 * Returns a new object of class '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service</em>'.
	 * @generated
	 */
	Service createService();

	/**
	 * Returns a new object of class '<em>Service Account</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Account</em>'.
	 * @generated
	 */
	ServiceAccount createServiceAccount();

	/**
	 * Returns a new object of class '<em>Service Account List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Account List</em>'.
	 * @generated
	 */
	ServiceAccountList createServiceAccountList();

	/**
	 * Returns a new object of class '<em>Service Account Token Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Account Token Projection</em>'.
	 * @generated
	 */
	ServiceAccountTokenProjection createServiceAccountTokenProjection();

	/**
	 * Returns a new object of class '<em>Service List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service List</em>'.
	 * @generated
	 */
	ServiceList createServiceList();

	/**
	 * Returns a new object of class '<em>Service Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Port</em>'.
	 * @generated
	 */
	ServicePort createServicePort();

	/**
	 * Returns a new object of class '<em>Service Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Spec</em>'.
	 * @generated
	 */
	ServiceSpec createServiceSpec();

	/**
	 * Returns a new object of class '<em>Service Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Status</em>'.
	 * @generated
	 */
	ServiceStatus createServiceStatus();

	/**
	 * Returns a new object of class '<em>Session Affinity Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session Affinity Config</em>'.
	 * @generated
	 */
	SessionAffinityConfig createSessionAffinityConfig();

	/**
	 * Returns a new object of class '<em>Sleep Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sleep Action</em>'.
	 * @generated
	 */
	SleepAction createSleepAction();

	/**
	 * Returns a new object of class '<em>Storage OS Persistent Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage OS Persistent Volume Source</em>'.
	 * @generated
	 */
	StorageOSPersistentVolumeSource createStorageOSPersistentVolumeSource();

	/**
	 * Returns a new object of class '<em>Storage OS Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage OS Volume Source</em>'.
	 * @generated
	 */
	StorageOSVolumeSource createStorageOSVolumeSource();

	/**
	 * Returns a new object of class '<em>Sysctl</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sysctl</em>'.
	 * @generated
	 */
	Sysctl createSysctl();

	/**
	 * Returns a new object of class '<em>TCP Socket Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Socket Action</em>'.
	 * @generated
	 */
	TCPSocketAction createTCPSocketAction();

	/**
	 * Returns a new object of class '<em>Taint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Taint</em>'.
	 * @generated
	 */
	Taint createTaint();

	/**
	 * Returns a new object of class '<em>Toleration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Toleration</em>'.
	 * @generated
	 */
	Toleration createToleration();

	/**
	 * Returns a new object of class '<em>Topology Selector Label Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology Selector Label Requirement</em>'.
	 * @generated
	 */
	TopologySelectorLabelRequirement createTopologySelectorLabelRequirement();

	/**
	 * Returns a new object of class '<em>Topology Selector Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology Selector Term</em>'.
	 * @generated
	 */
	TopologySelectorTerm createTopologySelectorTerm();

	/**
	 * Returns a new object of class '<em>Topology Spread Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology Spread Constraint</em>'.
	 * @generated
	 */
	TopologySpreadConstraint createTopologySpreadConstraint();

	/**
	 * Returns a new object of class '<em>Typed Local Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Typed Local Object Reference</em>'.
	 * @generated
	 */
	TypedLocalObjectReference createTypedLocalObjectReference();

	/**
	 * Returns a new object of class '<em>Typed Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Typed Object Reference</em>'.
	 * @generated
	 */
	TypedObjectReference createTypedObjectReference();

	/**
	 * Returns a new object of class '<em>Volume</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume</em>'.
	 * @generated
	 */
	Volume createVolume();

	/**
	 * Returns a new object of class '<em>Volume Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Device</em>'.
	 * @generated
	 */
	VolumeDevice createVolumeDevice();

	/**
	 * Returns a new object of class '<em>Volume Mount</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Mount</em>'.
	 * @generated
	 */
	VolumeMount createVolumeMount();

	/**
	 * Returns a new object of class '<em>Volume Mount Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Mount Status</em>'.
	 * @generated
	 */
	VolumeMountStatus createVolumeMountStatus();

	/**
	 * Returns a new object of class '<em>Volume Node Affinity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Node Affinity</em>'.
	 * @generated
	 */
	VolumeNodeAffinity createVolumeNodeAffinity();

	/**
	 * Returns a new object of class '<em>Volume Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Projection</em>'.
	 * @generated
	 */
	VolumeProjection createVolumeProjection();

	/**
	 * Returns a new object of class '<em>Volume Resource Requirements</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Resource Requirements</em>'.
	 * @generated
	 */
	VolumeResourceRequirements createVolumeResourceRequirements();

	/**
	 * Returns a new object of class '<em>Volume Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Status</em>'.
	 * @generated
	 */
	VolumeStatus createVolumeStatus();

	/**
	 * Returns a new object of class '<em>Vsphere Virtual Disk Volume Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vsphere Virtual Disk Volume Source</em>'.
	 * @generated
	 */
	VsphereVirtualDiskVolumeSource createVsphereVirtualDiskVolumeSource();

	/**
	 * Returns a new object of class '<em>Weighted Pod Affinity Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Weighted Pod Affinity Term</em>'.
	 * @generated
	 */
	WeightedPodAffinityTerm createWeightedPodAffinityTerm();

	/**
	 * Returns a new object of class '<em>Windows Security Context Options</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Windows Security Context Options</em>'.
	 * @generated
	 */
	WindowsSecurityContextOptions createWindowsSecurityContextOptions();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CoreV1Package getCoreV1Package();

} //CoreV1Factory
