/**
 */
package io.pilothouse.model.k8s.coordination.v1.impl;

import io.pilothouse.model.k8s.coordination.v1.*;

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
public class CoordinationV1FactoryImpl extends EFactoryImpl implements CoordinationV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoordinationV1Factory init() {
		try {
			CoordinationV1Factory theCoordinationV1Factory = (CoordinationV1Factory)EPackage.Registry.INSTANCE.getEFactory(CoordinationV1Package.eNS_URI);
			if (theCoordinationV1Factory != null) {
				return theCoordinationV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoordinationV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoordinationV1FactoryImpl() {
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
			case CoordinationV1Package.LEASE: return createLease();
			case CoordinationV1Package.LEASE_LIST: return createLeaseList();
			case CoordinationV1Package.LEASE_SPEC: return createLeaseSpec();
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
	public Lease createLease() {
		LeaseImpl lease = new LeaseImpl();
		return lease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaseList createLeaseList() {
		LeaseListImpl leaseList = new LeaseListImpl();
		return leaseList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaseSpec createLeaseSpec() {
		LeaseSpecImpl leaseSpec = new LeaseSpecImpl();
		return leaseSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoordinationV1Package getCoordinationV1Package() {
		return (CoordinationV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoordinationV1Package getPackage() {
		return CoordinationV1Package.eINSTANCE;
	}

} //CoordinationV1FactoryImpl
