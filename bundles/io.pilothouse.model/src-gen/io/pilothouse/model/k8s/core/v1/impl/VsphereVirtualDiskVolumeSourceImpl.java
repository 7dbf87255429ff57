/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vsphere Virtual Disk Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VsphereVirtualDiskVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VsphereVirtualDiskVolumeSourceImpl#getStoragePolicyID <em>Storage Policy ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VsphereVirtualDiskVolumeSourceImpl#getStoragePolicyName <em>Storage Policy Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VsphereVirtualDiskVolumeSourceImpl#getVolumePath <em>Volume Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VsphereVirtualDiskVolumeSourceImpl extends MinimalEObjectImpl.Container implements VsphereVirtualDiskVolumeSource {
	/**
	 * The default value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected static final String FS_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected String fsType = FS_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoragePolicyID() <em>Storage Policy ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoragePolicyID()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_POLICY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoragePolicyID() <em>Storage Policy ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoragePolicyID()
	 * @generated
	 * @ordered
	 */
	protected String storagePolicyID = STORAGE_POLICY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoragePolicyName() <em>Storage Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoragePolicyName()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_POLICY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoragePolicyName() <em>Storage Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoragePolicyName()
	 * @generated
	 * @ordered
	 */
	protected String storagePolicyName = STORAGE_POLICY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumePath() <em>Volume Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumePath()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumePath() <em>Volume Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumePath()
	 * @generated
	 * @ordered
	 */
	protected String volumePath = VOLUME_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VsphereVirtualDiskVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFsType() {
		return fsType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsType(String newFsType) {
		String oldFsType = fsType;
		fsType = newFsType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoragePolicyID() {
		return storagePolicyID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoragePolicyID(String newStoragePolicyID) {
		String oldStoragePolicyID = storagePolicyID;
		storagePolicyID = newStoragePolicyID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_ID, oldStoragePolicyID, storagePolicyID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoragePolicyName() {
		return storagePolicyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoragePolicyName(String newStoragePolicyName) {
		String oldStoragePolicyName = storagePolicyName;
		storagePolicyName = newStoragePolicyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_NAME, oldStoragePolicyName, storagePolicyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumePath() {
		return volumePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumePath(String newVolumePath) {
		String oldVolumePath = volumePath;
		volumePath = newVolumePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__VOLUME_PATH, oldVolumePath, volumePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_ID:
				return getStoragePolicyID();
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_NAME:
				return getStoragePolicyName();
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__VOLUME_PATH:
				return getVolumePath();
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
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_ID:
				setStoragePolicyID((String)newValue);
				return;
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_NAME:
				setStoragePolicyName((String)newValue);
				return;
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__VOLUME_PATH:
				setVolumePath((String)newValue);
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
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_ID:
				setStoragePolicyID(STORAGE_POLICY_ID_EDEFAULT);
				return;
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_NAME:
				setStoragePolicyName(STORAGE_POLICY_NAME_EDEFAULT);
				return;
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__VOLUME_PATH:
				setVolumePath(VOLUME_PATH_EDEFAULT);
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
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_ID:
				return STORAGE_POLICY_ID_EDEFAULT == null ? storagePolicyID != null : !STORAGE_POLICY_ID_EDEFAULT.equals(storagePolicyID);
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__STORAGE_POLICY_NAME:
				return STORAGE_POLICY_NAME_EDEFAULT == null ? storagePolicyName != null : !STORAGE_POLICY_NAME_EDEFAULT.equals(storagePolicyName);
			case CoreV1Package.VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE__VOLUME_PATH:
				return VOLUME_PATH_EDEFAULT == null ? volumePath != null : !VOLUME_PATH_EDEFAULT.equals(volumePath);
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
		result.append(" (fsType: ");
		result.append(fsType);
		result.append(", storagePolicyID: ");
		result.append(storagePolicyID);
		result.append(", storagePolicyName: ");
		result.append(storagePolicyName);
		result.append(", volumePath: ");
		result.append(volumePath);
		result.append(')');
		return result.toString();
	}

} //VsphereVirtualDiskVolumeSourceImpl
