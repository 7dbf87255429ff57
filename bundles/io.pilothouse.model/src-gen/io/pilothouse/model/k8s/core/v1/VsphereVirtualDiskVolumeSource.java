/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vsphere Virtual Disk Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getStoragePolicyID <em>Storage Policy ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getStoragePolicyName <em>Storage Policy Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getVolumePath <em>Volume Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVsphereVirtualDiskVolumeSource()
 * @generated
 */
public interface VsphereVirtualDiskVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVsphereVirtualDiskVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Storage Policy ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Policy ID</em>' attribute.
	 * @see #setStoragePolicyID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVsphereVirtualDiskVolumeSource_StoragePolicyID()
	 * @generated
	 */
	String getStoragePolicyID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getStoragePolicyID <em>Storage Policy ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Policy ID</em>' attribute.
	 * @see #getStoragePolicyID()
	 * @generated
	 */
	void setStoragePolicyID(String value);

	/**
	 * Returns the value of the '<em><b>Storage Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Policy Name</em>' attribute.
	 * @see #setStoragePolicyName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVsphereVirtualDiskVolumeSource_StoragePolicyName()
	 * @generated
	 */
	String getStoragePolicyName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getStoragePolicyName <em>Storage Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Policy Name</em>' attribute.
	 * @see #getStoragePolicyName()
	 * @generated
	 */
	void setStoragePolicyName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Path</em>' attribute.
	 * @see #setVolumePath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVsphereVirtualDiskVolumeSource_VolumePath()
	 * @generated
	 */
	String getVolumePath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VsphereVirtualDiskVolumeSource#getVolumePath <em>Volume Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Path</em>' attribute.
	 * @see #getVolumePath()
	 * @generated
	 */
	void setVolumePath(String value);

} // VsphereVirtualDiskVolumeSource
