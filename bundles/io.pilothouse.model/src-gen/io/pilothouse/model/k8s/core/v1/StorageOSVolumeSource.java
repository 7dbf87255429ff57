/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage OS Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getVolumeName <em>Volume Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getVolumeNamespace <em>Volume Namespace</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getStorageOSVolumeSource()
 * @generated
 */
public interface StorageOSVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getStorageOSVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getStorageOSVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
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
	 * @see #setSecretRef(LocalObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getStorageOSVolumeSource_SecretRef()
	 * @generated
	 */
	LocalObjectReference getSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getSecretRef <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' containment reference.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(LocalObjectReference value);

	/**
	 * Returns the value of the '<em><b>Volume Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Name</em>' attribute.
	 * @see #setVolumeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getStorageOSVolumeSource_VolumeName()
	 * @generated
	 */
	String getVolumeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getVolumeName <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Name</em>' attribute.
	 * @see #getVolumeName()
	 * @generated
	 */
	void setVolumeName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Namespace</em>' attribute.
	 * @see #setVolumeNamespace(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getStorageOSVolumeSource_VolumeNamespace()
	 * @generated
	 */
	String getVolumeNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.StorageOSVolumeSource#getVolumeNamespace <em>Volume Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Namespace</em>' attribute.
	 * @see #getVolumeNamespace()
	 * @generated
	 */
	void setVolumeNamespace(String value);

} // StorageOSVolumeSource
