/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ServicePort;
import io.pilothouse.model.k8s.core.v1.ServiceSpec;
import io.pilothouse.model.k8s.core.v1.SessionAffinityConfig;

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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getAllocateLoadBalancerNodePorts <em>Allocate Load Balancer Node Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getClusterIP <em>Cluster IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getClusterIPs <em>Cluster IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getExternalIPs <em>External IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getExternalName <em>External Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getExternalTrafficPolicy <em>External Traffic Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getHealthCheckNodePort <em>Health Check Node Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getInternalTrafficPolicy <em>Internal Traffic Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getIpFamilies <em>Ip Families</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getIpFamilyPolicy <em>Ip Family Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getLoadBalancerClass <em>Load Balancer Class</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getLoadBalancerIP <em>Load Balancer IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getLoadBalancerSourceRanges <em>Load Balancer Source Ranges</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getPublishNotReadyAddresses <em>Publish Not Ready Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getSessionAffinity <em>Session Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getSessionAffinityConfig <em>Session Affinity Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getTrafficDistribution <em>Traffic Distribution</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceSpecImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceSpecImpl extends MinimalEObjectImpl.Container implements ServiceSpec {
	/**
	 * The default value of the '{@link #getAllocateLoadBalancerNodePorts() <em>Allocate Load Balancer Node Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocateLoadBalancerNodePorts()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALLOCATE_LOAD_BALANCER_NODE_PORTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocateLoadBalancerNodePorts() <em>Allocate Load Balancer Node Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocateLoadBalancerNodePorts()
	 * @generated
	 * @ordered
	 */
	protected Boolean allocateLoadBalancerNodePorts = ALLOCATE_LOAD_BALANCER_NODE_PORTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClusterIP() <em>Cluster IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterIP()
	 * @generated
	 * @ordered
	 */
	protected static final String CLUSTER_IP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClusterIP() <em>Cluster IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterIP()
	 * @generated
	 * @ordered
	 */
	protected String clusterIP = CLUSTER_IP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClusterIPs() <em>Cluster IPs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterIPs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> clusterIPs;

	/**
	 * The cached value of the '{@link #getExternalIPs() <em>External IPs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalIPs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> externalIPs;

	/**
	 * The default value of the '{@link #getExternalName() <em>External Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalName()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalName() <em>External Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalName()
	 * @generated
	 * @ordered
	 */
	protected String externalName = EXTERNAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalTrafficPolicy() <em>External Traffic Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalTrafficPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_TRAFFIC_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalTrafficPolicy() <em>External Traffic Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalTrafficPolicy()
	 * @generated
	 * @ordered
	 */
	protected String externalTrafficPolicy = EXTERNAL_TRAFFIC_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHealthCheckNodePort() <em>Health Check Node Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthCheckNodePort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer HEALTH_CHECK_NODE_PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHealthCheckNodePort() <em>Health Check Node Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthCheckNodePort()
	 * @generated
	 * @ordered
	 */
	protected Integer healthCheckNodePort = HEALTH_CHECK_NODE_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternalTrafficPolicy() <em>Internal Traffic Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalTrafficPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERNAL_TRAFFIC_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInternalTrafficPolicy() <em>Internal Traffic Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalTrafficPolicy()
	 * @generated
	 * @ordered
	 */
	protected String internalTrafficPolicy = INTERNAL_TRAFFIC_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIpFamilies() <em>Ip Families</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpFamilies()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ipFamilies;

	/**
	 * The default value of the '{@link #getIpFamilyPolicy() <em>Ip Family Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpFamilyPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_FAMILY_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpFamilyPolicy() <em>Ip Family Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpFamilyPolicy()
	 * @generated
	 * @ordered
	 */
	protected String ipFamilyPolicy = IP_FAMILY_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoadBalancerClass() <em>Load Balancer Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadBalancerClass()
	 * @generated
	 * @ordered
	 */
	protected static final String LOAD_BALANCER_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLoadBalancerClass() <em>Load Balancer Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadBalancerClass()
	 * @generated
	 * @ordered
	 */
	protected String loadBalancerClass = LOAD_BALANCER_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoadBalancerIP() <em>Load Balancer IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadBalancerIP()
	 * @generated
	 * @ordered
	 */
	protected static final String LOAD_BALANCER_IP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLoadBalancerIP() <em>Load Balancer IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadBalancerIP()
	 * @generated
	 * @ordered
	 */
	protected String loadBalancerIP = LOAD_BALANCER_IP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLoadBalancerSourceRanges() <em>Load Balancer Source Ranges</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadBalancerSourceRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<String> loadBalancerSourceRanges;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<ServicePort> ports;

	/**
	 * The default value of the '{@link #getPublishNotReadyAddresses() <em>Publish Not Ready Addresses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishNotReadyAddresses()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PUBLISH_NOT_READY_ADDRESSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishNotReadyAddresses() <em>Publish Not Ready Addresses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishNotReadyAddresses()
	 * @generated
	 * @ordered
	 */
	protected Boolean publishNotReadyAddresses = PUBLISH_NOT_READY_ADDRESSES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> selector;

	/**
	 * The default value of the '{@link #getSessionAffinity() <em>Session Affinity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionAffinity()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_AFFINITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionAffinity() <em>Session Affinity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionAffinity()
	 * @generated
	 * @ordered
	 */
	protected String sessionAffinity = SESSION_AFFINITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSessionAffinityConfig() <em>Session Affinity Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionAffinityConfig()
	 * @generated
	 * @ordered
	 */
	protected SessionAffinityConfig sessionAffinityConfig;

	/**
	 * The default value of the '{@link #getTrafficDistribution() <em>Traffic Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAFFIC_DISTRIBUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrafficDistribution() <em>Traffic Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficDistribution()
	 * @generated
	 * @ordered
	 */
	protected String trafficDistribution = TRAFFIC_DISTRIBUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SERVICE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllocateLoadBalancerNodePorts() {
		return allocateLoadBalancerNodePorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocateLoadBalancerNodePorts(Boolean newAllocateLoadBalancerNodePorts) {
		Boolean oldAllocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts;
		allocateLoadBalancerNodePorts = newAllocateLoadBalancerNodePorts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__ALLOCATE_LOAD_BALANCER_NODE_PORTS, oldAllocateLoadBalancerNodePorts, allocateLoadBalancerNodePorts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClusterIP() {
		return clusterIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterIP(String newClusterIP) {
		String oldClusterIP = clusterIP;
		clusterIP = newClusterIP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__CLUSTER_IP, oldClusterIP, clusterIP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClusterIPs() {
		if (clusterIPs == null) {
			clusterIPs = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.SERVICE_SPEC__CLUSTER_IPS);
		}
		return clusterIPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExternalIPs() {
		if (externalIPs == null) {
			externalIPs = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.SERVICE_SPEC__EXTERNAL_IPS);
		}
		return externalIPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalName() {
		return externalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalName(String newExternalName) {
		String oldExternalName = externalName;
		externalName = newExternalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__EXTERNAL_NAME, oldExternalName, externalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalTrafficPolicy() {
		return externalTrafficPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalTrafficPolicy(String newExternalTrafficPolicy) {
		String oldExternalTrafficPolicy = externalTrafficPolicy;
		externalTrafficPolicy = newExternalTrafficPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__EXTERNAL_TRAFFIC_POLICY, oldExternalTrafficPolicy, externalTrafficPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getHealthCheckNodePort() {
		return healthCheckNodePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealthCheckNodePort(Integer newHealthCheckNodePort) {
		Integer oldHealthCheckNodePort = healthCheckNodePort;
		healthCheckNodePort = newHealthCheckNodePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__HEALTH_CHECK_NODE_PORT, oldHealthCheckNodePort, healthCheckNodePort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInternalTrafficPolicy() {
		return internalTrafficPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalTrafficPolicy(String newInternalTrafficPolicy) {
		String oldInternalTrafficPolicy = internalTrafficPolicy;
		internalTrafficPolicy = newInternalTrafficPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__INTERNAL_TRAFFIC_POLICY, oldInternalTrafficPolicy, internalTrafficPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIpFamilies() {
		if (ipFamilies == null) {
			ipFamilies = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.SERVICE_SPEC__IP_FAMILIES);
		}
		return ipFamilies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpFamilyPolicy() {
		return ipFamilyPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpFamilyPolicy(String newIpFamilyPolicy) {
		String oldIpFamilyPolicy = ipFamilyPolicy;
		ipFamilyPolicy = newIpFamilyPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__IP_FAMILY_POLICY, oldIpFamilyPolicy, ipFamilyPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLoadBalancerClass() {
		return loadBalancerClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadBalancerClass(String newLoadBalancerClass) {
		String oldLoadBalancerClass = loadBalancerClass;
		loadBalancerClass = newLoadBalancerClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_CLASS, oldLoadBalancerClass, loadBalancerClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLoadBalancerIP() {
		return loadBalancerIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadBalancerIP(String newLoadBalancerIP) {
		String oldLoadBalancerIP = loadBalancerIP;
		loadBalancerIP = newLoadBalancerIP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_IP, oldLoadBalancerIP, loadBalancerIP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLoadBalancerSourceRanges() {
		if (loadBalancerSourceRanges == null) {
			loadBalancerSourceRanges = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_SOURCE_RANGES);
		}
		return loadBalancerSourceRanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServicePort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<ServicePort>(ServicePort.class, this, CoreV1Package.SERVICE_SPEC__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPublishNotReadyAddresses() {
		return publishNotReadyAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishNotReadyAddresses(Boolean newPublishNotReadyAddresses) {
		Boolean oldPublishNotReadyAddresses = publishNotReadyAddresses;
		publishNotReadyAddresses = newPublishNotReadyAddresses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__PUBLISH_NOT_READY_ADDRESSES, oldPublishNotReadyAddresses, publishNotReadyAddresses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getSelector() {
		if (selector == null) {
			selector = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.SERVICE_SPEC__SELECTOR);
		}
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionAffinity() {
		return sessionAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionAffinity(String newSessionAffinity) {
		String oldSessionAffinity = sessionAffinity;
		sessionAffinity = newSessionAffinity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY, oldSessionAffinity, sessionAffinity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionAffinityConfig getSessionAffinityConfig() {
		return sessionAffinityConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSessionAffinityConfig(SessionAffinityConfig newSessionAffinityConfig, NotificationChain msgs) {
		SessionAffinityConfig oldSessionAffinityConfig = sessionAffinityConfig;
		sessionAffinityConfig = newSessionAffinityConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG, oldSessionAffinityConfig, newSessionAffinityConfig);
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
	public void setSessionAffinityConfig(SessionAffinityConfig newSessionAffinityConfig) {
		if (newSessionAffinityConfig != sessionAffinityConfig) {
			NotificationChain msgs = null;
			if (sessionAffinityConfig != null)
				msgs = ((InternalEObject)sessionAffinityConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG, null, msgs);
			if (newSessionAffinityConfig != null)
				msgs = ((InternalEObject)newSessionAffinityConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG, null, msgs);
			msgs = basicSetSessionAffinityConfig(newSessionAffinityConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG, newSessionAffinityConfig, newSessionAffinityConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrafficDistribution() {
		return trafficDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrafficDistribution(String newTrafficDistribution) {
		String oldTrafficDistribution = trafficDistribution;
		trafficDistribution = newTrafficDistribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__TRAFFIC_DISTRIBUTION, oldTrafficDistribution, trafficDistribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_SPEC__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.SERVICE_SPEC__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case CoreV1Package.SERVICE_SPEC__SELECTOR:
				return ((InternalEList<?>)getSelector()).basicRemove(otherEnd, msgs);
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG:
				return basicSetSessionAffinityConfig(null, msgs);
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
			case CoreV1Package.SERVICE_SPEC__ALLOCATE_LOAD_BALANCER_NODE_PORTS:
				return getAllocateLoadBalancerNodePorts();
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IP:
				return getClusterIP();
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IPS:
				return getClusterIPs();
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_IPS:
				return getExternalIPs();
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_NAME:
				return getExternalName();
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_TRAFFIC_POLICY:
				return getExternalTrafficPolicy();
			case CoreV1Package.SERVICE_SPEC__HEALTH_CHECK_NODE_PORT:
				return getHealthCheckNodePort();
			case CoreV1Package.SERVICE_SPEC__INTERNAL_TRAFFIC_POLICY:
				return getInternalTrafficPolicy();
			case CoreV1Package.SERVICE_SPEC__IP_FAMILIES:
				return getIpFamilies();
			case CoreV1Package.SERVICE_SPEC__IP_FAMILY_POLICY:
				return getIpFamilyPolicy();
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_CLASS:
				return getLoadBalancerClass();
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_IP:
				return getLoadBalancerIP();
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_SOURCE_RANGES:
				return getLoadBalancerSourceRanges();
			case CoreV1Package.SERVICE_SPEC__PORTS:
				return getPorts();
			case CoreV1Package.SERVICE_SPEC__PUBLISH_NOT_READY_ADDRESSES:
				return getPublishNotReadyAddresses();
			case CoreV1Package.SERVICE_SPEC__SELECTOR:
				if (coreType) return getSelector();
				else return getSelector().map();
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY:
				return getSessionAffinity();
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG:
				return getSessionAffinityConfig();
			case CoreV1Package.SERVICE_SPEC__TRAFFIC_DISTRIBUTION:
				return getTrafficDistribution();
			case CoreV1Package.SERVICE_SPEC__TYPE:
				return getType();
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
			case CoreV1Package.SERVICE_SPEC__ALLOCATE_LOAD_BALANCER_NODE_PORTS:
				setAllocateLoadBalancerNodePorts((Boolean)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IP:
				setClusterIP((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IPS:
				getClusterIPs().clear();
				getClusterIPs().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_IPS:
				getExternalIPs().clear();
				getExternalIPs().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_NAME:
				setExternalName((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_TRAFFIC_POLICY:
				setExternalTrafficPolicy((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__HEALTH_CHECK_NODE_PORT:
				setHealthCheckNodePort((Integer)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__INTERNAL_TRAFFIC_POLICY:
				setInternalTrafficPolicy((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__IP_FAMILIES:
				getIpFamilies().clear();
				getIpFamilies().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__IP_FAMILY_POLICY:
				setIpFamilyPolicy((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_CLASS:
				setLoadBalancerClass((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_IP:
				setLoadBalancerIP((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_SOURCE_RANGES:
				getLoadBalancerSourceRanges().clear();
				getLoadBalancerSourceRanges().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends ServicePort>)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__PUBLISH_NOT_READY_ADDRESSES:
				setPublishNotReadyAddresses((Boolean)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__SELECTOR:
				((EStructuralFeature.Setting)getSelector()).set(newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY:
				setSessionAffinity((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG:
				setSessionAffinityConfig((SessionAffinityConfig)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__TRAFFIC_DISTRIBUTION:
				setTrafficDistribution((String)newValue);
				return;
			case CoreV1Package.SERVICE_SPEC__TYPE:
				setType((String)newValue);
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
			case CoreV1Package.SERVICE_SPEC__ALLOCATE_LOAD_BALANCER_NODE_PORTS:
				setAllocateLoadBalancerNodePorts(ALLOCATE_LOAD_BALANCER_NODE_PORTS_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IP:
				setClusterIP(CLUSTER_IP_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IPS:
				getClusterIPs().clear();
				return;
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_IPS:
				getExternalIPs().clear();
				return;
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_NAME:
				setExternalName(EXTERNAL_NAME_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_TRAFFIC_POLICY:
				setExternalTrafficPolicy(EXTERNAL_TRAFFIC_POLICY_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__HEALTH_CHECK_NODE_PORT:
				setHealthCheckNodePort(HEALTH_CHECK_NODE_PORT_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__INTERNAL_TRAFFIC_POLICY:
				setInternalTrafficPolicy(INTERNAL_TRAFFIC_POLICY_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__IP_FAMILIES:
				getIpFamilies().clear();
				return;
			case CoreV1Package.SERVICE_SPEC__IP_FAMILY_POLICY:
				setIpFamilyPolicy(IP_FAMILY_POLICY_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_CLASS:
				setLoadBalancerClass(LOAD_BALANCER_CLASS_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_IP:
				setLoadBalancerIP(LOAD_BALANCER_IP_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_SOURCE_RANGES:
				getLoadBalancerSourceRanges().clear();
				return;
			case CoreV1Package.SERVICE_SPEC__PORTS:
				getPorts().clear();
				return;
			case CoreV1Package.SERVICE_SPEC__PUBLISH_NOT_READY_ADDRESSES:
				setPublishNotReadyAddresses(PUBLISH_NOT_READY_ADDRESSES_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__SELECTOR:
				getSelector().clear();
				return;
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY:
				setSessionAffinity(SESSION_AFFINITY_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG:
				setSessionAffinityConfig((SessionAffinityConfig)null);
				return;
			case CoreV1Package.SERVICE_SPEC__TRAFFIC_DISTRIBUTION:
				setTrafficDistribution(TRAFFIC_DISTRIBUTION_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_SPEC__TYPE:
				setType(TYPE_EDEFAULT);
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
			case CoreV1Package.SERVICE_SPEC__ALLOCATE_LOAD_BALANCER_NODE_PORTS:
				return ALLOCATE_LOAD_BALANCER_NODE_PORTS_EDEFAULT == null ? allocateLoadBalancerNodePorts != null : !ALLOCATE_LOAD_BALANCER_NODE_PORTS_EDEFAULT.equals(allocateLoadBalancerNodePorts);
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IP:
				return CLUSTER_IP_EDEFAULT == null ? clusterIP != null : !CLUSTER_IP_EDEFAULT.equals(clusterIP);
			case CoreV1Package.SERVICE_SPEC__CLUSTER_IPS:
				return clusterIPs != null && !clusterIPs.isEmpty();
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_IPS:
				return externalIPs != null && !externalIPs.isEmpty();
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_NAME:
				return EXTERNAL_NAME_EDEFAULT == null ? externalName != null : !EXTERNAL_NAME_EDEFAULT.equals(externalName);
			case CoreV1Package.SERVICE_SPEC__EXTERNAL_TRAFFIC_POLICY:
				return EXTERNAL_TRAFFIC_POLICY_EDEFAULT == null ? externalTrafficPolicy != null : !EXTERNAL_TRAFFIC_POLICY_EDEFAULT.equals(externalTrafficPolicy);
			case CoreV1Package.SERVICE_SPEC__HEALTH_CHECK_NODE_PORT:
				return HEALTH_CHECK_NODE_PORT_EDEFAULT == null ? healthCheckNodePort != null : !HEALTH_CHECK_NODE_PORT_EDEFAULT.equals(healthCheckNodePort);
			case CoreV1Package.SERVICE_SPEC__INTERNAL_TRAFFIC_POLICY:
				return INTERNAL_TRAFFIC_POLICY_EDEFAULT == null ? internalTrafficPolicy != null : !INTERNAL_TRAFFIC_POLICY_EDEFAULT.equals(internalTrafficPolicy);
			case CoreV1Package.SERVICE_SPEC__IP_FAMILIES:
				return ipFamilies != null && !ipFamilies.isEmpty();
			case CoreV1Package.SERVICE_SPEC__IP_FAMILY_POLICY:
				return IP_FAMILY_POLICY_EDEFAULT == null ? ipFamilyPolicy != null : !IP_FAMILY_POLICY_EDEFAULT.equals(ipFamilyPolicy);
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_CLASS:
				return LOAD_BALANCER_CLASS_EDEFAULT == null ? loadBalancerClass != null : !LOAD_BALANCER_CLASS_EDEFAULT.equals(loadBalancerClass);
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_IP:
				return LOAD_BALANCER_IP_EDEFAULT == null ? loadBalancerIP != null : !LOAD_BALANCER_IP_EDEFAULT.equals(loadBalancerIP);
			case CoreV1Package.SERVICE_SPEC__LOAD_BALANCER_SOURCE_RANGES:
				return loadBalancerSourceRanges != null && !loadBalancerSourceRanges.isEmpty();
			case CoreV1Package.SERVICE_SPEC__PORTS:
				return ports != null && !ports.isEmpty();
			case CoreV1Package.SERVICE_SPEC__PUBLISH_NOT_READY_ADDRESSES:
				return PUBLISH_NOT_READY_ADDRESSES_EDEFAULT == null ? publishNotReadyAddresses != null : !PUBLISH_NOT_READY_ADDRESSES_EDEFAULT.equals(publishNotReadyAddresses);
			case CoreV1Package.SERVICE_SPEC__SELECTOR:
				return selector != null && !selector.isEmpty();
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY:
				return SESSION_AFFINITY_EDEFAULT == null ? sessionAffinity != null : !SESSION_AFFINITY_EDEFAULT.equals(sessionAffinity);
			case CoreV1Package.SERVICE_SPEC__SESSION_AFFINITY_CONFIG:
				return sessionAffinityConfig != null;
			case CoreV1Package.SERVICE_SPEC__TRAFFIC_DISTRIBUTION:
				return TRAFFIC_DISTRIBUTION_EDEFAULT == null ? trafficDistribution != null : !TRAFFIC_DISTRIBUTION_EDEFAULT.equals(trafficDistribution);
			case CoreV1Package.SERVICE_SPEC__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (allocateLoadBalancerNodePorts: ");
		result.append(allocateLoadBalancerNodePorts);
		result.append(", clusterIP: ");
		result.append(clusterIP);
		result.append(", clusterIPs: ");
		result.append(clusterIPs);
		result.append(", externalIPs: ");
		result.append(externalIPs);
		result.append(", externalName: ");
		result.append(externalName);
		result.append(", externalTrafficPolicy: ");
		result.append(externalTrafficPolicy);
		result.append(", healthCheckNodePort: ");
		result.append(healthCheckNodePort);
		result.append(", internalTrafficPolicy: ");
		result.append(internalTrafficPolicy);
		result.append(", ipFamilies: ");
		result.append(ipFamilies);
		result.append(", ipFamilyPolicy: ");
		result.append(ipFamilyPolicy);
		result.append(", loadBalancerClass: ");
		result.append(loadBalancerClass);
		result.append(", loadBalancerIP: ");
		result.append(loadBalancerIP);
		result.append(", loadBalancerSourceRanges: ");
		result.append(loadBalancerSourceRanges);
		result.append(", publishNotReadyAddresses: ");
		result.append(publishNotReadyAddresses);
		result.append(", sessionAffinity: ");
		result.append(sessionAffinity);
		result.append(", trafficDistribution: ");
		result.append(trafficDistribution);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //ServiceSpecImpl
