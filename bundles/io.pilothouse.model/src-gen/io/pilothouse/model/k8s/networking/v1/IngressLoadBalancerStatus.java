/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Load Balancer Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerStatus#getIngress <em>Ingress</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressLoadBalancerStatus()
 * @generated
 */
public interface IngressLoadBalancerStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Ingress</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerIngress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ingress</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressLoadBalancerStatus_Ingress()
	 * @generated
	 */
	EList<IngressLoadBalancerIngress> getIngress();

} // IngressLoadBalancerStatus
