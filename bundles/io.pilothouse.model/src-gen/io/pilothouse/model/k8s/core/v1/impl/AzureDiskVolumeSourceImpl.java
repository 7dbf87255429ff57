/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Azure Disk Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureDiskVolumeSourceImpl#getCachingMode <em>Caching Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureDiskVolumeSourceImpl#getDiskName <em>Disk Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureDiskVolumeSourceImpl#getDiskURI <em>Disk URI</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureDiskVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureDiskVolumeSourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureDiskVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AzureDiskVolumeSourceImpl extends MinimalEObjectImpl.Container implements AzureDiskVolumeSource {
	/**
	 * The default value of the '{@link #getCachingMode() <em>Caching Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCachingMode()
	 * @generated
	 * @ordered
	 */
	protected static final String CACHING_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCachingMode() <em>Caching Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCachingMode()
	 * @generated
	 * @ordered
	 */
	protected String cachingMode = CACHING_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskName() <em>Disk Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISK_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiskName() <em>Disk Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskName()
	 * @generated
	 * @ordered
	 */
	protected String diskName = DISK_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskURI() <em>Disk URI</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskURI()
	 * @generated
	 * @ordered
	 */
	protected static final String DISK_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiskURI() <em>Disk URI</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskURI()
	 * @generated
	 * @ordered
	 */
	protected String diskURI = DISK_URI_EDEFAULT;

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
	 * The default value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AzureDiskVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.AZURE_DISK_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCachingMode() {
		return cachingMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCachingMode(String newCachingMode) {
		String oldCachingMode = cachingMode;
		cachingMode = newCachingMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_DISK_VOLUME_SOURCE__CACHING_MODE, oldCachingMode, cachingMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiskName() {
		return diskName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskName(String newDiskName) {
		String oldDiskName = diskName;
		diskName = newDiskName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_NAME, oldDiskName, diskName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiskURI() {
		return diskURI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskURI(String newDiskURI) {
		String oldDiskURI = diskURI;
		diskURI = newDiskURI;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_URI, oldDiskURI, diskURI));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_DISK_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_DISK_VOLUME_SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(Boolean newReadOnly) {
		Boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_DISK_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__CACHING_MODE:
				return getCachingMode();
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_NAME:
				return getDiskName();
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_URI:
				return getDiskURI();
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__KIND:
				return getKind();
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
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
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__CACHING_MODE:
				setCachingMode((String)newValue);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_NAME:
				setDiskName((String)newValue);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_URI:
				setDiskURI((String)newValue);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__KIND:
				setKind((String)newValue);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
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
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__CACHING_MODE:
				setCachingMode(CACHING_MODE_EDEFAULT);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_NAME:
				setDiskName(DISK_NAME_EDEFAULT);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_URI:
				setDiskURI(DISK_URI_EDEFAULT);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
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
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__CACHING_MODE:
				return CACHING_MODE_EDEFAULT == null ? cachingMode != null : !CACHING_MODE_EDEFAULT.equals(cachingMode);
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_NAME:
				return DISK_NAME_EDEFAULT == null ? diskName != null : !DISK_NAME_EDEFAULT.equals(diskName);
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__DISK_URI:
				return DISK_URI_EDEFAULT == null ? diskURI != null : !DISK_URI_EDEFAULT.equals(diskURI);
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CoreV1Package.AZURE_DISK_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
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
		result.append(" (cachingMode: ");
		result.append(cachingMode);
		result.append(", diskName: ");
		result.append(diskName);
		result.append(", diskURI: ");
		result.append(diskURI);
		result.append(", fsType: ");
		result.append(fsType);
		result.append(", kind: ");
		result.append(kind);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(')');
		return result.toString();
	}

} //AzureDiskVolumeSourceImpl
