/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource;
import io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource;
import io.pilothouse.model.k8s.core.v1.CSIVolumeSource;
import io.pilothouse.model.k8s.core.v1.CephFSVolumeSource;
import io.pilothouse.model.k8s.core.v1.CinderVolumeSource;
import io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeSource;
import io.pilothouse.model.k8s.core.v1.EmptyDirVolumeSource;
import io.pilothouse.model.k8s.core.v1.EphemeralVolumeSource;
import io.pilothouse.model.k8s.core.v1.FCVolumeSource;
import io.pilothouse.model.k8s.core.v1.FlexVolumeSource;
import io.pilothouse.model.k8s.core.v1.FlockerVolumeSource;
import io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource;
import io.pilothouse.model.k8s.core.v1.GlusterfsVolumeSource;
import io.pilothouse.model.k8s.core.v1.HostPathVolumeSource;
import io.pilothouse.model.k8s.core.v1.ISCSIVolumeSource;
import io.pilothouse.model.k8s.core.v1.ImageVolumeSource;
import io.pilothouse.model.k8s.core.v1.NFSVolumeSource;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource;
import io.pilothouse.model.k8s.core.v1.PhotonPersistentDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.PortworxVolumeSource;
import io.pilothouse.model.k8s.core.v1.ProjectedVolumeSource;
import io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource;
import io.pilothouse.model.k8s.core.v1.RBDVolumeSource;
import io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource;
import io.pilothouse.model.k8s.core.v1.SecretVolumeSource;
import io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getAwsElasticBlockStore <em>Aws Elastic Block Store</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getAzureDisk <em>Azure Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getAzureFile <em>Azure File</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getCephfs <em>Cephfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getCinder <em>Cinder</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getConfigMap <em>Config Map</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getCsi <em>Csi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getDownwardAPI <em>Downward API</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getEmptyDir <em>Empty Dir</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getEphemeral <em>Ephemeral</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getFc <em>Fc</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getFlexVolume <em>Flex Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getFlocker <em>Flocker</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getGcePersistentDisk <em>Gce Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getGitRepo <em>Git Repo</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getGlusterfs <em>Glusterfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getHostPath <em>Host Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getIscsi <em>Iscsi</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getNfs <em>Nfs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getPersistentVolumeClaim <em>Persistent Volume Claim</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getPhotonPersistentDisk <em>Photon Persistent Disk</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getPortworxVolume <em>Portworx Volume</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getProjected <em>Projected</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getQuobyte <em>Quobyte</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getRbd <em>Rbd</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getScaleIO <em>Scale IO</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getSecret <em>Secret</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getStorageos <em>Storageos</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeImpl#getVsphereVolume <em>Vsphere Volume</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeImpl extends MinimalEObjectImpl.Container implements Volume {
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
	protected AzureFileVolumeSource azureFile;

	/**
	 * The cached value of the '{@link #getCephfs() <em>Cephfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCephfs()
	 * @generated
	 * @ordered
	 */
	protected CephFSVolumeSource cephfs;

	/**
	 * The cached value of the '{@link #getCinder() <em>Cinder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCinder()
	 * @generated
	 * @ordered
	 */
	protected CinderVolumeSource cinder;

	/**
	 * The cached value of the '{@link #getConfigMap() <em>Config Map</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigMap()
	 * @generated
	 * @ordered
	 */
	protected ConfigMapVolumeSource configMap;

	/**
	 * The cached value of the '{@link #getCsi() <em>Csi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsi()
	 * @generated
	 * @ordered
	 */
	protected CSIVolumeSource csi;

	/**
	 * The cached value of the '{@link #getDownwardAPI() <em>Downward API</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDownwardAPI()
	 * @generated
	 * @ordered
	 */
	protected DownwardAPIVolumeSource downwardAPI;

	/**
	 * The cached value of the '{@link #getEmptyDir() <em>Empty Dir</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmptyDir()
	 * @generated
	 * @ordered
	 */
	protected EmptyDirVolumeSource emptyDir;

	/**
	 * The cached value of the '{@link #getEphemeral() <em>Ephemeral</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEphemeral()
	 * @generated
	 * @ordered
	 */
	protected EphemeralVolumeSource ephemeral;

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
	protected FlexVolumeSource flexVolume;

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
	 * The cached value of the '{@link #getGitRepo() <em>Git Repo</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitRepo()
	 * @generated
	 * @ordered
	 */
	protected GitRepoVolumeSource gitRepo;

	/**
	 * The cached value of the '{@link #getGlusterfs() <em>Glusterfs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlusterfs()
	 * @generated
	 * @ordered
	 */
	protected GlusterfsVolumeSource glusterfs;

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
	 * The cached value of the '{@link #getImage() <em>Image</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected ImageVolumeSource image;

	/**
	 * The cached value of the '{@link #getIscsi() <em>Iscsi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIscsi()
	 * @generated
	 * @ordered
	 */
	protected ISCSIVolumeSource iscsi;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getPersistentVolumeClaim() <em>Persistent Volume Claim</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersistentVolumeClaim()
	 * @generated
	 * @ordered
	 */
	protected PersistentVolumeClaimVolumeSource persistentVolumeClaim;

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
	 * The cached value of the '{@link #getProjected() <em>Projected</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjected()
	 * @generated
	 * @ordered
	 */
	protected ProjectedVolumeSource projected;

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
	protected RBDVolumeSource rbd;

	/**
	 * The cached value of the '{@link #getScaleIO() <em>Scale IO</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleIO()
	 * @generated
	 * @ordered
	 */
	protected ScaleIOVolumeSource scaleIO;

	/**
	 * The cached value of the '{@link #getSecret() <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecret()
	 * @generated
	 * @ordered
	 */
	protected SecretVolumeSource secret;

	/**
	 * The cached value of the '{@link #getStorageos() <em>Storageos</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageos()
	 * @generated
	 * @ordered
	 */
	protected StorageOSVolumeSource storageos;

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
	protected VolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.VOLUME;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE, oldAwsElasticBlockStore, newAwsElasticBlockStore);
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
				msgs = ((InternalEObject)awsElasticBlockStore).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE, null, msgs);
			if (newAwsElasticBlockStore != null)
				msgs = ((InternalEObject)newAwsElasticBlockStore).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE, null, msgs);
			msgs = basicSetAwsElasticBlockStore(newAwsElasticBlockStore, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE, newAwsElasticBlockStore, newAwsElasticBlockStore));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__AZURE_DISK, oldAzureDisk, newAzureDisk);
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
				msgs = ((InternalEObject)azureDisk).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__AZURE_DISK, null, msgs);
			if (newAzureDisk != null)
				msgs = ((InternalEObject)newAzureDisk).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__AZURE_DISK, null, msgs);
			msgs = basicSetAzureDisk(newAzureDisk, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__AZURE_DISK, newAzureDisk, newAzureDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureFileVolumeSource getAzureFile() {
		return azureFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAzureFile(AzureFileVolumeSource newAzureFile, NotificationChain msgs) {
		AzureFileVolumeSource oldAzureFile = azureFile;
		azureFile = newAzureFile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__AZURE_FILE, oldAzureFile, newAzureFile);
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
	public void setAzureFile(AzureFileVolumeSource newAzureFile) {
		if (newAzureFile != azureFile) {
			NotificationChain msgs = null;
			if (azureFile != null)
				msgs = ((InternalEObject)azureFile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__AZURE_FILE, null, msgs);
			if (newAzureFile != null)
				msgs = ((InternalEObject)newAzureFile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__AZURE_FILE, null, msgs);
			msgs = basicSetAzureFile(newAzureFile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__AZURE_FILE, newAzureFile, newAzureFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CephFSVolumeSource getCephfs() {
		return cephfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCephfs(CephFSVolumeSource newCephfs, NotificationChain msgs) {
		CephFSVolumeSource oldCephfs = cephfs;
		cephfs = newCephfs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CEPHFS, oldCephfs, newCephfs);
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
	public void setCephfs(CephFSVolumeSource newCephfs) {
		if (newCephfs != cephfs) {
			NotificationChain msgs = null;
			if (cephfs != null)
				msgs = ((InternalEObject)cephfs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CEPHFS, null, msgs);
			if (newCephfs != null)
				msgs = ((InternalEObject)newCephfs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CEPHFS, null, msgs);
			msgs = basicSetCephfs(newCephfs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CEPHFS, newCephfs, newCephfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CinderVolumeSource getCinder() {
		return cinder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCinder(CinderVolumeSource newCinder, NotificationChain msgs) {
		CinderVolumeSource oldCinder = cinder;
		cinder = newCinder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CINDER, oldCinder, newCinder);
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
	public void setCinder(CinderVolumeSource newCinder) {
		if (newCinder != cinder) {
			NotificationChain msgs = null;
			if (cinder != null)
				msgs = ((InternalEObject)cinder).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CINDER, null, msgs);
			if (newCinder != null)
				msgs = ((InternalEObject)newCinder).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CINDER, null, msgs);
			msgs = basicSetCinder(newCinder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CINDER, newCinder, newCinder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapVolumeSource getConfigMap() {
		return configMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfigMap(ConfigMapVolumeSource newConfigMap, NotificationChain msgs) {
		ConfigMapVolumeSource oldConfigMap = configMap;
		configMap = newConfigMap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CONFIG_MAP, oldConfigMap, newConfigMap);
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
	public void setConfigMap(ConfigMapVolumeSource newConfigMap) {
		if (newConfigMap != configMap) {
			NotificationChain msgs = null;
			if (configMap != null)
				msgs = ((InternalEObject)configMap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CONFIG_MAP, null, msgs);
			if (newConfigMap != null)
				msgs = ((InternalEObject)newConfigMap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CONFIG_MAP, null, msgs);
			msgs = basicSetConfigMap(newConfigMap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CONFIG_MAP, newConfigMap, newConfigMap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSIVolumeSource getCsi() {
		return csi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCsi(CSIVolumeSource newCsi, NotificationChain msgs) {
		CSIVolumeSource oldCsi = csi;
		csi = newCsi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CSI, oldCsi, newCsi);
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
	public void setCsi(CSIVolumeSource newCsi) {
		if (newCsi != csi) {
			NotificationChain msgs = null;
			if (csi != null)
				msgs = ((InternalEObject)csi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CSI, null, msgs);
			if (newCsi != null)
				msgs = ((InternalEObject)newCsi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__CSI, null, msgs);
			msgs = basicSetCsi(newCsi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__CSI, newCsi, newCsi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DownwardAPIVolumeSource getDownwardAPI() {
		return downwardAPI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDownwardAPI(DownwardAPIVolumeSource newDownwardAPI, NotificationChain msgs) {
		DownwardAPIVolumeSource oldDownwardAPI = downwardAPI;
		downwardAPI = newDownwardAPI;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__DOWNWARD_API, oldDownwardAPI, newDownwardAPI);
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
	public void setDownwardAPI(DownwardAPIVolumeSource newDownwardAPI) {
		if (newDownwardAPI != downwardAPI) {
			NotificationChain msgs = null;
			if (downwardAPI != null)
				msgs = ((InternalEObject)downwardAPI).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__DOWNWARD_API, null, msgs);
			if (newDownwardAPI != null)
				msgs = ((InternalEObject)newDownwardAPI).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__DOWNWARD_API, null, msgs);
			msgs = basicSetDownwardAPI(newDownwardAPI, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__DOWNWARD_API, newDownwardAPI, newDownwardAPI));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmptyDirVolumeSource getEmptyDir() {
		return emptyDir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEmptyDir(EmptyDirVolumeSource newEmptyDir, NotificationChain msgs) {
		EmptyDirVolumeSource oldEmptyDir = emptyDir;
		emptyDir = newEmptyDir;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__EMPTY_DIR, oldEmptyDir, newEmptyDir);
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
	public void setEmptyDir(EmptyDirVolumeSource newEmptyDir) {
		if (newEmptyDir != emptyDir) {
			NotificationChain msgs = null;
			if (emptyDir != null)
				msgs = ((InternalEObject)emptyDir).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__EMPTY_DIR, null, msgs);
			if (newEmptyDir != null)
				msgs = ((InternalEObject)newEmptyDir).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__EMPTY_DIR, null, msgs);
			msgs = basicSetEmptyDir(newEmptyDir, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__EMPTY_DIR, newEmptyDir, newEmptyDir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EphemeralVolumeSource getEphemeral() {
		return ephemeral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEphemeral(EphemeralVolumeSource newEphemeral, NotificationChain msgs) {
		EphemeralVolumeSource oldEphemeral = ephemeral;
		ephemeral = newEphemeral;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__EPHEMERAL, oldEphemeral, newEphemeral);
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
	public void setEphemeral(EphemeralVolumeSource newEphemeral) {
		if (newEphemeral != ephemeral) {
			NotificationChain msgs = null;
			if (ephemeral != null)
				msgs = ((InternalEObject)ephemeral).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__EPHEMERAL, null, msgs);
			if (newEphemeral != null)
				msgs = ((InternalEObject)newEphemeral).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__EPHEMERAL, null, msgs);
			msgs = basicSetEphemeral(newEphemeral, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__EPHEMERAL, newEphemeral, newEphemeral));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__FC, oldFc, newFc);
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
				msgs = ((InternalEObject)fc).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__FC, null, msgs);
			if (newFc != null)
				msgs = ((InternalEObject)newFc).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__FC, null, msgs);
			msgs = basicSetFc(newFc, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__FC, newFc, newFc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlexVolumeSource getFlexVolume() {
		return flexVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFlexVolume(FlexVolumeSource newFlexVolume, NotificationChain msgs) {
		FlexVolumeSource oldFlexVolume = flexVolume;
		flexVolume = newFlexVolume;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__FLEX_VOLUME, oldFlexVolume, newFlexVolume);
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
	public void setFlexVolume(FlexVolumeSource newFlexVolume) {
		if (newFlexVolume != flexVolume) {
			NotificationChain msgs = null;
			if (flexVolume != null)
				msgs = ((InternalEObject)flexVolume).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__FLEX_VOLUME, null, msgs);
			if (newFlexVolume != null)
				msgs = ((InternalEObject)newFlexVolume).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__FLEX_VOLUME, null, msgs);
			msgs = basicSetFlexVolume(newFlexVolume, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__FLEX_VOLUME, newFlexVolume, newFlexVolume));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__FLOCKER, oldFlocker, newFlocker);
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
				msgs = ((InternalEObject)flocker).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__FLOCKER, null, msgs);
			if (newFlocker != null)
				msgs = ((InternalEObject)newFlocker).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__FLOCKER, null, msgs);
			msgs = basicSetFlocker(newFlocker, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__FLOCKER, newFlocker, newFlocker));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__GCE_PERSISTENT_DISK, oldGcePersistentDisk, newGcePersistentDisk);
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
				msgs = ((InternalEObject)gcePersistentDisk).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__GCE_PERSISTENT_DISK, null, msgs);
			if (newGcePersistentDisk != null)
				msgs = ((InternalEObject)newGcePersistentDisk).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__GCE_PERSISTENT_DISK, null, msgs);
			msgs = basicSetGcePersistentDisk(newGcePersistentDisk, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__GCE_PERSISTENT_DISK, newGcePersistentDisk, newGcePersistentDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GitRepoVolumeSource getGitRepo() {
		return gitRepo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGitRepo(GitRepoVolumeSource newGitRepo, NotificationChain msgs) {
		GitRepoVolumeSource oldGitRepo = gitRepo;
		gitRepo = newGitRepo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__GIT_REPO, oldGitRepo, newGitRepo);
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
	public void setGitRepo(GitRepoVolumeSource newGitRepo) {
		if (newGitRepo != gitRepo) {
			NotificationChain msgs = null;
			if (gitRepo != null)
				msgs = ((InternalEObject)gitRepo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__GIT_REPO, null, msgs);
			if (newGitRepo != null)
				msgs = ((InternalEObject)newGitRepo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__GIT_REPO, null, msgs);
			msgs = basicSetGitRepo(newGitRepo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__GIT_REPO, newGitRepo, newGitRepo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlusterfsVolumeSource getGlusterfs() {
		return glusterfs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGlusterfs(GlusterfsVolumeSource newGlusterfs, NotificationChain msgs) {
		GlusterfsVolumeSource oldGlusterfs = glusterfs;
		glusterfs = newGlusterfs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__GLUSTERFS, oldGlusterfs, newGlusterfs);
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
	public void setGlusterfs(GlusterfsVolumeSource newGlusterfs) {
		if (newGlusterfs != glusterfs) {
			NotificationChain msgs = null;
			if (glusterfs != null)
				msgs = ((InternalEObject)glusterfs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__GLUSTERFS, null, msgs);
			if (newGlusterfs != null)
				msgs = ((InternalEObject)newGlusterfs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__GLUSTERFS, null, msgs);
			msgs = basicSetGlusterfs(newGlusterfs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__GLUSTERFS, newGlusterfs, newGlusterfs));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__HOST_PATH, oldHostPath, newHostPath);
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
				msgs = ((InternalEObject)hostPath).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__HOST_PATH, null, msgs);
			if (newHostPath != null)
				msgs = ((InternalEObject)newHostPath).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__HOST_PATH, null, msgs);
			msgs = basicSetHostPath(newHostPath, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__HOST_PATH, newHostPath, newHostPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVolumeSource getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetImage(ImageVolumeSource newImage, NotificationChain msgs) {
		ImageVolumeSource oldImage = image;
		image = newImage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__IMAGE, oldImage, newImage);
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
	public void setImage(ImageVolumeSource newImage) {
		if (newImage != image) {
			NotificationChain msgs = null;
			if (image != null)
				msgs = ((InternalEObject)image).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__IMAGE, null, msgs);
			if (newImage != null)
				msgs = ((InternalEObject)newImage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__IMAGE, null, msgs);
			msgs = basicSetImage(newImage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__IMAGE, newImage, newImage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ISCSIVolumeSource getIscsi() {
		return iscsi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIscsi(ISCSIVolumeSource newIscsi, NotificationChain msgs) {
		ISCSIVolumeSource oldIscsi = iscsi;
		iscsi = newIscsi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__ISCSI, oldIscsi, newIscsi);
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
	public void setIscsi(ISCSIVolumeSource newIscsi) {
		if (newIscsi != iscsi) {
			NotificationChain msgs = null;
			if (iscsi != null)
				msgs = ((InternalEObject)iscsi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__ISCSI, null, msgs);
			if (newIscsi != null)
				msgs = ((InternalEObject)newIscsi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__ISCSI, null, msgs);
			msgs = basicSetIscsi(newIscsi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__ISCSI, newIscsi, newIscsi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__NAME, oldName, name));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__NFS, oldNfs, newNfs);
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
				msgs = ((InternalEObject)nfs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__NFS, null, msgs);
			if (newNfs != null)
				msgs = ((InternalEObject)newNfs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__NFS, null, msgs);
			msgs = basicSetNfs(newNfs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__NFS, newNfs, newNfs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimVolumeSource getPersistentVolumeClaim() {
		return persistentVolumeClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPersistentVolumeClaim(PersistentVolumeClaimVolumeSource newPersistentVolumeClaim, NotificationChain msgs) {
		PersistentVolumeClaimVolumeSource oldPersistentVolumeClaim = persistentVolumeClaim;
		persistentVolumeClaim = newPersistentVolumeClaim;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM, oldPersistentVolumeClaim, newPersistentVolumeClaim);
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
	public void setPersistentVolumeClaim(PersistentVolumeClaimVolumeSource newPersistentVolumeClaim) {
		if (newPersistentVolumeClaim != persistentVolumeClaim) {
			NotificationChain msgs = null;
			if (persistentVolumeClaim != null)
				msgs = ((InternalEObject)persistentVolumeClaim).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM, null, msgs);
			if (newPersistentVolumeClaim != null)
				msgs = ((InternalEObject)newPersistentVolumeClaim).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM, null, msgs);
			msgs = basicSetPersistentVolumeClaim(newPersistentVolumeClaim, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM, newPersistentVolumeClaim, newPersistentVolumeClaim));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK, oldPhotonPersistentDisk, newPhotonPersistentDisk);
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
				msgs = ((InternalEObject)photonPersistentDisk).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK, null, msgs);
			if (newPhotonPersistentDisk != null)
				msgs = ((InternalEObject)newPhotonPersistentDisk).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK, null, msgs);
			msgs = basicSetPhotonPersistentDisk(newPhotonPersistentDisk, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK, newPhotonPersistentDisk, newPhotonPersistentDisk));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PORTWORX_VOLUME, oldPortworxVolume, newPortworxVolume);
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
				msgs = ((InternalEObject)portworxVolume).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PORTWORX_VOLUME, null, msgs);
			if (newPortworxVolume != null)
				msgs = ((InternalEObject)newPortworxVolume).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PORTWORX_VOLUME, null, msgs);
			msgs = basicSetPortworxVolume(newPortworxVolume, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PORTWORX_VOLUME, newPortworxVolume, newPortworxVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectedVolumeSource getProjected() {
		return projected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProjected(ProjectedVolumeSource newProjected, NotificationChain msgs) {
		ProjectedVolumeSource oldProjected = projected;
		projected = newProjected;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PROJECTED, oldProjected, newProjected);
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
	public void setProjected(ProjectedVolumeSource newProjected) {
		if (newProjected != projected) {
			NotificationChain msgs = null;
			if (projected != null)
				msgs = ((InternalEObject)projected).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PROJECTED, null, msgs);
			if (newProjected != null)
				msgs = ((InternalEObject)newProjected).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__PROJECTED, null, msgs);
			msgs = basicSetProjected(newProjected, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__PROJECTED, newProjected, newProjected));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__QUOBYTE, oldQuobyte, newQuobyte);
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
				msgs = ((InternalEObject)quobyte).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__QUOBYTE, null, msgs);
			if (newQuobyte != null)
				msgs = ((InternalEObject)newQuobyte).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__QUOBYTE, null, msgs);
			msgs = basicSetQuobyte(newQuobyte, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__QUOBYTE, newQuobyte, newQuobyte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RBDVolumeSource getRbd() {
		return rbd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRbd(RBDVolumeSource newRbd, NotificationChain msgs) {
		RBDVolumeSource oldRbd = rbd;
		rbd = newRbd;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__RBD, oldRbd, newRbd);
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
	public void setRbd(RBDVolumeSource newRbd) {
		if (newRbd != rbd) {
			NotificationChain msgs = null;
			if (rbd != null)
				msgs = ((InternalEObject)rbd).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__RBD, null, msgs);
			if (newRbd != null)
				msgs = ((InternalEObject)newRbd).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__RBD, null, msgs);
			msgs = basicSetRbd(newRbd, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__RBD, newRbd, newRbd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleIOVolumeSource getScaleIO() {
		return scaleIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScaleIO(ScaleIOVolumeSource newScaleIO, NotificationChain msgs) {
		ScaleIOVolumeSource oldScaleIO = scaleIO;
		scaleIO = newScaleIO;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__SCALE_IO, oldScaleIO, newScaleIO);
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
	public void setScaleIO(ScaleIOVolumeSource newScaleIO) {
		if (newScaleIO != scaleIO) {
			NotificationChain msgs = null;
			if (scaleIO != null)
				msgs = ((InternalEObject)scaleIO).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__SCALE_IO, null, msgs);
			if (newScaleIO != null)
				msgs = ((InternalEObject)newScaleIO).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__SCALE_IO, null, msgs);
			msgs = basicSetScaleIO(newScaleIO, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__SCALE_IO, newScaleIO, newScaleIO));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretVolumeSource getSecret() {
		return secret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecret(SecretVolumeSource newSecret, NotificationChain msgs) {
		SecretVolumeSource oldSecret = secret;
		secret = newSecret;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__SECRET, oldSecret, newSecret);
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
	public void setSecret(SecretVolumeSource newSecret) {
		if (newSecret != secret) {
			NotificationChain msgs = null;
			if (secret != null)
				msgs = ((InternalEObject)secret).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__SECRET, null, msgs);
			if (newSecret != null)
				msgs = ((InternalEObject)newSecret).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__SECRET, null, msgs);
			msgs = basicSetSecret(newSecret, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__SECRET, newSecret, newSecret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageOSVolumeSource getStorageos() {
		return storageos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStorageos(StorageOSVolumeSource newStorageos, NotificationChain msgs) {
		StorageOSVolumeSource oldStorageos = storageos;
		storageos = newStorageos;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__STORAGEOS, oldStorageos, newStorageos);
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
	public void setStorageos(StorageOSVolumeSource newStorageos) {
		if (newStorageos != storageos) {
			NotificationChain msgs = null;
			if (storageos != null)
				msgs = ((InternalEObject)storageos).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__STORAGEOS, null, msgs);
			if (newStorageos != null)
				msgs = ((InternalEObject)newStorageos).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__STORAGEOS, null, msgs);
			msgs = basicSetStorageos(newStorageos, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__STORAGEOS, newStorageos, newStorageos));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__VSPHERE_VOLUME, oldVsphereVolume, newVsphereVolume);
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
				msgs = ((InternalEObject)vsphereVolume).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__VSPHERE_VOLUME, null, msgs);
			if (newVsphereVolume != null)
				msgs = ((InternalEObject)newVsphereVolume).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME__VSPHERE_VOLUME, null, msgs);
			msgs = basicSetVsphereVolume(newVsphereVolume, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME__VSPHERE_VOLUME, newVsphereVolume, newVsphereVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE:
				return basicSetAwsElasticBlockStore(null, msgs);
			case CoreV1Package.VOLUME__AZURE_DISK:
				return basicSetAzureDisk(null, msgs);
			case CoreV1Package.VOLUME__AZURE_FILE:
				return basicSetAzureFile(null, msgs);
			case CoreV1Package.VOLUME__CEPHFS:
				return basicSetCephfs(null, msgs);
			case CoreV1Package.VOLUME__CINDER:
				return basicSetCinder(null, msgs);
			case CoreV1Package.VOLUME__CONFIG_MAP:
				return basicSetConfigMap(null, msgs);
			case CoreV1Package.VOLUME__CSI:
				return basicSetCsi(null, msgs);
			case CoreV1Package.VOLUME__DOWNWARD_API:
				return basicSetDownwardAPI(null, msgs);
			case CoreV1Package.VOLUME__EMPTY_DIR:
				return basicSetEmptyDir(null, msgs);
			case CoreV1Package.VOLUME__EPHEMERAL:
				return basicSetEphemeral(null, msgs);
			case CoreV1Package.VOLUME__FC:
				return basicSetFc(null, msgs);
			case CoreV1Package.VOLUME__FLEX_VOLUME:
				return basicSetFlexVolume(null, msgs);
			case CoreV1Package.VOLUME__FLOCKER:
				return basicSetFlocker(null, msgs);
			case CoreV1Package.VOLUME__GCE_PERSISTENT_DISK:
				return basicSetGcePersistentDisk(null, msgs);
			case CoreV1Package.VOLUME__GIT_REPO:
				return basicSetGitRepo(null, msgs);
			case CoreV1Package.VOLUME__GLUSTERFS:
				return basicSetGlusterfs(null, msgs);
			case CoreV1Package.VOLUME__HOST_PATH:
				return basicSetHostPath(null, msgs);
			case CoreV1Package.VOLUME__IMAGE:
				return basicSetImage(null, msgs);
			case CoreV1Package.VOLUME__ISCSI:
				return basicSetIscsi(null, msgs);
			case CoreV1Package.VOLUME__NFS:
				return basicSetNfs(null, msgs);
			case CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM:
				return basicSetPersistentVolumeClaim(null, msgs);
			case CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK:
				return basicSetPhotonPersistentDisk(null, msgs);
			case CoreV1Package.VOLUME__PORTWORX_VOLUME:
				return basicSetPortworxVolume(null, msgs);
			case CoreV1Package.VOLUME__PROJECTED:
				return basicSetProjected(null, msgs);
			case CoreV1Package.VOLUME__QUOBYTE:
				return basicSetQuobyte(null, msgs);
			case CoreV1Package.VOLUME__RBD:
				return basicSetRbd(null, msgs);
			case CoreV1Package.VOLUME__SCALE_IO:
				return basicSetScaleIO(null, msgs);
			case CoreV1Package.VOLUME__SECRET:
				return basicSetSecret(null, msgs);
			case CoreV1Package.VOLUME__STORAGEOS:
				return basicSetStorageos(null, msgs);
			case CoreV1Package.VOLUME__VSPHERE_VOLUME:
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
			case CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE:
				return getAwsElasticBlockStore();
			case CoreV1Package.VOLUME__AZURE_DISK:
				return getAzureDisk();
			case CoreV1Package.VOLUME__AZURE_FILE:
				return getAzureFile();
			case CoreV1Package.VOLUME__CEPHFS:
				return getCephfs();
			case CoreV1Package.VOLUME__CINDER:
				return getCinder();
			case CoreV1Package.VOLUME__CONFIG_MAP:
				return getConfigMap();
			case CoreV1Package.VOLUME__CSI:
				return getCsi();
			case CoreV1Package.VOLUME__DOWNWARD_API:
				return getDownwardAPI();
			case CoreV1Package.VOLUME__EMPTY_DIR:
				return getEmptyDir();
			case CoreV1Package.VOLUME__EPHEMERAL:
				return getEphemeral();
			case CoreV1Package.VOLUME__FC:
				return getFc();
			case CoreV1Package.VOLUME__FLEX_VOLUME:
				return getFlexVolume();
			case CoreV1Package.VOLUME__FLOCKER:
				return getFlocker();
			case CoreV1Package.VOLUME__GCE_PERSISTENT_DISK:
				return getGcePersistentDisk();
			case CoreV1Package.VOLUME__GIT_REPO:
				return getGitRepo();
			case CoreV1Package.VOLUME__GLUSTERFS:
				return getGlusterfs();
			case CoreV1Package.VOLUME__HOST_PATH:
				return getHostPath();
			case CoreV1Package.VOLUME__IMAGE:
				return getImage();
			case CoreV1Package.VOLUME__ISCSI:
				return getIscsi();
			case CoreV1Package.VOLUME__NAME:
				return getName();
			case CoreV1Package.VOLUME__NFS:
				return getNfs();
			case CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM:
				return getPersistentVolumeClaim();
			case CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK:
				return getPhotonPersistentDisk();
			case CoreV1Package.VOLUME__PORTWORX_VOLUME:
				return getPortworxVolume();
			case CoreV1Package.VOLUME__PROJECTED:
				return getProjected();
			case CoreV1Package.VOLUME__QUOBYTE:
				return getQuobyte();
			case CoreV1Package.VOLUME__RBD:
				return getRbd();
			case CoreV1Package.VOLUME__SCALE_IO:
				return getScaleIO();
			case CoreV1Package.VOLUME__SECRET:
				return getSecret();
			case CoreV1Package.VOLUME__STORAGEOS:
				return getStorageos();
			case CoreV1Package.VOLUME__VSPHERE_VOLUME:
				return getVsphereVolume();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE:
				setAwsElasticBlockStore((AWSElasticBlockStoreVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__AZURE_DISK:
				setAzureDisk((AzureDiskVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__AZURE_FILE:
				setAzureFile((AzureFileVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__CEPHFS:
				setCephfs((CephFSVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__CINDER:
				setCinder((CinderVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__CONFIG_MAP:
				setConfigMap((ConfigMapVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__CSI:
				setCsi((CSIVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__DOWNWARD_API:
				setDownwardAPI((DownwardAPIVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__EMPTY_DIR:
				setEmptyDir((EmptyDirVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__EPHEMERAL:
				setEphemeral((EphemeralVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__FC:
				setFc((FCVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__FLEX_VOLUME:
				setFlexVolume((FlexVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__FLOCKER:
				setFlocker((FlockerVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__GCE_PERSISTENT_DISK:
				setGcePersistentDisk((GCEPersistentDiskVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__GIT_REPO:
				setGitRepo((GitRepoVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__GLUSTERFS:
				setGlusterfs((GlusterfsVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__HOST_PATH:
				setHostPath((HostPathVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__IMAGE:
				setImage((ImageVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__ISCSI:
				setIscsi((ISCSIVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.VOLUME__NFS:
				setNfs((NFSVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM:
				setPersistentVolumeClaim((PersistentVolumeClaimVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK:
				setPhotonPersistentDisk((PhotonPersistentDiskVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__PORTWORX_VOLUME:
				setPortworxVolume((PortworxVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__PROJECTED:
				setProjected((ProjectedVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__QUOBYTE:
				setQuobyte((QuobyteVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__RBD:
				setRbd((RBDVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__SCALE_IO:
				setScaleIO((ScaleIOVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__SECRET:
				setSecret((SecretVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__STORAGEOS:
				setStorageos((StorageOSVolumeSource)newValue);
				return;
			case CoreV1Package.VOLUME__VSPHERE_VOLUME:
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
			case CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE:
				setAwsElasticBlockStore((AWSElasticBlockStoreVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__AZURE_DISK:
				setAzureDisk((AzureDiskVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__AZURE_FILE:
				setAzureFile((AzureFileVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__CEPHFS:
				setCephfs((CephFSVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__CINDER:
				setCinder((CinderVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__CONFIG_MAP:
				setConfigMap((ConfigMapVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__CSI:
				setCsi((CSIVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__DOWNWARD_API:
				setDownwardAPI((DownwardAPIVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__EMPTY_DIR:
				setEmptyDir((EmptyDirVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__EPHEMERAL:
				setEphemeral((EphemeralVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__FC:
				setFc((FCVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__FLEX_VOLUME:
				setFlexVolume((FlexVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__FLOCKER:
				setFlocker((FlockerVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__GCE_PERSISTENT_DISK:
				setGcePersistentDisk((GCEPersistentDiskVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__GIT_REPO:
				setGitRepo((GitRepoVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__GLUSTERFS:
				setGlusterfs((GlusterfsVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__HOST_PATH:
				setHostPath((HostPathVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__IMAGE:
				setImage((ImageVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__ISCSI:
				setIscsi((ISCSIVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.VOLUME__NFS:
				setNfs((NFSVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM:
				setPersistentVolumeClaim((PersistentVolumeClaimVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK:
				setPhotonPersistentDisk((PhotonPersistentDiskVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__PORTWORX_VOLUME:
				setPortworxVolume((PortworxVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__PROJECTED:
				setProjected((ProjectedVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__QUOBYTE:
				setQuobyte((QuobyteVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__RBD:
				setRbd((RBDVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__SCALE_IO:
				setScaleIO((ScaleIOVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__SECRET:
				setSecret((SecretVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__STORAGEOS:
				setStorageos((StorageOSVolumeSource)null);
				return;
			case CoreV1Package.VOLUME__VSPHERE_VOLUME:
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
			case CoreV1Package.VOLUME__AWS_ELASTIC_BLOCK_STORE:
				return awsElasticBlockStore != null;
			case CoreV1Package.VOLUME__AZURE_DISK:
				return azureDisk != null;
			case CoreV1Package.VOLUME__AZURE_FILE:
				return azureFile != null;
			case CoreV1Package.VOLUME__CEPHFS:
				return cephfs != null;
			case CoreV1Package.VOLUME__CINDER:
				return cinder != null;
			case CoreV1Package.VOLUME__CONFIG_MAP:
				return configMap != null;
			case CoreV1Package.VOLUME__CSI:
				return csi != null;
			case CoreV1Package.VOLUME__DOWNWARD_API:
				return downwardAPI != null;
			case CoreV1Package.VOLUME__EMPTY_DIR:
				return emptyDir != null;
			case CoreV1Package.VOLUME__EPHEMERAL:
				return ephemeral != null;
			case CoreV1Package.VOLUME__FC:
				return fc != null;
			case CoreV1Package.VOLUME__FLEX_VOLUME:
				return flexVolume != null;
			case CoreV1Package.VOLUME__FLOCKER:
				return flocker != null;
			case CoreV1Package.VOLUME__GCE_PERSISTENT_DISK:
				return gcePersistentDisk != null;
			case CoreV1Package.VOLUME__GIT_REPO:
				return gitRepo != null;
			case CoreV1Package.VOLUME__GLUSTERFS:
				return glusterfs != null;
			case CoreV1Package.VOLUME__HOST_PATH:
				return hostPath != null;
			case CoreV1Package.VOLUME__IMAGE:
				return image != null;
			case CoreV1Package.VOLUME__ISCSI:
				return iscsi != null;
			case CoreV1Package.VOLUME__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.VOLUME__NFS:
				return nfs != null;
			case CoreV1Package.VOLUME__PERSISTENT_VOLUME_CLAIM:
				return persistentVolumeClaim != null;
			case CoreV1Package.VOLUME__PHOTON_PERSISTENT_DISK:
				return photonPersistentDisk != null;
			case CoreV1Package.VOLUME__PORTWORX_VOLUME:
				return portworxVolume != null;
			case CoreV1Package.VOLUME__PROJECTED:
				return projected != null;
			case CoreV1Package.VOLUME__QUOBYTE:
				return quobyte != null;
			case CoreV1Package.VOLUME__RBD:
				return rbd != null;
			case CoreV1Package.VOLUME__SCALE_IO:
				return scaleIO != null;
			case CoreV1Package.VOLUME__SECRET:
				return secret != null;
			case CoreV1Package.VOLUME__STORAGEOS:
				return storageos != null;
			case CoreV1Package.VOLUME__VSPHERE_VOLUME:
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //VolumeImpl
