/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Projection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getClusterTrustBundle <em>Cluster Trust Bundle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getConfigMap <em>Config Map</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getDownwardAPI <em>Downward API</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getPodCertificate <em>Pod Certificate</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getSecret <em>Secret</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getServiceAccountToken <em>Service Account Token</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection()
 * @generated
 */
public interface VolumeProjection extends EObject {
	/**
	 * Returns the value of the '<em><b>Cluster Trust Bundle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Trust Bundle</em>' containment reference.
	 * @see #setClusterTrustBundle(ClusterTrustBundleProjection)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection_ClusterTrustBundle()
	 * @generated
	 */
	ClusterTrustBundleProjection getClusterTrustBundle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getClusterTrustBundle <em>Cluster Trust Bundle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Trust Bundle</em>' containment reference.
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	void setClusterTrustBundle(ClusterTrustBundleProjection value);

	/**
	 * Returns the value of the '<em><b>Config Map</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config Map</em>' containment reference.
	 * @see #setConfigMap(ConfigMapProjection)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection_ConfigMap()
	 * @generated
	 */
	ConfigMapProjection getConfigMap();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getConfigMap <em>Config Map</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Map</em>' containment reference.
	 * @see #getConfigMap()
	 * @generated
	 */
	void setConfigMap(ConfigMapProjection value);

	/**
	 * Returns the value of the '<em><b>Downward API</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Downward API</em>' containment reference.
	 * @see #setDownwardAPI(DownwardAPIProjection)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection_DownwardAPI()
	 * @generated
	 */
	DownwardAPIProjection getDownwardAPI();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getDownwardAPI <em>Downward API</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Downward API</em>' containment reference.
	 * @see #getDownwardAPI()
	 * @generated
	 */
	void setDownwardAPI(DownwardAPIProjection value);

	/**
	 * Returns the value of the '<em><b>Pod Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Certificate</em>' containment reference.
	 * @see #setPodCertificate(PodCertificateProjection)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection_PodCertificate()
	 * @generated
	 */
	PodCertificateProjection getPodCertificate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getPodCertificate <em>Pod Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Certificate</em>' containment reference.
	 * @see #getPodCertificate()
	 * @generated
	 */
	void setPodCertificate(PodCertificateProjection value);

	/**
	 * Returns the value of the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret</em>' containment reference.
	 * @see #setSecret(SecretProjection)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection_Secret()
	 * @generated
	 */
	SecretProjection getSecret();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getSecret <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' containment reference.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(SecretProjection value);

	/**
	 * Returns the value of the '<em><b>Service Account Token</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account Token</em>' containment reference.
	 * @see #setServiceAccountToken(ServiceAccountTokenProjection)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeProjection_ServiceAccountToken()
	 * @generated
	 */
	ServiceAccountTokenProjection getServiceAccountToken();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeProjection#getServiceAccountToken <em>Service Account Token</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account Token</em>' containment reference.
	 * @see #getServiceAccountToken()
	 * @generated
	 */
	void setServiceAccountToken(ServiceAccountTokenProjection value);

} // VolumeProjection
