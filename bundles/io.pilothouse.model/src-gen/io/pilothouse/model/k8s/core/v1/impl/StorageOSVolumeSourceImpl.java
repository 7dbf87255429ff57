/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LocalObjectReference;
import io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Storage OS Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.StorageOSVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.StorageOSVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.StorageOSVolumeSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.StorageOSVolumeSourceImpl#getVolumeName <em>Volume Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.StorageOSVolumeSourceImpl#getVolumeNamespace <em>Volume Namespace</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StorageOSVolumeSourceImpl extends MinimalEObjectImpl.Container implements StorageOSVolumeSource {
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
	 * The cached value of the '{@link #getSecretRef() <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected LocalObjectReference secretRef;

	/**
	 * The default value of the '{@link #getVolumeName() <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeName()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeName() <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeName()
	 * @generated
	 * @ordered
	 */
	protected String volumeName = VOLUME_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeNamespace() <em>Volume Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeNamespace() <em>Volume Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeNamespace()
	 * @generated
	 * @ordered
	 */
	protected String volumeNamespace = VOLUME_NAMESPACE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageOSVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.STORAGE_OS_VOLUME_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.STORAGE_OS_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.STORAGE_OS_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalObjectReference getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecretRef(LocalObjectReference newSecretRef, NotificationChain msgs) {
		LocalObjectReference oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
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
	public void setSecretRef(LocalObjectReference newSecretRef) {
		if (newSecretRef != secretRef) {
			NotificationChain msgs = null;
			if (secretRef != null)
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeName() {
		return volumeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeName(String newVolumeName) {
		String oldVolumeName = volumeName;
		volumeName = newVolumeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAME, oldVolumeName, volumeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeNamespace() {
		return volumeNamespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeNamespace(String newVolumeNamespace) {
		String oldVolumeNamespace = volumeNamespace;
		volumeNamespace = newVolumeNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAMESPACE, oldVolumeNamespace, volumeNamespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF:
				return basicSetSecretRef(null, msgs);
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
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF:
				return getSecretRef();
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAME:
				return getVolumeName();
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAMESPACE:
				return getVolumeNamespace();
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
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((LocalObjectReference)newValue);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAME:
				setVolumeName((String)newValue);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAMESPACE:
				setVolumeNamespace((String)newValue);
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
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((LocalObjectReference)null);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAME:
				setVolumeName(VOLUME_NAME_EDEFAULT);
				return;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAMESPACE:
				setVolumeNamespace(VOLUME_NAMESPACE_EDEFAULT);
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
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__SECRET_REF:
				return secretRef != null;
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAME:
				return VOLUME_NAME_EDEFAULT == null ? volumeName != null : !VOLUME_NAME_EDEFAULT.equals(volumeName);
			case CoreV1Package.STORAGE_OS_VOLUME_SOURCE__VOLUME_NAMESPACE:
				return VOLUME_NAMESPACE_EDEFAULT == null ? volumeNamespace != null : !VOLUME_NAMESPACE_EDEFAULT.equals(volumeNamespace);
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
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", volumeName: ");
		result.append(volumeName);
		result.append(", volumeNamespace: ");
		result.append(volumeNamespace);
		result.append(')');
		return result.toString();
	}

} //StorageOSVolumeSourceImpl
