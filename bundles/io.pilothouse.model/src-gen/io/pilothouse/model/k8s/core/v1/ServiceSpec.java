/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getAllocateLoadBalancerNodePorts <em>Allocate Load Balancer Node Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getClusterIP <em>Cluster IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getClusterIPs <em>Cluster IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getExternalIPs <em>External IPs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getExternalName <em>External Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getExternalTrafficPolicy <em>External Traffic Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getHealthCheckNodePort <em>Health Check Node Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getInternalTrafficPolicy <em>Internal Traffic Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getIpFamilies <em>Ip Families</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getIpFamilyPolicy <em>Ip Family Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getLoadBalancerClass <em>Load Balancer Class</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getLoadBalancerIP <em>Load Balancer IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getLoadBalancerSourceRanges <em>Load Balancer Source Ranges</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getPublishNotReadyAddresses <em>Publish Not Ready Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getSessionAffinity <em>Session Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getSessionAffinityConfig <em>Session Affinity Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getTrafficDistribution <em>Traffic Distribution</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec()
 * @generated
 */
public interface ServiceSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocate Load Balancer Node Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocate Load Balancer Node Ports</em>' attribute.
	 * @see #setAllocateLoadBalancerNodePorts(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_AllocateLoadBalancerNodePorts()
	 * @generated
	 */
	Boolean getAllocateLoadBalancerNodePorts();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getAllocateLoadBalancerNodePorts <em>Allocate Load Balancer Node Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocate Load Balancer Node Ports</em>' attribute.
	 * @see #getAllocateLoadBalancerNodePorts()
	 * @generated
	 */
	void setAllocateLoadBalancerNodePorts(Boolean value);

	/**
	 * Returns the value of the '<em><b>Cluster IP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster IP</em>' attribute.
	 * @see #setClusterIP(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_ClusterIP()
	 * @generated
	 */
	String getClusterIP();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getClusterIP <em>Cluster IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster IP</em>' attribute.
	 * @see #getClusterIP()
	 * @generated
	 */
	void setClusterIP(String value);

	/**
	 * Returns the value of the '<em><b>Cluster IPs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster IPs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_ClusterIPs()
	 * @generated
	 */
	EList<String> getClusterIPs();

	/**
	 * Returns the value of the '<em><b>External IPs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External IPs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_ExternalIPs()
	 * @generated
	 */
	EList<String> getExternalIPs();

	/**
	 * Returns the value of the '<em><b>External Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External Name</em>' attribute.
	 * @see #setExternalName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_ExternalName()
	 * @generated
	 */
	String getExternalName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getExternalName <em>External Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Name</em>' attribute.
	 * @see #getExternalName()
	 * @generated
	 */
	void setExternalName(String value);

	/**
	 * Returns the value of the '<em><b>External Traffic Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External Traffic Policy</em>' attribute.
	 * @see #setExternalTrafficPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_ExternalTrafficPolicy()
	 * @generated
	 */
	String getExternalTrafficPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getExternalTrafficPolicy <em>External Traffic Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Traffic Policy</em>' attribute.
	 * @see #getExternalTrafficPolicy()
	 * @generated
	 */
	void setExternalTrafficPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Health Check Node Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Health Check Node Port</em>' attribute.
	 * @see #setHealthCheckNodePort(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_HealthCheckNodePort()
	 * @generated
	 */
	Integer getHealthCheckNodePort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getHealthCheckNodePort <em>Health Check Node Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health Check Node Port</em>' attribute.
	 * @see #getHealthCheckNodePort()
	 * @generated
	 */
	void setHealthCheckNodePort(Integer value);

	/**
	 * Returns the value of the '<em><b>Internal Traffic Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Internal Traffic Policy</em>' attribute.
	 * @see #setInternalTrafficPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_InternalTrafficPolicy()
	 * @generated
	 */
	String getInternalTrafficPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getInternalTrafficPolicy <em>Internal Traffic Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Traffic Policy</em>' attribute.
	 * @see #getInternalTrafficPolicy()
	 * @generated
	 */
	void setInternalTrafficPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Ip Families</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Families</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_IpFamilies()
	 * @generated
	 */
	EList<String> getIpFamilies();

	/**
	 * Returns the value of the '<em><b>Ip Family Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Family Policy</em>' attribute.
	 * @see #setIpFamilyPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_IpFamilyPolicy()
	 * @generated
	 */
	String getIpFamilyPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getIpFamilyPolicy <em>Ip Family Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Family Policy</em>' attribute.
	 * @see #getIpFamilyPolicy()
	 * @generated
	 */
	void setIpFamilyPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Load Balancer Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load Balancer Class</em>' attribute.
	 * @see #setLoadBalancerClass(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_LoadBalancerClass()
	 * @generated
	 */
	String getLoadBalancerClass();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getLoadBalancerClass <em>Load Balancer Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load Balancer Class</em>' attribute.
	 * @see #getLoadBalancerClass()
	 * @generated
	 */
	void setLoadBalancerClass(String value);

	/**
	 * Returns the value of the '<em><b>Load Balancer IP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load Balancer IP</em>' attribute.
	 * @see #setLoadBalancerIP(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_LoadBalancerIP()
	 * @generated
	 */
	String getLoadBalancerIP();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getLoadBalancerIP <em>Load Balancer IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load Balancer IP</em>' attribute.
	 * @see #getLoadBalancerIP()
	 * @generated
	 */
	void setLoadBalancerIP(String value);

	/**
	 * Returns the value of the '<em><b>Load Balancer Source Ranges</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load Balancer Source Ranges</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_LoadBalancerSourceRanges()
	 * @generated
	 */
	EList<String> getLoadBalancerSourceRanges();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ServicePort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_Ports()
	 * @generated
	 */
	EList<ServicePort> getPorts();

	/**
	 * Returns the value of the '<em><b>Publish Not Ready Addresses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publish Not Ready Addresses</em>' attribute.
	 * @see #setPublishNotReadyAddresses(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_PublishNotReadyAddresses()
	 * @generated
	 */
	Boolean getPublishNotReadyAddresses();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getPublishNotReadyAddresses <em>Publish Not Ready Addresses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publish Not Ready Addresses</em>' attribute.
	 * @see #getPublishNotReadyAddresses()
	 * @generated
	 */
	void setPublishNotReadyAddresses(Boolean value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_Selector()
	 * @generated
	 */
	EMap<String, String> getSelector();

	/**
	 * Returns the value of the '<em><b>Session Affinity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Affinity</em>' attribute.
	 * @see #setSessionAffinity(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_SessionAffinity()
	 * @generated
	 */
	String getSessionAffinity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getSessionAffinity <em>Session Affinity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Affinity</em>' attribute.
	 * @see #getSessionAffinity()
	 * @generated
	 */
	void setSessionAffinity(String value);

	/**
	 * Returns the value of the '<em><b>Session Affinity Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Affinity Config</em>' containment reference.
	 * @see #setSessionAffinityConfig(SessionAffinityConfig)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_SessionAffinityConfig()
	 * @generated
	 */
	SessionAffinityConfig getSessionAffinityConfig();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getSessionAffinityConfig <em>Session Affinity Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Affinity Config</em>' containment reference.
	 * @see #getSessionAffinityConfig()
	 * @generated
	 */
	void setSessionAffinityConfig(SessionAffinityConfig value);

	/**
	 * Returns the value of the '<em><b>Traffic Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Traffic Distribution</em>' attribute.
	 * @see #setTrafficDistribution(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_TrafficDistribution()
	 * @generated
	 */
	String getTrafficDistribution();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getTrafficDistribution <em>Traffic Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Traffic Distribution</em>' attribute.
	 * @see #getTrafficDistribution()
	 * @generated
	 */
	void setTrafficDistribution(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceSpec_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceSpec#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // ServiceSpec
