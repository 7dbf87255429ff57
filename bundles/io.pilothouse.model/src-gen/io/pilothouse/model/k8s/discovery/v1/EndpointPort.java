/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getAppProtocol <em>App Protocol</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointPort()
 * @generated
 */
public interface EndpointPort extends EObject {
	/**
	 * Returns the value of the '<em><b>App Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>App Protocol</em>' attribute.
	 * @see #setAppProtocol(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointPort_AppProtocol()
	 * @generated
	 */
	String getAppProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getAppProtocol <em>App Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>App Protocol</em>' attribute.
	 * @see #getAppProtocol()
	 * @generated
	 */
	void setAppProtocol(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointPort_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Integer)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointPort_Port()
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getPort <em>Port</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointPort_Protocol()
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

} // EndpointPort
