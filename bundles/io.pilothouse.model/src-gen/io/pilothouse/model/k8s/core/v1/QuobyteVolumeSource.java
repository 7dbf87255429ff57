/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quobyte Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getRegistry <em>Registry</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getTenant <em>Tenant</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getUser <em>User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getVolume <em>Volume</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource()
 * @generated
 */
public interface QuobyteVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Registry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registry</em>' attribute.
	 * @see #setRegistry(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource_Registry()
	 * @generated
	 */
	String getRegistry();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getRegistry <em>Registry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registry</em>' attribute.
	 * @see #getRegistry()
	 * @generated
	 */
	void setRegistry(String value);

	/**
	 * Returns the value of the '<em><b>Tenant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tenant</em>' attribute.
	 * @see #setTenant(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource_Tenant()
	 * @generated
	 */
	String getTenant();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getTenant <em>Tenant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tenant</em>' attribute.
	 * @see #getTenant()
	 * @generated
	 */
	void setTenant(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource_User()
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #setVolume(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getQuobyteVolumeSource_Volume()
	 * @generated
	 */
	String getVolume();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.QuobyteVolumeSource#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(String value);

} // QuobyteVolumeSource
