/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.core.v1.TopologySelectorTerm;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;

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
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Storage Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getAllowVolumeExpansion <em>Allow Volume Expansion</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getAllowedTopologies <em>Allowed Topologies</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getMountOptions <em>Mount Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getProvisioner <em>Provisioner</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getReclaimPolicy <em>Reclaim Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.StorageClassImpl#getVolumeBindingMode <em>Volume Binding Mode</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StorageClassImpl extends MinimalEObjectImpl.Container implements StorageClass {
	/**
	 * The default value of the '{@link #getAllowVolumeExpansion() <em>Allow Volume Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowVolumeExpansion()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALLOW_VOLUME_EXPANSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllowVolumeExpansion() <em>Allow Volume Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowVolumeExpansion()
	 * @generated
	 * @ordered
	 */
	protected Boolean allowVolumeExpansion = ALLOW_VOLUME_EXPANSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedTopologies() <em>Allowed Topologies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedTopologies()
	 * @generated
	 * @ordered
	 */
	protected EList<TopologySelectorTerm> allowedTopologies;

	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected ObjectMeta metadata;

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
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> parameters;

	/**
	 * The default value of the '{@link #getProvisioner() <em>Provisioner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvisioner()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVISIONER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvisioner() <em>Provisioner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvisioner()
	 * @generated
	 * @ordered
	 */
	protected String provisioner = PROVISIONER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReclaimPolicy() <em>Reclaim Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReclaimPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECLAIM_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReclaimPolicy() <em>Reclaim Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReclaimPolicy()
	 * @generated
	 * @ordered
	 */
	protected String reclaimPolicy = RECLAIM_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeBindingMode() <em>Volume Binding Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeBindingMode()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_BINDING_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeBindingMode() <em>Volume Binding Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeBindingMode()
	 * @generated
	 * @ordered
	 */
	protected String volumeBindingMode = VOLUME_BINDING_MODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.STORAGE_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllowVolumeExpansion() {
		return allowVolumeExpansion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowVolumeExpansion(Boolean newAllowVolumeExpansion) {
		Boolean oldAllowVolumeExpansion = allowVolumeExpansion;
		allowVolumeExpansion = newAllowVolumeExpansion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__ALLOW_VOLUME_EXPANSION, oldAllowVolumeExpansion, allowVolumeExpansion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopologySelectorTerm> getAllowedTopologies() {
		if (allowedTopologies == null) {
			allowedTopologies = new EObjectContainmentEList<TopologySelectorTerm>(TopologySelectorTerm.class, this, StorageV1Package.STORAGE_CLASS__ALLOWED_TOPOLOGIES);
		}
		return allowedTopologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetadata(ObjectMeta newMetadata, NotificationChain msgs) {
		ObjectMeta oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__METADATA, oldMetadata, newMetadata);
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
	public void setMetadata(ObjectMeta newMetadata) {
		if (newMetadata != metadata) {
			NotificationChain msgs = null;
			if (metadata != null)
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.STORAGE_CLASS__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.STORAGE_CLASS__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMountOptions() {
		if (mountOptions == null) {
			mountOptions = new EDataTypeUniqueEList<String>(String.class, this, StorageV1Package.STORAGE_CLASS__MOUNT_OPTIONS);
		}
		return mountOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getParameters() {
		if (parameters == null) {
			parameters = new EcoreEMap<String,String>(StorageV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, StorageV1Package.STORAGE_CLASS__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvisioner() {
		return provisioner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvisioner(String newProvisioner) {
		String oldProvisioner = provisioner;
		provisioner = newProvisioner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__PROVISIONER, oldProvisioner, provisioner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReclaimPolicy() {
		return reclaimPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReclaimPolicy(String newReclaimPolicy) {
		String oldReclaimPolicy = reclaimPolicy;
		reclaimPolicy = newReclaimPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__RECLAIM_POLICY, oldReclaimPolicy, reclaimPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeBindingMode() {
		return volumeBindingMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeBindingMode(String newVolumeBindingMode) {
		String oldVolumeBindingMode = volumeBindingMode;
		volumeBindingMode = newVolumeBindingMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.STORAGE_CLASS__VOLUME_BINDING_MODE, oldVolumeBindingMode, volumeBindingMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.STORAGE_CLASS__ALLOWED_TOPOLOGIES:
				return ((InternalEList<?>)getAllowedTopologies()).basicRemove(otherEnd, msgs);
			case StorageV1Package.STORAGE_CLASS__METADATA:
				return basicSetMetadata(null, msgs);
			case StorageV1Package.STORAGE_CLASS__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case StorageV1Package.STORAGE_CLASS__ALLOW_VOLUME_EXPANSION:
				return getAllowVolumeExpansion();
			case StorageV1Package.STORAGE_CLASS__ALLOWED_TOPOLOGIES:
				return getAllowedTopologies();
			case StorageV1Package.STORAGE_CLASS__API_VERSION:
				return getApiVersion();
			case StorageV1Package.STORAGE_CLASS__KIND:
				return getKind();
			case StorageV1Package.STORAGE_CLASS__METADATA:
				return getMetadata();
			case StorageV1Package.STORAGE_CLASS__MOUNT_OPTIONS:
				return getMountOptions();
			case StorageV1Package.STORAGE_CLASS__PARAMETERS:
				if (coreType) return getParameters();
				else return getParameters().map();
			case StorageV1Package.STORAGE_CLASS__PROVISIONER:
				return getProvisioner();
			case StorageV1Package.STORAGE_CLASS__RECLAIM_POLICY:
				return getReclaimPolicy();
			case StorageV1Package.STORAGE_CLASS__VOLUME_BINDING_MODE:
				return getVolumeBindingMode();
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
			case StorageV1Package.STORAGE_CLASS__ALLOW_VOLUME_EXPANSION:
				setAllowVolumeExpansion((Boolean)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__ALLOWED_TOPOLOGIES:
				getAllowedTopologies().clear();
				getAllowedTopologies().addAll((Collection<? extends TopologySelectorTerm>)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__KIND:
				setKind((String)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__MOUNT_OPTIONS:
				getMountOptions().clear();
				getMountOptions().addAll((Collection<? extends String>)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__PARAMETERS:
				((EStructuralFeature.Setting)getParameters()).set(newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__PROVISIONER:
				setProvisioner((String)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__RECLAIM_POLICY:
				setReclaimPolicy((String)newValue);
				return;
			case StorageV1Package.STORAGE_CLASS__VOLUME_BINDING_MODE:
				setVolumeBindingMode((String)newValue);
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
			case StorageV1Package.STORAGE_CLASS__ALLOW_VOLUME_EXPANSION:
				setAllowVolumeExpansion(ALLOW_VOLUME_EXPANSION_EDEFAULT);
				return;
			case StorageV1Package.STORAGE_CLASS__ALLOWED_TOPOLOGIES:
				getAllowedTopologies().clear();
				return;
			case StorageV1Package.STORAGE_CLASS__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case StorageV1Package.STORAGE_CLASS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StorageV1Package.STORAGE_CLASS__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case StorageV1Package.STORAGE_CLASS__MOUNT_OPTIONS:
				getMountOptions().clear();
				return;
			case StorageV1Package.STORAGE_CLASS__PARAMETERS:
				getParameters().clear();
				return;
			case StorageV1Package.STORAGE_CLASS__PROVISIONER:
				setProvisioner(PROVISIONER_EDEFAULT);
				return;
			case StorageV1Package.STORAGE_CLASS__RECLAIM_POLICY:
				setReclaimPolicy(RECLAIM_POLICY_EDEFAULT);
				return;
			case StorageV1Package.STORAGE_CLASS__VOLUME_BINDING_MODE:
				setVolumeBindingMode(VOLUME_BINDING_MODE_EDEFAULT);
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
			case StorageV1Package.STORAGE_CLASS__ALLOW_VOLUME_EXPANSION:
				return ALLOW_VOLUME_EXPANSION_EDEFAULT == null ? allowVolumeExpansion != null : !ALLOW_VOLUME_EXPANSION_EDEFAULT.equals(allowVolumeExpansion);
			case StorageV1Package.STORAGE_CLASS__ALLOWED_TOPOLOGIES:
				return allowedTopologies != null && !allowedTopologies.isEmpty();
			case StorageV1Package.STORAGE_CLASS__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case StorageV1Package.STORAGE_CLASS__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case StorageV1Package.STORAGE_CLASS__METADATA:
				return metadata != null;
			case StorageV1Package.STORAGE_CLASS__MOUNT_OPTIONS:
				return mountOptions != null && !mountOptions.isEmpty();
			case StorageV1Package.STORAGE_CLASS__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case StorageV1Package.STORAGE_CLASS__PROVISIONER:
				return PROVISIONER_EDEFAULT == null ? provisioner != null : !PROVISIONER_EDEFAULT.equals(provisioner);
			case StorageV1Package.STORAGE_CLASS__RECLAIM_POLICY:
				return RECLAIM_POLICY_EDEFAULT == null ? reclaimPolicy != null : !RECLAIM_POLICY_EDEFAULT.equals(reclaimPolicy);
			case StorageV1Package.STORAGE_CLASS__VOLUME_BINDING_MODE:
				return VOLUME_BINDING_MODE_EDEFAULT == null ? volumeBindingMode != null : !VOLUME_BINDING_MODE_EDEFAULT.equals(volumeBindingMode);
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
		result.append(" (allowVolumeExpansion: ");
		result.append(allowVolumeExpansion);
		result.append(", apiVersion: ");
		result.append(apiVersion);
		result.append(", kind: ");
		result.append(kind);
		result.append(", mountOptions: ");
		result.append(mountOptions);
		result.append(", provisioner: ");
		result.append(provisioner);
		result.append(", reclaimPolicy: ");
		result.append(reclaimPolicy);
		result.append(", volumeBindingMode: ");
		result.append(volumeBindingMode);
		result.append(')');
		return result.toString();
	}

} //StorageClassImpl
