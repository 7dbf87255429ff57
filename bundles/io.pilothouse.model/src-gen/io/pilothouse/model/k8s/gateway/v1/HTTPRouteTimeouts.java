/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Timeouts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteTimeouts#getBackendRequest <em>Backend Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteTimeouts#getRequest <em>Request</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteTimeouts()
 * @generated
 */
public interface HTTPRouteTimeouts extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend Request</em>' attribute.
	 * @see #setBackendRequest(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteTimeouts_BackendRequest()
	 * @generated
	 */
	String getBackendRequest();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteTimeouts#getBackendRequest <em>Backend Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend Request</em>' attribute.
	 * @see #getBackendRequest()
	 * @generated
	 */
	void setBackendRequest(String value);

	/**
	 * Returns the value of the '<em><b>Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request</em>' attribute.
	 * @see #setRequest(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteTimeouts_Request()
	 * @generated
	 */
	String getRequest();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteTimeouts#getRequest <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request</em>' attribute.
	 * @see #getRequest()
	 * @generated
	 */
	void setRequest(String value);

} // HTTPRouteTimeouts
