/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Certificate Request Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeUID <em>Node UID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPkixPublicKey <em>Pkix Public Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodName <em>Pod Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodUID <em>Pod UID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getProofOfPossession <em>Proof Of Possession</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountName <em>Service Account Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountUID <em>Service Account UID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getStubPKCS10Request <em>Stub PKCS10 Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getUnverifiedUserAnnotations <em>Unverified User Annotations</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec()
 * @generated
 */
public interface PodCertificateRequestSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Expiration Seconds</em>' attribute.
	 * @see #setMaxExpirationSeconds(Integer)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_MaxExpirationSeconds()
	 * @generated
	 */
	Integer getMaxExpirationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Expiration Seconds</em>' attribute.
	 * @see #getMaxExpirationSeconds()
	 * @generated
	 */
	void setMaxExpirationSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Node UID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node UID</em>' attribute.
	 * @see #setNodeUID(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_NodeUID()
	 * @generated
	 */
	String getNodeUID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeUID <em>Node UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node UID</em>' attribute.
	 * @see #getNodeUID()
	 * @generated
	 */
	void setNodeUID(String value);

	/**
	 * Returns the value of the '<em><b>Pkix Public Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pkix Public Key</em>' attribute.
	 * @see #setPkixPublicKey(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_PkixPublicKey()
	 * @generated
	 */
	String getPkixPublicKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPkixPublicKey <em>Pkix Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pkix Public Key</em>' attribute.
	 * @see #getPkixPublicKey()
	 * @generated
	 */
	void setPkixPublicKey(String value);

	/**
	 * Returns the value of the '<em><b>Pod Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Name</em>' attribute.
	 * @see #setPodName(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_PodName()
	 * @generated
	 */
	String getPodName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodName <em>Pod Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Name</em>' attribute.
	 * @see #getPodName()
	 * @generated
	 */
	void setPodName(String value);

	/**
	 * Returns the value of the '<em><b>Pod UID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod UID</em>' attribute.
	 * @see #setPodUID(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_PodUID()
	 * @generated
	 */
	String getPodUID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodUID <em>Pod UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod UID</em>' attribute.
	 * @see #getPodUID()
	 * @generated
	 */
	void setPodUID(String value);

	/**
	 * Returns the value of the '<em><b>Proof Of Possession</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proof Of Possession</em>' attribute.
	 * @see #setProofOfPossession(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_ProofOfPossession()
	 * @generated
	 */
	String getProofOfPossession();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getProofOfPossession <em>Proof Of Possession</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proof Of Possession</em>' attribute.
	 * @see #getProofOfPossession()
	 * @generated
	 */
	void setProofOfPossession(String value);

	/**
	 * Returns the value of the '<em><b>Service Account Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account Name</em>' attribute.
	 * @see #setServiceAccountName(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_ServiceAccountName()
	 * @generated
	 */
	String getServiceAccountName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountName <em>Service Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account Name</em>' attribute.
	 * @see #getServiceAccountName()
	 * @generated
	 */
	void setServiceAccountName(String value);

	/**
	 * Returns the value of the '<em><b>Service Account UID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account UID</em>' attribute.
	 * @see #setServiceAccountUID(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_ServiceAccountUID()
	 * @generated
	 */
	String getServiceAccountUID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountUID <em>Service Account UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account UID</em>' attribute.
	 * @see #getServiceAccountUID()
	 * @generated
	 */
	void setServiceAccountUID(String value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_SignerName()
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>Stub PKCS10 Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stub PKCS10 Request</em>' attribute.
	 * @see #setStubPKCS10Request(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_StubPKCS10Request()
	 * @generated
	 */
	String getStubPKCS10Request();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getStubPKCS10Request <em>Stub PKCS10 Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stub PKCS10 Request</em>' attribute.
	 * @see #getStubPKCS10Request()
	 * @generated
	 */
	void setStubPKCS10Request(String value);

	/**
	 * Returns the value of the '<em><b>Unverified User Annotations</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unverified User Annotations</em>' map.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestSpec_UnverifiedUserAnnotations()
	 * @generated
	 */
	EMap<String, String> getUnverifiedUserAnnotations();

} // PodCertificateRequestSpec
