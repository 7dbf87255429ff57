/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend TLS Policy Validation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getCaCertificateRefs <em>Ca Certificate Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getSubjectAltNames <em>Subject Alt Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getWellKnownCACertificates <em>Well Known CA Certificates</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyValidation()
 * @generated
 */
public interface BackendTLSPolicyValidation extends EObject {
	/**
	 * Returns the value of the '<em><b>Ca Certificate Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ca Certificate Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyValidation_CaCertificateRefs()
	 * @generated
	 */
	EList<BackendTLSPolicyCaCertificateRef> getCaCertificateRefs();

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyValidation_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Subject Alt Names</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Alt Names</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyValidation_SubjectAltNames()
	 * @generated
	 */
	EList<BackendTLSPolicySubjectAltName> getSubjectAltNames();

	/**
	 * Returns the value of the '<em><b>Well Known CA Certificates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Well Known CA Certificates</em>' attribute.
	 * @see #setWellKnownCACertificates(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyValidation_WellKnownCACertificates()
	 * @generated
	 */
	String getWellKnownCACertificates();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getWellKnownCACertificates <em>Well Known CA Certificates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Well Known CA Certificates</em>' attribute.
	 * @see #getWellKnownCACertificates()
	 * @generated
	 */
	void setWellKnownCACertificates(String value);

} // BackendTLSPolicyValidation
