/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Spec Listener</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getAllowedRoutes <em>Allowed Routes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener()
 * @generated
 */
public interface GatewaySpecListener extends EObject {
	/**
	 * Returns the value of the '<em><b>Allowed Routes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Routes</em>' containment reference.
	 * @see #setAllowedRoutes(GatewayAllowedRoutes)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener_AllowedRoutes()
	 * @generated
	 */
	GatewayAllowedRoutes getAllowedRoutes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getAllowedRoutes <em>Allowed Routes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed Routes</em>' containment reference.
	 * @see #getAllowedRoutes()
	 * @generated
	 */
	void setAllowedRoutes(GatewayAllowedRoutes value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener_Port()
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getPort <em>Port</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener_Protocol()
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' containment reference.
	 * @see #setTls(GatewayListenerTls)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecListener_Tls()
	 * @generated
	 */
	GatewayListenerTls getTls();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener#getTls <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' containment reference.
	 * @see #getTls()
	 * @generated
	 */
	void setTls(GatewayListenerTls value);

} // GatewaySpecListener
