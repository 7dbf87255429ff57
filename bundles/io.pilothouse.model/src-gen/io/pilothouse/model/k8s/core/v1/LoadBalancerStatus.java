/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Load Balancer Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LoadBalancerStatus#getIngress <em>Ingress</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerStatus()
 * @generated
 */
public interface LoadBalancerStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Ingress</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.LoadBalancerIngress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ingress</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLoadBalancerStatus_Ingress()
	 * @generated
	 */
	EList<LoadBalancerIngress> getIngress();

} // LoadBalancerStatus
