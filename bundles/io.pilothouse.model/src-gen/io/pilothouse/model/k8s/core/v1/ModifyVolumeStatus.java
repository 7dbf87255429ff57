/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modify Volume Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ModifyVolumeStatus#getStatus <em>Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ModifyVolumeStatus#getTargetVolumeAttributesClassName <em>Target Volume Attributes Class Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getModifyVolumeStatus()
 * @generated
 */
public interface ModifyVolumeStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getModifyVolumeStatus_Status()
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ModifyVolumeStatus#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Target Volume Attributes Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Volume Attributes Class Name</em>' attribute.
	 * @see #setTargetVolumeAttributesClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getModifyVolumeStatus_TargetVolumeAttributesClassName()
	 * @generated
	 */
	String getTargetVolumeAttributesClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ModifyVolumeStatus#getTargetVolumeAttributesClassName <em>Target Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Volume Attributes Class Name</em>' attribute.
	 * @see #getTargetVolumeAttributesClassName()
	 * @generated
	 */
	void setTargetVolumeAttributesClassName(String value);

} // ModifyVolumeStatus
