/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EphemeralContainer;
import io.pilothouse.model.k8s.core.v1.HostAlias;
import io.pilothouse.model.k8s.core.v1.LocalObjectReference;
import io.pilothouse.model.k8s.core.v1.PodDNSConfig;
import io.pilothouse.model.k8s.core.v1.PodOS;
import io.pilothouse.model.k8s.core.v1.PodReadinessGate;
import io.pilothouse.model.k8s.core.v1.PodResourceClaim;
import io.pilothouse.model.k8s.core.v1.PodSchedulingGate;
import io.pilothouse.model.k8s.core.v1.PodSchedulingGroup;
import io.pilothouse.model.k8s.core.v1.PodSecurityContext;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint;
import io.pilothouse.model.k8s.core.v1.Volume;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getAffinity <em>Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getAutomountServiceAccountToken <em>Automount Service Account Token</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getContainers <em>Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getDnsConfig <em>Dns Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getDnsPolicy <em>Dns Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getEnableServiceLinks <em>Enable Service Links</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getEphemeralContainers <em>Ephemeral Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostAliases <em>Host Aliases</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostIPC <em>Host IPC</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostNetwork <em>Host Network</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostPID <em>Host PID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostUsers <em>Host Users</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getHostnameOverride <em>Hostname Override</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getImagePullSecrets <em>Image Pull Secrets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getInitContainers <em>Init Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getOs <em>Os</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getOverhead <em>Overhead</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getPreemptionPolicy <em>Preemption Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getPriorityClassName <em>Priority Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getReadinessGates <em>Readiness Gates</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getResourceClaims <em>Resource Claims</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getRuntimeClassName <em>Runtime Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getSchedulerName <em>Scheduler Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getSchedulingGates <em>Scheduling Gates</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getSchedulingGroup <em>Scheduling Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getSecurityContext <em>Security Context</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getServiceAccountName <em>Service Account Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getSetHostnameAsFQDN <em>Set Hostname As FQDN</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getShareProcessNamespace <em>Share Process Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getSubdomain <em>Subdomain</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getTerminationGracePeriodSeconds <em>Termination Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getTolerations <em>Tolerations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getTopologySpreadConstraints <em>Topology Spread Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSpecImpl#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodSpecImpl extends MinimalEObjectImpl.Container implements PodSpec {
	/**
	 * The default value of the '{@link #getActiveDeadlineSeconds() <em>Active Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveDeadlineSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long ACTIVE_DEADLINE_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActiveDeadlineSeconds() <em>Active Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveDeadlineSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long activeDeadlineSeconds = ACTIVE_DEADLINE_SECONDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffinity() <em>Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffinity()
	 * @generated
	 * @ordered
	 */
	protected Affinity affinity;

	/**
	 * The default value of the '{@link #getAutomountServiceAccountToken() <em>Automount Service Account Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomountServiceAccountToken()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAutomountServiceAccountToken() <em>Automount Service Account Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomountServiceAccountToken()
	 * @generated
	 * @ordered
	 */
	protected Boolean automountServiceAccountToken = AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContainers() <em>Containers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainers()
	 * @generated
	 * @ordered
	 */
	protected EList<io.pilothouse.model.k8s.core.v1.Container> containers;

	/**
	 * The cached value of the '{@link #getDnsConfig() <em>Dns Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsConfig()
	 * @generated
	 * @ordered
	 */
	protected PodDNSConfig dnsConfig;

	/**
	 * The default value of the '{@link #getDnsPolicy() <em>Dns Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String DNS_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDnsPolicy() <em>Dns Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsPolicy()
	 * @generated
	 * @ordered
	 */
	protected String dnsPolicy = DNS_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnableServiceLinks() <em>Enable Service Links</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnableServiceLinks()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ENABLE_SERVICE_LINKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnableServiceLinks() <em>Enable Service Links</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnableServiceLinks()
	 * @generated
	 * @ordered
	 */
	protected Boolean enableServiceLinks = ENABLE_SERVICE_LINKS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEphemeralContainers() <em>Ephemeral Containers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEphemeralContainers()
	 * @generated
	 * @ordered
	 */
	protected EList<EphemeralContainer> ephemeralContainers;

	/**
	 * The cached value of the '{@link #getHostAliases() <em>Host Aliases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<HostAlias> hostAliases;

	/**
	 * The default value of the '{@link #getHostIPC() <em>Host IPC</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostIPC()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HOST_IPC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostIPC() <em>Host IPC</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostIPC()
	 * @generated
	 * @ordered
	 */
	protected Boolean hostIPC = HOST_IPC_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostNetwork() <em>Host Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HOST_NETWORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostNetwork() <em>Host Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostNetwork()
	 * @generated
	 * @ordered
	 */
	protected Boolean hostNetwork = HOST_NETWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostPID() <em>Host PID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPID()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HOST_PID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostPID() <em>Host PID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPID()
	 * @generated
	 * @ordered
	 */
	protected Boolean hostPID = HOST_PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostUsers() <em>Host Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostUsers()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HOST_USERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostUsers() <em>Host Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostUsers()
	 * @generated
	 * @ordered
	 */
	protected Boolean hostUsers = HOST_USERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostnameOverride() <em>Hostname Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostnameOverride()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_OVERRIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostnameOverride() <em>Hostname Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostnameOverride()
	 * @generated
	 * @ordered
	 */
	protected String hostnameOverride = HOSTNAME_OVERRIDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImagePullSecrets() <em>Image Pull Secrets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePullSecrets()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalObjectReference> imagePullSecrets;

	/**
	 * The cached value of the '{@link #getInitContainers() <em>Init Containers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitContainers()
	 * @generated
	 * @ordered
	 */
	protected EList<io.pilothouse.model.k8s.core.v1.Container> initContainers;

	/**
	 * The default value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected String nodeName = NODE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodeSelector() <em>Node Selector</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSelector()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> nodeSelector;

	/**
	 * The cached value of the '{@link #getOs() <em>Os</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected PodOS os;

	/**
	 * The cached value of the '{@link #getOverhead() <em>Overhead</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverhead()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> overhead;

	/**
	 * The default value of the '{@link #getPreemptionPolicy() <em>Preemption Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptionPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String PREEMPTION_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreemptionPolicy() <em>Preemption Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptionPolicy()
	 * @generated
	 * @ordered
	 */
	protected String preemptionPolicy = PREEMPTION_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PRIORITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Integer priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorityClassName() <em>Priority Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIORITY_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPriorityClassName() <em>Priority Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityClassName()
	 * @generated
	 * @ordered
	 */
	protected String priorityClassName = PRIORITY_CLASS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReadinessGates() <em>Readiness Gates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadinessGates()
	 * @generated
	 * @ordered
	 */
	protected EList<PodReadinessGate> readinessGates;

	/**
	 * The cached value of the '{@link #getResourceClaims() <em>Resource Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<PodResourceClaim> resourceClaims;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected ResourceRequirements resources;

	/**
	 * The default value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String RESTART_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected String restartPolicy = RESTART_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuntimeClassName() <em>Runtime Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String RUNTIME_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuntimeClassName() <em>Runtime Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeClassName()
	 * @generated
	 * @ordered
	 */
	protected String runtimeClassName = RUNTIME_CLASS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchedulerName() <em>Scheduler Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEDULER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchedulerName() <em>Scheduler Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulerName()
	 * @generated
	 * @ordered
	 */
	protected String schedulerName = SCHEDULER_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSchedulingGates() <em>Scheduling Gates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulingGates()
	 * @generated
	 * @ordered
	 */
	protected EList<PodSchedulingGate> schedulingGates;

	/**
	 * The cached value of the '{@link #getSchedulingGroup() <em>Scheduling Group</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulingGroup()
	 * @generated
	 * @ordered
	 */
	protected PodSchedulingGroup schedulingGroup;

	/**
	 * The cached value of the '{@link #getSecurityContext() <em>Security Context</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityContext()
	 * @generated
	 * @ordered
	 */
	protected PodSecurityContext securityContext;

	/**
	 * The default value of the '{@link #getServiceAccount() <em>Service Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccount()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_ACCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceAccount() <em>Service Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccount()
	 * @generated
	 * @ordered
	 */
	protected String serviceAccount = SERVICE_ACCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceAccountName() <em>Service Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountName()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_ACCOUNT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceAccountName() <em>Service Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountName()
	 * @generated
	 * @ordered
	 */
	protected String serviceAccountName = SERVICE_ACCOUNT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSetHostnameAsFQDN() <em>Set Hostname As FQDN</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetHostnameAsFQDN()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SET_HOSTNAME_AS_FQDN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSetHostnameAsFQDN() <em>Set Hostname As FQDN</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetHostnameAsFQDN()
	 * @generated
	 * @ordered
	 */
	protected Boolean setHostnameAsFQDN = SET_HOSTNAME_AS_FQDN_EDEFAULT;

	/**
	 * The default value of the '{@link #getShareProcessNamespace() <em>Share Process Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareProcessNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SHARE_PROCESS_NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareProcessNamespace() <em>Share Process Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareProcessNamespace()
	 * @generated
	 * @ordered
	 */
	protected Boolean shareProcessNamespace = SHARE_PROCESS_NAMESPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubdomain() <em>Subdomain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubdomain()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBDOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubdomain() <em>Subdomain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubdomain()
	 * @generated
	 * @ordered
	 */
	protected String subdomain = SUBDOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerminationGracePeriodSeconds() <em>Termination Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerminationGracePeriodSeconds() <em>Termination Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long terminationGracePeriodSeconds = TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTolerations() <em>Tolerations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerations()
	 * @generated
	 * @ordered
	 */
	protected EList<Toleration> tolerations;

	/**
	 * The cached value of the '{@link #getTopologySpreadConstraints() <em>Topology Spread Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopologySpreadConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<TopologySpreadConstraint> topologySpreadConstraints;

	/**
	 * The cached value of the '{@link #getVolumes() <em>Volumes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<Volume> volumes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getActiveDeadlineSeconds() {
		return activeDeadlineSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveDeadlineSeconds(Long newActiveDeadlineSeconds) {
		Long oldActiveDeadlineSeconds = activeDeadlineSeconds;
		activeDeadlineSeconds = newActiveDeadlineSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__ACTIVE_DEADLINE_SECONDS, oldActiveDeadlineSeconds, activeDeadlineSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Affinity getAffinity() {
		return affinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAffinity(Affinity newAffinity, NotificationChain msgs) {
		Affinity oldAffinity = affinity;
		affinity = newAffinity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__AFFINITY, oldAffinity, newAffinity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffinity(Affinity newAffinity) {
		if (newAffinity != affinity) {
			NotificationChain msgs = null;
			if (affinity != null)
				msgs = ((InternalEObject)affinity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__AFFINITY, null, msgs);
			if (newAffinity != null)
				msgs = ((InternalEObject)newAffinity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__AFFINITY, null, msgs);
			msgs = basicSetAffinity(newAffinity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__AFFINITY, newAffinity, newAffinity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAutomountServiceAccountToken() {
		return automountServiceAccountToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomountServiceAccountToken(Boolean newAutomountServiceAccountToken) {
		Boolean oldAutomountServiceAccountToken = automountServiceAccountToken;
		automountServiceAccountToken = newAutomountServiceAccountToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN, oldAutomountServiceAccountToken, automountServiceAccountToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<io.pilothouse.model.k8s.core.v1.Container> getContainers() {
		if (containers == null) {
			containers = new EObjectContainmentEList<io.pilothouse.model.k8s.core.v1.Container>(io.pilothouse.model.k8s.core.v1.Container.class, this, CoreV1Package.POD_SPEC__CONTAINERS);
		}
		return containers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDNSConfig getDnsConfig() {
		return dnsConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDnsConfig(PodDNSConfig newDnsConfig, NotificationChain msgs) {
		PodDNSConfig oldDnsConfig = dnsConfig;
		dnsConfig = newDnsConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__DNS_CONFIG, oldDnsConfig, newDnsConfig);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnsConfig(PodDNSConfig newDnsConfig) {
		if (newDnsConfig != dnsConfig) {
			NotificationChain msgs = null;
			if (dnsConfig != null)
				msgs = ((InternalEObject)dnsConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__DNS_CONFIG, null, msgs);
			if (newDnsConfig != null)
				msgs = ((InternalEObject)newDnsConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__DNS_CONFIG, null, msgs);
			msgs = basicSetDnsConfig(newDnsConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__DNS_CONFIG, newDnsConfig, newDnsConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDnsPolicy() {
		return dnsPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnsPolicy(String newDnsPolicy) {
		String oldDnsPolicy = dnsPolicy;
		dnsPolicy = newDnsPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__DNS_POLICY, oldDnsPolicy, dnsPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEnableServiceLinks() {
		return enableServiceLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnableServiceLinks(Boolean newEnableServiceLinks) {
		Boolean oldEnableServiceLinks = enableServiceLinks;
		enableServiceLinks = newEnableServiceLinks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__ENABLE_SERVICE_LINKS, oldEnableServiceLinks, enableServiceLinks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EphemeralContainer> getEphemeralContainers() {
		if (ephemeralContainers == null) {
			ephemeralContainers = new EObjectContainmentEList<EphemeralContainer>(EphemeralContainer.class, this, CoreV1Package.POD_SPEC__EPHEMERAL_CONTAINERS);
		}
		return ephemeralContainers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostAlias> getHostAliases() {
		if (hostAliases == null) {
			hostAliases = new EObjectContainmentEList<HostAlias>(HostAlias.class, this, CoreV1Package.POD_SPEC__HOST_ALIASES);
		}
		return hostAliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHostIPC() {
		return hostIPC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostIPC(Boolean newHostIPC) {
		Boolean oldHostIPC = hostIPC;
		hostIPC = newHostIPC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__HOST_IPC, oldHostIPC, hostIPC));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHostNetwork() {
		return hostNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostNetwork(Boolean newHostNetwork) {
		Boolean oldHostNetwork = hostNetwork;
		hostNetwork = newHostNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__HOST_NETWORK, oldHostNetwork, hostNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHostPID() {
		return hostPID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostPID(Boolean newHostPID) {
		Boolean oldHostPID = hostPID;
		hostPID = newHostPID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__HOST_PID, oldHostPID, hostPID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHostUsers() {
		return hostUsers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostUsers(Boolean newHostUsers) {
		Boolean oldHostUsers = hostUsers;
		hostUsers = newHostUsers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__HOST_USERS, oldHostUsers, hostUsers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostnameOverride() {
		return hostnameOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostnameOverride(String newHostnameOverride) {
		String oldHostnameOverride = hostnameOverride;
		hostnameOverride = newHostnameOverride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__HOSTNAME_OVERRIDE, oldHostnameOverride, hostnameOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalObjectReference> getImagePullSecrets() {
		if (imagePullSecrets == null) {
			imagePullSecrets = new EObjectContainmentEList<LocalObjectReference>(LocalObjectReference.class, this, CoreV1Package.POD_SPEC__IMAGE_PULL_SECRETS);
		}
		return imagePullSecrets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<io.pilothouse.model.k8s.core.v1.Container> getInitContainers() {
		if (initContainers == null) {
			initContainers = new EObjectContainmentEList<io.pilothouse.model.k8s.core.v1.Container>(io.pilothouse.model.k8s.core.v1.Container.class, this, CoreV1Package.POD_SPEC__INIT_CONTAINERS);
		}
		return initContainers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeName() {
		return nodeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeName(String newNodeName) {
		String oldNodeName = nodeName;
		nodeName = newNodeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__NODE_NAME, oldNodeName, nodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getNodeSelector() {
		if (nodeSelector == null) {
			nodeSelector = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.POD_SPEC__NODE_SELECTOR);
		}
		return nodeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodOS getOs() {
		return os;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOs(PodOS newOs, NotificationChain msgs) {
		PodOS oldOs = os;
		os = newOs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__OS, oldOs, newOs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOs(PodOS newOs) {
		if (newOs != os) {
			NotificationChain msgs = null;
			if (os != null)
				msgs = ((InternalEObject)os).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__OS, null, msgs);
			if (newOs != null)
				msgs = ((InternalEObject)newOs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__OS, null, msgs);
			msgs = basicSetOs(newOs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__OS, newOs, newOs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getOverhead() {
		if (overhead == null) {
			overhead = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.POD_SPEC__OVERHEAD);
		}
		return overhead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreemptionPolicy() {
		return preemptionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreemptionPolicy(String newPreemptionPolicy) {
		String oldPreemptionPolicy = preemptionPolicy;
		preemptionPolicy = newPreemptionPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__PREEMPTION_POLICY, oldPreemptionPolicy, preemptionPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Integer newPriority) {
		Integer oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPriorityClassName() {
		return priorityClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorityClassName(String newPriorityClassName) {
		String oldPriorityClassName = priorityClassName;
		priorityClassName = newPriorityClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__PRIORITY_CLASS_NAME, oldPriorityClassName, priorityClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodReadinessGate> getReadinessGates() {
		if (readinessGates == null) {
			readinessGates = new EObjectContainmentEList<PodReadinessGate>(PodReadinessGate.class, this, CoreV1Package.POD_SPEC__READINESS_GATES);
		}
		return readinessGates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodResourceClaim> getResourceClaims() {
		if (resourceClaims == null) {
			resourceClaims = new EObjectContainmentEList<PodResourceClaim>(PodResourceClaim.class, this, CoreV1Package.POD_SPEC__RESOURCE_CLAIMS);
		}
		return resourceClaims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceRequirements getResources() {
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResources(ResourceRequirements newResources, NotificationChain msgs) {
		ResourceRequirements oldResources = resources;
		resources = newResources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__RESOURCES, oldResources, newResources);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResources(ResourceRequirements newResources) {
		if (newResources != resources) {
			NotificationChain msgs = null;
			if (resources != null)
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRestartPolicy() {
		return restartPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartPolicy(String newRestartPolicy) {
		String oldRestartPolicy = restartPolicy;
		restartPolicy = newRestartPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__RESTART_POLICY, oldRestartPolicy, restartPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuntimeClassName() {
		return runtimeClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuntimeClassName(String newRuntimeClassName) {
		String oldRuntimeClassName = runtimeClassName;
		runtimeClassName = newRuntimeClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__RUNTIME_CLASS_NAME, oldRuntimeClassName, runtimeClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchedulerName() {
		return schedulerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedulerName(String newSchedulerName) {
		String oldSchedulerName = schedulerName;
		schedulerName = newSchedulerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SCHEDULER_NAME, oldSchedulerName, schedulerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodSchedulingGate> getSchedulingGates() {
		if (schedulingGates == null) {
			schedulingGates = new EObjectContainmentEList<PodSchedulingGate>(PodSchedulingGate.class, this, CoreV1Package.POD_SPEC__SCHEDULING_GATES);
		}
		return schedulingGates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodSchedulingGroup getSchedulingGroup() {
		return schedulingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedulingGroup(PodSchedulingGroup newSchedulingGroup, NotificationChain msgs) {
		PodSchedulingGroup oldSchedulingGroup = schedulingGroup;
		schedulingGroup = newSchedulingGroup;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SCHEDULING_GROUP, oldSchedulingGroup, newSchedulingGroup);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedulingGroup(PodSchedulingGroup newSchedulingGroup) {
		if (newSchedulingGroup != schedulingGroup) {
			NotificationChain msgs = null;
			if (schedulingGroup != null)
				msgs = ((InternalEObject)schedulingGroup).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__SCHEDULING_GROUP, null, msgs);
			if (newSchedulingGroup != null)
				msgs = ((InternalEObject)newSchedulingGroup).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__SCHEDULING_GROUP, null, msgs);
			msgs = basicSetSchedulingGroup(newSchedulingGroup, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SCHEDULING_GROUP, newSchedulingGroup, newSchedulingGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodSecurityContext getSecurityContext() {
		return securityContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecurityContext(PodSecurityContext newSecurityContext, NotificationChain msgs) {
		PodSecurityContext oldSecurityContext = securityContext;
		securityContext = newSecurityContext;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SECURITY_CONTEXT, oldSecurityContext, newSecurityContext);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityContext(PodSecurityContext newSecurityContext) {
		if (newSecurityContext != securityContext) {
			NotificationChain msgs = null;
			if (securityContext != null)
				msgs = ((InternalEObject)securityContext).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__SECURITY_CONTEXT, null, msgs);
			if (newSecurityContext != null)
				msgs = ((InternalEObject)newSecurityContext).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SPEC__SECURITY_CONTEXT, null, msgs);
			msgs = basicSetSecurityContext(newSecurityContext, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SECURITY_CONTEXT, newSecurityContext, newSecurityContext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceAccount() {
		return serviceAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccount(String newServiceAccount) {
		String oldServiceAccount = serviceAccount;
		serviceAccount = newServiceAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SERVICE_ACCOUNT, oldServiceAccount, serviceAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceAccountName() {
		return serviceAccountName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccountName(String newServiceAccountName) {
		String oldServiceAccountName = serviceAccountName;
		serviceAccountName = newServiceAccountName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SERVICE_ACCOUNT_NAME, oldServiceAccountName, serviceAccountName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSetHostnameAsFQDN() {
		return setHostnameAsFQDN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetHostnameAsFQDN(Boolean newSetHostnameAsFQDN) {
		Boolean oldSetHostnameAsFQDN = setHostnameAsFQDN;
		setHostnameAsFQDN = newSetHostnameAsFQDN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SET_HOSTNAME_AS_FQDN, oldSetHostnameAsFQDN, setHostnameAsFQDN));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getShareProcessNamespace() {
		return shareProcessNamespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareProcessNamespace(Boolean newShareProcessNamespace) {
		Boolean oldShareProcessNamespace = shareProcessNamespace;
		shareProcessNamespace = newShareProcessNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SHARE_PROCESS_NAMESPACE, oldShareProcessNamespace, shareProcessNamespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubdomain() {
		return subdomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubdomain(String newSubdomain) {
		String oldSubdomain = subdomain;
		subdomain = newSubdomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__SUBDOMAIN, oldSubdomain, subdomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getTerminationGracePeriodSeconds() {
		return terminationGracePeriodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminationGracePeriodSeconds(Long newTerminationGracePeriodSeconds) {
		Long oldTerminationGracePeriodSeconds = terminationGracePeriodSeconds;
		terminationGracePeriodSeconds = newTerminationGracePeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SPEC__TERMINATION_GRACE_PERIOD_SECONDS, oldTerminationGracePeriodSeconds, terminationGracePeriodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Toleration> getTolerations() {
		if (tolerations == null) {
			tolerations = new EObjectContainmentEList<Toleration>(Toleration.class, this, CoreV1Package.POD_SPEC__TOLERATIONS);
		}
		return tolerations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopologySpreadConstraint> getTopologySpreadConstraints() {
		if (topologySpreadConstraints == null) {
			topologySpreadConstraints = new EObjectContainmentEList<TopologySpreadConstraint>(TopologySpreadConstraint.class, this, CoreV1Package.POD_SPEC__TOPOLOGY_SPREAD_CONSTRAINTS);
		}
		return topologySpreadConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Volume> getVolumes() {
		if (volumes == null) {
			volumes = new EObjectContainmentEList<Volume>(Volume.class, this, CoreV1Package.POD_SPEC__VOLUMES);
		}
		return volumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_SPEC__AFFINITY:
				return basicSetAffinity(null, msgs);
			case CoreV1Package.POD_SPEC__CONTAINERS:
				return ((InternalEList<?>)getContainers()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__DNS_CONFIG:
				return basicSetDnsConfig(null, msgs);
			case CoreV1Package.POD_SPEC__EPHEMERAL_CONTAINERS:
				return ((InternalEList<?>)getEphemeralContainers()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__HOST_ALIASES:
				return ((InternalEList<?>)getHostAliases()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__IMAGE_PULL_SECRETS:
				return ((InternalEList<?>)getImagePullSecrets()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__INIT_CONTAINERS:
				return ((InternalEList<?>)getInitContainers()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__NODE_SELECTOR:
				return ((InternalEList<?>)getNodeSelector()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__OS:
				return basicSetOs(null, msgs);
			case CoreV1Package.POD_SPEC__OVERHEAD:
				return ((InternalEList<?>)getOverhead()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__READINESS_GATES:
				return ((InternalEList<?>)getReadinessGates()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__RESOURCE_CLAIMS:
				return ((InternalEList<?>)getResourceClaims()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__RESOURCES:
				return basicSetResources(null, msgs);
			case CoreV1Package.POD_SPEC__SCHEDULING_GATES:
				return ((InternalEList<?>)getSchedulingGates()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__SCHEDULING_GROUP:
				return basicSetSchedulingGroup(null, msgs);
			case CoreV1Package.POD_SPEC__SECURITY_CONTEXT:
				return basicSetSecurityContext(null, msgs);
			case CoreV1Package.POD_SPEC__TOLERATIONS:
				return ((InternalEList<?>)getTolerations()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__TOPOLOGY_SPREAD_CONSTRAINTS:
				return ((InternalEList<?>)getTopologySpreadConstraints()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SPEC__VOLUMES:
				return ((InternalEList<?>)getVolumes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.POD_SPEC__ACTIVE_DEADLINE_SECONDS:
				return getActiveDeadlineSeconds();
			case CoreV1Package.POD_SPEC__AFFINITY:
				return getAffinity();
			case CoreV1Package.POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				return getAutomountServiceAccountToken();
			case CoreV1Package.POD_SPEC__CONTAINERS:
				return getContainers();
			case CoreV1Package.POD_SPEC__DNS_CONFIG:
				return getDnsConfig();
			case CoreV1Package.POD_SPEC__DNS_POLICY:
				return getDnsPolicy();
			case CoreV1Package.POD_SPEC__ENABLE_SERVICE_LINKS:
				return getEnableServiceLinks();
			case CoreV1Package.POD_SPEC__EPHEMERAL_CONTAINERS:
				return getEphemeralContainers();
			case CoreV1Package.POD_SPEC__HOST_ALIASES:
				return getHostAliases();
			case CoreV1Package.POD_SPEC__HOST_IPC:
				return getHostIPC();
			case CoreV1Package.POD_SPEC__HOST_NETWORK:
				return getHostNetwork();
			case CoreV1Package.POD_SPEC__HOST_PID:
				return getHostPID();
			case CoreV1Package.POD_SPEC__HOST_USERS:
				return getHostUsers();
			case CoreV1Package.POD_SPEC__HOSTNAME:
				return getHostname();
			case CoreV1Package.POD_SPEC__HOSTNAME_OVERRIDE:
				return getHostnameOverride();
			case CoreV1Package.POD_SPEC__IMAGE_PULL_SECRETS:
				return getImagePullSecrets();
			case CoreV1Package.POD_SPEC__INIT_CONTAINERS:
				return getInitContainers();
			case CoreV1Package.POD_SPEC__NODE_NAME:
				return getNodeName();
			case CoreV1Package.POD_SPEC__NODE_SELECTOR:
				if (coreType) return getNodeSelector();
				else return getNodeSelector().map();
			case CoreV1Package.POD_SPEC__OS:
				return getOs();
			case CoreV1Package.POD_SPEC__OVERHEAD:
				if (coreType) return getOverhead();
				else return getOverhead().map();
			case CoreV1Package.POD_SPEC__PREEMPTION_POLICY:
				return getPreemptionPolicy();
			case CoreV1Package.POD_SPEC__PRIORITY:
				return getPriority();
			case CoreV1Package.POD_SPEC__PRIORITY_CLASS_NAME:
				return getPriorityClassName();
			case CoreV1Package.POD_SPEC__READINESS_GATES:
				return getReadinessGates();
			case CoreV1Package.POD_SPEC__RESOURCE_CLAIMS:
				return getResourceClaims();
			case CoreV1Package.POD_SPEC__RESOURCES:
				return getResources();
			case CoreV1Package.POD_SPEC__RESTART_POLICY:
				return getRestartPolicy();
			case CoreV1Package.POD_SPEC__RUNTIME_CLASS_NAME:
				return getRuntimeClassName();
			case CoreV1Package.POD_SPEC__SCHEDULER_NAME:
				return getSchedulerName();
			case CoreV1Package.POD_SPEC__SCHEDULING_GATES:
				return getSchedulingGates();
			case CoreV1Package.POD_SPEC__SCHEDULING_GROUP:
				return getSchedulingGroup();
			case CoreV1Package.POD_SPEC__SECURITY_CONTEXT:
				return getSecurityContext();
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT:
				return getServiceAccount();
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT_NAME:
				return getServiceAccountName();
			case CoreV1Package.POD_SPEC__SET_HOSTNAME_AS_FQDN:
				return getSetHostnameAsFQDN();
			case CoreV1Package.POD_SPEC__SHARE_PROCESS_NAMESPACE:
				return getShareProcessNamespace();
			case CoreV1Package.POD_SPEC__SUBDOMAIN:
				return getSubdomain();
			case CoreV1Package.POD_SPEC__TERMINATION_GRACE_PERIOD_SECONDS:
				return getTerminationGracePeriodSeconds();
			case CoreV1Package.POD_SPEC__TOLERATIONS:
				return getTolerations();
			case CoreV1Package.POD_SPEC__TOPOLOGY_SPREAD_CONSTRAINTS:
				return getTopologySpreadConstraints();
			case CoreV1Package.POD_SPEC__VOLUMES:
				return getVolumes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.POD_SPEC__ACTIVE_DEADLINE_SECONDS:
				setActiveDeadlineSeconds((Long)newValue);
				return;
			case CoreV1Package.POD_SPEC__AFFINITY:
				setAffinity((Affinity)newValue);
				return;
			case CoreV1Package.POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				setAutomountServiceAccountToken((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__CONTAINERS:
				getContainers().clear();
				getContainers().addAll((Collection<? extends io.pilothouse.model.k8s.core.v1.Container>)newValue);
				return;
			case CoreV1Package.POD_SPEC__DNS_CONFIG:
				setDnsConfig((PodDNSConfig)newValue);
				return;
			case CoreV1Package.POD_SPEC__DNS_POLICY:
				setDnsPolicy((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__ENABLE_SERVICE_LINKS:
				setEnableServiceLinks((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__EPHEMERAL_CONTAINERS:
				getEphemeralContainers().clear();
				getEphemeralContainers().addAll((Collection<? extends EphemeralContainer>)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOST_ALIASES:
				getHostAliases().clear();
				getHostAliases().addAll((Collection<? extends HostAlias>)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOST_IPC:
				setHostIPC((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOST_NETWORK:
				setHostNetwork((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOST_PID:
				setHostPID((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOST_USERS:
				setHostUsers((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOSTNAME:
				setHostname((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__HOSTNAME_OVERRIDE:
				setHostnameOverride((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__IMAGE_PULL_SECRETS:
				getImagePullSecrets().clear();
				getImagePullSecrets().addAll((Collection<? extends LocalObjectReference>)newValue);
				return;
			case CoreV1Package.POD_SPEC__INIT_CONTAINERS:
				getInitContainers().clear();
				getInitContainers().addAll((Collection<? extends io.pilothouse.model.k8s.core.v1.Container>)newValue);
				return;
			case CoreV1Package.POD_SPEC__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__NODE_SELECTOR:
				((EStructuralFeature.Setting)getNodeSelector()).set(newValue);
				return;
			case CoreV1Package.POD_SPEC__OS:
				setOs((PodOS)newValue);
				return;
			case CoreV1Package.POD_SPEC__OVERHEAD:
				((EStructuralFeature.Setting)getOverhead()).set(newValue);
				return;
			case CoreV1Package.POD_SPEC__PREEMPTION_POLICY:
				setPreemptionPolicy((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case CoreV1Package.POD_SPEC__PRIORITY_CLASS_NAME:
				setPriorityClassName((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__READINESS_GATES:
				getReadinessGates().clear();
				getReadinessGates().addAll((Collection<? extends PodReadinessGate>)newValue);
				return;
			case CoreV1Package.POD_SPEC__RESOURCE_CLAIMS:
				getResourceClaims().clear();
				getResourceClaims().addAll((Collection<? extends PodResourceClaim>)newValue);
				return;
			case CoreV1Package.POD_SPEC__RESOURCES:
				setResources((ResourceRequirements)newValue);
				return;
			case CoreV1Package.POD_SPEC__RESTART_POLICY:
				setRestartPolicy((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__RUNTIME_CLASS_NAME:
				setRuntimeClassName((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__SCHEDULER_NAME:
				setSchedulerName((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__SCHEDULING_GATES:
				getSchedulingGates().clear();
				getSchedulingGates().addAll((Collection<? extends PodSchedulingGate>)newValue);
				return;
			case CoreV1Package.POD_SPEC__SCHEDULING_GROUP:
				setSchedulingGroup((PodSchedulingGroup)newValue);
				return;
			case CoreV1Package.POD_SPEC__SECURITY_CONTEXT:
				setSecurityContext((PodSecurityContext)newValue);
				return;
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT:
				setServiceAccount((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT_NAME:
				setServiceAccountName((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__SET_HOSTNAME_AS_FQDN:
				setSetHostnameAsFQDN((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__SHARE_PROCESS_NAMESPACE:
				setShareProcessNamespace((Boolean)newValue);
				return;
			case CoreV1Package.POD_SPEC__SUBDOMAIN:
				setSubdomain((String)newValue);
				return;
			case CoreV1Package.POD_SPEC__TERMINATION_GRACE_PERIOD_SECONDS:
				setTerminationGracePeriodSeconds((Long)newValue);
				return;
			case CoreV1Package.POD_SPEC__TOLERATIONS:
				getTolerations().clear();
				getTolerations().addAll((Collection<? extends Toleration>)newValue);
				return;
			case CoreV1Package.POD_SPEC__TOPOLOGY_SPREAD_CONSTRAINTS:
				getTopologySpreadConstraints().clear();
				getTopologySpreadConstraints().addAll((Collection<? extends TopologySpreadConstraint>)newValue);
				return;
			case CoreV1Package.POD_SPEC__VOLUMES:
				getVolumes().clear();
				getVolumes().addAll((Collection<? extends Volume>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoreV1Package.POD_SPEC__ACTIVE_DEADLINE_SECONDS:
				setActiveDeadlineSeconds(ACTIVE_DEADLINE_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__AFFINITY:
				setAffinity((Affinity)null);
				return;
			case CoreV1Package.POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				setAutomountServiceAccountToken(AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__CONTAINERS:
				getContainers().clear();
				return;
			case CoreV1Package.POD_SPEC__DNS_CONFIG:
				setDnsConfig((PodDNSConfig)null);
				return;
			case CoreV1Package.POD_SPEC__DNS_POLICY:
				setDnsPolicy(DNS_POLICY_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__ENABLE_SERVICE_LINKS:
				setEnableServiceLinks(ENABLE_SERVICE_LINKS_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__EPHEMERAL_CONTAINERS:
				getEphemeralContainers().clear();
				return;
			case CoreV1Package.POD_SPEC__HOST_ALIASES:
				getHostAliases().clear();
				return;
			case CoreV1Package.POD_SPEC__HOST_IPC:
				setHostIPC(HOST_IPC_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__HOST_NETWORK:
				setHostNetwork(HOST_NETWORK_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__HOST_PID:
				setHostPID(HOST_PID_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__HOST_USERS:
				setHostUsers(HOST_USERS_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__HOSTNAME_OVERRIDE:
				setHostnameOverride(HOSTNAME_OVERRIDE_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__IMAGE_PULL_SECRETS:
				getImagePullSecrets().clear();
				return;
			case CoreV1Package.POD_SPEC__INIT_CONTAINERS:
				getInitContainers().clear();
				return;
			case CoreV1Package.POD_SPEC__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__NODE_SELECTOR:
				getNodeSelector().clear();
				return;
			case CoreV1Package.POD_SPEC__OS:
				setOs((PodOS)null);
				return;
			case CoreV1Package.POD_SPEC__OVERHEAD:
				getOverhead().clear();
				return;
			case CoreV1Package.POD_SPEC__PREEMPTION_POLICY:
				setPreemptionPolicy(PREEMPTION_POLICY_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__PRIORITY_CLASS_NAME:
				setPriorityClassName(PRIORITY_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__READINESS_GATES:
				getReadinessGates().clear();
				return;
			case CoreV1Package.POD_SPEC__RESOURCE_CLAIMS:
				getResourceClaims().clear();
				return;
			case CoreV1Package.POD_SPEC__RESOURCES:
				setResources((ResourceRequirements)null);
				return;
			case CoreV1Package.POD_SPEC__RESTART_POLICY:
				setRestartPolicy(RESTART_POLICY_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__RUNTIME_CLASS_NAME:
				setRuntimeClassName(RUNTIME_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__SCHEDULER_NAME:
				setSchedulerName(SCHEDULER_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__SCHEDULING_GATES:
				getSchedulingGates().clear();
				return;
			case CoreV1Package.POD_SPEC__SCHEDULING_GROUP:
				setSchedulingGroup((PodSchedulingGroup)null);
				return;
			case CoreV1Package.POD_SPEC__SECURITY_CONTEXT:
				setSecurityContext((PodSecurityContext)null);
				return;
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT:
				setServiceAccount(SERVICE_ACCOUNT_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT_NAME:
				setServiceAccountName(SERVICE_ACCOUNT_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__SET_HOSTNAME_AS_FQDN:
				setSetHostnameAsFQDN(SET_HOSTNAME_AS_FQDN_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__SHARE_PROCESS_NAMESPACE:
				setShareProcessNamespace(SHARE_PROCESS_NAMESPACE_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__SUBDOMAIN:
				setSubdomain(SUBDOMAIN_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__TERMINATION_GRACE_PERIOD_SECONDS:
				setTerminationGracePeriodSeconds(TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.POD_SPEC__TOLERATIONS:
				getTolerations().clear();
				return;
			case CoreV1Package.POD_SPEC__TOPOLOGY_SPREAD_CONSTRAINTS:
				getTopologySpreadConstraints().clear();
				return;
			case CoreV1Package.POD_SPEC__VOLUMES:
				getVolumes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoreV1Package.POD_SPEC__ACTIVE_DEADLINE_SECONDS:
				return ACTIVE_DEADLINE_SECONDS_EDEFAULT == null ? activeDeadlineSeconds != null : !ACTIVE_DEADLINE_SECONDS_EDEFAULT.equals(activeDeadlineSeconds);
			case CoreV1Package.POD_SPEC__AFFINITY:
				return affinity != null;
			case CoreV1Package.POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				return AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT == null ? automountServiceAccountToken != null : !AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT.equals(automountServiceAccountToken);
			case CoreV1Package.POD_SPEC__CONTAINERS:
				return containers != null && !containers.isEmpty();
			case CoreV1Package.POD_SPEC__DNS_CONFIG:
				return dnsConfig != null;
			case CoreV1Package.POD_SPEC__DNS_POLICY:
				return DNS_POLICY_EDEFAULT == null ? dnsPolicy != null : !DNS_POLICY_EDEFAULT.equals(dnsPolicy);
			case CoreV1Package.POD_SPEC__ENABLE_SERVICE_LINKS:
				return ENABLE_SERVICE_LINKS_EDEFAULT == null ? enableServiceLinks != null : !ENABLE_SERVICE_LINKS_EDEFAULT.equals(enableServiceLinks);
			case CoreV1Package.POD_SPEC__EPHEMERAL_CONTAINERS:
				return ephemeralContainers != null && !ephemeralContainers.isEmpty();
			case CoreV1Package.POD_SPEC__HOST_ALIASES:
				return hostAliases != null && !hostAliases.isEmpty();
			case CoreV1Package.POD_SPEC__HOST_IPC:
				return HOST_IPC_EDEFAULT == null ? hostIPC != null : !HOST_IPC_EDEFAULT.equals(hostIPC);
			case CoreV1Package.POD_SPEC__HOST_NETWORK:
				return HOST_NETWORK_EDEFAULT == null ? hostNetwork != null : !HOST_NETWORK_EDEFAULT.equals(hostNetwork);
			case CoreV1Package.POD_SPEC__HOST_PID:
				return HOST_PID_EDEFAULT == null ? hostPID != null : !HOST_PID_EDEFAULT.equals(hostPID);
			case CoreV1Package.POD_SPEC__HOST_USERS:
				return HOST_USERS_EDEFAULT == null ? hostUsers != null : !HOST_USERS_EDEFAULT.equals(hostUsers);
			case CoreV1Package.POD_SPEC__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case CoreV1Package.POD_SPEC__HOSTNAME_OVERRIDE:
				return HOSTNAME_OVERRIDE_EDEFAULT == null ? hostnameOverride != null : !HOSTNAME_OVERRIDE_EDEFAULT.equals(hostnameOverride);
			case CoreV1Package.POD_SPEC__IMAGE_PULL_SECRETS:
				return imagePullSecrets != null && !imagePullSecrets.isEmpty();
			case CoreV1Package.POD_SPEC__INIT_CONTAINERS:
				return initContainers != null && !initContainers.isEmpty();
			case CoreV1Package.POD_SPEC__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case CoreV1Package.POD_SPEC__NODE_SELECTOR:
				return nodeSelector != null && !nodeSelector.isEmpty();
			case CoreV1Package.POD_SPEC__OS:
				return os != null;
			case CoreV1Package.POD_SPEC__OVERHEAD:
				return overhead != null && !overhead.isEmpty();
			case CoreV1Package.POD_SPEC__PREEMPTION_POLICY:
				return PREEMPTION_POLICY_EDEFAULT == null ? preemptionPolicy != null : !PREEMPTION_POLICY_EDEFAULT.equals(preemptionPolicy);
			case CoreV1Package.POD_SPEC__PRIORITY:
				return PRIORITY_EDEFAULT == null ? priority != null : !PRIORITY_EDEFAULT.equals(priority);
			case CoreV1Package.POD_SPEC__PRIORITY_CLASS_NAME:
				return PRIORITY_CLASS_NAME_EDEFAULT == null ? priorityClassName != null : !PRIORITY_CLASS_NAME_EDEFAULT.equals(priorityClassName);
			case CoreV1Package.POD_SPEC__READINESS_GATES:
				return readinessGates != null && !readinessGates.isEmpty();
			case CoreV1Package.POD_SPEC__RESOURCE_CLAIMS:
				return resourceClaims != null && !resourceClaims.isEmpty();
			case CoreV1Package.POD_SPEC__RESOURCES:
				return resources != null;
			case CoreV1Package.POD_SPEC__RESTART_POLICY:
				return RESTART_POLICY_EDEFAULT == null ? restartPolicy != null : !RESTART_POLICY_EDEFAULT.equals(restartPolicy);
			case CoreV1Package.POD_SPEC__RUNTIME_CLASS_NAME:
				return RUNTIME_CLASS_NAME_EDEFAULT == null ? runtimeClassName != null : !RUNTIME_CLASS_NAME_EDEFAULT.equals(runtimeClassName);
			case CoreV1Package.POD_SPEC__SCHEDULER_NAME:
				return SCHEDULER_NAME_EDEFAULT == null ? schedulerName != null : !SCHEDULER_NAME_EDEFAULT.equals(schedulerName);
			case CoreV1Package.POD_SPEC__SCHEDULING_GATES:
				return schedulingGates != null && !schedulingGates.isEmpty();
			case CoreV1Package.POD_SPEC__SCHEDULING_GROUP:
				return schedulingGroup != null;
			case CoreV1Package.POD_SPEC__SECURITY_CONTEXT:
				return securityContext != null;
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT:
				return SERVICE_ACCOUNT_EDEFAULT == null ? serviceAccount != null : !SERVICE_ACCOUNT_EDEFAULT.equals(serviceAccount);
			case CoreV1Package.POD_SPEC__SERVICE_ACCOUNT_NAME:
				return SERVICE_ACCOUNT_NAME_EDEFAULT == null ? serviceAccountName != null : !SERVICE_ACCOUNT_NAME_EDEFAULT.equals(serviceAccountName);
			case CoreV1Package.POD_SPEC__SET_HOSTNAME_AS_FQDN:
				return SET_HOSTNAME_AS_FQDN_EDEFAULT == null ? setHostnameAsFQDN != null : !SET_HOSTNAME_AS_FQDN_EDEFAULT.equals(setHostnameAsFQDN);
			case CoreV1Package.POD_SPEC__SHARE_PROCESS_NAMESPACE:
				return SHARE_PROCESS_NAMESPACE_EDEFAULT == null ? shareProcessNamespace != null : !SHARE_PROCESS_NAMESPACE_EDEFAULT.equals(shareProcessNamespace);
			case CoreV1Package.POD_SPEC__SUBDOMAIN:
				return SUBDOMAIN_EDEFAULT == null ? subdomain != null : !SUBDOMAIN_EDEFAULT.equals(subdomain);
			case CoreV1Package.POD_SPEC__TERMINATION_GRACE_PERIOD_SECONDS:
				return TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT == null ? terminationGracePeriodSeconds != null : !TERMINATION_GRACE_PERIOD_SECONDS_EDEFAULT.equals(terminationGracePeriodSeconds);
			case CoreV1Package.POD_SPEC__TOLERATIONS:
				return tolerations != null && !tolerations.isEmpty();
			case CoreV1Package.POD_SPEC__TOPOLOGY_SPREAD_CONSTRAINTS:
				return topologySpreadConstraints != null && !topologySpreadConstraints.isEmpty();
			case CoreV1Package.POD_SPEC__VOLUMES:
				return volumes != null && !volumes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (activeDeadlineSeconds: ");
		result.append(activeDeadlineSeconds);
		result.append(", automountServiceAccountToken: ");
		result.append(automountServiceAccountToken);
		result.append(", dnsPolicy: ");
		result.append(dnsPolicy);
		result.append(", enableServiceLinks: ");
		result.append(enableServiceLinks);
		result.append(", hostIPC: ");
		result.append(hostIPC);
		result.append(", hostNetwork: ");
		result.append(hostNetwork);
		result.append(", hostPID: ");
		result.append(hostPID);
		result.append(", hostUsers: ");
		result.append(hostUsers);
		result.append(", hostname: ");
		result.append(hostname);
		result.append(", hostnameOverride: ");
		result.append(hostnameOverride);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(", preemptionPolicy: ");
		result.append(preemptionPolicy);
		result.append(", priority: ");
		result.append(priority);
		result.append(", priorityClassName: ");
		result.append(priorityClassName);
		result.append(", restartPolicy: ");
		result.append(restartPolicy);
		result.append(", runtimeClassName: ");
		result.append(runtimeClassName);
		result.append(", schedulerName: ");
		result.append(schedulerName);
		result.append(", serviceAccount: ");
		result.append(serviceAccount);
		result.append(", serviceAccountName: ");
		result.append(serviceAccountName);
		result.append(", setHostnameAsFQDN: ");
		result.append(setHostnameAsFQDN);
		result.append(", shareProcessNamespace: ");
		result.append(shareProcessNamespace);
		result.append(", subdomain: ");
		result.append(subdomain);
		result.append(", terminationGracePeriodSeconds: ");
		result.append(terminationGracePeriodSeconds);
		result.append(')');
		return result.toString();
	}

} //PodSpecImpl
