/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package
 * @generated
 */
public interface CertificatesV1beta1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CertificatesV1beta1Factory eINSTANCE = io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cluster Trust Bundle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Trust Bundle</em>'.
	 * @generated
	 */
	ClusterTrustBundle createClusterTrustBundle();

	/**
	 * Returns a new object of class '<em>Cluster Trust Bundle List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Trust Bundle List</em>'.
	 * @generated
	 */
	ClusterTrustBundleList createClusterTrustBundleList();

	/**
	 * Returns a new object of class '<em>Cluster Trust Bundle Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Trust Bundle Spec</em>'.
	 * @generated
	 */
	ClusterTrustBundleSpec createClusterTrustBundleSpec();

	/**
	 * Returns a new object of class '<em>Pod Certificate Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Certificate Request</em>'.
	 * @generated
	 */
	PodCertificateRequest createPodCertificateRequest();

	/**
	 * Returns a new object of class '<em>Pod Certificate Request List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Certificate Request List</em>'.
	 * @generated
	 */
	PodCertificateRequestList createPodCertificateRequestList();

	/**
	 * Returns a new object of class '<em>Pod Certificate Request Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Certificate Request Spec</em>'.
	 * @generated
	 */
	PodCertificateRequestSpec createPodCertificateRequestSpec();

	/**
	 * Returns a new object of class '<em>Pod Certificate Request Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Certificate Request Status</em>'.
	 * @generated
	 */
	PodCertificateRequestStatus createPodCertificateRequestStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CertificatesV1beta1Package getCertificatesV1beta1Package();

} //CertificatesV1beta1Factory
