/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1.impl;

import io.pilothouse.model.k8s.certificates.v1beta1.*;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CertificatesV1beta1FactoryImpl extends EFactoryImpl implements CertificatesV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CertificatesV1beta1Factory init() {
		try {
			CertificatesV1beta1Factory theCertificatesV1beta1Factory = (CertificatesV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(CertificatesV1beta1Package.eNS_URI);
			if (theCertificatesV1beta1Factory != null) {
				return theCertificatesV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CertificatesV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CertificatesV1beta1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE: return createClusterTrustBundle();
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_LIST: return createClusterTrustBundleList();
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC: return createClusterTrustBundleSpec();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST: return createPodCertificateRequest();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_LIST: return createPodCertificateRequestList();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC: return createPodCertificateRequestSpec();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS: return createPodCertificateRequestStatus();
			case CertificatesV1beta1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterTrustBundle createClusterTrustBundle() {
		ClusterTrustBundleImpl clusterTrustBundle = new ClusterTrustBundleImpl();
		return clusterTrustBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterTrustBundleList createClusterTrustBundleList() {
		ClusterTrustBundleListImpl clusterTrustBundleList = new ClusterTrustBundleListImpl();
		return clusterTrustBundleList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterTrustBundleSpec createClusterTrustBundleSpec() {
		ClusterTrustBundleSpecImpl clusterTrustBundleSpec = new ClusterTrustBundleSpecImpl();
		return clusterTrustBundleSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCertificateRequest createPodCertificateRequest() {
		PodCertificateRequestImpl podCertificateRequest = new PodCertificateRequestImpl();
		return podCertificateRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCertificateRequestList createPodCertificateRequestList() {
		PodCertificateRequestListImpl podCertificateRequestList = new PodCertificateRequestListImpl();
		return podCertificateRequestList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCertificateRequestSpec createPodCertificateRequestSpec() {
		PodCertificateRequestSpecImpl podCertificateRequestSpec = new PodCertificateRequestSpecImpl();
		return podCertificateRequestSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCertificateRequestStatus createPodCertificateRequestStatus() {
		PodCertificateRequestStatusImpl podCertificateRequestStatus = new PodCertificateRequestStatusImpl();
		return podCertificateRequestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createStringMapEntry() {
		StringMapEntryImpl stringMapEntry = new StringMapEntryImpl();
		return stringMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificatesV1beta1Package getCertificatesV1beta1Package() {
		return (CertificatesV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CertificatesV1beta1Package getPackage() {
		return CertificatesV1beta1Package.eINSTANCE;
	}

} //CertificatesV1beta1FactoryImpl
