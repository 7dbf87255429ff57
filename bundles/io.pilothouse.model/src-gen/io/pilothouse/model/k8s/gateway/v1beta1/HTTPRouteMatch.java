/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Match</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getHeaders <em>Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getMethod <em>Method</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getQueryParams <em>Query Params</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteMatch()
 * @generated
 */
public interface HTTPRouteMatch extends EObject {
	/**
	 * Returns the value of the '<em><b>Headers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Headers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteMatch_Headers()
	 * @generated
	 */
	EList<HTTPRouteHeader> getHeaders();

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteMatch_Method()
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' containment reference.
	 * @see #setPath(HTTPRouteMatchPath)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteMatch_Path()
	 * @generated
	 */
	HTTPRouteMatchPath getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getPath <em>Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' containment reference.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(HTTPRouteMatchPath value);

	/**
	 * Returns the value of the '<em><b>Query Params</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query Params</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteMatch_QueryParams()
	 * @generated
	 */
	EList<HTTPRouteQueryParam> getQueryParams();

} // HTTPRouteMatch
