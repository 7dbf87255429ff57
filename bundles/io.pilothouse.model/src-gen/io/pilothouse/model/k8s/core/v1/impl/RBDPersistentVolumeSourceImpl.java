/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.SecretReference;

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
 * An implementation of the model object '<em><b>RBD Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getKeyring <em>Keyring</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getMonitors <em>Monitors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.RBDPersistentVolumeSourceImpl#getUser <em>User</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RBDPersistentVolumeSourceImpl extends MinimalEObjectImpl.Container implements RBDPersistentVolumeSource {
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
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyring() <em>Keyring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyring()
	 * @generated
	 * @ordered
	 */
	protected static final String KEYRING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyring() <em>Keyring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyring()
	 * @generated
	 * @ordered
	 */
	protected String keyring = KEYRING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMonitors() <em>Monitors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> monitors;

	/**
	 * The default value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected static final String POOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected String pool = POOL_EDEFAULT;

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
	protected SecretReference secretRef;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RBDPersistentVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.RBD_PERSISTENT_VOLUME_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyring() {
		return keyring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyring(String newKeyring) {
		String oldKeyring = keyring;
		keyring = newKeyring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__KEYRING, oldKeyring, keyring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMonitors() {
		if (monitors == null) {
			monitors = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__MONITORS);
		}
		return monitors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPool() {
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPool(String newPool) {
		String oldPool = pool;
		pool = newPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__POOL, oldPool, pool));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecretRef(SecretReference newSecretRef, NotificationChain msgs) {
		SecretReference oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
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
	public void setSecretRef(SecretReference newSecretRef) {
		if (newSecretRef != secretRef) {
			NotificationChain msgs = null;
			if (secretRef != null)
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
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
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__IMAGE:
				return getImage();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__KEYRING:
				return getKeyring();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__MONITORS:
				return getMonitors();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__POOL:
				return getPool();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return getSecretRef();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__USER:
				return getUser();
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
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__IMAGE:
				setImage((String)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__KEYRING:
				setKeyring((String)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__MONITORS:
				getMonitors().clear();
				getMonitors().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__POOL:
				setPool((String)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__USER:
				setUser((String)newValue);
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
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__KEYRING:
				setKeyring(KEYRING_EDEFAULT);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__MONITORS:
				getMonitors().clear();
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__POOL:
				setPool(POOL_EDEFAULT);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((SecretReference)null);
				return;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__USER:
				setUser(USER_EDEFAULT);
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
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__KEYRING:
				return KEYRING_EDEFAULT == null ? keyring != null : !KEYRING_EDEFAULT.equals(keyring);
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__MONITORS:
				return monitors != null && !monitors.isEmpty();
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__POOL:
				return POOL_EDEFAULT == null ? pool != null : !POOL_EDEFAULT.equals(pool);
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return secretRef != null;
			case CoreV1Package.RBD_PERSISTENT_VOLUME_SOURCE__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
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
		result.append(", image: ");
		result.append(image);
		result.append(", keyring: ");
		result.append(keyring);
		result.append(", monitors: ");
		result.append(monitors);
		result.append(", pool: ");
		result.append(pool);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", user: ");
		result.append(user);
		result.append(')');
		return result.toString();
	}

} //RBDPersistentVolumeSourceImpl
