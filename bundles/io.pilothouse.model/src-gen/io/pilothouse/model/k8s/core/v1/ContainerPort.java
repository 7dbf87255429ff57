/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getContainerPort <em>Container Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getHostIP <em>Host IP</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getHostPort <em>Host Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerPort()
 * @generated
 */
public interface ContainerPort extends EObject {
	/**
	 * Returns the value of the '<em><b>Container Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Port</em>' attribute.
	 * @see #setContainerPort(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerPort_ContainerPort()
	 * @generated
	 */
	Integer getContainerPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getContainerPort <em>Container Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Port</em>' attribute.
	 * @see #getContainerPort()
	 * @generated
	 */
	void setContainerPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Host IP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host IP</em>' attribute.
	 * @see #setHostIP(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerPort_HostIP()
	 * @generated
	 */
	String getHostIP();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getHostIP <em>Host IP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host IP</em>' attribute.
	 * @see #getHostIP()
	 * @generated
	 */
	void setHostIP(String value);

	/**
	 * Returns the value of the '<em><b>Host Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Port</em>' attribute.
	 * @see #setHostPort(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerPort_HostPort()
	 * @generated
	 */
	Integer getHostPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getHostPort <em>Host Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Port</em>' attribute.
	 * @see #getHostPort()
	 * @generated
	 */
	void setHostPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerPort_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see #setProtocol(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerPort_Protocol()
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerPort#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

} // ContainerPort
