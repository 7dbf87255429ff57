/**
 */
package io.pilothouse.model.k8s.certificates.v1alpha1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Package
 * @generated
 */
public interface CertificatesV1alpha1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CertificatesV1alpha1Factory eINSTANCE = io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1FactoryImpl.init();

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
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CertificatesV1alpha1Package getCertificatesV1alpha1Package();

} //CertificatesV1alpha1Factory
