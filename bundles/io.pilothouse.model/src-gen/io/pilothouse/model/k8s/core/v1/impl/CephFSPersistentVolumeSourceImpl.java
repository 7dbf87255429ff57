/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CephFSPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
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
 * An implementation of the model object '<em><b>Ceph FS Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CephFSPersistentVolumeSourceImpl#getMonitors <em>Monitors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CephFSPersistentVolumeSourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CephFSPersistentVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CephFSPersistentVolumeSourceImpl#getSecretFile <em>Secret File</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CephFSPersistentVolumeSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CephFSPersistentVolumeSourceImpl#getUser <em>User</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CephFSPersistentVolumeSourceImpl extends MinimalEObjectImpl.Container implements CephFSPersistentVolumeSource {
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
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

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
	 * The default value of the '{@link #getSecretFile() <em>Secret File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRET_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecretFile() <em>Secret File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretFile()
	 * @generated
	 * @ordered
	 */
	protected String secretFile = SECRET_FILE_EDEFAULT;

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
	protected CephFSPersistentVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CEPH_FS_PERSISTENT_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMonitors() {
		if (monitors == null) {
			monitors = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__MONITORS);
		}
		return monitors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__PATH, oldPath, path));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecretFile() {
		return secretFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretFile(String newSecretFile) {
		String oldSecretFile = secretFile;
		secretFile = newSecretFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_FILE, oldSecretFile, secretFile));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
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
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
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
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__MONITORS:
				return getMonitors();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__PATH:
				return getPath();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_FILE:
				return getSecretFile();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return getSecretRef();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__USER:
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
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__MONITORS:
				getMonitors().clear();
				getMonitors().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__PATH:
				setPath((String)newValue);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_FILE:
				setSecretFile((String)newValue);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__USER:
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
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__MONITORS:
				getMonitors().clear();
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_FILE:
				setSecretFile(SECRET_FILE_EDEFAULT);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((SecretReference)null);
				return;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__USER:
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
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__MONITORS:
				return monitors != null && !monitors.isEmpty();
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_FILE:
				return SECRET_FILE_EDEFAULT == null ? secretFile != null : !SECRET_FILE_EDEFAULT.equals(secretFile);
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return secretRef != null;
			case CoreV1Package.CEPH_FS_PERSISTENT_VOLUME_SOURCE__USER:
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
		result.append(" (monitors: ");
		result.append(monitors);
		result.append(", path: ");
		result.append(path);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", secretFile: ");
		result.append(secretFile);
		result.append(", user: ");
		result.append(user);
		result.append(')');
		return result.toString();
	}

} //CephFSPersistentVolumeSourceImpl
