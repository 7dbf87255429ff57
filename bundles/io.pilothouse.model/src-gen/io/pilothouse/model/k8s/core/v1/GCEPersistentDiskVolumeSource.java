/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>GCE Persistent Disk Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getPartition <em>Partition</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getPdName <em>Pd Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGCEPersistentDiskVolumeSource()
 * @generated
 */
public interface GCEPersistentDiskVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGCEPersistentDiskVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGCEPersistentDiskVolumeSource_Partition()
	 * @generated
	 */
	Integer getPartition();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(Integer value);

	/**
	 * Returns the value of the '<em><b>Pd Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pd Name</em>' attribute.
	 * @see #setPdName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGCEPersistentDiskVolumeSource_PdName()
	 * @generated
	 */
	String getPdName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getPdName <em>Pd Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pd Name</em>' attribute.
	 * @see #getPdName()
	 * @generated
	 */
	void setPdName(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGCEPersistentDiskVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GCEPersistentDiskVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

} // GCEPersistentDiskVolumeSource
