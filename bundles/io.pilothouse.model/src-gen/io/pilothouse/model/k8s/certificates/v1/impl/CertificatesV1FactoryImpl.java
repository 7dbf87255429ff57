/**
 */
package io.pilothouse.model.k8s.certificates.v1.impl;

import io.pilothouse.model.k8s.certificates.v1.*;

import java.util.Map;

import org.eclipse.emf.common.util.EList;

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
public class CertificatesV1FactoryImpl extends EFactoryImpl implements CertificatesV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CertificatesV1Factory init() {
		try {
			CertificatesV1Factory theCertificatesV1Factory = (CertificatesV1Factory)EPackage.Registry.INSTANCE.getEFactory(CertificatesV1Package.eNS_URI);
			if (theCertificatesV1Factory != null) {
				return theCertificatesV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CertificatesV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CertificatesV1FactoryImpl() {
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST: return createCertificateSigningRequest();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_CONDITION: return createCertificateSigningRequestCondition();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_LIST: return createCertificateSigningRequestList();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC: return createCertificateSigningRequestSpec();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS: return createCertificateSigningRequestStatus();
			case CertificatesV1Package.STRING_LIST_MAP_ENTRY: return (EObject)createStringListMapEntry();
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
	public CertificateSigningRequest createCertificateSigningRequest() {
		CertificateSigningRequestImpl certificateSigningRequest = new CertificateSigningRequestImpl();
		return certificateSigningRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateSigningRequestCondition createCertificateSigningRequestCondition() {
		CertificateSigningRequestConditionImpl certificateSigningRequestCondition = new CertificateSigningRequestConditionImpl();
		return certificateSigningRequestCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateSigningRequestList createCertificateSigningRequestList() {
		CertificateSigningRequestListImpl certificateSigningRequestList = new CertificateSigningRequestListImpl();
		return certificateSigningRequestList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateSigningRequestSpec createCertificateSigningRequestSpec() {
		CertificateSigningRequestSpecImpl certificateSigningRequestSpec = new CertificateSigningRequestSpecImpl();
		return certificateSigningRequestSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateSigningRequestStatus createCertificateSigningRequestStatus() {
		CertificateSigningRequestStatusImpl certificateSigningRequestStatus = new CertificateSigningRequestStatusImpl();
		return certificateSigningRequestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, EList<String>> createStringListMapEntry() {
		StringListMapEntryImpl stringListMapEntry = new StringListMapEntryImpl();
		return stringListMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificatesV1Package getCertificatesV1Package() {
		return (CertificatesV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CertificatesV1Package getPackage() {
		return CertificatesV1Package.eINSTANCE;
	}

} //CertificatesV1FactoryImpl
