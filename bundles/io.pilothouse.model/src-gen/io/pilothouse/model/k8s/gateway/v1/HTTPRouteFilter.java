/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getCors <em>Cors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getExtensionRef <em>Extension Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getRequestHeaderModifier <em>Request Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getRequestMirror <em>Request Mirror</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getRequestRedirect <em>Request Redirect</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getResponseHeaderModifier <em>Response Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getUrlRewrite <em>Url Rewrite</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter()
 * @generated
 */
public interface HTTPRouteFilter extends EObject {
	/**
	 * Returns the value of the '<em><b>Cors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cors</em>' containment reference.
	 * @see #setCors(HTTPRouteCors)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_Cors()
	 * @generated
	 */
	HTTPRouteCors getCors();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getCors <em>Cors</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cors</em>' containment reference.
	 * @see #getCors()
	 * @generated
	 */
	void setCors(HTTPRouteCors value);

	/**
	 * Returns the value of the '<em><b>Extension Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension Ref</em>' containment reference.
	 * @see #setExtensionRef(HTTPRouteExtensionRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_ExtensionRef()
	 * @generated
	 */
	HTTPRouteExtensionRef getExtensionRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getExtensionRef <em>Extension Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension Ref</em>' containment reference.
	 * @see #getExtensionRef()
	 * @generated
	 */
	void setExtensionRef(HTTPRouteExtensionRef value);

	/**
	 * Returns the value of the '<em><b>Request Header Modifier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Header Modifier</em>' containment reference.
	 * @see #setRequestHeaderModifier(HTTPRouteRequestHeaderModifier)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_RequestHeaderModifier()
	 * @generated
	 */
	HTTPRouteRequestHeaderModifier getRequestHeaderModifier();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getRequestHeaderModifier <em>Request Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Header Modifier</em>' containment reference.
	 * @see #getRequestHeaderModifier()
	 * @generated
	 */
	void setRequestHeaderModifier(HTTPRouteRequestHeaderModifier value);

	/**
	 * Returns the value of the '<em><b>Request Mirror</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Mirror</em>' containment reference.
	 * @see #setRequestMirror(HTTPRouteRequestMirror)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_RequestMirror()
	 * @generated
	 */
	HTTPRouteRequestMirror getRequestMirror();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getRequestMirror <em>Request Mirror</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Mirror</em>' containment reference.
	 * @see #getRequestMirror()
	 * @generated
	 */
	void setRequestMirror(HTTPRouteRequestMirror value);

	/**
	 * Returns the value of the '<em><b>Request Redirect</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Redirect</em>' containment reference.
	 * @see #setRequestRedirect(HTTPRouteRequestRedirect)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_RequestRedirect()
	 * @generated
	 */
	HTTPRouteRequestRedirect getRequestRedirect();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getRequestRedirect <em>Request Redirect</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Redirect</em>' containment reference.
	 * @see #getRequestRedirect()
	 * @generated
	 */
	void setRequestRedirect(HTTPRouteRequestRedirect value);

	/**
	 * Returns the value of the '<em><b>Response Header Modifier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response Header Modifier</em>' containment reference.
	 * @see #setResponseHeaderModifier(HTTPRouteRequestHeaderModifier)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_ResponseHeaderModifier()
	 * @generated
	 */
	HTTPRouteRequestHeaderModifier getResponseHeaderModifier();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getResponseHeaderModifier <em>Response Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Header Modifier</em>' containment reference.
	 * @see #getResponseHeaderModifier()
	 * @generated
	 */
	void setResponseHeaderModifier(HTTPRouteRequestHeaderModifier value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Url Rewrite</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url Rewrite</em>' containment reference.
	 * @see #setUrlRewrite(HTTPRouteUrlRewrite)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteFilter_UrlRewrite()
	 * @generated
	 */
	HTTPRouteUrlRewrite getUrlRewrite();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter#getUrlRewrite <em>Url Rewrite</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url Rewrite</em>' containment reference.
	 * @see #getUrlRewrite()
	 * @generated
	 */
	void setUrlRewrite(HTTPRouteUrlRewrite value);

} // HTTPRouteFilter
