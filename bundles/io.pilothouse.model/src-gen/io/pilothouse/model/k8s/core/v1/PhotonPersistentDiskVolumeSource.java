/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Photon Persistent Disk Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PhotonPersistentDiskVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PhotonPersistentDiskVolumeSource#getPdID <em>Pd ID</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPhotonPersistentDiskVolumeSource()
 * @generated
 */
public interface PhotonPersistentDiskVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPhotonPersistentDiskVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PhotonPersistentDiskVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Pd ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pd ID</em>' attribute.
	 * @see #setPdID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPhotonPersistentDiskVolumeSource_PdID()
	 * @generated
	 */
	String getPdID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PhotonPersistentDiskVolumeSource#getPdID <em>Pd ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pd ID</em>' attribute.
	 * @see #getPdID()
	 * @generated
	 */
	void setPdID(String value);

} // PhotonPersistentDiskVolumeSource
