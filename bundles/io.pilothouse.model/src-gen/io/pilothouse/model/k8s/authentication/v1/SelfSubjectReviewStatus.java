/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Self Subject Review Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus#getUserInfo <em>User Info</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getSelfSubjectReviewStatus()
 * @generated
 */
public interface SelfSubjectReviewStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>User Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Info</em>' containment reference.
	 * @see #setUserInfo(UserInfo)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getSelfSubjectReviewStatus_UserInfo()
	 * @generated
	 */
	UserInfo getUserInfo();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus#getUserInfo <em>User Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Info</em>' containment reference.
	 * @see #getUserInfo()
	 * @generated
	 */
	void setUserInfo(UserInfo value);

} // SelfSubjectReviewStatus
