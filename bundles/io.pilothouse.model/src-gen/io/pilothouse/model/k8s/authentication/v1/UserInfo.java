/**
 */
package io.pilothouse.model.k8s.authentication.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getExtra <em>Extra</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getGroups <em>Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getUid <em>Uid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getUsername <em>Username</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getUserInfo()
 * @generated
 */
public interface UserInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Extra</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type list of {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extra</em>' map.
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getUserInfo_Extra()
	 * @generated
	 */
	EMap<String, EList<String>> getExtra();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getUserInfo_Groups()
	 * @generated
	 */
	EList<String> getGroups();

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getUserInfo_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package#getUserInfo_Username()
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

} // UserInfo
