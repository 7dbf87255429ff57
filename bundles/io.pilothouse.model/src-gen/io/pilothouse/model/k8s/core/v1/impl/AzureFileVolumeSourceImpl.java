/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Azure File Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureFileVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureFileVolumeSourceImpl#getSecretName <em>Secret Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AzureFileVolumeSourceImpl#getShareName <em>Share Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AzureFileVolumeSourceImpl extends MinimalEObjectImpl.Container implements AzureFileVolumeSource {
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
	 * The default value of the '{@link #getSecretName() <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretName()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecretName() <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretName()
	 * @generated
	 * @ordered
	 */
	protected String secretName = SECRET_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getShareName() <em>Share Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHARE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareName() <em>Share Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareName()
	 * @generated
	 * @ordered
	 */
	protected String shareName = SHARE_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AzureFileVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.AZURE_FILE_VOLUME_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_FILE_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecretName() {
		return secretName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretName(String newSecretName) {
		String oldSecretName = secretName;
		secretName = newSecretName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SECRET_NAME, oldSecretName, secretName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShareName() {
		return shareName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareName(String newShareName) {
		String oldShareName = shareName;
		shareName = newShareName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SHARE_NAME, oldShareName, shareName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SECRET_NAME:
				return getSecretName();
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SHARE_NAME:
				return getShareName();
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
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SECRET_NAME:
				setSecretName((String)newValue);
				return;
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SHARE_NAME:
				setShareName((String)newValue);
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
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SECRET_NAME:
				setSecretName(SECRET_NAME_EDEFAULT);
				return;
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SHARE_NAME:
				setShareName(SHARE_NAME_EDEFAULT);
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
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SECRET_NAME:
				return SECRET_NAME_EDEFAULT == null ? secretName != null : !SECRET_NAME_EDEFAULT.equals(secretName);
			case CoreV1Package.AZURE_FILE_VOLUME_SOURCE__SHARE_NAME:
				return SHARE_NAME_EDEFAULT == null ? shareName != null : !SHARE_NAME_EDEFAULT.equals(shareName);
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
		result.append(" (readOnly: ");
		result.append(readOnly);
		result.append(", secretName: ");
		result.append(secretName);
		result.append(", shareName: ");
		result.append(shareName);
		result.append(')');
		return result.toString();
	}

} //AzureFileVolumeSourceImpl
