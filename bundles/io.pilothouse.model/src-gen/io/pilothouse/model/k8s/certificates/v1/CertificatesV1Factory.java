/**
 */
package io.pilothouse.model.k8s.certificates.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package
 * @generated
 */
public interface CertificatesV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CertificatesV1Factory eINSTANCE = io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Certificate Signing Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate Signing Request</em>'.
	 * @generated
	 */
	CertificateSigningRequest createCertificateSigningRequest();

	/**
	 * Returns a new object of class '<em>Certificate Signing Request Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate Signing Request Condition</em>'.
	 * @generated
	 */
	CertificateSigningRequestCondition createCertificateSigningRequestCondition();

	/**
	 * Returns a new object of class '<em>Certificate Signing Request List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate Signing Request List</em>'.
	 * @generated
	 */
	CertificateSigningRequestList createCertificateSigningRequestList();

	/**
	 * Returns a new object of class '<em>Certificate Signing Request Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate Signing Request Spec</em>'.
	 * @generated
	 */
	CertificateSigningRequestSpec createCertificateSigningRequestSpec();

	/**
	 * Returns a new object of class '<em>Certificate Signing Request Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate Signing Request Status</em>'.
	 * @generated
	 */
	CertificateSigningRequestStatus createCertificateSigningRequestStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CertificatesV1Package getCertificatesV1Package();

} //CertificatesV1Factory
