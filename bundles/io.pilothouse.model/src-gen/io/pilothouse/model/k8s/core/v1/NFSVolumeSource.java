/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>NFS Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NFSVolumeSource#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NFSVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NFSVolumeSource#getServer <em>Server</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNFSVolumeSource()
 * @generated
 */
public interface NFSVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNFSVolumeSource_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NFSVolumeSource#getPath <em>Path</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNFSVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NFSVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server</em>' attribute.
	 * @see #setServer(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNFSVolumeSource_Server()
	 * @generated
	 */
	String getServer();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NFSVolumeSource#getServer <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' attribute.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(String value);

} // NFSVolumeSource
