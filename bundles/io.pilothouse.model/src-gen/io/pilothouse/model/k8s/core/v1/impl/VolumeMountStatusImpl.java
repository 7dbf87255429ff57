/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.VolumeMountStatus;
import io.pilothouse.model.k8s.core.v1.VolumeStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Mount Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountStatusImpl#getMountPath <em>Mount Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountStatusImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountStatusImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountStatusImpl#getRecursiveReadOnly <em>Recursive Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountStatusImpl#getVolumeStatus <em>Volume Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeMountStatusImpl extends MinimalEObjectImpl.Container implements VolumeMountStatus {
	/**
	 * The default value of the '{@link #getMountPath() <em>Mount Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPath()
	 * @generated
	 * @ordered
	 */
	protected static final String MOUNT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMountPath() <em>Mount Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPath()
	 * @generated
	 * @ordered
	 */
	protected String mountPath = MOUNT_PATH_EDEFAULT;

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
	 * The default value of the '{@link #getRecursiveReadOnly() <em>Recursive Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecursiveReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final String RECURSIVE_READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecursiveReadOnly() <em>Recursive Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecursiveReadOnly()
	 * @generated
	 * @ordered
	 */
	protected String recursiveReadOnly = RECURSIVE_READ_ONLY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVolumeStatus() <em>Volume Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeStatus()
	 * @generated
	 * @ordered
	 */
	protected VolumeStatus volumeStatus;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeMountStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.VOLUME_MOUNT_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMountPath() {
		return mountPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMountPath(String newMountPath) {
		String oldMountPath = mountPath;
		mountPath = newMountPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT_STATUS__MOUNT_PATH, oldMountPath, mountPath));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT_STATUS__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT_STATUS__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecursiveReadOnly() {
		return recursiveReadOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecursiveReadOnly(String newRecursiveReadOnly) {
		String oldRecursiveReadOnly = recursiveReadOnly;
		recursiveReadOnly = newRecursiveReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT_STATUS__RECURSIVE_READ_ONLY, oldRecursiveReadOnly, recursiveReadOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeStatus getVolumeStatus() {
		return volumeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVolumeStatus(VolumeStatus newVolumeStatus, NotificationChain msgs) {
		VolumeStatus oldVolumeStatus = volumeStatus;
		volumeStatus = newVolumeStatus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS, oldVolumeStatus, newVolumeStatus);
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
	public void setVolumeStatus(VolumeStatus newVolumeStatus) {
		if (newVolumeStatus != volumeStatus) {
			NotificationChain msgs = null;
			if (volumeStatus != null)
				msgs = ((InternalEObject)volumeStatus).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS, null, msgs);
			if (newVolumeStatus != null)
				msgs = ((InternalEObject)newVolumeStatus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS, null, msgs);
			msgs = basicSetVolumeStatus(newVolumeStatus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS, newVolumeStatus, newVolumeStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS:
				return basicSetVolumeStatus(null, msgs);
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
			case CoreV1Package.VOLUME_MOUNT_STATUS__MOUNT_PATH:
				return getMountPath();
			case CoreV1Package.VOLUME_MOUNT_STATUS__NAME:
				return getName();
			case CoreV1Package.VOLUME_MOUNT_STATUS__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.VOLUME_MOUNT_STATUS__RECURSIVE_READ_ONLY:
				return getRecursiveReadOnly();
			case CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS:
				return getVolumeStatus();
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
			case CoreV1Package.VOLUME_MOUNT_STATUS__MOUNT_PATH:
				setMountPath((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__RECURSIVE_READ_ONLY:
				setRecursiveReadOnly((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS:
				setVolumeStatus((VolumeStatus)newValue);
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
			case CoreV1Package.VOLUME_MOUNT_STATUS__MOUNT_PATH:
				setMountPath(MOUNT_PATH_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__RECURSIVE_READ_ONLY:
				setRecursiveReadOnly(RECURSIVE_READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS:
				setVolumeStatus((VolumeStatus)null);
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
			case CoreV1Package.VOLUME_MOUNT_STATUS__MOUNT_PATH:
				return MOUNT_PATH_EDEFAULT == null ? mountPath != null : !MOUNT_PATH_EDEFAULT.equals(mountPath);
			case CoreV1Package.VOLUME_MOUNT_STATUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.VOLUME_MOUNT_STATUS__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.VOLUME_MOUNT_STATUS__RECURSIVE_READ_ONLY:
				return RECURSIVE_READ_ONLY_EDEFAULT == null ? recursiveReadOnly != null : !RECURSIVE_READ_ONLY_EDEFAULT.equals(recursiveReadOnly);
			case CoreV1Package.VOLUME_MOUNT_STATUS__VOLUME_STATUS:
				return volumeStatus != null;
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
		result.append(" (mountPath: ");
		result.append(mountPath);
		result.append(", name: ");
		result.append(name);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", recursiveReadOnly: ");
		result.append(recursiveReadOnly);
		result.append(')');
		return result.toString();
	}

} //VolumeMountStatusImpl
