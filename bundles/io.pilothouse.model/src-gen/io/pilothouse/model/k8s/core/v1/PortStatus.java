/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PortStatus#getError <em>Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PortStatus#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PortStatus#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPortStatus()
 * @generated
 */
public interface PortStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPortStatus_Error()
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PortStatus#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPortStatus_Port()
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PortStatus#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see #setProtocol(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPortStatus_Protocol()
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PortStatus#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

} // PortStatus
