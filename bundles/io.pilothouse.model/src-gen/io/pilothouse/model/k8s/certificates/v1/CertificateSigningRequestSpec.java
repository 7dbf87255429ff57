/**
 */
package io.pilothouse.model.k8s.certificates.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certificate Signing Request Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExtra <em>Extra</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getGroups <em>Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getRequest <em>Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUid <em>Uid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsages <em>Usages</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsername <em>Username</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec()
 * @generated
 */
public interface CertificateSigningRequestSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiration Seconds</em>' attribute.
	 * @see #setExpirationSeconds(Integer)
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_ExpirationSeconds()
	 * @generated
	 */
	Integer getExpirationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExpirationSeconds <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiration Seconds</em>' attribute.
	 * @see #getExpirationSeconds()
	 * @generated
	 */
	void setExpirationSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Extra</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type list of {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extra</em>' map.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_Extra()
	 * @generated
	 */
	EMap<String, EList<String>> getExtra();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_Groups()
	 * @generated
	 */
	EList<String> getGroups();

	/**
	 * Returns the value of the '<em><b>Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request</em>' attribute.
	 * @see #setRequest(String)
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_Request()
	 * @generated
	 */
	String getRequest();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getRequest <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request</em>' attribute.
	 * @see #getRequest()
	 * @generated
	 */
	void setRequest(String value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_SignerName()
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>Usages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Usages</em>' attribute list.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_Usages()
	 * @generated
	 */
	EList<String> getUsages();

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package#getCertificateSigningRequestSpec_Username()
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

} // CertificateSigningRequestSpec
