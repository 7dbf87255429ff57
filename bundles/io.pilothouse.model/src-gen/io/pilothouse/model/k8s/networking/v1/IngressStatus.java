/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressStatus#getLoadBalancer <em>Load Balancer</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressStatus()
 * @generated
 */
public interface IngressStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Load Balancer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load Balancer</em>' containment reference.
	 * @see #setLoadBalancer(IngressLoadBalancerStatus)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressStatus_LoadBalancer()
	 * @generated
	 */
	IngressLoadBalancerStatus getLoadBalancer();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressStatus#getLoadBalancer <em>Load Balancer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load Balancer</em>' containment reference.
	 * @see #getLoadBalancer()
	 * @generated
	 */
	void setLoadBalancer(IngressLoadBalancerStatus value);

} // IngressStatus
