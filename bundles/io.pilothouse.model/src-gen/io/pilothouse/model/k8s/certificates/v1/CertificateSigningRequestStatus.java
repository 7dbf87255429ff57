/**
 */
package io.pilothouse.model.k8s.certificates.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certificate Signing Request Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getCertificate <em>Certificate</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestStatus()
 * @generated
 */
public interface CertificateSigningRequestStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Certificate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificate</em>' attribute.
	 * @see #setCertificate(String)
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestStatus_Certificate()
	 * @generated
	 */
	String getCertificate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getCertificate <em>Certificate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate</em>' attribute.
	 * @see #getCertificate()
	 * @generated
	 */
	void setCertificate(String value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestStatus_Conditions()
	 * @generated
	 */
	EList<CertificateSigningRequestCondition> getConditions();

} // CertificateSigningRequestStatus
