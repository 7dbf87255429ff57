/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject Access Review Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getExtra <em>Extra</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getGroups <em>Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getNonResourceAttributes <em>Non Resource Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getResourceAttributes <em>Resource Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUid <em>Uid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec()
 * @generated
 */
public interface SubjectAccessReviewSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Extra</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type list of {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extra</em>' map.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec_Extra()
	 * @generated
	 */
	EMap<String, EList<String>> getExtra();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec_Groups()
	 * @generated
	 */
	EList<String> getGroups();

	/**
	 * Returns the value of the '<em><b>Non Resource Attributes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Resource Attributes</em>' containment reference.
	 * @see #setNonResourceAttributes(NonResourceAttributes)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec_NonResourceAttributes()
	 * @generated
	 */
	NonResourceAttributes getNonResourceAttributes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getNonResourceAttributes <em>Non Resource Attributes</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec_ResourceAttributes()
	 * @generated
	 */
	ResourceAttributes getResourceAttributes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getResourceAttributes <em>Resource Attributes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Attributes</em>' containment reference.
	 * @see #getResourceAttributes()
	 * @generated
	 */
	void setResourceAttributes(ResourceAttributes value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewSpec_User()
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

} // SubjectAccessReviewSpec
