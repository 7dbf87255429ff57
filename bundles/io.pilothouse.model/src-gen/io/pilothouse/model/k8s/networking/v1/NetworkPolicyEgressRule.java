/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Policy Egress Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyEgressRule()
 * @generated
 */
public interface NetworkPolicyEgressRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyEgressRule_Ports()
	 * @generated
	 */
	EList<NetworkPolicyPort> getPorts();

	/**
	 * Returns the value of the '<em><b>To</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyEgressRule_To()
	 * @generated
	 */
	EList<NetworkPolicyPeer> getTo();

} // NetworkPolicyEgressRule
