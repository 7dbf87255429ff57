/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LocalObjectReference;
import io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scale IO Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getProtectionDomain <em>Protection Domain</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getSslEnabled <em>Ssl Enabled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getStorageMode <em>Storage Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getStoragePool <em>Storage Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getSystem <em>System</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ScaleIOVolumeSourceImpl#getVolumeName <em>Volume Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScaleIOVolumeSourceImpl extends MinimalEObjectImpl.Container implements ScaleIOVolumeSource {
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
	 * The default value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected String gateway = GATEWAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtectionDomain() <em>Protection Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtectionDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTECTION_DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtectionDomain() <em>Protection Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtectionDomain()
	 * @generated
	 * @ordered
	 */
	protected String protectionDomain = PROTECTION_DOMAIN_EDEFAULT;

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
	 * The default value of the '{@link #getSslEnabled() <em>Ssl Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSslEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SSL_ENABLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSslEnabled() <em>Ssl Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSslEnabled()
	 * @generated
	 * @ordered
	 */
	protected Boolean sslEnabled = SSL_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageMode() <em>Storage Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageMode()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageMode() <em>Storage Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageMode()
	 * @generated
	 * @ordered
	 */
	protected String storageMode = STORAGE_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoragePool() <em>Storage Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoragePool()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_POOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoragePool() <em>Storage Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoragePool()
	 * @generated
	 * @ordered
	 */
	protected String storagePool = STORAGE_POOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected String system = SYSTEM_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScaleIOVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SCALE_IO_VOLUME_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(String newGateway) {
		String oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtectionDomain() {
		return protectionDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtectionDomain(String newProtectionDomain) {
		String oldProtectionDomain = protectionDomain;
		protectionDomain = newProtectionDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__PROTECTION_DOMAIN, oldProtectionDomain, protectionDomain));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
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
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSslEnabled() {
		return sslEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSslEnabled(Boolean newSslEnabled) {
		Boolean oldSslEnabled = sslEnabled;
		sslEnabled = newSslEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__SSL_ENABLED, oldSslEnabled, sslEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageMode() {
		return storageMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageMode(String newStorageMode) {
		String oldStorageMode = storageMode;
		storageMode = newStorageMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_MODE, oldStorageMode, storageMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoragePool() {
		return storagePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoragePool(String newStoragePool) {
		String oldStoragePool = storagePool;
		storagePool = newStoragePool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_POOL, oldStoragePool, storagePool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystem() {
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystem(String newSystem) {
		String oldSystem = system;
		system = newSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__SYSTEM, oldSystem, system));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SCALE_IO_VOLUME_SOURCE__VOLUME_NAME, oldVolumeName, volumeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF:
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
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__GATEWAY:
				return getGateway();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__PROTECTION_DOMAIN:
				return getProtectionDomain();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF:
				return getSecretRef();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SSL_ENABLED:
				return getSslEnabled();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_MODE:
				return getStorageMode();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_POOL:
				return getStoragePool();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SYSTEM:
				return getSystem();
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__VOLUME_NAME:
				return getVolumeName();
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
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__GATEWAY:
				setGateway((String)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__PROTECTION_DOMAIN:
				setProtectionDomain((String)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((LocalObjectReference)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SSL_ENABLED:
				setSslEnabled((Boolean)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_MODE:
				setStorageMode((String)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_POOL:
				setStoragePool((String)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SYSTEM:
				setSystem((String)newValue);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__VOLUME_NAME:
				setVolumeName((String)newValue);
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
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__PROTECTION_DOMAIN:
				setProtectionDomain(PROTECTION_DOMAIN_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((LocalObjectReference)null);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SSL_ENABLED:
				setSslEnabled(SSL_ENABLED_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_MODE:
				setStorageMode(STORAGE_MODE_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_POOL:
				setStoragePool(STORAGE_POOL_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SYSTEM:
				setSystem(SYSTEM_EDEFAULT);
				return;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__VOLUME_NAME:
				setVolumeName(VOLUME_NAME_EDEFAULT);
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
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__PROTECTION_DOMAIN:
				return PROTECTION_DOMAIN_EDEFAULT == null ? protectionDomain != null : !PROTECTION_DOMAIN_EDEFAULT.equals(protectionDomain);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SECRET_REF:
				return secretRef != null;
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SSL_ENABLED:
				return SSL_ENABLED_EDEFAULT == null ? sslEnabled != null : !SSL_ENABLED_EDEFAULT.equals(sslEnabled);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_MODE:
				return STORAGE_MODE_EDEFAULT == null ? storageMode != null : !STORAGE_MODE_EDEFAULT.equals(storageMode);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__STORAGE_POOL:
				return STORAGE_POOL_EDEFAULT == null ? storagePool != null : !STORAGE_POOL_EDEFAULT.equals(storagePool);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__SYSTEM:
				return SYSTEM_EDEFAULT == null ? system != null : !SYSTEM_EDEFAULT.equals(system);
			case CoreV1Package.SCALE_IO_VOLUME_SOURCE__VOLUME_NAME:
				return VOLUME_NAME_EDEFAULT == null ? volumeName != null : !VOLUME_NAME_EDEFAULT.equals(volumeName);
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
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", protectionDomain: ");
		result.append(protectionDomain);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", sslEnabled: ");
		result.append(sslEnabled);
		result.append(", storageMode: ");
		result.append(storageMode);
		result.append(", storagePool: ");
		result.append(storagePool);
		result.append(", system: ");
		result.append(system);
		result.append(", volumeName: ");
		result.append(volumeName);
		result.append(')');
		return result.toString();
	}

} //ScaleIOVolumeSourceImpl
