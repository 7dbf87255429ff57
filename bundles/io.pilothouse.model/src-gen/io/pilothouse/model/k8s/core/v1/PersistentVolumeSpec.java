/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persistent Volume Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAccessModes <em>Access Modes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAwsElasticBlockStore <em>Aws Elastic Block Store</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAzureDisk <em>Azure Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAzureFile <em>Azure File</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCephfs <em>Cephfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCinder <em>Cinder</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getClaimRef <em>Claim Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCsi <em>Csi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getFc <em>Fc</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getFlexVolume <em>Flex Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getFlocker <em>Flocker</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getGcePersistentDisk <em>Gce Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getGlusterfs <em>Glusterfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getHostPath <em>Host Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getIscsi <em>Iscsi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getLocal <em>Local</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getMountOptions <em>Mount Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getNfs <em>Nfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getNodeAffinity <em>Node Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getPersistentVolumeReclaimPolicy <em>Persistent Volume Reclaim Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getPhotonPersistentDisk <em>Photon Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getPortworxVolume <em>Portworx Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getQuobyte <em>Quobyte</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getRbd <em>Rbd</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getScaleIO <em>Scale IO</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getStorageClassName <em>Storage Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getStorageos <em>Storageos</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getVolumeAttributesClassName <em>Volume Attributes Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getVolumeMode <em>Volume Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getVsphereVolume <em>Vsphere Volume</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec()
 * @generated
 */
