/**
 */
package io.pilothouse.model.k8s.coordination.v1beta1.impl;

import io.pilothouse.model.k8s.coordination.v1beta1.*;

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
public class CoordinationV1beta1FactoryImpl extends EFactoryImpl implements CoordinationV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoordinationV1beta1Factory init() {
		try {
			CoordinationV1beta1Factory theCoordinationV1beta1Factory = (CoordinationV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(CoordinationV1beta1Package.eNS_URI);
			if (theCoordinationV1beta1Factory != null) {
				return theCoordinationV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoordinationV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoordinationV1beta1FactoryImpl() {
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
			case CoordinationV1beta1Package.LEASE_CANDIDATE: return createLeaseCandidate();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_LIST: return createLeaseCandidateList();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC: return createLeaseCandidateSpec();
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
	public CoordinationV1beta1Package getCoordinationV1beta1Package() {
		return (CoordinationV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoordinationV1beta1Package getPackage() {
		return CoordinationV1beta1Package.eINSTANCE;
	}

} //CoordinationV1beta1FactoryImpl
