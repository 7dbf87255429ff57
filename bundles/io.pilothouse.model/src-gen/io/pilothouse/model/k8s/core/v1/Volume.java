/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getAwsElasticBlockStore <em>Aws Elastic Block Store</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getAzureDisk <em>Azure Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getAzureFile <em>Azure File</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getCephfs <em>Cephfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getCinder <em>Cinder</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getConfigMap <em>Config Map</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getCsi <em>Csi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getDownwardAPI <em>Downward API</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getEmptyDir <em>Empty Dir</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getEphemeral <em>Ephemeral</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getFc <em>Fc</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getFlexVolume <em>Flex Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getFlocker <em>Flocker</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getGcePersistentDisk <em>Gce Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getGitRepo <em>Git Repo</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getGlusterfs <em>Glusterfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getHostPath <em>Host Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getIscsi <em>Iscsi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getNfs <em>Nfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getPersistentVolumeClaim <em>Persistent Volume Claim</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getPhotonPersistentDisk <em>Photon Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getPortworxVolume <em>Portworx Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getProjected <em>Projected</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getQuobyte <em>Quobyte</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getRbd <em>Rbd</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getScaleIO <em>Scale IO</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getSecret <em>Secret</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getStorageos <em>Storageos</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Volume#getVsphereVolume <em>Vsphere Volume</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume()
 * @generated
 */
