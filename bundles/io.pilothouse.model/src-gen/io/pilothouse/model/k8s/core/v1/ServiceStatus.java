/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.Condition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceStatus#getLoadBalancer <em>Load Balancer</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceStatus()
 * @generated
 */
public interface ServiceStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Load Balancer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load Balancer</em>' containment reference.
	 * @see #setLoadBalancer(LoadBalancerStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceStatus_LoadBalancer()
	 * @generated
	 */
	LoadBalancerStatus getLoadBalancer();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceStatus#getLoadBalancer <em>Load Balancer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load Balancer</em>' containment reference.
	 * @see #getLoadBalancer()
	 * @generated
	 */
	void setLoadBalancer(LoadBalancerStatus value);

} // ServiceStatus
