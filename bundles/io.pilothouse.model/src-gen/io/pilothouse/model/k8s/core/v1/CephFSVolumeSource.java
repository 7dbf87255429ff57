/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ceph FS Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getMonitors <em>Monitors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getSecretFile <em>Secret File</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource()
 * @generated
 */
public interface CephFSVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Monitors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitors</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource_Monitors()
	 * @generated
	 */
	EList<String> getMonitors();

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Secret File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret File</em>' attribute.
	 * @see #setSecretFile(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource_SecretFile()
	 * @generated
	 */
	String getSecretFile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getSecretFile <em>Secret File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret File</em>' attribute.
	 * @see #getSecretFile()
	 * @generated
	 */
	void setSecretFile(String value);

	/**
	 * Returns the value of the '<em><b>Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Ref</em>' containment reference.
	 * @see #setSecretRef(LocalObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource_SecretRef()
	 * @generated
	 */
	LocalObjectReference getSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getSecretRef <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' containment reference.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(LocalObjectReference value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCephFSVolumeSource_User()
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CephFSVolumeSource#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

} // CephFSVolumeSource
