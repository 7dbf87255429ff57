/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Azure Disk Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getCachingMode <em>Caching Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getDiskName <em>Disk Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getDiskURI <em>Disk URI</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource()
 * @generated
 */
public interface AzureDiskVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Caching Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caching Mode</em>' attribute.
	 * @see #setCachingMode(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource_CachingMode()
	 * @generated
	 */
	String getCachingMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getCachingMode <em>Caching Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caching Mode</em>' attribute.
	 * @see #getCachingMode()
	 * @generated
	 */
	void setCachingMode(String value);

	/**
	 * Returns the value of the '<em><b>Disk Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Name</em>' attribute.
	 * @see #setDiskName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource_DiskName()
	 * @generated
	 */
	String getDiskName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getDiskName <em>Disk Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Name</em>' attribute.
	 * @see #getDiskName()
	 * @generated
	 */
	void setDiskName(String value);

	/**
	 * Returns the value of the '<em><b>Disk URI</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk URI</em>' attribute.
	 * @see #setDiskURI(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource_DiskURI()
	 * @generated
	 */
	String getDiskURI();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getDiskURI <em>Disk URI</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk URI</em>' attribute.
	 * @see #getDiskURI()
	 * @generated
	 */
	void setDiskURI(String value);

	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureDiskVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureDiskVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

} // AzureDiskVolumeSource
