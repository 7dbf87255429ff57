/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persistent Volume Claim Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getAccessModes <em>Access Modes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getAllocatedResourceStatuses <em>Allocated Resource Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getAllocatedResources <em>Allocated Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getCurrentVolumeAttributesClassName <em>Current Volume Attributes Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getModifyVolumeStatus <em>Modify Volume Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getPhase <em>Phase</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus()
 * @generated
 */
public interface PersistentVolumeClaimStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Access Modes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access Modes</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_AccessModes()
	 * @generated
	 */
	EList<String> getAccessModes();

	/**
	 * Returns the value of the '<em><b>Allocated Resource Statuses</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Resource Statuses</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_AllocatedResourceStatuses()
	 * @generated
	 */
	EMap<String, String> getAllocatedResourceStatuses();

	/**
	 * Returns the value of the '<em><b>Allocated Resources</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Resources</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_AllocatedResources()
	 * @generated
	 */
	EMap<String, Quantity> getAllocatedResources();

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_Capacity()
	 * @generated
	 */
	EMap<String, Quantity> getCapacity();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_Conditions()
	 * @generated
	 */
	EList<PersistentVolumeClaimCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Current Volume Attributes Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Volume Attributes Class Name</em>' attribute.
	 * @see #setCurrentVolumeAttributesClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_CurrentVolumeAttributesClassName()
	 * @generated
	 */
	String getCurrentVolumeAttributesClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getCurrentVolumeAttributesClassName <em>Current Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Volume Attributes Class Name</em>' attribute.
	 * @see #getCurrentVolumeAttributesClassName()
	 * @generated
	 */
	void setCurrentVolumeAttributesClassName(String value);

	/**
	 * Returns the value of the '<em><b>Modify Volume Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modify Volume Status</em>' containment reference.
	 * @see #setModifyVolumeStatus(ModifyVolumeStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_ModifyVolumeStatus()
	 * @generated
	 */
	ModifyVolumeStatus getModifyVolumeStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getModifyVolumeStatus <em>Modify Volume Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modify Volume Status</em>' containment reference.
	 * @see #getModifyVolumeStatus()
	 * @generated
	 */
	void setModifyVolumeStatus(ModifyVolumeStatus value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimStatus_Phase()
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

} // PersistentVolumeClaimStatus
