/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Cors</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowCredentials <em>Allow Credentials</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowHeaders <em>Allow Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowMethods <em>Allow Methods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowOrigins <em>Allow Origins</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getExposeHeaders <em>Expose Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getMaxAge <em>Max Age</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors()
 * @generated
 */
public interface HTTPRouteCors extends EObject {
	/**
	 * Returns the value of the '<em><b>Allow Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Credentials</em>' attribute.
	 * @see #setAllowCredentials(Boolean)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors_AllowCredentials()
	 * @generated
	 */
	Boolean getAllowCredentials();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowCredentials <em>Allow Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Credentials</em>' attribute.
	 * @see #getAllowCredentials()
	 * @generated
	 */
	void setAllowCredentials(Boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Headers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Headers</em>' attribute list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors_AllowHeaders()
	 * @generated
	 */
	EList<String> getAllowHeaders();

	/**
	 * Returns the value of the '<em><b>Allow Methods</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Methods</em>' attribute list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors_AllowMethods()
	 * @generated
	 */
	EList<String> getAllowMethods();

	/**
	 * Returns the value of the '<em><b>Allow Origins</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Origins</em>' attribute list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors_AllowOrigins()
	 * @generated
	 */
	EList<String> getAllowOrigins();

	/**
	 * Returns the value of the '<em><b>Expose Headers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expose Headers</em>' attribute list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors_ExposeHeaders()
	 * @generated
	 */
	EList<String> getExposeHeaders();

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteCors_MaxAge()
	 * @generated
	 */
	Integer getMaxAge();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(Integer value);

} // HTTPRouteCors
