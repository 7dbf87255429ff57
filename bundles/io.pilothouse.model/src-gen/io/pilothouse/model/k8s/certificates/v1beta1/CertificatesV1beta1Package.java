/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Factory
 * @generated
 */
public interface CertificatesV1beta1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1beta1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/certificates/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "certificates.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CertificatesV1beta1Package eINSTANCE = io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleImpl <em>Cluster Trust Bundle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getClusterTrustBundle()
	 * @generated
	 */
	int CLUSTER_TRUST_BUNDLE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Cluster Trust Bundle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleListImpl <em>Cluster Trust Bundle List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleListImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getClusterTrustBundleList()
	 * @generated
	 */
	int CLUSTER_TRUST_BUNDLE_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Cluster Trust Bundle List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleSpecImpl <em>Cluster Trust Bundle Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleSpecImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getClusterTrustBundleSpec()
	 * @generated
	 */
	int CLUSTER_TRUST_BUNDLE_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Trust Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE = 1;

	/**
	 * The number of structural features of the '<em>Cluster Trust Bundle Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_TRUST_BUNDLE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestImpl <em>Pod Certificate Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequest()
	 * @generated
	 */
	int POD_CERTIFICATE_REQUEST = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Pod Certificate Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestListImpl <em>Pod Certificate Request List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestListImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequestList()
	 * @generated
	 */
	int POD_CERTIFICATE_REQUEST_LIST = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Pod Certificate Request List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl <em>Pod Certificate Request Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequestSpec()
	 * @generated
	 */
	int POD_CERTIFICATE_REQUEST_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Max Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Node UID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__NODE_UID = 2;

	/**
	 * The feature id for the '<em><b>Pkix Public Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY = 3;

	/**
	 * The feature id for the '<em><b>Pod Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__POD_NAME = 4;

	/**
	 * The feature id for the '<em><b>Pod UID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__POD_UID = 5;

	/**
	 * The feature id for the '<em><b>Proof Of Possession</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION = 6;

	/**
	 * The feature id for the '<em><b>Service Account Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME = 7;

	/**
	 * The feature id for the '<em><b>Service Account UID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID = 8;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME = 9;

	/**
	 * The feature id for the '<em><b>Stub PKCS10 Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST = 10;

	/**
	 * The feature id for the '<em><b>Unverified User Annotations</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS = 11;

	/**
	 * The number of structural features of the '<em>Pod Certificate Request Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_SPEC_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl <em>Pod Certificate Request Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequestStatus()
	 * @generated
	 */
	int POD_CERTIFICATE_REQUEST_STATUS = 6;

	/**
	 * The feature id for the '<em><b>Begin Refresh At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT = 0;

	/**
	 * The feature id for the '<em><b>Certificate Chain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN = 1;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS = 2;

	/**
	 * The feature id for the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER = 3;

	/**
	 * The feature id for the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE = 4;

	/**
	 * The number of structural features of the '<em>Pod Certificate Request Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_CERTIFICATE_REQUEST_STATUS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle <em>Cluster Trust Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Trust Bundle</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle
	 * @generated
	 */
	EClass getClusterTrustBundle();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getApiVersion()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EAttribute getClusterTrustBundle_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getKind()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EAttribute getClusterTrustBundle_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getMetadata()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EReference getClusterTrustBundle_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundle#getSpec()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EReference getClusterTrustBundle_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList <em>Cluster Trust Bundle List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Trust Bundle List</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList
	 * @generated
	 */
	EClass getClusterTrustBundleList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getApiVersion()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EAttribute getClusterTrustBundleList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getItems()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EReference getClusterTrustBundleList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getKind()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EAttribute getClusterTrustBundleList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleList#getMetadata()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EReference getClusterTrustBundleList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec <em>Cluster Trust Bundle Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Trust Bundle Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec
	 * @generated
	 */
	EClass getClusterTrustBundleSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getSignerName()
	 * @see #getClusterTrustBundleSpec()
	 * @generated
	 */
	EAttribute getClusterTrustBundleSpec_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getTrustBundle <em>Trust Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trust Bundle</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec#getTrustBundle()
	 * @see #getClusterTrustBundleSpec()
	 * @generated
	 */
	EAttribute getClusterTrustBundleSpec_TrustBundle();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest <em>Pod Certificate Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Certificate Request</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest
	 * @generated
	 */
	EClass getPodCertificateRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getApiVersion()
	 * @see #getPodCertificateRequest()
	 * @generated
	 */
	EAttribute getPodCertificateRequest_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getKind()
	 * @see #getPodCertificateRequest()
	 * @generated
	 */
	EAttribute getPodCertificateRequest_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getMetadata()
	 * @see #getPodCertificateRequest()
	 * @generated
	 */
	EReference getPodCertificateRequest_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getSpec()
	 * @see #getPodCertificateRequest()
	 * @generated
	 */
	EReference getPodCertificateRequest_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequest#getStatus()
	 * @see #getPodCertificateRequest()
	 * @generated
	 */
	EReference getPodCertificateRequest_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList <em>Pod Certificate Request List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Certificate Request List</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList
	 * @generated
	 */
	EClass getPodCertificateRequestList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getApiVersion()
	 * @see #getPodCertificateRequestList()
	 * @generated
	 */
	EAttribute getPodCertificateRequestList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getItems()
	 * @see #getPodCertificateRequestList()
	 * @generated
	 */
	EReference getPodCertificateRequestList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getKind()
	 * @see #getPodCertificateRequestList()
	 * @generated
	 */
	EAttribute getPodCertificateRequestList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestList#getMetadata()
	 * @see #getPodCertificateRequestList()
	 * @generated
	 */
	EReference getPodCertificateRequestList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec <em>Pod Certificate Request Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Certificate Request Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec
	 * @generated
	 */
	EClass getPodCertificateRequestSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Expiration Seconds</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getMaxExpirationSeconds()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_MaxExpirationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeName <em>Node Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeName()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_NodeName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeUID <em>Node UID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node UID</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getNodeUID()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_NodeUID();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPkixPublicKey <em>Pkix Public Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pkix Public Key</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPkixPublicKey()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_PkixPublicKey();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodName <em>Pod Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pod Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodName()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_PodName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodUID <em>Pod UID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pod UID</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getPodUID()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_PodUID();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getProofOfPossession <em>Proof Of Possession</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proof Of Possession</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getProofOfPossession()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_ProofOfPossession();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountName <em>Service Account Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Account Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountName()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_ServiceAccountName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountUID <em>Service Account UID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Account UID</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getServiceAccountUID()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_ServiceAccountUID();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getSignerName()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getStubPKCS10Request <em>Stub PKCS10 Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stub PKCS10 Request</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getStubPKCS10Request()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EAttribute getPodCertificateRequestSpec_StubPKCS10Request();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getUnverifiedUserAnnotations <em>Unverified User Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Unverified User Annotations</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec#getUnverifiedUserAnnotations()
	 * @see #getPodCertificateRequestSpec()
	 * @generated
	 */
	EReference getPodCertificateRequestSpec_UnverifiedUserAnnotations();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus <em>Pod Certificate Request Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Certificate Request Status</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus
	 * @generated
	 */
	EClass getPodCertificateRequestStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getBeginRefreshAt <em>Begin Refresh At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin Refresh At</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getBeginRefreshAt()
	 * @see #getPodCertificateRequestStatus()
	 * @generated
	 */
	EAttribute getPodCertificateRequestStatus_BeginRefreshAt();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getCertificateChain <em>Certificate Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Chain</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getCertificateChain()
	 * @see #getPodCertificateRequestStatus()
	 * @generated
	 */
	EAttribute getPodCertificateRequestStatus_CertificateChain();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getConditions()
	 * @see #getPodCertificateRequestStatus()
	 * @generated
	 */
	EReference getPodCertificateRequestStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotAfter <em>Not After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not After</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotAfter()
	 * @see #getPodCertificateRequestStatus()
	 * @generated
	 */
	EAttribute getPodCertificateRequestStatus_NotAfter();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotBefore <em>Not Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Before</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotBefore()
	 * @see #getPodCertificateRequestStatus()
	 * @generated
	 */
	EAttribute getPodCertificateRequestStatus_NotBefore();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CertificatesV1beta1Factory getCertificatesV1beta1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleImpl <em>Cluster Trust Bundle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getClusterTrustBundle()
		 * @generated
		 */
		EClass CLUSTER_TRUST_BUNDLE = eINSTANCE.getClusterTrustBundle();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_TRUST_BUNDLE__API_VERSION = eINSTANCE.getClusterTrustBundle_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_TRUST_BUNDLE__KIND = eINSTANCE.getClusterTrustBundle_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_TRUST_BUNDLE__METADATA = eINSTANCE.getClusterTrustBundle_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_TRUST_BUNDLE__SPEC = eINSTANCE.getClusterTrustBundle_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleListImpl <em>Cluster Trust Bundle List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleListImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getClusterTrustBundleList()
		 * @generated
		 */
		EClass CLUSTER_TRUST_BUNDLE_LIST = eINSTANCE.getClusterTrustBundleList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_TRUST_BUNDLE_LIST__API_VERSION = eINSTANCE.getClusterTrustBundleList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_TRUST_BUNDLE_LIST__ITEMS = eINSTANCE.getClusterTrustBundleList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_TRUST_BUNDLE_LIST__KIND = eINSTANCE.getClusterTrustBundleList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_TRUST_BUNDLE_LIST__METADATA = eINSTANCE.getClusterTrustBundleList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleSpecImpl <em>Cluster Trust Bundle Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleSpecImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getClusterTrustBundleSpec()
		 * @generated
		 */
		EClass CLUSTER_TRUST_BUNDLE_SPEC = eINSTANCE.getClusterTrustBundleSpec();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME = eINSTANCE.getClusterTrustBundleSpec_SignerName();

		/**
		 * The meta object literal for the '<em><b>Trust Bundle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE = eINSTANCE.getClusterTrustBundleSpec_TrustBundle();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestImpl <em>Pod Certificate Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequest()
		 * @generated
		 */
		EClass POD_CERTIFICATE_REQUEST = eINSTANCE.getPodCertificateRequest();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST__API_VERSION = eINSTANCE.getPodCertificateRequest_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST__KIND = eINSTANCE.getPodCertificateRequest_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST__METADATA = eINSTANCE.getPodCertificateRequest_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST__SPEC = eINSTANCE.getPodCertificateRequest_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST__STATUS = eINSTANCE.getPodCertificateRequest_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestListImpl <em>Pod Certificate Request List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestListImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequestList()
		 * @generated
		 */
		EClass POD_CERTIFICATE_REQUEST_LIST = eINSTANCE.getPodCertificateRequestList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_LIST__API_VERSION = eINSTANCE.getPodCertificateRequestList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST_LIST__ITEMS = eINSTANCE.getPodCertificateRequestList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_LIST__KIND = eINSTANCE.getPodCertificateRequestList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST_LIST__METADATA = eINSTANCE.getPodCertificateRequestList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl <em>Pod Certificate Request Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequestSpec()
		 * @generated
		 */
		EClass POD_CERTIFICATE_REQUEST_SPEC = eINSTANCE.getPodCertificateRequestSpec();

		/**
		 * The meta object literal for the '<em><b>Max Expiration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS = eINSTANCE.getPodCertificateRequestSpec_MaxExpirationSeconds();

		/**
		 * The meta object literal for the '<em><b>Node Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME = eINSTANCE.getPodCertificateRequestSpec_NodeName();

		/**
		 * The meta object literal for the '<em><b>Node UID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__NODE_UID = eINSTANCE.getPodCertificateRequestSpec_NodeUID();

		/**
		 * The meta object literal for the '<em><b>Pkix Public Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY = eINSTANCE.getPodCertificateRequestSpec_PkixPublicKey();

		/**
		 * The meta object literal for the '<em><b>Pod Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__POD_NAME = eINSTANCE.getPodCertificateRequestSpec_PodName();

		/**
		 * The meta object literal for the '<em><b>Pod UID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__POD_UID = eINSTANCE.getPodCertificateRequestSpec_PodUID();

		/**
		 * The meta object literal for the '<em><b>Proof Of Possession</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION = eINSTANCE.getPodCertificateRequestSpec_ProofOfPossession();

		/**
		 * The meta object literal for the '<em><b>Service Account Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME = eINSTANCE.getPodCertificateRequestSpec_ServiceAccountName();

		/**
		 * The meta object literal for the '<em><b>Service Account UID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID = eINSTANCE.getPodCertificateRequestSpec_ServiceAccountUID();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME = eINSTANCE.getPodCertificateRequestSpec_SignerName();

		/**
		 * The meta object literal for the '<em><b>Stub PKCS10 Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST = eINSTANCE.getPodCertificateRequestSpec_StubPKCS10Request();

		/**
		 * The meta object literal for the '<em><b>Unverified User Annotations</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS = eINSTANCE.getPodCertificateRequestSpec_UnverifiedUserAnnotations();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl <em>Pod Certificate Request Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getPodCertificateRequestStatus()
		 * @generated
		 */
		EClass POD_CERTIFICATE_REQUEST_STATUS = eINSTANCE.getPodCertificateRequestStatus();

		/**
		 * The meta object literal for the '<em><b>Begin Refresh At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT = eINSTANCE.getPodCertificateRequestStatus_BeginRefreshAt();

		/**
		 * The meta object literal for the '<em><b>Certificate Chain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN = eINSTANCE.getPodCertificateRequestStatus_CertificateChain();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS = eINSTANCE.getPodCertificateRequestStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Not After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER = eINSTANCE.getPodCertificateRequestStatus_NotAfter();

		/**
		 * The meta object literal for the '<em><b>Not Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE = eINSTANCE.getPodCertificateRequestStatus_NotBefore();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl#getStringMapEntry()
		 * @generated
		 */
		EClass STRING_MAP_ENTRY = eINSTANCE.getStringMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__KEY = eINSTANCE.getStringMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__VALUE = eINSTANCE.getStringMapEntry_Value();

	}

} //CertificatesV1beta1Package
