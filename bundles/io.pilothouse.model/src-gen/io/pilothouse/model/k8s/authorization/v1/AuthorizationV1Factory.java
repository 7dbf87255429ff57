/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package
 * @generated
 */
public interface AuthorizationV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AuthorizationV1Factory eINSTANCE = io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Field Selector Attributes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Field Selector Attributes</em>'.
	 * @generated
	 */
	FieldSelectorAttributes createFieldSelectorAttributes();

	/**
	 * Returns a new object of class '<em>Label Selector Attributes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Selector Attributes</em>'.
	 * @generated
	 */
	LabelSelectorAttributes createLabelSelectorAttributes();

	/**
	 * Returns a new object of class '<em>Local Subject Access Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Subject Access Review</em>'.
	 * @generated
	 */
	LocalSubjectAccessReview createLocalSubjectAccessReview();

	/**
	 * Returns a new object of class '<em>Non Resource Attributes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Non Resource Attributes</em>'.
	 * @generated
	 */
	NonResourceAttributes createNonResourceAttributes();

	/**
	 * Returns a new object of class '<em>Non Resource Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Non Resource Rule</em>'.
	 * @generated
	 */
	NonResourceRule createNonResourceRule();

	/**
	 * Returns a new object of class '<em>Resource Attributes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Attributes</em>'.
	 * @generated
	 */
	ResourceAttributes createResourceAttributes();

	/**
	 * Returns a new object of class '<em>Resource Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Rule</em>'.
	 * @generated
	 */
	ResourceRule createResourceRule();

	/**
	 * Returns a new object of class '<em>Self Subject Access Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Self Subject Access Review</em>'.
	 * @generated
	 */
	SelfSubjectAccessReview createSelfSubjectAccessReview();

	/**
	 * Returns a new object of class '<em>Self Subject Access Review Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Self Subject Access Review Spec</em>'.
	 * @generated
	 */
	SelfSubjectAccessReviewSpec createSelfSubjectAccessReviewSpec();

	/**
	 * Returns a new object of class '<em>Self Subject Rules Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Self Subject Rules Review</em>'.
	 * @generated
	 */
	SelfSubjectRulesReview createSelfSubjectRulesReview();

	/**
	 * Returns a new object of class '<em>Self Subject Rules Review Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Self Subject Rules Review Spec</em>'.
	 * @generated
	 */
	SelfSubjectRulesReviewSpec createSelfSubjectRulesReviewSpec();

	/**
	 * Returns a new object of class '<em>Subject Access Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject Access Review</em>'.
	 * @generated
	 */
	SubjectAccessReview createSubjectAccessReview();

	/**
	 * Returns a new object of class '<em>Subject Access Review Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject Access Review Spec</em>'.
	 * @generated
	 */
	SubjectAccessReviewSpec createSubjectAccessReviewSpec();

	/**
	 * Returns a new object of class '<em>Subject Access Review Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject Access Review Status</em>'.
	 * @generated
	 */
	SubjectAccessReviewStatus createSubjectAccessReviewStatus();

	/**
	 * Returns a new object of class '<em>Subject Rules Review Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject Rules Review Status</em>'.
	 * @generated
	 */
	SubjectRulesReviewStatus createSubjectRulesReviewStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AuthorizationV1Package getAuthorizationV1Package();

} //AuthorizationV1Factory
