/**
 */
package io.pilothouse.model.k8s.networking.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Policy Peer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getIpBlock <em>Ip Block</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getPodSelector <em>Pod Selector</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPeer()
 * @generated
 */
public interface NetworkPolicyPeer extends EObject {
	/**
	 * Returns the value of the '<em><b>Ip Block</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Block</em>' containment reference.
	 * @see #setIpBlock(IPBlock)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPeer_IpBlock()
	 * @generated
	 */
	IPBlock getIpBlock();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getIpBlock <em>Ip Block</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Block</em>' containment reference.
	 * @see #getIpBlock()
	 * @generated
	 */
	void setIpBlock(IPBlock value);

	/**
	 * Returns the value of the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #setNamespaceSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPeer_NamespaceSelector()
	 * @generated
	 */
	LabelSelector getNamespaceSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getNamespaceSelector <em>Namespace Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #getNamespaceSelector()
	 * @generated
	 */
	void setNamespaceSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Pod Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Selector</em>' containment reference.
	 * @see #setPodSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPeer_PodSelector()
	 * @generated
	 */
	LabelSelector getPodSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer#getPodSelector <em>Pod Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Selector</em>' containment reference.
	 * @see #getPodSelector()
	 * @generated
	 */
	void setPodSelector(LabelSelector value);

} // NetworkPolicyPeer
