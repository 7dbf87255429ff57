/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Request Redirect Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplaceFullPath <em>Replace Full Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplacePrefixMatch <em>Replace Prefix Match</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestRedirectPath()
 * @generated
 */
public interface HTTPRouteRequestRedirectPath extends EObject {
	/**
	 * Returns the value of the '<em><b>Replace Full Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replace Full Path</em>' attribute.
	 * @see #setReplaceFullPath(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestRedirectPath_ReplaceFullPath()
	 * @generated
	 */
	String getReplaceFullPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplaceFullPath <em>Replace Full Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replace Full Path</em>' attribute.
	 * @see #getReplaceFullPath()
	 * @generated
	 */
	void setReplaceFullPath(String value);

	/**
	 * Returns the value of the '<em><b>Replace Prefix Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replace Prefix Match</em>' attribute.
	 * @see #setReplacePrefixMatch(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestRedirectPath_ReplacePrefixMatch()
	 * @generated
	 */
	String getReplacePrefixMatch();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplacePrefixMatch <em>Replace Prefix Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replace Prefix Match</em>' attribute.
	 * @see #getReplacePrefixMatch()
	 * @generated
	 */
	void setReplacePrefixMatch(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestRedirectPath_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // HTTPRouteRequestRedirectPath
