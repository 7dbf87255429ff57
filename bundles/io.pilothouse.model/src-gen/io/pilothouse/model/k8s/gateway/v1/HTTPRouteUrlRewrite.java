/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Url Rewrite</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteUrlRewrite#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteUrlRewrite#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteUrlRewrite()
 * @generated
 */
public interface HTTPRouteUrlRewrite extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteUrlRewrite_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteUrlRewrite#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' containment reference.
	 * @see #setPath(HTTPRouteRequestRedirectPath)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteUrlRewrite_Path()
	 * @generated
	 */
	HTTPRouteRequestRedirectPath getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteUrlRewrite#getPath <em>Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' containment reference.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(HTTPRouteRequestRedirectPath value);

} // HTTPRouteUrlRewrite
