/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.HostIP;
import io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.core.v1.PodExtendedResourceClaimStatus;
import io.pilothouse.model.k8s.core.v1.PodIP;
import io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus;
import io.pilothouse.model.k8s.core.v1.PodStatus;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;

import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.types.Time;

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
 * An implementation of the model object '<em><b>Pod Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getAllocatedResources <em>Allocated Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getContainerStatuses <em>Container Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getEphemeralContainerStatuses <em>Ephemeral Container Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getExtendedResourceClaimStatus <em>Extended Resource Claim Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getHostIP <em>Host IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getHostIPs <em>Host IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getInitContainerStatuses <em>Init Container Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getNodeAllocatableResourceClaimStatuses <em>Node Allocatable Resource Claim Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getNominatedNodeName <em>Nominated Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getPodIP <em>Pod IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getPodIPs <em>Pod IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getQosClass <em>Qos Class</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getResize <em>Resize</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getResourceClaimStatuses <em>Resource Claim Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodStatusImpl#getStartTime <em>Start Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodStatusImpl extends MinimalEObjectImpl.Container implements PodStatus {
	/**
	 * The cached value of the '{@link #getAllocatedResources() <em>Allocated Resources</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedResources()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> allocatedResources;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<PodCondition> conditions;

	/**
	 * The cached value of the '{@link #getContainerStatuses() <em>Container Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerStatus> containerStatuses;

	/**
	 * The cached value of the '{@link #getEphemeralContainerStatuses() <em>Ephemeral Container Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEphemeralContainerStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerStatus> ephemeralContainerStatuses;

	/**
	 * The cached value of the '{@link #getExtendedResourceClaimStatus() <em>Extended Resource Claim Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtendedResourceClaimStatus()
	 * @generated
	 * @ordered
	 */
	protected PodExtendedResourceClaimStatus extendedResourceClaimStatus;

	/**
	 * The default value of the '{@link #getHostIP() <em>Host IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostIP()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_IP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostIP() <em>Host IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostIP()
	 * @generated
	 * @ordered
	 */
	protected String hostIP = HOST_IP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHostIPs() <em>Host IPs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostIPs()
	 * @generated
	 * @ordered
	 */
	protected EList<HostIP> hostIPs;

	/**
	 * The cached value of the '{@link #getInitContainerStatuses() <em>Init Container Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitContainerStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerStatus> initContainerStatuses;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodeAllocatableResourceClaimStatuses() <em>Node Allocatable Resource Claim Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAllocatableResourceClaimStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeAllocatableResourceClaimStatus> nodeAllocatableResourceClaimStatuses;

	/**
	 * The default value of the '{@link #getNominatedNodeName() <em>Nominated Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominatedNodeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NOMINATED_NODE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNominatedNodeName() <em>Nominated Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominatedNodeName()
	 * @generated
	 * @ordered
	 */
	protected String nominatedNodeName = NOMINATED_NODE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long OBSERVED_GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long observedGeneration = OBSERVED_GENERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPodIP() <em>Pod IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodIP()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_IP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodIP() <em>Pod IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodIP()
	 * @generated
	 * @ordered
	 */
	protected String podIP = POD_IP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPodIPs() <em>Pod IPs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodIPs()
	 * @generated
	 * @ordered
	 */
	protected EList<PodIP> podIPs;

	/**
	 * The default value of the '{@link #getQosClass() <em>Qos Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQosClass()
	 * @generated
	 * @ordered
	 */
	protected static final String QOS_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQosClass() <em>Qos Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQosClass()
	 * @generated
	 * @ordered
	 */
	protected String qosClass = QOS_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getResize() <em>Resize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResize()
	 * @generated
	 * @ordered
	 */
	protected static final String RESIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResize() <em>Resize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResize()
	 * @generated
	 * @ordered
	 */
	protected String resize = RESIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResourceClaimStatuses() <em>Resource Claim Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<PodResourceClaimStatus> resourceClaimStatuses;

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
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected Time startTime = START_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getAllocatedResources() {
		if (allocatedResources == null) {
			allocatedResources = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.POD_STATUS__ALLOCATED_RESOURCES);
		}
		return allocatedResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<PodCondition>(PodCondition.class, this, CoreV1Package.POD_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerStatus> getContainerStatuses() {
		if (containerStatuses == null) {
			containerStatuses = new EObjectContainmentEList<ContainerStatus>(ContainerStatus.class, this, CoreV1Package.POD_STATUS__CONTAINER_STATUSES);
		}
		return containerStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerStatus> getEphemeralContainerStatuses() {
		if (ephemeralContainerStatuses == null) {
			ephemeralContainerStatuses = new EObjectContainmentEList<ContainerStatus>(ContainerStatus.class, this, CoreV1Package.POD_STATUS__EPHEMERAL_CONTAINER_STATUSES);
		}
		return ephemeralContainerStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodExtendedResourceClaimStatus getExtendedResourceClaimStatus() {
		return extendedResourceClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExtendedResourceClaimStatus(PodExtendedResourceClaimStatus newExtendedResourceClaimStatus, NotificationChain msgs) {
		PodExtendedResourceClaimStatus oldExtendedResourceClaimStatus = extendedResourceClaimStatus;
		extendedResourceClaimStatus = newExtendedResourceClaimStatus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS, oldExtendedResourceClaimStatus, newExtendedResourceClaimStatus);
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
	public void setExtendedResourceClaimStatus(PodExtendedResourceClaimStatus newExtendedResourceClaimStatus) {
		if (newExtendedResourceClaimStatus != extendedResourceClaimStatus) {
			NotificationChain msgs = null;
			if (extendedResourceClaimStatus != null)
				msgs = ((InternalEObject)extendedResourceClaimStatus).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS, null, msgs);
			if (newExtendedResourceClaimStatus != null)
				msgs = ((InternalEObject)newExtendedResourceClaimStatus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS, null, msgs);
			msgs = basicSetExtendedResourceClaimStatus(newExtendedResourceClaimStatus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS, newExtendedResourceClaimStatus, newExtendedResourceClaimStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostIP() {
		return hostIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostIP(String newHostIP) {
		String oldHostIP = hostIP;
		hostIP = newHostIP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__HOST_IP, oldHostIP, hostIP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostIP> getHostIPs() {
		if (hostIPs == null) {
			hostIPs = new EObjectContainmentEList<HostIP>(HostIP.class, this, CoreV1Package.POD_STATUS__HOST_IPS);
		}
		return hostIPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerStatus> getInitContainerStatuses() {
		if (initContainerStatuses == null) {
			initContainerStatuses = new EObjectContainmentEList<ContainerStatus>(ContainerStatus.class, this, CoreV1Package.POD_STATUS__INIT_CONTAINER_STATUSES);
		}
		return initContainerStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeAllocatableResourceClaimStatus> getNodeAllocatableResourceClaimStatuses() {
		if (nodeAllocatableResourceClaimStatuses == null) {
			nodeAllocatableResourceClaimStatuses = new EObjectContainmentEList<NodeAllocatableResourceClaimStatus>(NodeAllocatableResourceClaimStatus.class, this, CoreV1Package.POD_STATUS__NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUSES);
		}
		return nodeAllocatableResourceClaimStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNominatedNodeName() {
		return nominatedNodeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominatedNodeName(String newNominatedNodeName) {
		String oldNominatedNodeName = nominatedNodeName;
		nominatedNodeName = newNominatedNodeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__NOMINATED_NODE_NAME, oldNominatedNodeName, nominatedNodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getObservedGeneration() {
		return observedGeneration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedGeneration(Long newObservedGeneration) {
		Long oldObservedGeneration = observedGeneration;
		observedGeneration = newObservedGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodIP() {
		return podIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodIP(String newPodIP) {
		String oldPodIP = podIP;
		podIP = newPodIP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__POD_IP, oldPodIP, podIP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodIP> getPodIPs() {
		if (podIPs == null) {
			podIPs = new EObjectContainmentEList<PodIP>(PodIP.class, this, CoreV1Package.POD_STATUS__POD_IPS);
		}
		return podIPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQosClass() {
		return qosClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQosClass(String newQosClass) {
		String oldQosClass = qosClass;
		qosClass = newQosClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__QOS_CLASS, oldQosClass, qosClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResize() {
		return resize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResize(String newResize) {
		String oldResize = resize;
		resize = newResize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__RESIZE, oldResize, resize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodResourceClaimStatus> getResourceClaimStatuses() {
		if (resourceClaimStatuses == null) {
			resourceClaimStatuses = new EObjectContainmentEList<PodResourceClaimStatus>(PodResourceClaimStatus.class, this, CoreV1Package.POD_STATUS__RESOURCE_CLAIM_STATUSES);
		}
		return resourceClaimStatuses;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__RESOURCES, oldResources, newResources);
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
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_STATUS__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_STATUS__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(Time newStartTime) {
		Time oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_STATUS__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_STATUS__ALLOCATED_RESOURCES:
				return ((InternalEList<?>)getAllocatedResources()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__CONTAINER_STATUSES:
				return ((InternalEList<?>)getContainerStatuses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__EPHEMERAL_CONTAINER_STATUSES:
				return ((InternalEList<?>)getEphemeralContainerStatuses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS:
				return basicSetExtendedResourceClaimStatus(null, msgs);
			case CoreV1Package.POD_STATUS__HOST_IPS:
				return ((InternalEList<?>)getHostIPs()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__INIT_CONTAINER_STATUSES:
				return ((InternalEList<?>)getInitContainerStatuses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUSES:
				return ((InternalEList<?>)getNodeAllocatableResourceClaimStatuses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__POD_IPS:
				return ((InternalEList<?>)getPodIPs()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__RESOURCE_CLAIM_STATUSES:
				return ((InternalEList<?>)getResourceClaimStatuses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_STATUS__RESOURCES:
				return basicSetResources(null, msgs);
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
			case CoreV1Package.POD_STATUS__ALLOCATED_RESOURCES:
				if (coreType) return getAllocatedResources();
				else return getAllocatedResources().map();
			case CoreV1Package.POD_STATUS__CONDITIONS:
				return getConditions();
			case CoreV1Package.POD_STATUS__CONTAINER_STATUSES:
				return getContainerStatuses();
			case CoreV1Package.POD_STATUS__EPHEMERAL_CONTAINER_STATUSES:
				return getEphemeralContainerStatuses();
			case CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS:
				return getExtendedResourceClaimStatus();
			case CoreV1Package.POD_STATUS__HOST_IP:
				return getHostIP();
			case CoreV1Package.POD_STATUS__HOST_IPS:
				return getHostIPs();
			case CoreV1Package.POD_STATUS__INIT_CONTAINER_STATUSES:
				return getInitContainerStatuses();
			case CoreV1Package.POD_STATUS__MESSAGE:
				return getMessage();
			case CoreV1Package.POD_STATUS__NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUSES:
				return getNodeAllocatableResourceClaimStatuses();
			case CoreV1Package.POD_STATUS__NOMINATED_NODE_NAME:
				return getNominatedNodeName();
			case CoreV1Package.POD_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
			case CoreV1Package.POD_STATUS__PHASE:
				return getPhase();
			case CoreV1Package.POD_STATUS__POD_IP:
				return getPodIP();
			case CoreV1Package.POD_STATUS__POD_IPS:
				return getPodIPs();
			case CoreV1Package.POD_STATUS__QOS_CLASS:
				return getQosClass();
			case CoreV1Package.POD_STATUS__REASON:
				return getReason();
			case CoreV1Package.POD_STATUS__RESIZE:
				return getResize();
			case CoreV1Package.POD_STATUS__RESOURCE_CLAIM_STATUSES:
				return getResourceClaimStatuses();
			case CoreV1Package.POD_STATUS__RESOURCES:
				return getResources();
			case CoreV1Package.POD_STATUS__START_TIME:
				return getStartTime();
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
			case CoreV1Package.POD_STATUS__ALLOCATED_RESOURCES:
				((EStructuralFeature.Setting)getAllocatedResources()).set(newValue);
				return;
			case CoreV1Package.POD_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends PodCondition>)newValue);
				return;
			case CoreV1Package.POD_STATUS__CONTAINER_STATUSES:
				getContainerStatuses().clear();
				getContainerStatuses().addAll((Collection<? extends ContainerStatus>)newValue);
				return;
			case CoreV1Package.POD_STATUS__EPHEMERAL_CONTAINER_STATUSES:
				getEphemeralContainerStatuses().clear();
				getEphemeralContainerStatuses().addAll((Collection<? extends ContainerStatus>)newValue);
				return;
			case CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS:
				setExtendedResourceClaimStatus((PodExtendedResourceClaimStatus)newValue);
				return;
			case CoreV1Package.POD_STATUS__HOST_IP:
				setHostIP((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__HOST_IPS:
				getHostIPs().clear();
				getHostIPs().addAll((Collection<? extends HostIP>)newValue);
				return;
			case CoreV1Package.POD_STATUS__INIT_CONTAINER_STATUSES:
				getInitContainerStatuses().clear();
				getInitContainerStatuses().addAll((Collection<? extends ContainerStatus>)newValue);
				return;
			case CoreV1Package.POD_STATUS__MESSAGE:
				setMessage((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUSES:
				getNodeAllocatableResourceClaimStatuses().clear();
				getNodeAllocatableResourceClaimStatuses().addAll((Collection<? extends NodeAllocatableResourceClaimStatus>)newValue);
				return;
			case CoreV1Package.POD_STATUS__NOMINATED_NODE_NAME:
				setNominatedNodeName((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
				return;
			case CoreV1Package.POD_STATUS__PHASE:
				setPhase((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__POD_IP:
				setPodIP((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__POD_IPS:
				getPodIPs().clear();
				getPodIPs().addAll((Collection<? extends PodIP>)newValue);
				return;
			case CoreV1Package.POD_STATUS__QOS_CLASS:
				setQosClass((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__REASON:
				setReason((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__RESIZE:
				setResize((String)newValue);
				return;
			case CoreV1Package.POD_STATUS__RESOURCE_CLAIM_STATUSES:
				getResourceClaimStatuses().clear();
				getResourceClaimStatuses().addAll((Collection<? extends PodResourceClaimStatus>)newValue);
				return;
			case CoreV1Package.POD_STATUS__RESOURCES:
				setResources((ResourceRequirements)newValue);
				return;
			case CoreV1Package.POD_STATUS__START_TIME:
				setStartTime((Time)newValue);
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
			case CoreV1Package.POD_STATUS__ALLOCATED_RESOURCES:
				getAllocatedResources().clear();
				return;
			case CoreV1Package.POD_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case CoreV1Package.POD_STATUS__CONTAINER_STATUSES:
				getContainerStatuses().clear();
				return;
			case CoreV1Package.POD_STATUS__EPHEMERAL_CONTAINER_STATUSES:
				getEphemeralContainerStatuses().clear();
				return;
			case CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS:
				setExtendedResourceClaimStatus((PodExtendedResourceClaimStatus)null);
				return;
			case CoreV1Package.POD_STATUS__HOST_IP:
				setHostIP(HOST_IP_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__HOST_IPS:
				getHostIPs().clear();
				return;
			case CoreV1Package.POD_STATUS__INIT_CONTAINER_STATUSES:
				getInitContainerStatuses().clear();
				return;
			case CoreV1Package.POD_STATUS__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUSES:
				getNodeAllocatableResourceClaimStatuses().clear();
				return;
			case CoreV1Package.POD_STATUS__NOMINATED_NODE_NAME:
				setNominatedNodeName(NOMINATED_NODE_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__POD_IP:
				setPodIP(POD_IP_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__POD_IPS:
				getPodIPs().clear();
				return;
			case CoreV1Package.POD_STATUS__QOS_CLASS:
				setQosClass(QOS_CLASS_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__RESIZE:
				setResize(RESIZE_EDEFAULT);
				return;
			case CoreV1Package.POD_STATUS__RESOURCE_CLAIM_STATUSES:
				getResourceClaimStatuses().clear();
				return;
			case CoreV1Package.POD_STATUS__RESOURCES:
				setResources((ResourceRequirements)null);
				return;
			case CoreV1Package.POD_STATUS__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
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
			case CoreV1Package.POD_STATUS__ALLOCATED_RESOURCES:
				return allocatedResources != null && !allocatedResources.isEmpty();
			case CoreV1Package.POD_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CoreV1Package.POD_STATUS__CONTAINER_STATUSES:
				return containerStatuses != null && !containerStatuses.isEmpty();
			case CoreV1Package.POD_STATUS__EPHEMERAL_CONTAINER_STATUSES:
				return ephemeralContainerStatuses != null && !ephemeralContainerStatuses.isEmpty();
			case CoreV1Package.POD_STATUS__EXTENDED_RESOURCE_CLAIM_STATUS:
				return extendedResourceClaimStatus != null;
			case CoreV1Package.POD_STATUS__HOST_IP:
				return HOST_IP_EDEFAULT == null ? hostIP != null : !HOST_IP_EDEFAULT.equals(hostIP);
			case CoreV1Package.POD_STATUS__HOST_IPS:
				return hostIPs != null && !hostIPs.isEmpty();
			case CoreV1Package.POD_STATUS__INIT_CONTAINER_STATUSES:
				return initContainerStatuses != null && !initContainerStatuses.isEmpty();
			case CoreV1Package.POD_STATUS__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case CoreV1Package.POD_STATUS__NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUSES:
				return nodeAllocatableResourceClaimStatuses != null && !nodeAllocatableResourceClaimStatuses.isEmpty();
			case CoreV1Package.POD_STATUS__NOMINATED_NODE_NAME:
				return NOMINATED_NODE_NAME_EDEFAULT == null ? nominatedNodeName != null : !NOMINATED_NODE_NAME_EDEFAULT.equals(nominatedNodeName);
			case CoreV1Package.POD_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
			case CoreV1Package.POD_STATUS__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
			case CoreV1Package.POD_STATUS__POD_IP:
				return POD_IP_EDEFAULT == null ? podIP != null : !POD_IP_EDEFAULT.equals(podIP);
			case CoreV1Package.POD_STATUS__POD_IPS:
				return podIPs != null && !podIPs.isEmpty();
			case CoreV1Package.POD_STATUS__QOS_CLASS:
				return QOS_CLASS_EDEFAULT == null ? qosClass != null : !QOS_CLASS_EDEFAULT.equals(qosClass);
			case CoreV1Package.POD_STATUS__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CoreV1Package.POD_STATUS__RESIZE:
				return RESIZE_EDEFAULT == null ? resize != null : !RESIZE_EDEFAULT.equals(resize);
			case CoreV1Package.POD_STATUS__RESOURCE_CLAIM_STATUSES:
				return resourceClaimStatuses != null && !resourceClaimStatuses.isEmpty();
			case CoreV1Package.POD_STATUS__RESOURCES:
				return resources != null;
			case CoreV1Package.POD_STATUS__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
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
		result.append(" (hostIP: ");
		result.append(hostIP);
		result.append(", message: ");
		result.append(message);
		result.append(", nominatedNodeName: ");
		result.append(nominatedNodeName);
		result.append(", observedGeneration: ");
		result.append(observedGeneration);
		result.append(", phase: ");
		result.append(phase);
		result.append(", podIP: ");
		result.append(podIP);
		result.append(", qosClass: ");
		result.append(qosClass);
		result.append(", reason: ");
		result.append(reason);
		result.append(", resize: ");
		result.append(resize);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(')');
		return result.toString();
	}

} //PodStatusImpl
