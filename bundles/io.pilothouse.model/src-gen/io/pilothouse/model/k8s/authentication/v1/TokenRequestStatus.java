/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Token Request Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getExpirationTimestamp <em>Expiration Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getToken <em>Token</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestStatus()
 * @generated
 */
public interface TokenRequestStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Expiration Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiration Timestamp</em>' attribute.
	 * @see #setExpirationTimestamp(Time)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestStatus_ExpirationTimestamp()
	 * @generated
	 */
	Time getExpirationTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getExpirationTimestamp <em>Expiration Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiration Timestamp</em>' attribute.
	 * @see #getExpirationTimestamp()
	 * @generated
	 */
	void setExpirationTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Token</em>' attribute.
	 * @see #setToken(String)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestStatus_Token()
	 * @generated
	 */
	String getToken();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getToken <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token</em>' attribute.
	 * @see #getToken()
	 * @generated
	 */
	void setToken(String value);

} // TokenRequestStatus
