/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Policy Ingress Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule#getFrom <em>From</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyIngressRule()
 * @generated
 */
public interface NetworkPolicyIngressRule extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyIngressRule_From()
	 * @generated
	 */
	EList<NetworkPolicyPeer> getFrom();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyIngressRule_Ports()
	 * @generated
	 */
	EList<NetworkPolicyPort> getPorts();

} // NetworkPolicyIngressRule
