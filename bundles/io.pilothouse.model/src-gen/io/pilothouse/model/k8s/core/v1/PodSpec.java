/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getAffinity <em>Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getAutomountServiceAccountToken <em>Automount Service Account Token</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getContainers <em>Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getDnsConfig <em>Dns Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getDnsPolicy <em>Dns Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getEnableServiceLinks <em>Enable Service Links</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getEphemeralContainers <em>Ephemeral Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostAliases <em>Host Aliases</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostIPC <em>Host IPC</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostNetwork <em>Host Network</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostPID <em>Host PID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostUsers <em>Host Users</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostnameOverride <em>Hostname Override</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getImagePullSecrets <em>Image Pull Secrets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getInitContainers <em>Init Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getOs <em>Os</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getOverhead <em>Overhead</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getPreemptionPolicy <em>Preemption Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getPriority <em>Priority</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getPriorityClassName <em>Priority Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getReadinessGates <em>Readiness Gates</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getResourceClaims <em>Resource Claims</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getRuntimeClassName <em>Runtime Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSchedulerName <em>Scheduler Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSchedulingGates <em>Scheduling Gates</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSchedulingGroup <em>Scheduling Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSecurityContext <em>Security Context</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getServiceAccountName <em>Service Account Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSetHostnameAsFQDN <em>Set Hostname As FQDN</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getShareProcessNamespace <em>Share Process Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSubdomain <em>Subdomain</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getTerminationGracePeriodSeconds <em>Termination Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getTolerations <em>Tolerations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getTopologySpreadConstraints <em>Topology Spread Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSpec#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec()
 * @generated
 */
