/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persistent Volume Claim Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimVolumeSourceImpl#getClaimName <em>Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersistentVolumeClaimVolumeSourceImpl extends MinimalEObjectImpl.Container implements PersistentVolumeClaimVolumeSource {
	/**
	 * The default value of the '{@link #getClaimName() <em>Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimName()
	 * @generated
	 * @ordered
	 */
	protected static final String CLAIM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClaimName() <em>Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimName()
	 * @generated
	 * @ordered
	 */
	protected String claimName = CLAIM_NAME_EDEFAULT;

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
	protected PersistentVolumeClaimVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClaimName() {
		return claimName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimName(String newClaimName) {
		String oldClaimName = claimName;
		claimName = newClaimName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME, oldClaimName, claimName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME:
				return getClaimName();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__READ_ONLY:
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME:
				setClaimName((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__READ_ONLY:
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME:
				setClaimName(CLAIM_NAME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__READ_ONLY:
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME:
				return CLAIM_NAME_EDEFAULT == null ? claimName != null : !CLAIM_NAME_EDEFAULT.equals(claimName);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__READ_ONLY:
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
		result.append(" (claimName: ");
		result.append(claimName);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(')');
		return result.toString();
	}

} //PersistentVolumeClaimVolumeSourceImpl
