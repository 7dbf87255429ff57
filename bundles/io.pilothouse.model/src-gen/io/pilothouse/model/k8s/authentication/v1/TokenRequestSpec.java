/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Token Request Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getBoundObjectRef <em>Bound Object Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestSpec()
 * @generated
 */
public interface TokenRequestSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestSpec_Audiences()
	 * @generated
	 */
	EList<String> getAudiences();

	/**
	 * Returns the value of the '<em><b>Bound Object Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bound Object Ref</em>' containment reference.
	 * @see #setBoundObjectRef(BoundObjectReference)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestSpec_BoundObjectRef()
	 * @generated
	 */
	BoundObjectReference getBoundObjectRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getBoundObjectRef <em>Bound Object Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound Object Ref</em>' containment reference.
	 * @see #getBoundObjectRef()
	 * @generated
	 */
	void setBoundObjectRef(BoundObjectReference value);

	/**
	 * Returns the value of the '<em><b>Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiration Seconds</em>' attribute.
	 * @see #setExpirationSeconds(Long)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getTokenRequestSpec_ExpirationSeconds()
	 * @generated
	 */
	Long getExpirationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getExpirationSeconds <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiration Seconds</em>' attribute.
	 * @see #getExpirationSeconds()
	 * @generated
	 */
	void setExpirationSeconds(Long value);

} // TokenRequestSpec
