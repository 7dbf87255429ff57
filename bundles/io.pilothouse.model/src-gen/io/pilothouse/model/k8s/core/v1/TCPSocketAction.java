/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TCP Socket Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TCPSocketAction#getHost <em>Host</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TCPSocketAction#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTCPSocketAction()
 * @generated
 */
public interface TCPSocketAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTCPSocketAction_Host()
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TCPSocketAction#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(IntOrString)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTCPSocketAction_Port()
	 * @generated
	 */
	IntOrString getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TCPSocketAction#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(IntOrString value);

} // TCPSocketAction
