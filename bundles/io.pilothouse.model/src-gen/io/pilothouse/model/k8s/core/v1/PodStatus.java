/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getAllocatedResources <em>Allocated Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getContainerStatuses <em>Container Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getEphemeralContainerStatuses <em>Ephemeral Container Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getExtendedResourceClaimStatus <em>Extended Resource Claim Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getHostIP <em>Host IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getHostIPs <em>Host IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getInitContainerStatuses <em>Init Container Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getNodeAllocatableResourceClaimStatuses <em>Node Allocatable Resource Claim Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getNominatedNodeName <em>Nominated Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getPodIP <em>Pod IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getPodIPs <em>Pod IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getQosClass <em>Qos Class</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getResize <em>Resize</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getResourceClaimStatuses <em>Resource Claim Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodStatus#getStartTime <em>Start Time</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus()
 * @generated
 */
public interface PodStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocated Resources</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Resources</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_AllocatedResources()
	 * @generated
	 */
	EMap<String, Quantity> getAllocatedResources();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_Conditions()
	 * @generated
	 */
	EList<PodCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Container Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Statuses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_ContainerStatuses()
	 * @generated
	 */
	EList<ContainerStatus> getContainerStatuses();

	/**
	 * Returns the value of the '<em><b>Ephemeral Container Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ephemeral Container Statuses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_EphemeralContainerStatuses()
	 * @generated
	 */
	EList<ContainerStatus> getEphemeralContainerStatuses();

	/**
	 * Returns the value of the '<em><b>Extended Resource Claim Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extended Resource Claim Status</em>' containment reference.
	 * @see #setExtendedResourceClaimStatus(PodExtendedResourceClaimStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_ExtendedResourceClaimStatus()
	 * @generated
	 */
	PodExtendedResourceClaimStatus getExtendedResourceClaimStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getExtendedResourceClaimStatus <em>Extended Resource Claim Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extended Resource Claim Status</em>' containment reference.
	 * @see #getExtendedResourceClaimStatus()
	 * @generated
	 */
	void setExtendedResourceClaimStatus(PodExtendedResourceClaimStatus value);

	/**
	 * Returns the value of the '<em><b>Host IP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host IP</em>' attribute.
	 * @see #setHostIP(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_HostIP()
	 * @generated
	 */
	String getHostIP();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getHostIP <em>Host IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host IP</em>' attribute.
	 * @see #getHostIP()
	 * @generated
	 */
	void setHostIP(String value);

	/**
	 * Returns the value of the '<em><b>Host IPs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.HostIP}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host IPs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_HostIPs()
	 * @generated
	 */
	EList<HostIP> getHostIPs();

	/**
	 * Returns the value of the '<em><b>Init Container Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init Container Statuses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_InitContainerStatuses()
	 * @generated
	 */
	EList<ContainerStatus> getInitContainerStatuses();

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Node Allocatable Resource Claim Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Allocatable Resource Claim Statuses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_NodeAllocatableResourceClaimStatuses()
	 * @generated
	 */
	EList<NodeAllocatableResourceClaimStatus> getNodeAllocatableResourceClaimStatuses();

	/**
	 * Returns the value of the '<em><b>Nominated Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nominated Node Name</em>' attribute.
	 * @see #setNominatedNodeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_NominatedNodeName()
	 * @generated
	 */
	String getNominatedNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getNominatedNodeName <em>Nominated Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominated Node Name</em>' attribute.
	 * @see #getNominatedNodeName()
	 * @generated
	 */
	void setNominatedNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_Phase()
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Pod IP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod IP</em>' attribute.
	 * @see #setPodIP(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_PodIP()
	 * @generated
	 */
	String getPodIP();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getPodIP <em>Pod IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod IP</em>' attribute.
	 * @see #getPodIP()
	 * @generated
	 */
	void setPodIP(String value);

	/**
	 * Returns the value of the '<em><b>Pod IPs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodIP}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod IPs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_PodIPs()
	 * @generated
	 */
	EList<PodIP> getPodIPs();

	/**
	 * Returns the value of the '<em><b>Qos Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qos Class</em>' attribute.
	 * @see #setQosClass(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_QosClass()
	 * @generated
	 */
	String getQosClass();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getQosClass <em>Qos Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos Class</em>' attribute.
	 * @see #getQosClass()
	 * @generated
	 */
	void setQosClass(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Resize</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resize</em>' attribute.
	 * @see #setResize(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_Resize()
	 * @generated
	 */
	String getResize();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getResize <em>Resize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resize</em>' attribute.
	 * @see #getResize()
	 * @generated
	 */
	void setResize(String value);

	/**
	 * Returns the value of the '<em><b>Resource Claim Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claim Statuses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_ResourceClaimStatuses()
	 * @generated
	 */
	EList<PodResourceClaimStatus> getResourceClaimStatuses();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(ResourceRequirements)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_Resources()
	 * @generated
	 */
	ResourceRequirements getResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(ResourceRequirements value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodStatus_StartTime()
	 * @generated
	 */
	Time getStartTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodStatus#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Time value);

} // PodStatus