public interface PersistentVolumeSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Access Modes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access Modes</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_AccessModes()
	 * @generated
	 */
	EList<String> getAccessModes();

	/**
	 * Returns the value of the '<em><b>Aws Elastic Block Store</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aws Elastic Block Store</em>' containment reference.
	 * @see #setAwsElasticBlockStore(AWSElasticBlockStoreVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_AwsElasticBlockStore()
	 * @generated
	 */
	AWSElasticBlockStoreVolumeSource getAwsElasticBlockStore();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAwsElasticBlockStore <em>Aws Elastic Block Store</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_AzureDisk()
	 * @generated
	 */
	AzureDiskVolumeSource getAzureDisk();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAzureDisk <em>Azure Disk</em>}' containment reference.
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
	 * @see #setAzureFile(AzureFilePersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_AzureFile()
	 * @generated
	 */
	AzureFilePersistentVolumeSource getAzureFile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getAzureFile <em>Azure File</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Azure File</em>' containment reference.
	 * @see #getAzureFile()
	 * @generated
	 */
	void setAzureFile(AzureFilePersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Capacity()
	 * @generated
	 */
	EMap<String, Quantity> getCapacity();

	/**
	 * Returns the value of the '<em><b>Cephfs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cephfs</em>' containment reference.
	 * @see #setCephfs(CephFSPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Cephfs()
	 * @generated
	 */
	CephFSPersistentVolumeSource getCephfs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCephfs <em>Cephfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cephfs</em>' containment reference.
	 * @see #getCephfs()
	 * @generated
	 */
	void setCephfs(CephFSPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Cinder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cinder</em>' containment reference.
	 * @see #setCinder(CinderPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Cinder()
	 * @generated
	 */
	CinderPersistentVolumeSource getCinder();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCinder <em>Cinder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cinder</em>' containment reference.
	 * @see #getCinder()
	 * @generated
	 */
	void setCinder(CinderPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Claim Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim Ref</em>' containment reference.
	 * @see #setClaimRef(ObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_ClaimRef()
	 * @generated
	 */
	ObjectReference getClaimRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getClaimRef <em>Claim Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Ref</em>' containment reference.
	 * @see #getClaimRef()
	 * @generated
	 */
	void setClaimRef(ObjectReference value);

	/**
	 * Returns the value of the '<em><b>Csi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Csi</em>' containment reference.
	 * @see #setCsi(CSIPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Csi()
	 * @generated
	 */
	CSIPersistentVolumeSource getCsi();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getCsi <em>Csi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csi</em>' containment reference.
	 * @see #getCsi()
	 * @generated
	 */
	void setCsi(CSIPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Fc</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fc</em>' containment reference.
	 * @see #setFc(FCVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Fc()
	 * @generated
	 */
	FCVolumeSource getFc();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getFc <em>Fc</em>}' containment reference.
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
	 * @see #setFlexVolume(FlexPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_FlexVolume()
	 * @generated
	 */
	FlexPersistentVolumeSource getFlexVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getFlexVolume <em>Flex Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flex Volume</em>' containment reference.
	 * @see #getFlexVolume()
	 * @generated
	 */
	void setFlexVolume(FlexPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Flocker</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flocker</em>' containment reference.
	 * @see #setFlocker(FlockerVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Flocker()
	 * @generated
	 */
	FlockerVolumeSource getFlocker();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getFlocker <em>Flocker</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_GcePersistentDisk()
	 * @generated
	 */
	GCEPersistentDiskVolumeSource getGcePersistentDisk();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getGcePersistentDisk <em>Gce Persistent Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gce Persistent Disk</em>' containment reference.
	 * @see #getGcePersistentDisk()
	 * @generated
	 */
	void setGcePersistentDisk(GCEPersistentDiskVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Glusterfs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Glusterfs</em>' containment reference.
	 * @see #setGlusterfs(GlusterfsPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Glusterfs()
	 * @generated
	 */
	GlusterfsPersistentVolumeSource getGlusterfs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getGlusterfs <em>Glusterfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Glusterfs</em>' containment reference.
	 * @see #getGlusterfs()
	 * @generated
	 */
	void setGlusterfs(GlusterfsPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Host Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Path</em>' containment reference.
	 * @see #setHostPath(HostPathVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_HostPath()
	 * @generated
	 */
	HostPathVolumeSource getHostPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getHostPath <em>Host Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Path</em>' containment reference.
	 * @see #getHostPath()
	 * @generated
	 */
	void setHostPath(HostPathVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Iscsi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iscsi</em>' containment reference.
	 * @see #setIscsi(ISCSIPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Iscsi()
	 * @generated
	 */
	ISCSIPersistentVolumeSource getIscsi();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getIscsi <em>Iscsi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iscsi</em>' containment reference.
	 * @see #getIscsi()
	 * @generated
	 */
	void setIscsi(ISCSIPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Local</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local</em>' containment reference.
	 * @see #setLocal(LocalVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Local()
	 * @generated
	 */
	LocalVolumeSource getLocal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getLocal <em>Local</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local</em>' containment reference.
	 * @see #getLocal()
	 * @generated
	 */
	void setLocal(LocalVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Mount Options</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Options</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_MountOptions()
	 * @generated
	 */
	EList<String> getMountOptions();

	/**
	 * Returns the value of the '<em><b>Nfs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nfs</em>' containment reference.
	 * @see #setNfs(NFSVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Nfs()
	 * @generated
	 */
	NFSVolumeSource getNfs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getNfs <em>Nfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nfs</em>' containment reference.
	 * @see #getNfs()
	 * @generated
	 */
	void setNfs(NFSVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Node Affinity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Affinity</em>' containment reference.
	 * @see #setNodeAffinity(VolumeNodeAffinity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_NodeAffinity()
	 * @generated
	 */
	VolumeNodeAffinity getNodeAffinity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getNodeAffinity <em>Node Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Affinity</em>' containment reference.
	 * @see #getNodeAffinity()
	 * @generated
	 */
	void setNodeAffinity(VolumeNodeAffinity value);

	/**
	 * Returns the value of the '<em><b>Persistent Volume Reclaim Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persistent Volume Reclaim Policy</em>' attribute.
	 * @see #setPersistentVolumeReclaimPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_PersistentVolumeReclaimPolicy()
	 * @generated
	 */
	String getPersistentVolumeReclaimPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getPersistentVolumeReclaimPolicy <em>Persistent Volume Reclaim Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistent Volume Reclaim Policy</em>' attribute.
	 * @see #getPersistentVolumeReclaimPolicy()
	 * @generated
	 */
	void setPersistentVolumeReclaimPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Photon Persistent Disk</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Photon Persistent Disk</em>' containment reference.
	 * @see #setPhotonPersistentDisk(PhotonPersistentDiskVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_PhotonPersistentDisk()
	 * @generated
	 */
	PhotonPersistentDiskVolumeSource getPhotonPersistentDisk();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getPhotonPersistentDisk <em>Photon Persistent Disk</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_PortworxVolume()
	 * @generated
	 */
	PortworxVolumeSource getPortworxVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getPortworxVolume <em>Portworx Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portworx Volume</em>' containment reference.
	 * @see #getPortworxVolume()
	 * @generated
	 */
	void setPortworxVolume(PortworxVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Quobyte</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quobyte</em>' containment reference.
	 * @see #setQuobyte(QuobyteVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Quobyte()
	 * @generated
	 */
	QuobyteVolumeSource getQuobyte();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getQuobyte <em>Quobyte</em>}' containment reference.
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
	 * @see #setRbd(RBDPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Rbd()
	 * @generated
	 */
	RBDPersistentVolumeSource getRbd();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getRbd <em>Rbd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rbd</em>' containment reference.
	 * @see #getRbd()
	 * @generated
	 */
	void setRbd(RBDPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Scale IO</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale IO</em>' containment reference.
	 * @see #setScaleIO(ScaleIOPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_ScaleIO()
	 * @generated
	 */
	ScaleIOPersistentVolumeSource getScaleIO();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getScaleIO <em>Scale IO</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale IO</em>' containment reference.
	 * @see #getScaleIO()
	 * @generated
	 */
	void setScaleIO(ScaleIOPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Storage Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Class Name</em>' attribute.
	 * @see #setStorageClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_StorageClassName()
	 * @generated
	 */
	String getStorageClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getStorageClassName <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Class Name</em>' attribute.
	 * @see #getStorageClassName()
	 * @generated
	 */
	void setStorageClassName(String value);

	/**
	 * Returns the value of the '<em><b>Storageos</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storageos</em>' containment reference.
	 * @see #setStorageos(StorageOSPersistentVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_Storageos()
	 * @generated
	 */
	StorageOSPersistentVolumeSource getStorageos();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getStorageos <em>Storageos</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storageos</em>' containment reference.
	 * @see #getStorageos()
	 * @generated
	 */
	void setStorageos(StorageOSPersistentVolumeSource value);

	/**
	 * Returns the value of the '<em><b>Volume Attributes Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Attributes Class Name</em>' attribute.
	 * @see #setVolumeAttributesClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_VolumeAttributesClassName()
	 * @generated
	 */
	String getVolumeAttributesClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getVolumeAttributesClassName <em>Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Attributes Class Name</em>' attribute.
	 * @see #getVolumeAttributesClassName()
	 * @generated
	 */
	void setVolumeAttributesClassName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Mode</em>' attribute.
	 * @see #setVolumeMode(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_VolumeMode()
	 * @generated
	 */
	String getVolumeMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getVolumeMode <em>Volume Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Mode</em>' attribute.
	 * @see #getVolumeMode()
	 * @generated
	 */
	void setVolumeMode(String value);

	/**
	 * Returns the value of the '<em><b>Vsphere Volume</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vsphere Volume</em>' containment reference.
	 * @see #setVsphereVolume(VsphereVirtualDiskVolumeSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeSpec_VsphereVolume()
	 * @generated
	 */
	VsphereVirtualDiskVolumeSource getVsphereVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec#getVsphereVolume <em>Vsphere Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vsphere Volume</em>' containment reference.
	 * @see #getVsphereVolume()
	 * @generated
	 */
	void setVsphereVolume(VsphereVirtualDiskVolumeSource value);

} // PersistentVolumeSpec
