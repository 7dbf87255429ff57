/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>RBD Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getKeyring <em>Keyring</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getMonitors <em>Monitors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource()
 * @generated
 */
public interface RBDPersistentVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_Image()
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Keyring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keyring</em>' attribute.
	 * @see #setKeyring(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_Keyring()
	 * @generated
	 */
	String getKeyring();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getKeyring <em>Keyring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keyring</em>' attribute.
	 * @see #getKeyring()
	 * @generated
	 */
	void setKeyring(String value);

	/**
	 * Returns the value of the '<em><b>Monitors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitors</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_Monitors()
	 * @generated
	 */
	EList<String> getMonitors();

	/**
	 * Returns the value of the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' attribute.
	 * @see #setPool(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_Pool()
	 * @generated
	 */
	String getPool();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getPool <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' attribute.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Ref</em>' containment reference.
	 * @see #setSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_SecretRef()
	 * @generated
	 */
	SecretReference getSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getSecretRef <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' containment reference.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getRBDPersistentVolumeSource_User()
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.RBDPersistentVolumeSource#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

} // RBDPersistentVolumeSource
