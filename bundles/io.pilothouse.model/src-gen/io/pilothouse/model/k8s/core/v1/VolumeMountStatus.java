/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Mount Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getMountPath <em>Mount Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getRecursiveReadOnly <em>Recursive Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getVolumeStatus <em>Volume Status</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMountStatus()
 * @generated
 */
public interface VolumeMountStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Mount Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Path</em>' attribute.
	 * @see #setMountPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMountStatus_MountPath()
	 * @generated
	 */
	String getMountPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getMountPath <em>Mount Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mount Path</em>' attribute.
	 * @see #getMountPath()
	 * @generated
	 */
	void setMountPath(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMountStatus_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMountStatus_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Recursive Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recursive Read Only</em>' attribute.
	 * @see #setRecursiveReadOnly(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMountStatus_RecursiveReadOnly()
	 * @generated
	 */
	String getRecursiveReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getRecursiveReadOnly <em>Recursive Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recursive Read Only</em>' attribute.
	 * @see #getRecursiveReadOnly()
	 * @generated
	 */
	void setRecursiveReadOnly(String value);

	/**
	 * Returns the value of the '<em><b>Volume Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Status</em>' containment reference.
	 * @see #setVolumeStatus(VolumeStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMountStatus_VolumeStatus()
	 * @generated
	 */
	VolumeStatus getVolumeStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus#getVolumeStatus <em>Volume Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Status</em>' containment reference.
	 * @see #getVolumeStatus()
	 * @generated
	 */
	void setVolumeStatus(VolumeStatus value);

} // VolumeMountStatus
