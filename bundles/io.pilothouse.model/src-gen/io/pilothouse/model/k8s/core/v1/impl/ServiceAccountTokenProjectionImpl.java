/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Account Token Projection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountTokenProjectionImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountTokenProjectionImpl#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountTokenProjectionImpl#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceAccountTokenProjectionImpl extends MinimalEObjectImpl.Container implements ServiceAccountTokenProjection {
	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected String audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpirationSeconds() <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long EXPIRATION_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpirationSeconds() <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long expirationSeconds = EXPIRATION_SECONDS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceAccountTokenProjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SERVICE_ACCOUNT_TOKEN_PROJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(String newAudience) {
		String oldAudience = audience;
		audience = newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__AUDIENCE, oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getExpirationSeconds() {
		return expirationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpirationSeconds(Long newExpirationSeconds) {
		Long oldExpirationSeconds = expirationSeconds;
		expirationSeconds = newExpirationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__EXPIRATION_SECONDS, oldExpirationSeconds, expirationSeconds));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__AUDIENCE:
				return getAudience();
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__EXPIRATION_SECONDS:
				return getExpirationSeconds();
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__PATH:
				return getPath();
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
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__AUDIENCE:
				setAudience((String)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__EXPIRATION_SECONDS:
				setExpirationSeconds((Long)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__PATH:
				setPath((String)newValue);
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
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__EXPIRATION_SECONDS:
				setExpirationSeconds(EXPIRATION_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__PATH:
				setPath(PATH_EDEFAULT);
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
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__AUDIENCE:
				return AUDIENCE_EDEFAULT == null ? audience != null : !AUDIENCE_EDEFAULT.equals(audience);
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__EXPIRATION_SECONDS:
				return EXPIRATION_SECONDS_EDEFAULT == null ? expirationSeconds != null : !EXPIRATION_SECONDS_EDEFAULT.equals(expirationSeconds);
			case CoreV1Package.SERVICE_ACCOUNT_TOKEN_PROJECTION__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
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
		result.append(" (audience: ");
		result.append(audience);
		result.append(", expirationSeconds: ");
		result.append(expirationSeconds);
		result.append(", path: ");
		result.append(path);
		result.append(')');
		return result.toString();
	}

} //ServiceAccountTokenProjectionImpl
