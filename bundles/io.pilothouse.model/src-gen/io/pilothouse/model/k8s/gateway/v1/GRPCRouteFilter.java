/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>GRPC Route Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getExtensionRef <em>Extension Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getRequestHeaderModifier <em>Request Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getRequestMirror <em>Request Mirror</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getResponseHeaderModifier <em>Response Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteFilter()
 * @generated
 */
public interface GRPCRouteFilter extends EObject {
	/**
	 * Returns the value of the '<em><b>Extension Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension Ref</em>' containment reference.
	 * @see #setExtensionRef(GRPCRouteExtensionRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteFilter_ExtensionRef()
	 * @generated
	 */
	GRPCRouteExtensionRef getExtensionRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getExtensionRef <em>Extension Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension Ref</em>' containment reference.
	 * @see #getExtensionRef()
	 * @generated
	 */
	void setExtensionRef(GRPCRouteExtensionRef value);

	/**
	 * Returns the value of the '<em><b>Request Header Modifier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Header Modifier</em>' containment reference.
	 * @see #setRequestHeaderModifier(GRPCRouteRequestHeaderModifier)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteFilter_RequestHeaderModifier()
	 * @generated
	 */
	GRPCRouteRequestHeaderModifier getRequestHeaderModifier();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getRequestHeaderModifier <em>Request Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Header Modifier</em>' containment reference.
	 * @see #getRequestHeaderModifier()
	 * @generated
	 */
	void setRequestHeaderModifier(GRPCRouteRequestHeaderModifier value);

	/**
	 * Returns the value of the '<em><b>Request Mirror</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Mirror</em>' containment reference.
	 * @see #setRequestMirror(GRPCRouteRequestMirror)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteFilter_RequestMirror()
	 * @generated
	 */
	GRPCRouteRequestMirror getRequestMirror();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getRequestMirror <em>Request Mirror</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Mirror</em>' containment reference.
	 * @see #getRequestMirror()
	 * @generated
	 */
	void setRequestMirror(GRPCRouteRequestMirror value);

	/**
	 * Returns the value of the '<em><b>Response Header Modifier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response Header Modifier</em>' containment reference.
	 * @see #setResponseHeaderModifier(GRPCRouteRequestHeaderModifier)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteFilter_ResponseHeaderModifier()
	 * @generated
	 */
	GRPCRouteRequestHeaderModifier getResponseHeaderModifier();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getResponseHeaderModifier <em>Response Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Header Modifier</em>' containment reference.
	 * @see #getResponseHeaderModifier()
	 * @generated
	 */
	void setResponseHeaderModifier(GRPCRouteRequestHeaderModifier value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteFilter_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // GRPCRouteFilter