public interface Volume extends EObject {
	/**
	 * Returns the value of the '<em><b>Aws Elastic Block Store</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aws Elastic Block Store</em>' containment reference.
	 * @see #setAwsElasticBlockStore(AWSElasticBlockStoreVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_AwsElasticBlockStore()
	 * @generated
	 */
	AWSElasticBlockStoreVolumeSource getAwsElasticBlockStore();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getAwsElasticBlockStore <em>Aws Elastic Block Store</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aws Elastic Block Store</em>' containment reference.
	 * @see #getAwsElasticBlockStore()
	 * @generated
	 */
	void setAwsElasticBlockStore(AWSElasticBlockStoreVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Azure Disk</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Azure Disk</em>' containment reference.
	 * @see #setAzureDisk(AzureDiskVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_AzureDisk()
	 * @generated
	 */
	AzureDiskVolumeSource getAzureDisk();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getAzureDisk <em>Azure Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Azure Disk</em>' containment reference.
	 * @see #getAzureDisk()
	 * @generated
	 */
	void setAzureDisk(AzureDiskVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Azure File</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Azure File</em>' containment reference.
	 * @see #setAzureFile(AzureFileVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_AzureFile()
	 * @generated
	 */
	AzureFileVolumeSource getAzureFile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getAzureFile <em>Azure File</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Azure File</em>' containment reference.
	 * @see #getAzureFile()
	 * @generated
	 */
	void setAzureFile(AzureFileVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Cephfs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cephfs</em>' containment reference.
	 * @see #setCephfs(CephFSVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Cephfs()
	 * @generated
	 */
	CephFSVolumeSource getCephfs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getCephfs <em>Cephfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cephfs</em>' containment reference.
	 * @see #getCephfs()
	 * @generated
	 */
	void setCephfs(CephFSVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Cinder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cinder</em>' containment reference.
	 * @see #setCinder(CinderVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Cinder()
	 * @generated
	 */
	CinderVolumeSource getCinder();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getCinder <em>Cinder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cinder</em>' containment reference.
	 * @see #getCinder()
	 * @generated
	 */
	void setCinder(CinderVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Config Map</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config Map</em>' containment reference.
	 * @see #setConfigMap(ConfigMapVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_ConfigMap()
	 * @generated
	 */
	ConfigMapVolumeSource getConfigMap();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getConfigMap <em>Config Map</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Map</em>' containment reference.
	 * @see #getConfigMap()
	 * @generated
	 */
	void setConfigMap(ConfigMapVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Csi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Csi</em>' containment reference.
	 * @see #setCsi(CSIVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Csi()
	 * @generated
	 */
	CSIVolumeSource getCsi();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getCsi <em>Csi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csi</em>' containment reference.
	 * @see #getCsi()
	 * @generated
	 */
	void setCsi(CSIVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Downward API</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Downward API</em>' containment reference.
	 * @see #setDownwardAPI(DownwardAPIVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_DownwardAPI()
	 * @generated
	 */
	DownwardAPIVolumeSource getDownwardAPI();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getDownwardAPI <em>Downward API</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Downward API</em>' containment reference.
	 * @see #getDownwardAPI()
	 * @generated
	 */
	void setDownwardAPI(DownwardAPIVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Empty Dir</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empty Dir</em>' containment reference.
	 * @see #setEmptyDir(EmptyDirVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_EmptyDir()
	 * @generated
	 */
	EmptyDirVolumeSource getEmptyDir();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getEmptyDir <em>Empty Dir</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empty Dir</em>' containment reference.
	 * @see #getEmptyDir()
	 * @generated
	 */
	void setEmptyDir(EmptyDirVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Ephemeral</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ephemeral</em>' containment reference.
	 * @see #setEphemeral(EphemeralVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Ephemeral()
	 * @generated
	 */
	EphemeralVolumeSource getEphemeral();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getEphemeral <em>Ephemeral</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ephemeral</em>' containment reference.
	 * @see #getEphemeral()
	 * @generated
	 */
	void setEphemeral(EphemeralVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Fc</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fc</em>' containment reference.
	 * @see #setFc(FCVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Fc()
	 * @generated
	 */
	FCVolumeSource getFc();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getFc <em>Fc</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fc</em>' containment reference.
	 * @see #getFc()
	 * @generated
	 */
	void setFc(FCVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Flex Volume</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flex Volume</em>' containment reference.
	 * @see #setFlexVolume(FlexVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_FlexVolume()
	 * @generated
	 */
	FlexVolumeSource getFlexVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getFlexVolume <em>Flex Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flex Volume</em>' containment reference.
	 * @see #getFlexVolume()
	 * @generated
	 */
	void setFlexVolume(FlexVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Flocker</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flocker</em>' containment reference.
	 * @see #setFlocker(FlockerVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Flocker()
	 * @generated
	 */
	FlockerVolumeSource getFlocker();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getFlocker <em>Flocker</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flocker</em>' containment reference.
	 * @see #getFlocker()
	 * @generated
	 */
	void setFlocker(FlockerVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Gce Persistent Disk</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gce Persistent Disk</em>' containment reference.
	 * @see #setGcePersistentDisk(GCEPersistentDiskVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_GcePersistentDisk()
	 * @generated
	 */
	GCEPersistentDiskVolumeSource getGcePersistentDisk();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getGcePersistentDisk <em>Gce Persistent Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gce Persistent Disk</em>' containment reference.
	 * @see #getGcePersistentDisk()
	 * @generated
	 */
	void setGcePersistentDisk(GCEPersistentDiskVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Git Repo</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Git Repo</em>' containment reference.
	 * @see #setGitRepo(GitRepoVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_GitRepo()
	 * @generated
	 */
	GitRepoVolumeSource getGitRepo();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getGitRepo <em>Git Repo</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Git Repo</em>' containment reference.
	 * @see #getGitRepo()
	 * @generated
	 */
	void setGitRepo(GitRepoVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Glusterfs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Glusterfs</em>' containment reference.
	 * @see #setGlusterfs(GlusterfsVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Glusterfs()
	 * @generated
	 */
	GlusterfsVolumeSource getGlusterfs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getGlusterfs <em>Glusterfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Glusterfs</em>' containment reference.
	 * @see #getGlusterfs()
	 * @generated
	 */
	void setGlusterfs(GlusterfsVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Host Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Path</em>' containment reference.
	 * @see #setHostPath(HostPathVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_HostPath()
	 * @generated
	 */
	HostPathVolumeSource getHostPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getHostPath <em>Host Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Path</em>' containment reference.
	 * @see #getHostPath()
	 * @generated
	 */
	void setHostPath(HostPathVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' containment reference.
	 * @see #setImage(ImageVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Image()
	 * @generated
	 */
	ImageVolumeSource getImage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getImage <em>Image</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' containment reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Iscsi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iscsi</em>' containment reference.
	 * @see #setIscsi(ISCSIVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Iscsi()
	 * @generated
	 */
	ISCSIVolumeSource getIscsi();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getIscsi <em>Iscsi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iscsi</em>' containment reference.
	 * @see #getIscsi()
	 * @generated
	 */
	void setIscsi(ISCSIVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Nfs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nfs</em>' containment reference.
	 * @see #setNfs(NFSVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Nfs()
	 * @generated
	 */
	NFSVolumeSource getNfs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getNfs <em>Nfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nfs</em>' containment reference.
	 * @see #getNfs()
	 * @generated
	 */
	void setNfs(NFSVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Persistent Volume Claim</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persistent Volume Claim</em>' containment reference.
	 * @see #setPersistentVolumeClaim(PersistentVolumeClaimVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_PersistentVolumeClaim()
	 * @generated
	 */
	PersistentVolumeClaimVolumeSource getPersistentVolumeClaim();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getPersistentVolumeClaim <em>Persistent Volume Claim</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistent Volume Claim</em>' containment reference.
	 * @see #getPersistentVolumeClaim()
	 * @generated
	 */
	void setPersistentVolumeClaim(PersistentVolumeClaimVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Photon Persistent Disk</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Photon Persistent Disk</em>' containment reference.
	 * @see #setPhotonPersistentDisk(PhotonPersistentDiskVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_PhotonPersistentDisk()
	 * @generated
	 */
	PhotonPersistentDiskVolumeSource getPhotonPersistentDisk();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getPhotonPersistentDisk <em>Photon Persistent Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photon Persistent Disk</em>' containment reference.
	 * @see #getPhotonPersistentDisk()
	 * @generated
	 */
	void setPhotonPersistentDisk(PhotonPersistentDiskVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Portworx Volume</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portworx Volume</em>' containment reference.
	 * @see #setPortworxVolume(PortworxVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_PortworxVolume()
	 * @generated
	 */
	PortworxVolumeSource getPortworxVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getPortworxVolume <em>Portworx Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portworx Volume</em>' containment reference.
	 * @see #getPortworxVolume()
	 * @generated
	 */
	void setPortworxVolume(PortworxVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Projected</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projected</em>' containment reference.
	 * @see #setProjected(ProjectedVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Projected()
	 * @generated
	 */
	ProjectedVolumeSource getProjected();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getProjected <em>Projected</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Projected</em>' containment reference.
	 * @see #getProjected()
	 * @generated
	 */
	void setProjected(ProjectedVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Quobyte</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quobyte</em>' containment reference.
	 * @see #setQuobyte(QuobyteVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Quobyte()
	 * @generated
	 */
	QuobyteVolumeSource getQuobyte();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getQuobyte <em>Quobyte</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quobyte</em>' containment reference.
	 * @see #getQuobyte()
	 * @generated
	 */
	void setQuobyte(QuobyteVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Rbd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rbd</em>' containment reference.
	 * @see #setRbd(RBDVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Rbd()
	 * @generated
	 */
	RBDVolumeSource getRbd();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getRbd <em>Rbd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rbd</em>' containment reference.
	 * @see #getRbd()
	 * @generated
	 */
	void setRbd(RBDVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Scale IO</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale IO</em>' containment reference.
	 * @see #setScaleIO(ScaleIOVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_ScaleIO()
	 * @generated
	 */
	ScaleIOVolumeSource getScaleIO();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getScaleIO <em>Scale IO</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale IO</em>' containment reference.
	 * @see #getScaleIO()
	 * @generated
	 */
	void setScaleIO(ScaleIOVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret</em>' containment reference.
	 * @see #setSecret(SecretVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Secret()
	 * @generated
	 */
	SecretVolumeSource getSecret();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getSecret <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' containment reference.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(SecretVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Storageos</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storageos</em>' containment reference.
	 * @see #setStorageos(StorageOSVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_Storageos()
	 * @generated
	 */
	StorageOSVolumeSource getStorageos();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getStorageos <em>Storageos</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storageos</em>' containment reference.
	 * @see #getStorageos()
	 * @generated
	 */
	void setStorageos(StorageOSVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Vsphere Volume</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vsphere Volume</em>' containment reference.
	 * @see #setVsphereVolume(VsphereVirtualDiskVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolume_VsphereVolume()
	 * @generated
	 */
	VsphereVirtualDiskVolumeSource getVsphereVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Volume#getVsphereVolume <em>Vsphere Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vsphere Volume</em>' containment reference.
	 * @see #getVsphereVolume()
	 * @generated
	 */
	void setVsphereVolume(VsphereVirtualDiskVolumeSource value);

} // Volume
