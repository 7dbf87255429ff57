/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster Trust Bundle Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getTrustBundle <em>Trust Bundle</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getClusterTrustBundleSpec()
 * @generated
 */
public interface ClusterTrustBundleSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getClusterTrustBundleSpec_SignerName()
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>Trust Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trust Bundle</em>' attribute.
	 * @see #setTrustBundle(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getClusterTrustBundleSpec_TrustBundle()
	 * @generated
	 */
	String getTrustBundle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getTrustBundle <em>Trust Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trust Bundle</em>' attribute.
	 * @see #getTrustBundle()
	 * @generated
	 */
	void setTrustBundle(String value);

} // ClusterTrustBundleSpec
