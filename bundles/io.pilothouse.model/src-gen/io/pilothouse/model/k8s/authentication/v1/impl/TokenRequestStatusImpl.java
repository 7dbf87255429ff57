/**
 */
package io.pilothouse.model.k8s.authentication.v1.impl;

import io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package;
import io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Token Request Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestStatusImpl#getExpirationTimestamp <em>Expiration Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestStatusImpl#getToken <em>Token</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TokenRequestStatusImpl extends MinimalEObjectImpl.Container implements TokenRequestStatus {
	/**
	 * The default value of the '{@link #getExpirationTimestamp() <em>Expiration Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time EXPIRATION_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpirationTimestamp() <em>Expiration Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time expirationTimestamp = EXPIRATION_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getToken() <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToken()
	 * @generated
	 * @ordered
	 */
	protected static final String TOKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToken() <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToken()
	 * @generated
	 * @ordered
	 */
	protected String token = TOKEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TokenRequestStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthenticationV1Package.Literals.TOKEN_REQUEST_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getExpirationTimestamp() {
		return expirationTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpirationTimestamp(Time newExpirationTimestamp) {
		Time oldExpirationTimestamp = expirationTimestamp;
		expirationTimestamp = newExpirationTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP, oldExpirationTimestamp, expirationTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToken() {
		return token;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToken(String newToken) {
		String oldToken = token;
		token = newToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REQUEST_STATUS__TOKEN, oldToken, token));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP:
				return getExpirationTimestamp();
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__TOKEN:
				return getToken();
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
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP:
				setExpirationTimestamp((Time)newValue);
				return;
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__TOKEN:
				setToken((String)newValue);
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
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP:
				setExpirationTimestamp(EXPIRATION_TIMESTAMP_EDEFAULT);
				return;
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__TOKEN:
				setToken(TOKEN_EDEFAULT);
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
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP:
				return EXPIRATION_TIMESTAMP_EDEFAULT == null ? expirationTimestamp != null : !EXPIRATION_TIMESTAMP_EDEFAULT.equals(expirationTimestamp);
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS__TOKEN:
				return TOKEN_EDEFAULT == null ? token != null : !TOKEN_EDEFAULT.equals(token);
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
		result.append(" (expirationTimestamp: ");
		result.append(expirationTimestamp);
		result.append(", token: ");
		result.append(token);
		result.append(')');
		return result.toString();
	}

} //TokenRequestStatusImpl
