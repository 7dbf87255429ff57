/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Load Balancer Ingress</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getIp <em>Ip</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getIpMode <em>Ip Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerIngress()
 * @generated
 */
public interface LoadBalancerIngress extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerIngress_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip</em>' attribute.
	 * @see #setIp(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerIngress_Ip()
	 * @generated
	 */
	String getIp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getIp <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip</em>' attribute.
	 * @see #getIp()
	 * @generated
	 */
	void setIp(String value);

	/**
	 * Returns the value of the '<em><b>Ip Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Mode</em>' attribute.
	 * @see #setIpMode(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerIngress_IpMode()
	 * @generated
	 */
	String getIpMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress#getIpMode <em>Ip Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Mode</em>' attribute.
	 * @see #getIpMode()
	 * @generated
	 */
	void setIpMode(String value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PortStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerIngress_Ports()
	 * @generated
	 */
	EList<PortStatus> getPorts();

} // LoadBalancerIngress
