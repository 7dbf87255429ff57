/**
 */
package io.pilothouse.model.k8s.certificates.v1alpha1.impl;

import io.pilothouse.model.k8s.certificates.v1alpha1.*;

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
public class CertificatesV1alpha1FactoryImpl extends EFactoryImpl implements CertificatesV1alpha1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CertificatesV1alpha1Factory init() {
		try {
			CertificatesV1alpha1Factory theCertificatesV1alpha1Factory = (CertificatesV1alpha1Factory)EPackage.Registry.INSTANCE.getEFactory(CertificatesV1alpha1Package.eNS_URI);
			if (theCertificatesV1alpha1Factory != null) {
				return theCertificatesV1alpha1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CertificatesV1alpha1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CertificatesV1alpha1FactoryImpl() {
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
			case CertificatesV1alpha1Package.CLUSTER_TRUST_BUNDLE: return createClusterTrustBundle();
			case CertificatesV1alpha1Package.CLUSTER_TRUST_BUNDLE_LIST: return createClusterTrustBundleList();
			case CertificatesV1alpha1Package.CLUSTER_TRUST_BUNDLE_SPEC: return createClusterTrustBundleSpec();
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
	public CertificatesV1alpha1Package getCertificatesV1alpha1Package() {
		return (CertificatesV1alpha1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CertificatesV1alpha1Package getPackage() {
		return CertificatesV1alpha1Package.eINSTANCE;
	}

} //CertificatesV1alpha1FactoryImpl
