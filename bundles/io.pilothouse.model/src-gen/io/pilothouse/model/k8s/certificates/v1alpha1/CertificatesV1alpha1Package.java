/**
 */
package io.pilothouse.model.k8s.certificates.v1alpha1;

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
 * @see io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Factory
 * @generated
 */
public interface CertificatesV1alpha1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1alpha1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/certificates/v1alpha1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "certificates.v1alpha1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CertificatesV1alpha1Package eINSTANCE = io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleImpl <em>Cluster Trust Bundle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleImpl
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl#getClusterTrustBundle()
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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleListImpl <em>Cluster Trust Bundle List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleListImpl
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl#getClusterTrustBundleList()
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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleSpecImpl <em>Cluster Trust Bundle Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleSpecImpl
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl#getClusterTrustBundleSpec()
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
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle <em>Cluster Trust Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Trust Bundle</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle
	 * @generated
	 */
	EClass getClusterTrustBundle();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getApiVersion()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EAttribute getClusterTrustBundle_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getKind()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EAttribute getClusterTrustBundle_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getMetadata()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EReference getClusterTrustBundle_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundle#getSpec()
	 * @see #getClusterTrustBundle()
	 * @generated
	 */
	EReference getClusterTrustBundle_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList <em>Cluster Trust Bundle List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Trust Bundle List</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList
	 * @generated
	 */
	EClass getClusterTrustBundleList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getApiVersion()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EAttribute getClusterTrustBundleList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getItems()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EReference getClusterTrustBundleList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getKind()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EAttribute getClusterTrustBundleList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleList#getMetadata()
	 * @see #getClusterTrustBundleList()
	 * @generated
	 */
	EReference getClusterTrustBundleList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleSpec <em>Cluster Trust Bundle Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster Trust Bundle Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleSpec
	 * @generated
	 */
	EClass getClusterTrustBundleSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleSpec#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleSpec#getSignerName()
	 * @see #getClusterTrustBundleSpec()
	 * @generated
	 */
	EAttribute getClusterTrustBundleSpec_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleSpec#getTrustBundle <em>Trust Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trust Bundle</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1alpha1.ClusterTrustBundleSpec#getTrustBundle()
	 * @see #getClusterTrustBundleSpec()
	 * @generated
	 */
	EAttribute getClusterTrustBundleSpec_TrustBundle();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CertificatesV1alpha1Factory getCertificatesV1alpha1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleImpl <em>Cluster Trust Bundle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleImpl
		 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl#getClusterTrustBundle()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleListImpl <em>Cluster Trust Bundle List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleListImpl
		 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl#getClusterTrustBundleList()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleSpecImpl <em>Cluster Trust Bundle Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.ClusterTrustBundleSpecImpl
		 * @see io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl#getClusterTrustBundleSpec()
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

	}

} //CertificatesV1alpha1Package
