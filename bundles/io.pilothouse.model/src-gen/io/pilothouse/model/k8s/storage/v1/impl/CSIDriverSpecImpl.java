/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.storage.v1.CSIDriverSpec;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.model.k8s.storage.v1.TokenRequest;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>CSI Driver Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getAttachRequired <em>Attach Required</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getFsGroupPolicy <em>Fs Group Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getNodeAllocatableUpdatePeriodSeconds <em>Node Allocatable Update Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getPodInfoOnMount <em>Pod Info On Mount</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getPreventPodSchedulingIfMissing <em>Prevent Pod Scheduling If Missing</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getRequiresRepublish <em>Requires Republish</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getSeLinuxMount <em>Se Linux Mount</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getServiceAccountTokenInSecrets <em>Service Account Token In Secrets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getStorageCapacity <em>Storage Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getTokenRequests <em>Token Requests</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIDriverSpecImpl#getVolumeLifecycleModes <em>Volume Lifecycle Modes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CSIDriverSpecImpl extends MinimalEObjectImpl.Container implements CSIDriverSpec {
	/**
	 * The default value of the '{@link #getAttachRequired() <em>Attach Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachRequired()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ATTACH_REQUIRED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachRequired() <em>Attach Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachRequired()
	 * @generated
	 * @ordered
	 */
	protected Boolean attachRequired = ATTACH_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFsGroupPolicy() <em>Fs Group Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsGroupPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String FS_GROUP_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsGroupPolicy() <em>Fs Group Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsGroupPolicy()
	 * @generated
	 * @ordered
	 */
	protected String fsGroupPolicy = FS_GROUP_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeAllocatableUpdatePeriodSeconds() <em>Node Allocatable Update Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAllocatableUpdatePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeAllocatableUpdatePeriodSeconds() <em>Node Allocatable Update Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAllocatableUpdatePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long nodeAllocatableUpdatePeriodSeconds = NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPodInfoOnMount() <em>Pod Info On Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodInfoOnMount()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean POD_INFO_ON_MOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodInfoOnMount() <em>Pod Info On Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodInfoOnMount()
	 * @generated
	 * @ordered
	 */
	protected Boolean podInfoOnMount = POD_INFO_ON_MOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreventPodSchedulingIfMissing() <em>Prevent Pod Scheduling If Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreventPodSchedulingIfMissing()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PREVENT_POD_SCHEDULING_IF_MISSING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreventPodSchedulingIfMissing() <em>Prevent Pod Scheduling If Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreventPodSchedulingIfMissing()
	 * @generated
	 * @ordered
	 */
	protected Boolean preventPodSchedulingIfMissing = PREVENT_POD_SCHEDULING_IF_MISSING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequiresRepublish() <em>Requires Republish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiresRepublish()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REQUIRES_REPUBLISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequiresRepublish() <em>Requires Republish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiresRepublish()
	 * @generated
	 * @ordered
	 */
	protected Boolean requiresRepublish = REQUIRES_REPUBLISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeLinuxMount() <em>Se Linux Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeLinuxMount()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SE_LINUX_MOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeLinuxMount() <em>Se Linux Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeLinuxMount()
	 * @generated
	 * @ordered
	 */
	protected Boolean seLinuxMount = SE_LINUX_MOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceAccountTokenInSecrets() <em>Service Account Token In Secrets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountTokenInSecrets()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SERVICE_ACCOUNT_TOKEN_IN_SECRETS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceAccountTokenInSecrets() <em>Service Account Token In Secrets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountTokenInSecrets()
	 * @generated
	 * @ordered
	 */
	protected Boolean serviceAccountTokenInSecrets = SERVICE_ACCOUNT_TOKEN_IN_SECRETS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageCapacity() <em>Storage Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean STORAGE_CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageCapacity() <em>Storage Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageCapacity()
	 * @generated
	 * @ordered
	 */
	protected Boolean storageCapacity = STORAGE_CAPACITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTokenRequests() <em>Token Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTokenRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<TokenRequest> tokenRequests;

	/**
	 * The cached value of the '{@link #getVolumeLifecycleModes() <em>Volume Lifecycle Modes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeLifecycleModes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> volumeLifecycleModes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CSIDriverSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.CSI_DRIVER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAttachRequired() {
		return attachRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachRequired(Boolean newAttachRequired) {
		Boolean oldAttachRequired = attachRequired;
		attachRequired = newAttachRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__ATTACH_REQUIRED, oldAttachRequired, attachRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFsGroupPolicy() {
		return fsGroupPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsGroupPolicy(String newFsGroupPolicy) {
		String oldFsGroupPolicy = fsGroupPolicy;
		fsGroupPolicy = newFsGroupPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__FS_GROUP_POLICY, oldFsGroupPolicy, fsGroupPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getNodeAllocatableUpdatePeriodSeconds() {
		return nodeAllocatableUpdatePeriodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeAllocatableUpdatePeriodSeconds(Long newNodeAllocatableUpdatePeriodSeconds) {
		Long oldNodeAllocatableUpdatePeriodSeconds = nodeAllocatableUpdatePeriodSeconds;
		nodeAllocatableUpdatePeriodSeconds = newNodeAllocatableUpdatePeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS, oldNodeAllocatableUpdatePeriodSeconds, nodeAllocatableUpdatePeriodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPodInfoOnMount() {
		return podInfoOnMount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodInfoOnMount(Boolean newPodInfoOnMount) {
		Boolean oldPodInfoOnMount = podInfoOnMount;
		podInfoOnMount = newPodInfoOnMount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT, oldPodInfoOnMount, podInfoOnMount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPreventPodSchedulingIfMissing() {
		return preventPodSchedulingIfMissing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreventPodSchedulingIfMissing(Boolean newPreventPodSchedulingIfMissing) {
		Boolean oldPreventPodSchedulingIfMissing = preventPodSchedulingIfMissing;
		preventPodSchedulingIfMissing = newPreventPodSchedulingIfMissing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING, oldPreventPodSchedulingIfMissing, preventPodSchedulingIfMissing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRequiresRepublish() {
		return requiresRepublish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiresRepublish(Boolean newRequiresRepublish) {
		Boolean oldRequiresRepublish = requiresRepublish;
		requiresRepublish = newRequiresRepublish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__REQUIRES_REPUBLISH, oldRequiresRepublish, requiresRepublish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSeLinuxMount() {
		return seLinuxMount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeLinuxMount(Boolean newSeLinuxMount) {
		Boolean oldSeLinuxMount = seLinuxMount;
		seLinuxMount = newSeLinuxMount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__SE_LINUX_MOUNT, oldSeLinuxMount, seLinuxMount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getServiceAccountTokenInSecrets() {
		return serviceAccountTokenInSecrets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccountTokenInSecrets(Boolean newServiceAccountTokenInSecrets) {
		Boolean oldServiceAccountTokenInSecrets = serviceAccountTokenInSecrets;
		serviceAccountTokenInSecrets = newServiceAccountTokenInSecrets;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS, oldServiceAccountTokenInSecrets, serviceAccountTokenInSecrets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getStorageCapacity() {
		return storageCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageCapacity(Boolean newStorageCapacity) {
		Boolean oldStorageCapacity = storageCapacity;
		storageCapacity = newStorageCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_DRIVER_SPEC__STORAGE_CAPACITY, oldStorageCapacity, storageCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TokenRequest> getTokenRequests() {
		if (tokenRequests == null) {
			tokenRequests = new EObjectContainmentEList<TokenRequest>(TokenRequest.class, this, StorageV1Package.CSI_DRIVER_SPEC__TOKEN_REQUESTS);
		}
		return tokenRequests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVolumeLifecycleModes() {
		if (volumeLifecycleModes == null) {
			volumeLifecycleModes = new EDataTypeUniqueEList<String>(String.class, this, StorageV1Package.CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES);
		}
		return volumeLifecycleModes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.CSI_DRIVER_SPEC__TOKEN_REQUESTS:
				return ((InternalEList<?>)getTokenRequests()).basicRemove(otherEnd, msgs);
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
			case StorageV1Package.CSI_DRIVER_SPEC__ATTACH_REQUIRED:
				return getAttachRequired();
			case StorageV1Package.CSI_DRIVER_SPEC__FS_GROUP_POLICY:
				return getFsGroupPolicy();
			case StorageV1Package.CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS:
				return getNodeAllocatableUpdatePeriodSeconds();
			case StorageV1Package.CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT:
				return getPodInfoOnMount();
			case StorageV1Package.CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING:
				return getPreventPodSchedulingIfMissing();
			case StorageV1Package.CSI_DRIVER_SPEC__REQUIRES_REPUBLISH:
				return getRequiresRepublish();
			case StorageV1Package.CSI_DRIVER_SPEC__SE_LINUX_MOUNT:
				return getSeLinuxMount();
			case StorageV1Package.CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS:
				return getServiceAccountTokenInSecrets();
			case StorageV1Package.CSI_DRIVER_SPEC__STORAGE_CAPACITY:
				return getStorageCapacity();
			case StorageV1Package.CSI_DRIVER_SPEC__TOKEN_REQUESTS:
				return getTokenRequests();
			case StorageV1Package.CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES:
				return getVolumeLifecycleModes();
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
			case StorageV1Package.CSI_DRIVER_SPEC__ATTACH_REQUIRED:
				setAttachRequired((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__FS_GROUP_POLICY:
				setFsGroupPolicy((String)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS:
				setNodeAllocatableUpdatePeriodSeconds((Long)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT:
				setPodInfoOnMount((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING:
				setPreventPodSchedulingIfMissing((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__REQUIRES_REPUBLISH:
				setRequiresRepublish((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__SE_LINUX_MOUNT:
				setSeLinuxMount((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS:
				setServiceAccountTokenInSecrets((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__STORAGE_CAPACITY:
				setStorageCapacity((Boolean)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__TOKEN_REQUESTS:
				getTokenRequests().clear();
				getTokenRequests().addAll((Collection<? extends TokenRequest>)newValue);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES:
				getVolumeLifecycleModes().clear();
				getVolumeLifecycleModes().addAll((Collection<? extends String>)newValue);
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
			case StorageV1Package.CSI_DRIVER_SPEC__ATTACH_REQUIRED:
				setAttachRequired(ATTACH_REQUIRED_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__FS_GROUP_POLICY:
				setFsGroupPolicy(FS_GROUP_POLICY_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS:
				setNodeAllocatableUpdatePeriodSeconds(NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT:
				setPodInfoOnMount(POD_INFO_ON_MOUNT_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING:
				setPreventPodSchedulingIfMissing(PREVENT_POD_SCHEDULING_IF_MISSING_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__REQUIRES_REPUBLISH:
				setRequiresRepublish(REQUIRES_REPUBLISH_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__SE_LINUX_MOUNT:
				setSeLinuxMount(SE_LINUX_MOUNT_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS:
				setServiceAccountTokenInSecrets(SERVICE_ACCOUNT_TOKEN_IN_SECRETS_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__STORAGE_CAPACITY:
				setStorageCapacity(STORAGE_CAPACITY_EDEFAULT);
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__TOKEN_REQUESTS:
				getTokenRequests().clear();
				return;
			case StorageV1Package.CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES:
				getVolumeLifecycleModes().clear();
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
			case StorageV1Package.CSI_DRIVER_SPEC__ATTACH_REQUIRED:
				return ATTACH_REQUIRED_EDEFAULT == null ? attachRequired != null : !ATTACH_REQUIRED_EDEFAULT.equals(attachRequired);
			case StorageV1Package.CSI_DRIVER_SPEC__FS_GROUP_POLICY:
				return FS_GROUP_POLICY_EDEFAULT == null ? fsGroupPolicy != null : !FS_GROUP_POLICY_EDEFAULT.equals(fsGroupPolicy);
			case StorageV1Package.CSI_DRIVER_SPEC__NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS:
				return NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS_EDEFAULT == null ? nodeAllocatableUpdatePeriodSeconds != null : !NODE_ALLOCATABLE_UPDATE_PERIOD_SECONDS_EDEFAULT.equals(nodeAllocatableUpdatePeriodSeconds);
			case StorageV1Package.CSI_DRIVER_SPEC__POD_INFO_ON_MOUNT:
				return POD_INFO_ON_MOUNT_EDEFAULT == null ? podInfoOnMount != null : !POD_INFO_ON_MOUNT_EDEFAULT.equals(podInfoOnMount);
			case StorageV1Package.CSI_DRIVER_SPEC__PREVENT_POD_SCHEDULING_IF_MISSING:
				return PREVENT_POD_SCHEDULING_IF_MISSING_EDEFAULT == null ? preventPodSchedulingIfMissing != null : !PREVENT_POD_SCHEDULING_IF_MISSING_EDEFAULT.equals(preventPodSchedulingIfMissing);
			case StorageV1Package.CSI_DRIVER_SPEC__REQUIRES_REPUBLISH:
				return REQUIRES_REPUBLISH_EDEFAULT == null ? requiresRepublish != null : !REQUIRES_REPUBLISH_EDEFAULT.equals(requiresRepublish);
			case StorageV1Package.CSI_DRIVER_SPEC__SE_LINUX_MOUNT:
				return SE_LINUX_MOUNT_EDEFAULT == null ? seLinuxMount != null : !SE_LINUX_MOUNT_EDEFAULT.equals(seLinuxMount);
			case StorageV1Package.CSI_DRIVER_SPEC__SERVICE_ACCOUNT_TOKEN_IN_SECRETS:
				return SERVICE_ACCOUNT_TOKEN_IN_SECRETS_EDEFAULT == null ? serviceAccountTokenInSecrets != null : !SERVICE_ACCOUNT_TOKEN_IN_SECRETS_EDEFAULT.equals(serviceAccountTokenInSecrets);
			case StorageV1Package.CSI_DRIVER_SPEC__STORAGE_CAPACITY:
				return STORAGE_CAPACITY_EDEFAULT == null ? storageCapacity != null : !STORAGE_CAPACITY_EDEFAULT.equals(storageCapacity);
			case StorageV1Package.CSI_DRIVER_SPEC__TOKEN_REQUESTS:
				return tokenRequests != null && !tokenRequests.isEmpty();
			case StorageV1Package.CSI_DRIVER_SPEC__VOLUME_LIFECYCLE_MODES:
				return volumeLifecycleModes != null && !volumeLifecycleModes.isEmpty();
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
		result.append(" (attachRequired: ");
		result.append(attachRequired);
		result.append(", fsGroupPolicy: ");
		result.append(fsGroupPolicy);
		result.append(", nodeAllocatableUpdatePeriodSeconds: ");
		result.append(nodeAllocatableUpdatePeriodSeconds);
		result.append(", podInfoOnMount: ");
		result.append(podInfoOnMount);
		result.append(", preventPodSchedulingIfMissing: ");
		result.append(preventPodSchedulingIfMissing);
		result.append(", requiresRepublish: ");
		result.append(requiresRepublish);
		result.append(", seLinuxMount: ");
		result.append(seLinuxMount);
		result.append(", serviceAccountTokenInSecrets: ");
		result.append(serviceAccountTokenInSecrets);
		result.append(", storageCapacity: ");
		result.append(storageCapacity);
		result.append(", volumeLifecycleModes: ");
		result.append(volumeLifecycleModes);
		result.append(')');
		return result.toString();
	}

} //CSIDriverSpecImpl
