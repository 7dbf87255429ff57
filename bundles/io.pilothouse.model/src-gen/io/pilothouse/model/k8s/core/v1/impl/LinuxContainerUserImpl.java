/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LinuxContainerUser;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Linux Container User</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LinuxContainerUserImpl#getGid <em>Gid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LinuxContainerUserImpl#getSupplementalGroups <em>Supplemental Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LinuxContainerUserImpl#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinuxContainerUserImpl extends MinimalEObjectImpl.Container implements LinuxContainerUser {
	/**
	 * The default value of the '{@link #getGid() <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGid()
	 * @generated
	 * @ordered
	 */
	protected static final Long GID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGid() <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGid()
	 * @generated
	 * @ordered
	 */
	protected Long gid = GID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupplementalGroups() <em>Supplemental Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplementalGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> supplementalGroups;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final Long UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected Long uid = UID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinuxContainerUserImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.LINUX_CONTAINER_USER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getGid() {
		return gid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGid(Long newGid) {
		Long oldGid = gid;
		gid = newGid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LINUX_CONTAINER_USER__GID, oldGid, gid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getSupplementalGroups() {
		if (supplementalGroups == null) {
			supplementalGroups = new EDataTypeUniqueEList<Long>(Long.class, this, CoreV1Package.LINUX_CONTAINER_USER__SUPPLEMENTAL_GROUPS);
		}
		return supplementalGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(Long newUid) {
		Long oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LINUX_CONTAINER_USER__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.LINUX_CONTAINER_USER__GID:
				return getGid();
			case CoreV1Package.LINUX_CONTAINER_USER__SUPPLEMENTAL_GROUPS:
				return getSupplementalGroups();
			case CoreV1Package.LINUX_CONTAINER_USER__UID:
				return getUid();
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
			case CoreV1Package.LINUX_CONTAINER_USER__GID:
				setGid((Long)newValue);
				return;
			case CoreV1Package.LINUX_CONTAINER_USER__SUPPLEMENTAL_GROUPS:
				getSupplementalGroups().clear();
				getSupplementalGroups().addAll((Collection<? extends Long>)newValue);
				return;
			case CoreV1Package.LINUX_CONTAINER_USER__UID:
				setUid((Long)newValue);
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
			case CoreV1Package.LINUX_CONTAINER_USER__GID:
				setGid(GID_EDEFAULT);
				return;
			case CoreV1Package.LINUX_CONTAINER_USER__SUPPLEMENTAL_GROUPS:
				getSupplementalGroups().clear();
				return;
			case CoreV1Package.LINUX_CONTAINER_USER__UID:
				setUid(UID_EDEFAULT);
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
			case CoreV1Package.LINUX_CONTAINER_USER__GID:
				return GID_EDEFAULT == null ? gid != null : !GID_EDEFAULT.equals(gid);
			case CoreV1Package.LINUX_CONTAINER_USER__SUPPLEMENTAL_GROUPS:
				return supplementalGroups != null && !supplementalGroups.isEmpty();
			case CoreV1Package.LINUX_CONTAINER_USER__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
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
		result.append(" (gid: ");
		result.append(gid);
		result.append(", supplementalGroups: ");
		result.append(supplementalGroups);
		result.append(", uid: ");
		result.append(uid);
		result.append(')');
		return result.toString();
	}

} //LinuxContainerUserImpl
