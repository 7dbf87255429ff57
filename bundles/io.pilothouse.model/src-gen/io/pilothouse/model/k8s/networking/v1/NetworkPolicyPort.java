/**
 */
package io.pilothouse.model.k8s.networking.v1;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Policy Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getEndPort <em>End Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPort()
 * @generated
 */
public interface NetworkPolicyPort extends EObject {
	/**
	 * Returns the value of the '<em><b>End Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Port</em>' attribute.
	 * @see #setEndPort(Integer)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPort_EndPort()
	 * @generated
	 */
	Integer getEndPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getEndPort <em>End Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Port</em>' attribute.
	 * @see #getEndPort()
	 * @generated
	 */
	void setEndPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(IntOrString)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPort_Port()
	 * @generated
	 */
	IntOrString getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(IntOrString value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see #setProtocol(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getNetworkPolicyPort_Protocol()
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

} // NetworkPolicyPort
