/**
 */
package io.pilothouse.model.k8s.coordination.v1alpha2.impl;

import io.pilothouse.model.k8s.coordination.v1alpha2.*;

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
public class CoordinationV1alpha2FactoryImpl extends EFactoryImpl implements CoordinationV1alpha2Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoordinationV1alpha2Factory init() {
		try {
			CoordinationV1alpha2Factory theCoordinationV1alpha2Factory = (CoordinationV1alpha2Factory)EPackage.Registry.INSTANCE.getEFactory(CoordinationV1alpha2Package.eNS_URI);
			if (theCoordinationV1alpha2Factory != null) {
				return theCoordinationV1alpha2Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoordinationV1alpha2FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoordinationV1alpha2FactoryImpl() {
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
			case CoordinationV1alpha2Package.LEASE_CANDIDATE: return createLeaseCandidate();
			case CoordinationV1alpha2Package.LEASE_CANDIDATE_LIST: return createLeaseCandidateList();
			case CoordinationV1alpha2Package.LEASE_CANDIDATE_SPEC: return createLeaseCandidateSpec();
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
	public LeaseCandidate createLeaseCandidate() {
		LeaseCandidateImpl leaseCandidate = new LeaseCandidateImpl();
		return leaseCandidate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaseCandidateList createLeaseCandidateList() {
		LeaseCandidateListImpl leaseCandidateList = new LeaseCandidateListImpl();
		return leaseCandidateList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaseCandidateSpec createLeaseCandidateSpec() {
		LeaseCandidateSpecImpl leaseCandidateSpec = new LeaseCandidateSpecImpl();
		return leaseCandidateSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoordinationV1alpha2Package getCoordinationV1alpha2Package() {
		return (CoordinationV1alpha2Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoordinationV1alpha2Package getPackage() {
		return CoordinationV1alpha2Package.eINSTANCE;
	}

} //CoordinationV1alpha2FactoryImpl
