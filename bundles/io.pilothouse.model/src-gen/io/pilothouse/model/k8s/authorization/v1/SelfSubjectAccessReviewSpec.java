/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Self Subject Access Review Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getNonResourceAttributes <em>Non Resource Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getResourceAttributes <em>Resource Attributes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReviewSpec()
 * @generated
 */
public interface SelfSubjectAccessReviewSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Non Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Resource Attributes</em>' containment reference.
	 * @see #setNonResourceAttributes(NonResourceAttributes)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReviewSpec_NonResourceAttributes()
	 * @generated
	 */
	NonResourceAttributes getNonResourceAttributes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getNonResourceAttributes <em>Non Resource Attributes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Resource Attributes</em>' containment reference.
	 * @see #getNonResourceAttributes()
	 * @generated
	 */
	void setNonResourceAttributes(NonResourceAttributes value);

	/**
	 * Returns the value of the '<em><b>Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Attributes</em>' containment reference.
	 * @see #setResourceAttributes(ResourceAttributes)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReviewSpec_ResourceAttributes()
	 * @generated
	 */
	ResourceAttributes getResourceAttributes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec#getResourceAttributes <em>Resource Attributes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Attributes</em>' containment reference.
	 * @see #getResourceAttributes()
	 * @generated
	 */
	void setResourceAttributes(ResourceAttributes value);

} // SelfSubjectAccessReviewSpec
