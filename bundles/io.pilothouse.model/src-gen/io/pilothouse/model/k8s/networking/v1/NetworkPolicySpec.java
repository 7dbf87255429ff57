/**
 */
package io.pilothouse.model.k8s.networking.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getEgress <em>Egress</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getIngress <em>Ingress</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPodSelector <em>Pod Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPolicyTypes <em>Policy Types</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicySpec()
 * @generated
 */
public interface NetworkPolicySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Egress</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Egress</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicySpec_Egress()
	 * @generated
	 */
	EList<NetworkPolicyEgressRule> getEgress();

	/**
	 * Returns the value of the '<em><b>Ingress</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ingress</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicySpec_Ingress()
	 * @generated
	 */
	EList<NetworkPolicyIngressRule> getIngress();

	/**
	 * Returns the value of the '<em><b>Pod Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Selector</em>' containment reference.
	 * @see #setPodSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicySpec_PodSelector()
	 * @generated
	 */
	LabelSelector getPodSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec#getPodSelector <em>Pod Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Selector</em>' containment reference.
	 * @see #getPodSelector()
	 * @generated
	 */
	void setPodSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Policy Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Types</em>' attribute list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicySpec_PolicyTypes()
	 * @generated
	 */
	EList<String> getPolicyTypes();

} // NetworkPolicySpec
