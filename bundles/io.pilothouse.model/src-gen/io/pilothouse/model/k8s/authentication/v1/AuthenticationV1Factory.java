/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package
 * @generated
 */
public interface AuthenticationV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AuthenticationV1Factory eINSTANCE = io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Bound Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bound Object Reference</em>'.
	 * @generated
	 */
	BoundObjectReference createBoundObjectReference();

	/**
	 * Returns a new object of class '<em>Self Subject Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Self Subject Review</em>'.
	 * @generated
	 */
	SelfSubjectReview createSelfSubjectReview();

	/**
	 * Returns a new object of class '<em>Self Subject Review Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Self Subject Review Status</em>'.
	 * @generated
	 */
	SelfSubjectReviewStatus createSelfSubjectReviewStatus();

	/**
	 * Returns a new object of class '<em>Token Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Request</em>'.
	 * @generated
	 */
	TokenRequest createTokenRequest();

	/**
	 * Returns a new object of class '<em>Token Request Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Request Spec</em>'.
	 * @generated
	 */
	TokenRequestSpec createTokenRequestSpec();

	/**
	 * Returns a new object of class '<em>Token Request Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Request Status</em>'.
	 * @generated
	 */
	TokenRequestStatus createTokenRequestStatus();

	/**
	 * Returns a new object of class '<em>Token Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Review</em>'.
	 * @generated
	 */
	TokenReview createTokenReview();

	/**
	 * Returns a new object of class '<em>Token Review Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Review Spec</em>'.
	 * @generated
	 */
	TokenReviewSpec createTokenReviewSpec();

	/**
	 * Returns a new object of class '<em>Token Review Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Token Review Status</em>'.
	 * @generated
	 */
	TokenReviewStatus createTokenReviewStatus();

	/**
	 * Returns a new object of class '<em>User Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User Info</em>'.
	 * @generated
	 */
	UserInfo createUserInfo();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AuthenticationV1Package getAuthenticationV1Package();

} //AuthenticationV1Factory
