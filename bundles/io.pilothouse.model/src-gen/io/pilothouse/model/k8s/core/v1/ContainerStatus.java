/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getAllocatedResources <em>Allocated Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getAllocatedResourcesStatus <em>Allocated Resources Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getContainerID <em>Container ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getImageID <em>Image ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getLastState <em>Last State</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getReady <em>Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getRestartCount <em>Restart Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getStarted <em>Started</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getState <em>State</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getStopSignal <em>Stop Signal</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getUser <em>User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getVolumeMounts <em>Volume Mounts</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus()
 * @generated
 */
public interface ContainerStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocated Resources</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Resources</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_AllocatedResources()
	 * @generated
	 */
	EMap<String, Quantity> getAllocatedResources();

	/**
	 * Returns the value of the '<em><b>Allocated Resources Status</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ResourceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Resources Status</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_AllocatedResourcesStatus()
	 * @generated
	 */
	EList<ResourceStatus> getAllocatedResourcesStatus();

	/**
	 * Returns the value of the '<em><b>Container ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container ID</em>' attribute.
	 * @see #setContainerID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_ContainerID()
	 * @generated
	 */
	String getContainerID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getContainerID <em>Container ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container ID</em>' attribute.
	 * @see #getContainerID()
	 * @generated
	 */
	void setContainerID(String value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_Image()
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Image ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image ID</em>' attribute.
	 * @see #setImageID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_ImageID()
	 * @generated
	 */
	String getImageID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getImageID <em>Image ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image ID</em>' attribute.
	 * @see #getImageID()
	 * @generated
	 */
	void setImageID(String value);

	/**
	 * Returns the value of the '<em><b>Last State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last State</em>' containment reference.
	 * @see #setLastState(ContainerState)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_LastState()
	 * @generated
	 */
	ContainerState getLastState();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getLastState <em>Last State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last State</em>' containment reference.
	 * @see #getLastState()
	 * @generated
	 */
	void setLastState(ContainerState value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ready</em>' attribute.
	 * @see #setReady(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_Ready()
	 * @generated
	 */
	Boolean getReady();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getReady <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready</em>' attribute.
	 * @see #getReady()
	 * @generated
	 */
	void setReady(Boolean value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(ResourceRequirements)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_Resources()
	 * @generated
	 */
	ResourceRequirements getResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(ResourceRequirements value);

	/**
	 * Returns the value of the '<em><b>Restart Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restart Count</em>' attribute.
	 * @see #setRestartCount(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_RestartCount()
	 * @generated
	 */
	Integer getRestartCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getRestartCount <em>Restart Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Count</em>' attribute.
	 * @see #getRestartCount()
	 * @generated
	 */
	void setRestartCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_Started()
	 * @generated
	 */
	Boolean getStarted();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Boolean value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' containment reference.
	 * @see #setState(ContainerState)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_State()
	 * @generated
	 */
	ContainerState getState();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getState <em>State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' containment reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(ContainerState value);

	/**
	 * Returns the value of the '<em><b>Stop Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop Signal</em>' attribute.
	 * @see #setStopSignal(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_StopSignal()
	 * @generated
	 */
	String getStopSignal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getStopSignal <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Signal</em>' attribute.
	 * @see #getStopSignal()
	 * @generated
	 */
	void setStopSignal(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' containment reference.
	 * @see #setUser(ContainerUser)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_User()
	 * @generated
	 */
	ContainerUser getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStatus#getUser <em>User</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' containment reference.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(ContainerUser value);

	/**
	 * Returns the value of the '<em><b>Volume Mounts</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.VolumeMountStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Mounts</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStatus_VolumeMounts()
	 * @generated
	 */
	EList<VolumeMountStatus> getVolumeMounts();

} // ContainerStatus
