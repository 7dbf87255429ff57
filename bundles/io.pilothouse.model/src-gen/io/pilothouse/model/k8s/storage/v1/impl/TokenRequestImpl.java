/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.model.k8s.storage.v1.TokenRequest;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Token Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.TokenRequestImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.TokenRequestImpl#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TokenRequestImpl extends MinimalEObjectImpl.Container implements TokenRequest {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TokenRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.TOKEN_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.TOKEN_REQUEST__AUDIENCE, oldAudience, audience));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.TOKEN_REQUEST__EXPIRATION_SECONDS, oldExpirationSeconds, expirationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StorageV1Package.TOKEN_REQUEST__AUDIENCE:
				return getAudience();
			case StorageV1Package.TOKEN_REQUEST__EXPIRATION_SECONDS:
				return getExpirationSeconds();
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
			case StorageV1Package.TOKEN_REQUEST__AUDIENCE:
				setAudience((String)newValue);
				return;
			case StorageV1Package.TOKEN_REQUEST__EXPIRATION_SECONDS:
				setExpirationSeconds((Long)newValue);
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
			case StorageV1Package.TOKEN_REQUEST__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case StorageV1Package.TOKEN_REQUEST__EXPIRATION_SECONDS:
				setExpirationSeconds(EXPIRATION_SECONDS_EDEFAULT);
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
			case StorageV1Package.TOKEN_REQUEST__AUDIENCE:
				return AUDIENCE_EDEFAULT == null ? audience != null : !AUDIENCE_EDEFAULT.equals(audience);
			case StorageV1Package.TOKEN_REQUEST__EXPIRATION_SECONDS:
				return EXPIRATION_SECONDS_EDEFAULT == null ? expirationSeconds != null : !EXPIRATION_SECONDS_EDEFAULT.equals(expirationSeconds);
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
		result.append(')');
		return result.toString();
	}

} //TokenRequestImpl
