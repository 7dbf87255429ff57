/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Token Review Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAuthenticated <em>Authenticated</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getError <em>Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewStatus()
 * @generated
 */
public interface TokenReviewStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewStatus_Audiences()
	 * @generated
	 */
	EList<String> getAudiences();

	/**
	 * Returns the value of the '<em><b>Authenticated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authenticated</em>' attribute.
	 * @see #setAuthenticated(Boolean)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewStatus_Authenticated()
	 * @generated
	 */
	Boolean getAuthenticated();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAuthenticated <em>Authenticated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authenticated</em>' attribute.
	 * @see #getAuthenticated()
	 * @generated
	 */
	void setAuthenticated(Boolean value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewStatus_Error()
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' containment reference.
	 * @see #setUser(UserInfo)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewStatus_User()
	 * @generated
	 */
	UserInfo getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getUser <em>User</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' containment reference.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(UserInfo value);

} // TokenReviewStatus
