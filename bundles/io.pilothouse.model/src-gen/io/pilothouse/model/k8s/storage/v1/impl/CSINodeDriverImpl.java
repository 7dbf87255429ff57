/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.storage.v1.CSINodeDriver;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.model.k8s.storage.v1.VolumeNodeResources;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>CSI Node Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl#getAllocatable <em>Allocatable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl#getNodeID <em>Node ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.CSINodeDriverImpl#getTopologyKeys <em>Topology Keys</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CSINodeDriverImpl extends MinimalEObjectImpl.Container implements CSINodeDriver {
	/**
	 * The cached value of the '{@link #getAllocatable() <em>Allocatable</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatable()
	 * @generated
	 * @ordered
	 */
	protected VolumeNodeResources allocatable;

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
	 * The default value of the '{@link #getNodeID() <em>Node ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeID()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeID() <em>Node ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeID()
	 * @generated
	 * @ordered
	 */
	protected String nodeID = NODE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopologyKeys() <em>Topology Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopologyKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> topologyKeys;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CSINodeDriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.CSI_NODE_DRIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeNodeResources getAllocatable() {
		return allocatable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAllocatable(VolumeNodeResources newAllocatable, NotificationChain msgs) {
		VolumeNodeResources oldAllocatable = allocatable;
		allocatable = newAllocatable;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE, oldAllocatable, newAllocatable);
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
	public void setAllocatable(VolumeNodeResources newAllocatable) {
		if (newAllocatable != allocatable) {
			NotificationChain msgs = null;
			if (allocatable != null)
				msgs = ((InternalEObject)allocatable).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE, null, msgs);
			if (newAllocatable != null)
				msgs = ((InternalEObject)newAllocatable).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE, null, msgs);
			msgs = basicSetAllocatable(newAllocatable, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE, newAllocatable, newAllocatable));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_NODE_DRIVER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeID() {
		return nodeID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeID(String newNodeID) {
		String oldNodeID = nodeID;
		nodeID = newNodeID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.CSI_NODE_DRIVER__NODE_ID, oldNodeID, nodeID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopologyKeys() {
		if (topologyKeys == null) {
			topologyKeys = new EDataTypeUniqueEList<String>(String.class, this, StorageV1Package.CSI_NODE_DRIVER__TOPOLOGY_KEYS);
		}
		return topologyKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE:
				return basicSetAllocatable(null, msgs);
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
			case StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE:
				return getAllocatable();
			case StorageV1Package.CSI_NODE_DRIVER__NAME:
				return getName();
			case StorageV1Package.CSI_NODE_DRIVER__NODE_ID:
				return getNodeID();
			case StorageV1Package.CSI_NODE_DRIVER__TOPOLOGY_KEYS:
				return getTopologyKeys();
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
			case StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE:
				setAllocatable((VolumeNodeResources)newValue);
				return;
			case StorageV1Package.CSI_NODE_DRIVER__NAME:
				setName((String)newValue);
				return;
			case StorageV1Package.CSI_NODE_DRIVER__NODE_ID:
				setNodeID((String)newValue);
				return;
			case StorageV1Package.CSI_NODE_DRIVER__TOPOLOGY_KEYS:
				getTopologyKeys().clear();
				getTopologyKeys().addAll((Collection<? extends String>)newValue);
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
			case StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE:
				setAllocatable((VolumeNodeResources)null);
				return;
			case StorageV1Package.CSI_NODE_DRIVER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StorageV1Package.CSI_NODE_DRIVER__NODE_ID:
				setNodeID(NODE_ID_EDEFAULT);
				return;
			case StorageV1Package.CSI_NODE_DRIVER__TOPOLOGY_KEYS:
				getTopologyKeys().clear();
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
			case StorageV1Package.CSI_NODE_DRIVER__ALLOCATABLE:
				return allocatable != null;
			case StorageV1Package.CSI_NODE_DRIVER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StorageV1Package.CSI_NODE_DRIVER__NODE_ID:
				return NODE_ID_EDEFAULT == null ? nodeID != null : !NODE_ID_EDEFAULT.equals(nodeID);
			case StorageV1Package.CSI_NODE_DRIVER__TOPOLOGY_KEYS:
				return topologyKeys != null && !topologyKeys.isEmpty();
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
		result.append(", nodeID: ");
		result.append(nodeID);
		result.append(", topologyKeys: ");
		result.append(topologyKeys);
		result.append(')');
		return result.toString();
	}

} //CSINodeDriverImpl
