/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Token Review Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getToken <em>Token</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewSpec()
 * @generated
 */
public interface TokenReviewSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewSpec_Audiences()
	 * @generated
	 */
	EList<String> getAudiences();

	/**
	 * Returns the value of the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Token</em>' attribute.
	 * @see #setToken(String)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenReviewSpec_Token()
	 * @generated
	 */
	String getToken();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getToken <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token</em>' attribute.
	 * @see #getToken()
	 * @generated
	 */
	void setToken(String value);

} // TokenReviewSpec
