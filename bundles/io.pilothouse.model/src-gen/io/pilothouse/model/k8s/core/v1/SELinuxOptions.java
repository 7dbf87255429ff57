/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>SE Linux Options</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getLevel <em>Level</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getRole <em>Role</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSELinuxOptions()
 * @generated
 */
public interface SELinuxOptions extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSELinuxOptions_Level()
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSELinuxOptions_Role()
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSELinuxOptions_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSELinuxOptions_User()
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SELinuxOptions#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

} // SELinuxOptions
