/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listener Set Spec Listener</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getAllowedRoutes <em>Allowed Routes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener()
 * @generated
 */
public interface ListenerSetSpecListener extends EObject {
	/**
	 * Returns the value of the '<em><b>Allowed Routes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Routes</em>' containment reference.
	 * @see #setAllowedRoutes(ListenerSetAllowedRoutes)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener_AllowedRoutes()
	 * @generated
	 */
	ListenerSetAllowedRoutes getAllowedRoutes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getAllowedRoutes <em>Allowed Routes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed Routes</em>' containment reference.
	 * @see #getAllowedRoutes()
	 * @generated
	 */
	void setAllowedRoutes(ListenerSetAllowedRoutes value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getHostname <em>Hostname</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener_Port()
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getPort <em>Port</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener_Protocol()
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getProtocol <em>Protocol</em>}' attribute.
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
	 * @see #setTls(ListenerSetTls)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpecListener_Tls()
	 * @generated
	 */
	ListenerSetTls getTls();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener#getTls <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' containment reference.
	 * @see #getTls()
	 * @generated
	 */
	void setTls(ListenerSetTls value);

} // ListenerSetSpecListener
