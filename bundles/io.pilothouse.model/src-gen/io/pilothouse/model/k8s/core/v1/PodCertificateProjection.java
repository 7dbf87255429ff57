/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Certificate Projection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getCertificateChainPath <em>Certificate Chain Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getCredentialBundlePath <em>Credential Bundle Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getKeyPath <em>Key Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getKeyType <em>Key Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getUserAnnotations <em>User Annotations</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection()
 * @generated
 */
public interface PodCertificateProjection extends EObject {
	/**
	 * Returns the value of the '<em><b>Certificate Chain Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificate Chain Path</em>' attribute.
	 * @see #setCertificateChainPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_CertificateChainPath()
	 * @generated
	 */
	String getCertificateChainPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getCertificateChainPath <em>Certificate Chain Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Chain Path</em>' attribute.
	 * @see #getCertificateChainPath()
	 * @generated
	 */
	void setCertificateChainPath(String value);

	/**
	 * Returns the value of the '<em><b>Credential Bundle Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credential Bundle Path</em>' attribute.
	 * @see #setCredentialBundlePath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_CredentialBundlePath()
	 * @generated
	 */
	String getCredentialBundlePath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getCredentialBundlePath <em>Credential Bundle Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential Bundle Path</em>' attribute.
	 * @see #getCredentialBundlePath()
	 * @generated
	 */
	void setCredentialBundlePath(String value);

	/**
	 * Returns the value of the '<em><b>Key Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Path</em>' attribute.
	 * @see #setKeyPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_KeyPath()
	 * @generated
	 */
	String getKeyPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getKeyPath <em>Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Path</em>' attribute.
	 * @see #getKeyPath()
	 * @generated
	 */
	void setKeyPath(String value);

	/**
	 * Returns the value of the '<em><b>Key Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Type</em>' attribute.
	 * @see #setKeyType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_KeyType()
	 * @generated
	 */
	String getKeyType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getKeyType <em>Key Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Type</em>' attribute.
	 * @see #getKeyType()
	 * @generated
	 */
	void setKeyType(String value);

	/**
	 * Returns the value of the '<em><b>Max Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Expiration Seconds</em>' attribute.
	 * @see #setMaxExpirationSeconds(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_MaxExpirationSeconds()
	 * @generated
	 */
	Integer getMaxExpirationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Expiration Seconds</em>' attribute.
	 * @see #getMaxExpirationSeconds()
	 * @generated
	 */
	void setMaxExpirationSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_SignerName()
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodCertificateProjection#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>User Annotations</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Annotations</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodCertificateProjection_UserAnnotations()
	 * @generated
	 */
	EMap<String, String> getUserAnnotations();

} // PodCertificateProjection
