/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend TLS Policy Subject Alt Name</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getUri <em>Uri</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicySubjectAltName()
 * @generated
 */
public interface BackendTLSPolicySubjectAltName extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicySubjectAltName_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicySubjectAltName_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicySubjectAltName_Uri()
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

} // BackendTLSPolicySubjectAltName
