/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>CSI Storage Capacity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getMaximumVolumeSize <em>Maximum Volume Size</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getNodeTopology <em>Node Topology</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSIStorageCapacityImpl#getStorageClassName <em>Storage Class Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CSIStorageCapacityImpl extends MinimalEObjectImpl.Container implements CSIStorageCapacity {
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
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected Quantity capacity = CAPACITY_EDEFAULT;

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
	 * The default value of the '{@link #getMaximumVolumeSize() <em>Maximum Volume Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumVolumeSize()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity MAXIMUM_VOLUME_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximumVolumeSize() <em>Maximum Volume Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumVolumeSize()
	 * @generated
	 * @ordered
	 */
	protected Quantity maximumVolumeSize = MAXIMUM_VOLUME_SIZE_EDEFAULT;

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
	 * The cached value of the '{@link #getNodeTopology() <em>Node Topology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeTopology()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector nodeTopology;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CSIStorageCapacityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.CSI_STORAGE_CAPACITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(Quantity newCapacity) {
		Quantity oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__CAPACITY, oldCapacity, capacity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getMaximumVolumeSize() {
		return maximumVolumeSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumVolumeSize(Quantity newMaximumVolumeSize) {
		Quantity oldMaximumVolumeSize = maximumVolumeSize;
		maximumVolumeSize = newMaximumVolumeSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE, oldMaximumVolumeSize, maximumVolumeSize));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__METADATA, oldMetadata, newMetadata);
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
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.CSI_STORAGE_CAPACITY__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.CSI_STORAGE_CAPACITY__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getNodeTopology() {
		return nodeTopology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeTopology(LabelSelector newNodeTopology, NotificationChain msgs) {
		LabelSelector oldNodeTopology = nodeTopology;
		nodeTopology = newNodeTopology;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY, oldNodeTopology, newNodeTopology);
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
	public void setNodeTopology(LabelSelector newNodeTopology) {
		if (newNodeTopology != nodeTopology) {
			NotificationChain msgs = null;
			if (nodeTopology != null)
				msgs = ((InternalEObject)nodeTopology).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY, null, msgs);
			if (newNodeTopology != null)
				msgs = ((InternalEObject)newNodeTopology).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY, null, msgs);
			msgs = basicSetNodeTopology(newNodeTopology, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY, newNodeTopology, newNodeTopology));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME, oldStorageClassName, storageClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.CSI_STORAGE_CAPACITY__METADATA:
				return basicSetMetadata(null, msgs);
			case StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY:
				return basicSetNodeTopology(null, msgs);
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
			case StorageV1Package.CSI_STORAGE_CAPACITY__API_VERSION:
				return getApiVersion();
			case StorageV1Package.CSI_STORAGE_CAPACITY__CAPACITY:
				return getCapacity();
			case StorageV1Package.CSI_STORAGE_CAPACITY__KIND:
				return getKind();
			case StorageV1Package.CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE:
				return getMaximumVolumeSize();
			case StorageV1Package.CSI_STORAGE_CAPACITY__METADATA:
				return getMetadata();
			case StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY:
				return getNodeTopology();
			case StorageV1Package.CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME:
				return getStorageClassName();
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
			case StorageV1Package.CSI_STORAGE_CAPACITY__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__CAPACITY:
				setCapacity((Quantity)newValue);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__KIND:
				setKind((String)newValue);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE:
				setMaximumVolumeSize((Quantity)newValue);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY:
				setNodeTopology((LabelSelector)newValue);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME:
				setStorageClassName((String)newValue);
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
			case StorageV1Package.CSI_STORAGE_CAPACITY__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE:
				setMaximumVolumeSize(MAXIMUM_VOLUME_SIZE_EDEFAULT);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY:
				setNodeTopology((LabelSelector)null);
				return;
			case StorageV1Package.CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME:
				setStorageClassName(STORAGE_CLASS_NAME_EDEFAULT);
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
			case StorageV1Package.CSI_STORAGE_CAPACITY__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case StorageV1Package.CSI_STORAGE_CAPACITY__CAPACITY:
				return CAPACITY_EDEFAULT == null ? capacity != null : !CAPACITY_EDEFAULT.equals(capacity);
			case StorageV1Package.CSI_STORAGE_CAPACITY__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case StorageV1Package.CSI_STORAGE_CAPACITY__MAXIMUM_VOLUME_SIZE:
				return MAXIMUM_VOLUME_SIZE_EDEFAULT == null ? maximumVolumeSize != null : !MAXIMUM_VOLUME_SIZE_EDEFAULT.equals(maximumVolumeSize);
			case StorageV1Package.CSI_STORAGE_CAPACITY__METADATA:
				return metadata != null;
			case StorageV1Package.CSI_STORAGE_CAPACITY__NODE_TOPOLOGY:
				return nodeTopology != null;
			case StorageV1Package.CSI_STORAGE_CAPACITY__STORAGE_CLASS_NAME:
				return STORAGE_CLASS_NAME_EDEFAULT == null ? storageClassName != null : !STORAGE_CLASS_NAME_EDEFAULT.equals(storageClassName);
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", capacity: ");
		result.append(capacity);
		result.append(", kind: ");
		result.append(kind);
		result.append(", maximumVolumeSize: ");
		result.append(maximumVolumeSize);
		result.append(", storageClassName: ");
		result.append(storageClassName);
		result.append(')');
		return result.toString();
	}

} //CSIStorageCapacityImpl
