/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodCertificateProjection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Certificate Projection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getCertificateChainPath <em>Certificate Chain Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getCredentialBundlePath <em>Credential Bundle Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getKeyPath <em>Key Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getKeyType <em>Key Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodCertificateProjectionImpl#getUserAnnotations <em>User Annotations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodCertificateProjectionImpl extends MinimalEObjectImpl.Container implements PodCertificateProjection {
	/**
	 * The default value of the '{@link #getCertificateChainPath() <em>Certificate Chain Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateChainPath()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_CHAIN_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateChainPath() <em>Certificate Chain Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateChainPath()
	 * @generated
	 * @ordered
	 */
	protected String certificateChainPath = CERTIFICATE_CHAIN_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentialBundlePath() <em>Credential Bundle Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialBundlePath()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIAL_BUNDLE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredentialBundlePath() <em>Credential Bundle Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialBundlePath()
	 * @generated
	 * @ordered
	 */
	protected String credentialBundlePath = CREDENTIAL_BUNDLE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyPath() <em>Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyPath()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyPath() <em>Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyPath()
	 * @generated
	 * @ordered
	 */
	protected String keyPath = KEY_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyType() <em>Key Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyType()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyType() <em>Key Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyType()
	 * @generated
	 * @ordered
	 */
	protected String keyType = KEY_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxExpirationSeconds() <em>Max Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_EXPIRATION_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxExpirationSeconds() <em>Max Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer maxExpirationSeconds = MAX_EXPIRATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected String signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUserAnnotations() <em>User Annotations</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> userAnnotations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodCertificateProjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_CERTIFICATE_PROJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateChainPath() {
		return certificateChainPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateChainPath(String newCertificateChainPath) {
		String oldCertificateChainPath = certificateChainPath;
		certificateChainPath = newCertificateChainPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_CERTIFICATE_PROJECTION__CERTIFICATE_CHAIN_PATH, oldCertificateChainPath, certificateChainPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredentialBundlePath() {
		return credentialBundlePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialBundlePath(String newCredentialBundlePath) {
		String oldCredentialBundlePath = credentialBundlePath;
		credentialBundlePath = newCredentialBundlePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_CERTIFICATE_PROJECTION__CREDENTIAL_BUNDLE_PATH, oldCredentialBundlePath, credentialBundlePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyPath() {
		return keyPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyPath(String newKeyPath) {
		String oldKeyPath = keyPath;
		keyPath = newKeyPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_PATH, oldKeyPath, keyPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyType() {
		return keyType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyType(String newKeyType) {
		String oldKeyType = keyType;
		keyType = newKeyType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_TYPE, oldKeyType, keyType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxExpirationSeconds() {
		return maxExpirationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxExpirationSeconds(Integer newMaxExpirationSeconds) {
		Integer oldMaxExpirationSeconds = maxExpirationSeconds;
		maxExpirationSeconds = newMaxExpirationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_CERTIFICATE_PROJECTION__MAX_EXPIRATION_SECONDS, oldMaxExpirationSeconds, maxExpirationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(String newSignerName) {
		String oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_CERTIFICATE_PROJECTION__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getUserAnnotations() {
		if (userAnnotations == null) {
			userAnnotations = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.POD_CERTIFICATE_PROJECTION__USER_ANNOTATIONS);
		}
		return userAnnotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__USER_ANNOTATIONS:
				return ((InternalEList<?>)getUserAnnotations()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CERTIFICATE_CHAIN_PATH:
				return getCertificateChainPath();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CREDENTIAL_BUNDLE_PATH:
				return getCredentialBundlePath();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_PATH:
				return getKeyPath();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_TYPE:
				return getKeyType();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__MAX_EXPIRATION_SECONDS:
				return getMaxExpirationSeconds();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__SIGNER_NAME:
				return getSignerName();
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__USER_ANNOTATIONS:
				if (coreType) return getUserAnnotations();
				else return getUserAnnotations().map();
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
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CERTIFICATE_CHAIN_PATH:
				setCertificateChainPath((String)newValue);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CREDENTIAL_BUNDLE_PATH:
				setCredentialBundlePath((String)newValue);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_PATH:
				setKeyPath((String)newValue);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_TYPE:
				setKeyType((String)newValue);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__MAX_EXPIRATION_SECONDS:
				setMaxExpirationSeconds((Integer)newValue);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__USER_ANNOTATIONS:
				((EStructuralFeature.Setting)getUserAnnotations()).set(newValue);
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
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CERTIFICATE_CHAIN_PATH:
				setCertificateChainPath(CERTIFICATE_CHAIN_PATH_EDEFAULT);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CREDENTIAL_BUNDLE_PATH:
				setCredentialBundlePath(CREDENTIAL_BUNDLE_PATH_EDEFAULT);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_PATH:
				setKeyPath(KEY_PATH_EDEFAULT);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_TYPE:
				setKeyType(KEY_TYPE_EDEFAULT);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__MAX_EXPIRATION_SECONDS:
				setMaxExpirationSeconds(MAX_EXPIRATION_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__USER_ANNOTATIONS:
				getUserAnnotations().clear();
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
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CERTIFICATE_CHAIN_PATH:
				return CERTIFICATE_CHAIN_PATH_EDEFAULT == null ? certificateChainPath != null : !CERTIFICATE_CHAIN_PATH_EDEFAULT.equals(certificateChainPath);
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__CREDENTIAL_BUNDLE_PATH:
				return CREDENTIAL_BUNDLE_PATH_EDEFAULT == null ? credentialBundlePath != null : !CREDENTIAL_BUNDLE_PATH_EDEFAULT.equals(credentialBundlePath);
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_PATH:
				return KEY_PATH_EDEFAULT == null ? keyPath != null : !KEY_PATH_EDEFAULT.equals(keyPath);
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__KEY_TYPE:
				return KEY_TYPE_EDEFAULT == null ? keyType != null : !KEY_TYPE_EDEFAULT.equals(keyType);
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__MAX_EXPIRATION_SECONDS:
				return MAX_EXPIRATION_SECONDS_EDEFAULT == null ? maxExpirationSeconds != null : !MAX_EXPIRATION_SECONDS_EDEFAULT.equals(maxExpirationSeconds);
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case CoreV1Package.POD_CERTIFICATE_PROJECTION__USER_ANNOTATIONS:
				return userAnnotations != null && !userAnnotations.isEmpty();
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
		result.append(" (certificateChainPath: ");
		result.append(certificateChainPath);
		result.append(", credentialBundlePath: ");
		result.append(credentialBundlePath);
		result.append(", keyPath: ");
		result.append(keyPath);
		result.append(", keyType: ");
		result.append(keyType);
		result.append(", maxExpirationSeconds: ");
		result.append(maxExpirationSeconds);
		result.append(", signerName: ");
		result.append(signerName);
		result.append(')');
		return result.toString();
	}

} //PodCertificateProjectionImpl
