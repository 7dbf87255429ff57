/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource;
import io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.AzureFilePersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.CephFSPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.CinderPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.FCVolumeSource;
import io.pilothouse.model.k8s.core.v1.FlexPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.FlockerVolumeSource;
import io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.GlusterfsPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.HostPathVolumeSource;
import io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.LocalVolumeSource;
import io.pilothouse.model.k8s.core.v1.NFSVolumeSource;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec;
import io.pilothouse.model.k8s.core.v1.PhotonPersistentDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.PortworxVolumeSource;
import io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource;
import io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.ScaleIOPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.StorageOSPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.VolumeNodeAffinity;
import io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persistent Volume Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getAccessModes <em>Access Modes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getAwsElasticBlockStore <em>Aws Elastic Block Store</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getAzureDisk <em>Azure Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getAzureFile <em>Azure File</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getCephfs <em>Cephfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getCinder <em>Cinder</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getClaimRef <em>Claim Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getCsi <em>Csi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getFc <em>Fc</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getFlexVolume <em>Flex Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getFlocker <em>Flocker</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getGcePersistentDisk <em>Gce Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getGlusterfs <em>Glusterfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getHostPath <em>Host Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getIscsi <em>Iscsi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getLocal <em>Local</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getMountOptions <em>Mount Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getNfs <em>Nfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getNodeAffinity <em>Node Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getPersistentVolumeReclaimPolicy <em>Persistent Volume Reclaim Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getPhotonPersistentDisk <em>Photon Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getPortworxVolume <em>Portworx Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getQuobyte <em>Quobyte</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getRbd <em>Rbd</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getScaleIO <em>Scale IO</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getStorageClassName <em>Storage Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getStorageos <em>Storageos</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getVolumeAttributesClassName <em>Volume Attributes Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getVolumeMode <em>Volume Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeSpecImpl#getVsphereVolume <em>Vsphere Volume</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersistentVolumeSpecImpl extends MinimalEObjectImpl.Container implements PersistentVolumeSpec {
	/**
	 * The cached value of the '{@link #getAccessModes() <em>Access Modes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessModes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> accessModes;

	/**
	 * The cached value of the '{@link #getAwsElasticBlockStore() <em>Aws Elastic Block Store</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwsElasticBlockStore()
	 * @generated
	 * @ordered
	 */
	protected AWSElasticBlockStoreVolumeSource awsElasticBlockStore;

	/**
	 * The cached value of the '{@link #getAzureDisk() <em>Azure Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAzureDisk()
	 * @generated
	 * @ordered
	 */
	protected AzureDiskVolumeSource azureDisk;

	/**
	 * The cached value of the '{@link #getAzureFile() <em>Azure File</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAzureFile()
	 * @generated
	 * @ordered
	 */
	protected AzureFilePersistentVolumeSource azureFile;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> capacity;

	/**
	 * The cached value of the '{@link #getCephfs() <em>Cephfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCephfs()
	 * @generated
	 * @ordered
	 */
	protected CephFSPersistentVolumeSource cephfs;

	/**
	 * The cached value of the '{@link #getCinder() <em>Cinder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCinder()
	 * @generated
	 * @ordered
	 */
	protected CinderPersistentVolumeSource cinder;

	/**
	 * The cached value of the '{@link #getClaimRef() <em>Claim Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimRef()
	 * @generated
	 * @ordered
	 */
	protected ObjectReference claimRef;

	/**
	 * The cached value of the '{@link #getCsi() <em>Csi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsi()
	 * @generated
	 * @ordered
	 */
	protected CSIPersistentVolumeSource csi;

	/**
	 * The cached value of the '{@link #getFc() <em>Fc</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFc()
	 * @generated
	 * @ordered
	 */
	protected FCVolumeSource fc;

	/**
	 * The cached value of the '{@link #getFlexVolume() <em>Flex Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlexVolume()
	 * @generated
	 * @ordered
	 */
	protected FlexPersistentVolumeSource flexVolume;

	/**
	 * The cached value of the '{@link #getFlocker() <em>Flocker</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlocker()
	 * @generated
	 * @ordered
	 */
	protected FlockerVolumeSource flocker;

	/**
	 * The cached value of the '{@link #getGcePersistentDisk() <em>Gce Persistent Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGcePersistentDisk()
	 * @generated
	 * @ordered
	 */
	protected GCEPersistentDiskVolumeSource gcePersistentDisk;

	/**
	 * The cached value of the '{@link #getGlusterfs() <em>Glusterfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlusterfs()
	 * @generated
	 * @ordered
	 */
	protected GlusterfsPersistentVolumeSource glusterfs;

	/**
	 * The cached value of the '{@link #getHostPath() <em>Host Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPath()
	 * @generated
	 * @ordered
	 */
	protected HostPathVolumeSource hostPath;

	/**
	 * The cached value of the '{@link #getIscsi() <em>Iscsi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIscsi()
	 * @generated
	 * @ordered
	 */
	protected ISCSIPersistentVolumeSource iscsi;

	/**
	 * The cached value of the '{@link #getLocal() <em>Local</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocal()
	 * @generated
	 * @ordered
	 */
	protected LocalVolumeSource local;

	/**
	 * The cached value of the '{@link #getMountOptions() <em>Mount Options</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> mountOptions;

	/**
	 * The cached value of the '{@link #getNfs() <em>Nfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNfs()
	 * @generated
	 * @ordered
	 */
	protected NFSVolumeSource nfs;

	/**
	 * The cached value of the '{@link #getNodeAffinity() <em>Node Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAffinity()
	 * @generated
	 * @ordered
	 */
	protected VolumeNodeAffinity nodeAffinity;

	/**
	 * The default value of the '{@link #getPersistentVolumeReclaimPolicy() <em>Persistent Volume Reclaim Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersistentVolumeReclaimPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSISTENT_VOLUME_RECLAIM_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersistentVolumeReclaimPolicy() <em>Persistent Volume Reclaim Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersistentVolumeReclaimPolicy()
	 * @generated
	 * @ordered
	 */
	protected String persistentVolumeReclaimPolicy = PERSISTENT_VOLUME_RECLAIM_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhotonPersistentDisk() <em>Photon Persistent Disk</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotonPersistentDisk()
	 * @generated
	 * @ordered
	 */
	protected PhotonPersistentDiskVolumeSource photonPersistentDisk;

	/**
	 * The cached value of the '{@link #getPortworxVolume() <em>Portworx Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortworxVolume()
	 * @generated
	 * @ordered
	 */
	protected PortworxVolumeSource portworxVolume;

	/**
	 * The cached value of the '{@link #getQuobyte() <em>Quobyte</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuobyte()
	 * @generated
	 * @ordered
	 */
	protected QuobyteVolumeSource quobyte;

	/**
	 * The cached value of the '{@link #getRbd() <em>Rbd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbd()
	 * @generated
	 * @ordered
	 */
	protected RBDPersistentVolumeSource rbd;

	/**
	 * The cached value of the '{@link #getScaleIO() <em>Scale IO</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleIO()
	 * @generated
	 * @ordered
	 */
	protected ScaleIOPersistentVolumeSource scaleIO;

	/**
	 * The default value of the '{@link #getStorageClassName() <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageClassName() <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageClassName()
	 * @generated
	 * @ordered
	 */
	protected String storageClassName = STORAGE_CLASS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStorageos() <em>Storageos</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageos()
	 * @generated
	 * @ordered
	 */
	protected StorageOSPersistentVolumeSource storageos;

	/**
	 * The default value of the '{@link #getVolumeAttributesClassName() <em>Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeAttributesClassName() <em>Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected String volumeAttributesClassName = VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeMode() <em>Volume Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMode()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeMode() <em>Volume Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMode()
	 * @generated
	 * @ordered
	 */
	protected String volumeMode = VOLUME_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVsphereVolume() <em>Vsphere Volume</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVsphereVolume()
	 * @generated
	 * @ordered
	 */
	protected VsphereVirtualDiskVolumeSource vsphereVolume;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersistentVolumeSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PERSISTENT_VOLUME_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAccessModes() {
		if (accessModes == null) {
			accessModes = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.PERSISTENT_VOLUME_SPEC__ACCESS_MODES);
		}
		return accessModes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AWSElasticBlockStoreVolumeSource getAwsElasticBlockStore() {
		return awsElasticBlockStore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAwsElasticBlockStore(AWSElasticBlockStoreVolumeSource newAwsElasticBlockStore, NotificationChain msgs) {
		AWSElasticBlockStoreVolumeSource oldAwsElasticBlockStore = awsElasticBlockStore;
		awsElasticBlockStore = newAwsElasticBlockStore;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE, oldAwsElasticBlockStore, newAwsElasticBlockStore);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwsElasticBlockStore(AWSElasticBlockStoreVolumeSource newAwsElasticBlockStore) {
		if (newAwsElasticBlockStore != awsElasticBlockStore) {
			NotificationChain msgs = null;
			if (awsElasticBlockStore != null)
				msgs = ((InternalEObject)awsElasticBlockStore).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE, null, msgs);
			if (newAwsElasticBlockStore != null)
				msgs = ((InternalEObject)newAwsElasticBlockStore).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE, null, msgs);
			msgs = basicSetAwsElasticBlockStore(newAwsElasticBlockStore, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE, newAwsElasticBlockStore, newAwsElasticBlockStore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureDiskVolumeSource getAzureDisk() {
		return azureDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAzureDisk(AzureDiskVolumeSource newAzureDisk, NotificationChain msgs) {
		AzureDiskVolumeSource oldAzureDisk = azureDisk;
		azureDisk = newAzureDisk;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK, oldAzureDisk, newAzureDisk);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAzureDisk(AzureDiskVolumeSource newAzureDisk) {
		if (newAzureDisk != azureDisk) {
			NotificationChain msgs = null;
			if (azureDisk != null)
				msgs = ((InternalEObject)azureDisk).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK, null, msgs);
			if (newAzureDisk != null)
				msgs = ((InternalEObject)newAzureDisk).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK, null, msgs);
			msgs = basicSetAzureDisk(newAzureDisk, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK, newAzureDisk, newAzureDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureFilePersistentVolumeSource getAzureFile() {
		return azureFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAzureFile(AzureFilePersistentVolumeSource newAzureFile, NotificationChain msgs) {
		AzureFilePersistentVolumeSource oldAzureFile = azureFile;
		azureFile = newAzureFile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE, oldAzureFile, newAzureFile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAzureFile(AzureFilePersistentVolumeSource newAzureFile) {
		if (newAzureFile != azureFile) {
			NotificationChain msgs = null;
			if (azureFile != null)
				msgs = ((InternalEObject)azureFile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE, null, msgs);
			if (newAzureFile != null)
				msgs = ((InternalEObject)newAzureFile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE, null, msgs);
			msgs = basicSetAzureFile(newAzureFile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE, newAzureFile, newAzureFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getCapacity() {
		if (capacity == null) {
			capacity = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.PERSISTENT_VOLUME_SPEC__CAPACITY);
		}
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CephFSPersistentVolumeSource getCephfs() {
		return cephfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCephfs(CephFSPersistentVolumeSource newCephfs, NotificationChain msgs) {
		CephFSPersistentVolumeSource oldCephfs = cephfs;
		cephfs = newCephfs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS, oldCephfs, newCephfs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCephfs(CephFSPersistentVolumeSource newCephfs) {
		if (newCephfs != cephfs) {
			NotificationChain msgs = null;
			if (cephfs != null)
				msgs = ((InternalEObject)cephfs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS, null, msgs);
			if (newCephfs != null)
				msgs = ((InternalEObject)newCephfs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS, null, msgs);
			msgs = basicSetCephfs(newCephfs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS, newCephfs, newCephfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CinderPersistentVolumeSource getCinder() {
		return cinder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCinder(CinderPersistentVolumeSource newCinder, NotificationChain msgs) {
		CinderPersistentVolumeSource oldCinder = cinder;
		cinder = newCinder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER, oldCinder, newCinder);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCinder(CinderPersistentVolumeSource newCinder) {
		if (newCinder != cinder) {
			NotificationChain msgs = null;
			if (cinder != null)
				msgs = ((InternalEObject)cinder).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER, null, msgs);
			if (newCinder != null)
				msgs = ((InternalEObject)newCinder).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER, null, msgs);
			msgs = basicSetCinder(newCinder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER, newCinder, newCinder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectReference getClaimRef() {
		return claimRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClaimRef(ObjectReference newClaimRef, NotificationChain msgs) {
		ObjectReference oldClaimRef = claimRef;
		claimRef = newClaimRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF, oldClaimRef, newClaimRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimRef(ObjectReference newClaimRef) {
		if (newClaimRef != claimRef) {
			NotificationChain msgs = null;
			if (claimRef != null)
				msgs = ((InternalEObject)claimRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF, null, msgs);
			if (newClaimRef != null)
				msgs = ((InternalEObject)newClaimRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF, null, msgs);
			msgs = basicSetClaimRef(newClaimRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF, newClaimRef, newClaimRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIPersistentVolumeSource getCsi() {
		return csi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCsi(CSIPersistentVolumeSource newCsi, NotificationChain msgs) {
		CSIPersistentVolumeSource oldCsi = csi;
		csi = newCsi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI, oldCsi, newCsi);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsi(CSIPersistentVolumeSource newCsi) {
		if (newCsi != csi) {
			NotificationChain msgs = null;
			if (csi != null)
				msgs = ((InternalEObject)csi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI, null, msgs);
			if (newCsi != null)
				msgs = ((InternalEObject)newCsi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI, null, msgs);
			msgs = basicSetCsi(newCsi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI, newCsi, newCsi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FCVolumeSource getFc() {
		return fc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFc(FCVolumeSource newFc, NotificationChain msgs) {
		FCVolumeSource oldFc = fc;
		fc = newFc;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__FC, oldFc, newFc);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFc(FCVolumeSource newFc) {
		if (newFc != fc) {
			NotificationChain msgs = null;
			if (fc != null)
				msgs = ((InternalEObject)fc).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__FC, null, msgs);
			if (newFc != null)
				msgs = ((InternalEObject)newFc).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__FC, null, msgs);
			msgs = basicSetFc(newFc, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__FC, newFc, newFc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlexPersistentVolumeSource getFlexVolume() {
		return flexVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFlexVolume(FlexPersistentVolumeSource newFlexVolume, NotificationChain msgs) {
		FlexPersistentVolumeSource oldFlexVolume = flexVolume;
		flexVolume = newFlexVolume;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME, oldFlexVolume, newFlexVolume);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlexVolume(FlexPersistentVolumeSource newFlexVolume) {
		if (newFlexVolume != flexVolume) {
			NotificationChain msgs = null;
			if (flexVolume != null)
				msgs = ((InternalEObject)flexVolume).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME, null, msgs);
			if (newFlexVolume != null)
				msgs = ((InternalEObject)newFlexVolume).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME, null, msgs);
			msgs = basicSetFlexVolume(newFlexVolume, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME, newFlexVolume, newFlexVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlockerVolumeSource getFlocker() {
		return flocker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFlocker(FlockerVolumeSource newFlocker, NotificationChain msgs) {
		FlockerVolumeSource oldFlocker = flocker;
		flocker = newFlocker;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER, oldFlocker, newFlocker);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlocker(FlockerVolumeSource newFlocker) {
		if (newFlocker != flocker) {
			NotificationChain msgs = null;
			if (flocker != null)
				msgs = ((InternalEObject)flocker).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER, null, msgs);
			if (newFlocker != null)
				msgs = ((InternalEObject)newFlocker).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER, null, msgs);
			msgs = basicSetFlocker(newFlocker, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER, newFlocker, newFlocker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GCEPersistentDiskVolumeSource getGcePersistentDisk() {
		return gcePersistentDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGcePersistentDisk(GCEPersistentDiskVolumeSource newGcePersistentDisk, NotificationChain msgs) {
		GCEPersistentDiskVolumeSource oldGcePersistentDisk = gcePersistentDisk;
		gcePersistentDisk = newGcePersistentDisk;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK, oldGcePersistentDisk, newGcePersistentDisk);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGcePersistentDisk(GCEPersistentDiskVolumeSource newGcePersistentDisk) {
		if (newGcePersistentDisk != gcePersistentDisk) {
			NotificationChain msgs = null;
			if (gcePersistentDisk != null)
				msgs = ((InternalEObject)gcePersistentDisk).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK, null, msgs);
			if (newGcePersistentDisk != null)
				msgs = ((InternalEObject)newGcePersistentDisk).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK, null, msgs);
			msgs = basicSetGcePersistentDisk(newGcePersistentDisk, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK, newGcePersistentDisk, newGcePersistentDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlusterfsPersistentVolumeSource getGlusterfs() {
		return glusterfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGlusterfs(GlusterfsPersistentVolumeSource newGlusterfs, NotificationChain msgs) {
		GlusterfsPersistentVolumeSource oldGlusterfs = glusterfs;
		glusterfs = newGlusterfs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS, oldGlusterfs, newGlusterfs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGlusterfs(GlusterfsPersistentVolumeSource newGlusterfs) {
		if (newGlusterfs != glusterfs) {
			NotificationChain msgs = null;
			if (glusterfs != null)
				msgs = ((InternalEObject)glusterfs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS, null, msgs);
			if (newGlusterfs != null)
				msgs = ((InternalEObject)newGlusterfs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS, null, msgs);
			msgs = basicSetGlusterfs(newGlusterfs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS, newGlusterfs, newGlusterfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostPathVolumeSource getHostPath() {
		return hostPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHostPath(HostPathVolumeSource newHostPath, NotificationChain msgs) {
		HostPathVolumeSource oldHostPath = hostPath;
		hostPath = newHostPath;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH, oldHostPath, newHostPath);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostPath(HostPathVolumeSource newHostPath) {
		if (newHostPath != hostPath) {
			NotificationChain msgs = null;
			if (hostPath != null)
				msgs = ((InternalEObject)hostPath).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH, null, msgs);
			if (newHostPath != null)
				msgs = ((InternalEObject)newHostPath).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH, null, msgs);
			msgs = basicSetHostPath(newHostPath, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH, newHostPath, newHostPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ISCSIPersistentVolumeSource getIscsi() {
		return iscsi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIscsi(ISCSIPersistentVolumeSource newIscsi, NotificationChain msgs) {
		ISCSIPersistentVolumeSource oldIscsi = iscsi;
		iscsi = newIscsi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI, oldIscsi, newIscsi);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIscsi(ISCSIPersistentVolumeSource newIscsi) {
		if (newIscsi != iscsi) {
			NotificationChain msgs = null;
			if (iscsi != null)
				msgs = ((InternalEObject)iscsi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI, null, msgs);
			if (newIscsi != null)
				msgs = ((InternalEObject)newIscsi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI, null, msgs);
			msgs = basicSetIscsi(newIscsi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI, newIscsi, newIscsi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalVolumeSource getLocal() {
		return local;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLocal(LocalVolumeSource newLocal, NotificationChain msgs) {
		LocalVolumeSource oldLocal = local;
		local = newLocal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL, oldLocal, newLocal);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocal(LocalVolumeSource newLocal) {
		if (newLocal != local) {
			NotificationChain msgs = null;
			if (local != null)
				msgs = ((InternalEObject)local).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL, null, msgs);
			if (newLocal != null)
				msgs = ((InternalEObject)newLocal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL, null, msgs);
			msgs = basicSetLocal(newLocal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL, newLocal, newLocal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMountOptions() {
		if (mountOptions == null) {
			mountOptions = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.PERSISTENT_VOLUME_SPEC__MOUNT_OPTIONS);
		}
		return mountOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NFSVolumeSource getNfs() {
		return nfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNfs(NFSVolumeSource newNfs, NotificationChain msgs) {
		NFSVolumeSource oldNfs = nfs;
		nfs = newNfs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS, oldNfs, newNfs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNfs(NFSVolumeSource newNfs) {
		if (newNfs != nfs) {
			NotificationChain msgs = null;
			if (nfs != null)
				msgs = ((InternalEObject)nfs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS, null, msgs);
			if (newNfs != null)
				msgs = ((InternalEObject)newNfs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS, null, msgs);
			msgs = basicSetNfs(newNfs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS, newNfs, newNfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeNodeAffinity getNodeAffinity() {
		return nodeAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeAffinity(VolumeNodeAffinity newNodeAffinity, NotificationChain msgs) {
		VolumeNodeAffinity oldNodeAffinity = nodeAffinity;
		nodeAffinity = newNodeAffinity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY, oldNodeAffinity, newNodeAffinity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeAffinity(VolumeNodeAffinity newNodeAffinity) {
		if (newNodeAffinity != nodeAffinity) {
			NotificationChain msgs = null;
			if (nodeAffinity != null)
				msgs = ((InternalEObject)nodeAffinity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY, null, msgs);
			if (newNodeAffinity != null)
				msgs = ((InternalEObject)newNodeAffinity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY, null, msgs);
			msgs = basicSetNodeAffinity(newNodeAffinity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY, newNodeAffinity, newNodeAffinity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersistentVolumeReclaimPolicy() {
		return persistentVolumeReclaimPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersistentVolumeReclaimPolicy(String newPersistentVolumeReclaimPolicy) {
		String oldPersistentVolumeReclaimPolicy = persistentVolumeReclaimPolicy;
		persistentVolumeReclaimPolicy = newPersistentVolumeReclaimPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__PERSISTENT_VOLUME_RECLAIM_POLICY, oldPersistentVolumeReclaimPolicy, persistentVolumeReclaimPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhotonPersistentDiskVolumeSource getPhotonPersistentDisk() {
		return photonPersistentDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPhotonPersistentDisk(PhotonPersistentDiskVolumeSource newPhotonPersistentDisk, NotificationChain msgs) {
		PhotonPersistentDiskVolumeSource oldPhotonPersistentDisk = photonPersistentDisk;
		photonPersistentDisk = newPhotonPersistentDisk;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK, oldPhotonPersistentDisk, newPhotonPersistentDisk);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhotonPersistentDisk(PhotonPersistentDiskVolumeSource newPhotonPersistentDisk) {
		if (newPhotonPersistentDisk != photonPersistentDisk) {
			NotificationChain msgs = null;
			if (photonPersistentDisk != null)
				msgs = ((InternalEObject)photonPersistentDisk).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK, null, msgs);
			if (newPhotonPersistentDisk != null)
				msgs = ((InternalEObject)newPhotonPersistentDisk).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK, null, msgs);
			msgs = basicSetPhotonPersistentDisk(newPhotonPersistentDisk, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK, newPhotonPersistentDisk, newPhotonPersistentDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortworxVolumeSource getPortworxVolume() {
		return portworxVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPortworxVolume(PortworxVolumeSource newPortworxVolume, NotificationChain msgs) {
		PortworxVolumeSource oldPortworxVolume = portworxVolume;
		portworxVolume = newPortworxVolume;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME, oldPortworxVolume, newPortworxVolume);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortworxVolume(PortworxVolumeSource newPortworxVolume) {
		if (newPortworxVolume != portworxVolume) {
			NotificationChain msgs = null;
			if (portworxVolume != null)
				msgs = ((InternalEObject)portworxVolume).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME, null, msgs);
			if (newPortworxVolume != null)
				msgs = ((InternalEObject)newPortworxVolume).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME, null, msgs);
			msgs = basicSetPortworxVolume(newPortworxVolume, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME, newPortworxVolume, newPortworxVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuobyteVolumeSource getQuobyte() {
		return quobyte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuobyte(QuobyteVolumeSource newQuobyte, NotificationChain msgs) {
		QuobyteVolumeSource oldQuobyte = quobyte;
		quobyte = newQuobyte;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE, oldQuobyte, newQuobyte);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuobyte(QuobyteVolumeSource newQuobyte) {
		if (newQuobyte != quobyte) {
			NotificationChain msgs = null;
			if (quobyte != null)
				msgs = ((InternalEObject)quobyte).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE, null, msgs);
			if (newQuobyte != null)
				msgs = ((InternalEObject)newQuobyte).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE, null, msgs);
			msgs = basicSetQuobyte(newQuobyte, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE, newQuobyte, newQuobyte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RBDPersistentVolumeSource getRbd() {
		return rbd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRbd(RBDPersistentVolumeSource newRbd, NotificationChain msgs) {
		RBDPersistentVolumeSource oldRbd = rbd;
		rbd = newRbd;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD, oldRbd, newRbd);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRbd(RBDPersistentVolumeSource newRbd) {
		if (newRbd != rbd) {
			NotificationChain msgs = null;
			if (rbd != null)
				msgs = ((InternalEObject)rbd).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD, null, msgs);
			if (newRbd != null)
				msgs = ((InternalEObject)newRbd).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD, null, msgs);
			msgs = basicSetRbd(newRbd, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD, newRbd, newRbd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleIOPersistentVolumeSource getScaleIO() {
		return scaleIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScaleIO(ScaleIOPersistentVolumeSource newScaleIO, NotificationChain msgs) {
		ScaleIOPersistentVolumeSource oldScaleIO = scaleIO;
		scaleIO = newScaleIO;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO, oldScaleIO, newScaleIO);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleIO(ScaleIOPersistentVolumeSource newScaleIO) {
		if (newScaleIO != scaleIO) {
			NotificationChain msgs = null;
			if (scaleIO != null)
				msgs = ((InternalEObject)scaleIO).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO, null, msgs);
			if (newScaleIO != null)
				msgs = ((InternalEObject)newScaleIO).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO, null, msgs);
			msgs = basicSetScaleIO(newScaleIO, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO, newScaleIO, newScaleIO));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageClassName() {
		return storageClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageClassName(String newStorageClassName) {
		String oldStorageClassName = storageClassName;
		storageClassName = newStorageClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGE_CLASS_NAME, oldStorageClassName, storageClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageOSPersistentVolumeSource getStorageos() {
		return storageos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStorageos(StorageOSPersistentVolumeSource newStorageos, NotificationChain msgs) {
		StorageOSPersistentVolumeSource oldStorageos = storageos;
		storageos = newStorageos;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS, oldStorageos, newStorageos);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageos(StorageOSPersistentVolumeSource newStorageos) {
		if (newStorageos != storageos) {
			NotificationChain msgs = null;
			if (storageos != null)
				msgs = ((InternalEObject)storageos).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS, null, msgs);
			if (newStorageos != null)
				msgs = ((InternalEObject)newStorageos).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS, null, msgs);
			msgs = basicSetStorageos(newStorageos, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS, newStorageos, newStorageos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeAttributesClassName() {
		return volumeAttributesClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeAttributesClassName(String newVolumeAttributesClassName) {
		String oldVolumeAttributesClassName = volumeAttributesClassName;
		volumeAttributesClassName = newVolumeAttributesClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME, oldVolumeAttributesClassName, volumeAttributesClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeMode() {
		return volumeMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMode(String newVolumeMode) {
		String oldVolumeMode = volumeMode;
		volumeMode = newVolumeMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_MODE, oldVolumeMode, volumeMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VsphereVirtualDiskVolumeSource getVsphereVolume() {
		return vsphereVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVsphereVolume(VsphereVirtualDiskVolumeSource newVsphereVolume, NotificationChain msgs) {
		VsphereVirtualDiskVolumeSource oldVsphereVolume = vsphereVolume;
		vsphereVolume = newVsphereVolume;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME, oldVsphereVolume, newVsphereVolume);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVsphereVolume(VsphereVirtualDiskVolumeSource newVsphereVolume) {
		if (newVsphereVolume != vsphereVolume) {
			NotificationChain msgs = null;
			if (vsphereVolume != null)
				msgs = ((InternalEObject)vsphereVolume).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME, null, msgs);
			if (newVsphereVolume != null)
				msgs = ((InternalEObject)newVsphereVolume).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME, null, msgs);
			msgs = basicSetVsphereVolume(newVsphereVolume, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME, newVsphereVolume, newVsphereVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE:
				return basicSetAwsElasticBlockStore(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK:
				return basicSetAzureDisk(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE:
				return basicSetAzureFile(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CAPACITY:
				return ((InternalEList<?>)getCapacity()).basicRemove(otherEnd, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS:
				return basicSetCephfs(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER:
				return basicSetCinder(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF:
				return basicSetClaimRef(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI:
				return basicSetCsi(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FC:
				return basicSetFc(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME:
				return basicSetFlexVolume(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER:
				return basicSetFlocker(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK:
				return basicSetGcePersistentDisk(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS:
				return basicSetGlusterfs(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH:
				return basicSetHostPath(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI:
				return basicSetIscsi(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL:
				return basicSetLocal(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS:
				return basicSetNfs(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY:
				return basicSetNodeAffinity(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK:
				return basicSetPhotonPersistentDisk(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME:
				return basicSetPortworxVolume(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE:
				return basicSetQuobyte(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD:
				return basicSetRbd(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO:
				return basicSetScaleIO(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS:
				return basicSetStorageos(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME:
				return basicSetVsphereVolume(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ACCESS_MODES:
				return getAccessModes();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE:
				return getAwsElasticBlockStore();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK:
				return getAzureDisk();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE:
				return getAzureFile();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CAPACITY:
				if (coreType) return getCapacity();
				else return getCapacity().map();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS:
				return getCephfs();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER:
				return getCinder();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF:
				return getClaimRef();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI:
				return getCsi();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FC:
				return getFc();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME:
				return getFlexVolume();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER:
				return getFlocker();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK:
				return getGcePersistentDisk();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS:
				return getGlusterfs();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH:
				return getHostPath();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI:
				return getIscsi();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL:
				return getLocal();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__MOUNT_OPTIONS:
				return getMountOptions();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS:
				return getNfs();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY:
				return getNodeAffinity();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PERSISTENT_VOLUME_RECLAIM_POLICY:
				return getPersistentVolumeReclaimPolicy();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK:
				return getPhotonPersistentDisk();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME:
				return getPortworxVolume();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE:
				return getQuobyte();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD:
				return getRbd();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO:
				return getScaleIO();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGE_CLASS_NAME:
				return getStorageClassName();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS:
				return getStorageos();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				return getVolumeAttributesClassName();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_MODE:
				return getVolumeMode();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME:
				return getVsphereVolume();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ACCESS_MODES:
				getAccessModes().clear();
				getAccessModes().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE:
				setAwsElasticBlockStore((AWSElasticBlockStoreVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK:
				setAzureDisk((AzureDiskVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE:
				setAzureFile((AzureFilePersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CAPACITY:
				((EStructuralFeature.Setting)getCapacity()).set(newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS:
				setCephfs((CephFSPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER:
				setCinder((CinderPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF:
				setClaimRef((ObjectReference)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI:
				setCsi((CSIPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FC:
				setFc((FCVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME:
				setFlexVolume((FlexPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER:
				setFlocker((FlockerVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK:
				setGcePersistentDisk((GCEPersistentDiskVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS:
				setGlusterfs((GlusterfsPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH:
				setHostPath((HostPathVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI:
				setIscsi((ISCSIPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL:
				setLocal((LocalVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__MOUNT_OPTIONS:
				getMountOptions().clear();
				getMountOptions().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS:
				setNfs((NFSVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY:
				setNodeAffinity((VolumeNodeAffinity)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PERSISTENT_VOLUME_RECLAIM_POLICY:
				setPersistentVolumeReclaimPolicy((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK:
				setPhotonPersistentDisk((PhotonPersistentDiskVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME:
				setPortworxVolume((PortworxVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE:
				setQuobyte((QuobyteVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD:
				setRbd((RBDPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO:
				setScaleIO((ScaleIOPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGE_CLASS_NAME:
				setStorageClassName((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS:
				setStorageos((StorageOSPersistentVolumeSource)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				setVolumeAttributesClassName((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_MODE:
				setVolumeMode((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME:
				setVsphereVolume((VsphereVirtualDiskVolumeSource)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ACCESS_MODES:
				getAccessModes().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE:
				setAwsElasticBlockStore((AWSElasticBlockStoreVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK:
				setAzureDisk((AzureDiskVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE:
				setAzureFile((AzureFilePersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CAPACITY:
				getCapacity().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS:
				setCephfs((CephFSPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER:
				setCinder((CinderPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF:
				setClaimRef((ObjectReference)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI:
				setCsi((CSIPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FC:
				setFc((FCVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME:
				setFlexVolume((FlexPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER:
				setFlocker((FlockerVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK:
				setGcePersistentDisk((GCEPersistentDiskVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS:
				setGlusterfs((GlusterfsPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH:
				setHostPath((HostPathVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI:
				setIscsi((ISCSIPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL:
				setLocal((LocalVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__MOUNT_OPTIONS:
				getMountOptions().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS:
				setNfs((NFSVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY:
				setNodeAffinity((VolumeNodeAffinity)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PERSISTENT_VOLUME_RECLAIM_POLICY:
				setPersistentVolumeReclaimPolicy(PERSISTENT_VOLUME_RECLAIM_POLICY_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK:
				setPhotonPersistentDisk((PhotonPersistentDiskVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME:
				setPortworxVolume((PortworxVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE:
				setQuobyte((QuobyteVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD:
				setRbd((RBDPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO:
				setScaleIO((ScaleIOPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGE_CLASS_NAME:
				setStorageClassName(STORAGE_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS:
				setStorageos((StorageOSPersistentVolumeSource)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				setVolumeAttributesClassName(VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_MODE:
				setVolumeMode(VOLUME_MODE_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME:
				setVsphereVolume((VsphereVirtualDiskVolumeSource)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ACCESS_MODES:
				return accessModes != null && !accessModes.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AWS_ELASTIC_BLOCK_STORE:
				return awsElasticBlockStore != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_DISK:
				return azureDisk != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__AZURE_FILE:
				return azureFile != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CAPACITY:
				return capacity != null && !capacity.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CEPHFS:
				return cephfs != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CINDER:
				return cinder != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CLAIM_REF:
				return claimRef != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__CSI:
				return csi != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FC:
				return fc != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLEX_VOLUME:
				return flexVolume != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__FLOCKER:
				return flocker != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GCE_PERSISTENT_DISK:
				return gcePersistentDisk != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__GLUSTERFS:
				return glusterfs != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__HOST_PATH:
				return hostPath != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__ISCSI:
				return iscsi != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__LOCAL:
				return local != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__MOUNT_OPTIONS:
				return mountOptions != null && !mountOptions.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NFS:
				return nfs != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__NODE_AFFINITY:
				return nodeAffinity != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PERSISTENT_VOLUME_RECLAIM_POLICY:
				return PERSISTENT_VOLUME_RECLAIM_POLICY_EDEFAULT == null ? persistentVolumeReclaimPolicy != null : !PERSISTENT_VOLUME_RECLAIM_POLICY_EDEFAULT.equals(persistentVolumeReclaimPolicy);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PHOTON_PERSISTENT_DISK:
				return photonPersistentDisk != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__PORTWORX_VOLUME:
				return portworxVolume != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__QUOBYTE:
				return quobyte != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__RBD:
				return rbd != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__SCALE_IO:
				return scaleIO != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGE_CLASS_NAME:
				return STORAGE_CLASS_NAME_EDEFAULT == null ? storageClassName != null : !STORAGE_CLASS_NAME_EDEFAULT.equals(storageClassName);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__STORAGEOS:
				return storageos != null;
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				return VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT == null ? volumeAttributesClassName != null : !VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT.equals(volumeAttributesClassName);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VOLUME_MODE:
				return VOLUME_MODE_EDEFAULT == null ? volumeMode != null : !VOLUME_MODE_EDEFAULT.equals(volumeMode);
			case CoreV1Package.PERSISTENT_VOLUME_SPEC__VSPHERE_VOLUME:
				return vsphereVolume != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (accessModes: ");
		result.append(accessModes);
		result.append(", mountOptions: ");
		result.append(mountOptions);
		result.append(", persistentVolumeReclaimPolicy: ");
		result.append(persistentVolumeReclaimPolicy);
		result.append(", storageClassName: ");
		result.append(storageClassName);
		result.append(", volumeAttributesClassName: ");
		result.append(volumeAttributesClassName);
		result.append(", volumeMode: ");
		result.append(volumeMode);
		result.append(')');
		return result.toString();
	}

} //PersistentVolumeSpecImpl