public interface PodSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Active Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Deadline Seconds</em>' attribute.
	 * @see #setActiveDeadlineSeconds(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ActiveDeadlineSeconds()
	 * @generated
	 */
	Long getActiveDeadlineSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Deadline Seconds</em>' attribute.
	 * @see #getActiveDeadlineSeconds()
	 * @generated
	 */
	void setActiveDeadlineSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Affinity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affinity</em>' containment reference.
	 * @see #setAffinity(Affinity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Affinity()
	 * @generated
	 */
	Affinity getAffinity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getAffinity <em>Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affinity</em>' containment reference.
	 * @see #getAffinity()
	 * @generated
	 */
	void setAffinity(Affinity value);

	/**
	 * Returns the value of the '<em><b>Automount Service Account Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automount Service Account Token</em>' attribute.
	 * @see #setAutomountServiceAccountToken(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_AutomountServiceAccountToken()
	 * @generated
	 */
	Boolean getAutomountServiceAccountToken();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getAutomountServiceAccountToken <em>Automount Service Account Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automount Service Account Token</em>' attribute.
	 * @see #getAutomountServiceAccountToken()
	 * @generated
	 */
	void setAutomountServiceAccountToken(Boolean value);

	/**
	 * Returns the value of the '<em><b>Containers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Container}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Containers()
	 * @generated
	 */
	EList<Container> getContainers();

	/**
	 * Returns the value of the '<em><b>Dns Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dns Config</em>' containment reference.
	 * @see #setDnsConfig(PodDNSConfig)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_DnsConfig()
	 * @generated
	 */
	PodDNSConfig getDnsConfig();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getDnsConfig <em>Dns Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns Config</em>' containment reference.
	 * @see #getDnsConfig()
	 * @generated
	 */
	void setDnsConfig(PodDNSConfig value);

	/**
	 * Returns the value of the '<em><b>Dns Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dns Policy</em>' attribute.
	 * @see #setDnsPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_DnsPolicy()
	 * @generated
	 */
	String getDnsPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getDnsPolicy <em>Dns Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns Policy</em>' attribute.
	 * @see #getDnsPolicy()
	 * @generated
	 */
	void setDnsPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Enable Service Links</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enable Service Links</em>' attribute.
	 * @see #setEnableServiceLinks(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_EnableServiceLinks()
	 * @generated
	 */
	Boolean getEnableServiceLinks();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getEnableServiceLinks <em>Enable Service Links</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enable Service Links</em>' attribute.
	 * @see #getEnableServiceLinks()
	 * @generated
	 */
	void setEnableServiceLinks(Boolean value);

	/**
	 * Returns the value of the '<em><b>Ephemeral Containers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.EphemeralContainer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ephemeral Containers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_EphemeralContainers()
	 * @generated
	 */
	EList<EphemeralContainer> getEphemeralContainers();

	/**
	 * Returns the value of the '<em><b>Host Aliases</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.HostAlias}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Aliases</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_HostAliases()
	 * @generated
	 */
	EList<HostAlias> getHostAliases();

	/**
	 * Returns the value of the '<em><b>Host IPC</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host IPC</em>' attribute.
	 * @see #setHostIPC(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_HostIPC()
	 * @generated
	 */
	Boolean getHostIPC();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostIPC <em>Host IPC</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host IPC</em>' attribute.
	 * @see #getHostIPC()
	 * @generated
	 */
	void setHostIPC(Boolean value);

	/**
	 * Returns the value of the '<em><b>Host Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Network</em>' attribute.
	 * @see #setHostNetwork(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_HostNetwork()
	 * @generated
	 */
	Boolean getHostNetwork();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostNetwork <em>Host Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Network</em>' attribute.
	 * @see #getHostNetwork()
	 * @generated
	 */
	void setHostNetwork(Boolean value);

	/**
	 * Returns the value of the '<em><b>Host PID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host PID</em>' attribute.
	 * @see #setHostPID(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_HostPID()
	 * @generated
	 */
	Boolean getHostPID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostPID <em>Host PID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host PID</em>' attribute.
	 * @see #getHostPID()
	 * @generated
	 */
	void setHostPID(Boolean value);

	/**
	 * Returns the value of the '<em><b>Host Users</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Users</em>' attribute.
	 * @see #setHostUsers(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_HostUsers()
	 * @generated
	 */
	Boolean getHostUsers();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostUsers <em>Host Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Users</em>' attribute.
	 * @see #getHostUsers()
	 * @generated
	 */
	void setHostUsers(Boolean value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Hostname Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname Override</em>' attribute.
	 * @see #setHostnameOverride(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_HostnameOverride()
	 * @generated
	 */
	String getHostnameOverride();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getHostnameOverride <em>Hostname Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname Override</em>' attribute.
	 * @see #getHostnameOverride()
	 * @generated
	 */
	void setHostnameOverride(String value);

	/**
	 * Returns the value of the '<em><b>Image Pull Secrets</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.LocalObjectReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Pull Secrets</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ImagePullSecrets()
	 * @generated
	 */
	EList<LocalObjectReference> getImagePullSecrets();

	/**
	 * Returns the value of the '<em><b>Init Containers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Container}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init Containers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_InitContainers()
	 * @generated
	 */
	EList<Container> getInitContainers();

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Node Selector</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Selector</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_NodeSelector()
	 * @generated
	 */
	EMap<String, String> getNodeSelector();

	/**
	 * Returns the value of the '<em><b>Os</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os</em>' containment reference.
	 * @see #setOs(PodOS)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Os()
	 * @generated
	 */
	PodOS getOs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getOs <em>Os</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' containment reference.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(PodOS value);

	/**
	 * Returns the value of the '<em><b>Overhead</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overhead</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Overhead()
	 * @generated
	 */
	EMap<String, Quantity> getOverhead();

	/**
	 * Returns the value of the '<em><b>Preemption Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preemption Policy</em>' attribute.
	 * @see #setPreemptionPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_PreemptionPolicy()
	 * @generated
	 */
	String getPreemptionPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getPreemptionPolicy <em>Preemption Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preemption Policy</em>' attribute.
	 * @see #getPreemptionPolicy()
	 * @generated
	 */
	void setPreemptionPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Priority()
	 * @generated
	 */
	Integer getPriority();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Integer value);

	/**
	 * Returns the value of the '<em><b>Priority Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority Class Name</em>' attribute.
	 * @see #setPriorityClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_PriorityClassName()
	 * @generated
	 */
	String getPriorityClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getPriorityClassName <em>Priority Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Class Name</em>' attribute.
	 * @see #getPriorityClassName()
	 * @generated
	 */
	void setPriorityClassName(String value);

	/**
	 * Returns the value of the '<em><b>Readiness Gates</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodReadinessGate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readiness Gates</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ReadinessGates()
	 * @generated
	 */
	EList<PodReadinessGate> getReadinessGates();

	/**
	 * Returns the value of the '<em><b>Resource Claims</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodResourceClaim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claims</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ResourceClaims()
	 * @generated
	 */
	EList<PodResourceClaim> getResourceClaims();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(ResourceRequirements)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Resources()
	 * @generated
	 */
	ResourceRequirements getResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(ResourceRequirements value);

	/**
	 * Returns the value of the '<em><b>Restart Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restart Policy</em>' attribute.
	 * @see #setRestartPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_RestartPolicy()
	 * @generated
	 */
	String getRestartPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getRestartPolicy <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Policy</em>' attribute.
	 * @see #getRestartPolicy()
	 * @generated
	 */
	void setRestartPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Runtime Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime Class Name</em>' attribute.
	 * @see #setRuntimeClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_RuntimeClassName()
	 * @generated
	 */
	String getRuntimeClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getRuntimeClassName <em>Runtime Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime Class Name</em>' attribute.
	 * @see #getRuntimeClassName()
	 * @generated
	 */
	void setRuntimeClassName(String value);

	/**
	 * Returns the value of the '<em><b>Scheduler Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduler Name</em>' attribute.
	 * @see #setSchedulerName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_SchedulerName()
	 * @generated
	 */
	String getSchedulerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSchedulerName <em>Scheduler Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduler Name</em>' attribute.
	 * @see #getSchedulerName()
	 * @generated
	 */
	void setSchedulerName(String value);

	/**
	 * Returns the value of the '<em><b>Scheduling Gates</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodSchedulingGate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduling Gates</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_SchedulingGates()
	 * @generated
	 */
	EList<PodSchedulingGate> getSchedulingGates();

	/**
	 * Returns the value of the '<em><b>Scheduling Group</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduling Group</em>' containment reference.
	 * @see #setSchedulingGroup(PodSchedulingGroup)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_SchedulingGroup()
	 * @generated
	 */
	PodSchedulingGroup getSchedulingGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSchedulingGroup <em>Scheduling Group</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduling Group</em>' containment reference.
	 * @see #getSchedulingGroup()
	 * @generated
	 */
	void setSchedulingGroup(PodSchedulingGroup value);

	/**
	 * Returns the value of the '<em><b>Security Context</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Context</em>' containment reference.
	 * @see #setSecurityContext(PodSecurityContext)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_SecurityContext()
	 * @generated
	 */
	PodSecurityContext getSecurityContext();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSecurityContext <em>Security Context</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Context</em>' containment reference.
	 * @see #getSecurityContext()
	 * @generated
	 */
	void setSecurityContext(PodSecurityContext value);

	/**
	 * Returns the value of the '<em><b>Service Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account</em>' attribute.
	 * @see #setServiceAccount(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ServiceAccount()
	 * @generated
	 */
	String getServiceAccount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getServiceAccount <em>Service Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account</em>' attribute.
	 * @see #getServiceAccount()
	 * @generated
	 */
	void setServiceAccount(String value);

	/**
	 * Returns the value of the '<em><b>Service Account Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account Name</em>' attribute.
	 * @see #setServiceAccountName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ServiceAccountName()
	 * @generated
	 */
	String getServiceAccountName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getServiceAccountName <em>Service Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account Name</em>' attribute.
	 * @see #getServiceAccountName()
	 * @generated
	 */
	void setServiceAccountName(String value);

	/**
	 * Returns the value of the '<em><b>Set Hostname As FQDN</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set Hostname As FQDN</em>' attribute.
	 * @see #setSetHostnameAsFQDN(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_SetHostnameAsFQDN()
	 * @generated
	 */
	Boolean getSetHostnameAsFQDN();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSetHostnameAsFQDN <em>Set Hostname As FQDN</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set Hostname As FQDN</em>' attribute.
	 * @see #getSetHostnameAsFQDN()
	 * @generated
	 */
	void setSetHostnameAsFQDN(Boolean value);

	/**
	 * Returns the value of the '<em><b>Share Process Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share Process Namespace</em>' attribute.
	 * @see #setShareProcessNamespace(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_ShareProcessNamespace()
	 * @generated
	 */
	Boolean getShareProcessNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getShareProcessNamespace <em>Share Process Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Process Namespace</em>' attribute.
	 * @see #getShareProcessNamespace()
	 * @generated
	 */
	void setShareProcessNamespace(Boolean value);

	/**
	 * Returns the value of the '<em><b>Subdomain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subdomain</em>' attribute.
	 * @see #setSubdomain(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Subdomain()
	 * @generated
	 */
	String getSubdomain();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getSubdomain <em>Subdomain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subdomain</em>' attribute.
	 * @see #getSubdomain()
	 * @generated
	 */
	void setSubdomain(String value);

	/**
	 * Returns the value of the '<em><b>Termination Grace Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Termination Grace Period Seconds</em>' attribute.
	 * @see #setTerminationGracePeriodSeconds(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_TerminationGracePeriodSeconds()
	 * @generated
	 */
	Long getTerminationGracePeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSpec#getTerminationGracePeriodSeconds <em>Termination Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Termination Grace Period Seconds</em>' attribute.
	 * @see #getTerminationGracePeriodSeconds()
	 * @generated
	 */
	void setTerminationGracePeriodSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Tolerations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Toleration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Tolerations()
	 * @generated
	 */
	EList<Toleration> getTolerations();

	/**
	 * Returns the value of the '<em><b>Topology Spread Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology Spread Constraints</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_TopologySpreadConstraints()
	 * @generated
	 */
	EList<TopologySpreadConstraint> getTopologySpreadConstraints();

	/**
	 * Returns the value of the '<em><b>Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Volume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volumes</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSpec_Volumes()
	 * @generated
	 */
	EList<Volume> getVolumes();

} // PodSpec
