/**
 */
package io.pilothouse.model.k8s.coordination.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package
 * @generated
 */
public interface CoordinationV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoordinationV1Factory eINSTANCE = io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Lease</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lease</em>'.
	 * @generated
	 */
	Lease createLease();

	/**
	 * Returns a new object of class '<em>Lease List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lease List</em>'.
	 * @generated
	 */
	LeaseList createLeaseList();

	/**
	 * Returns a new object of class '<em>Lease Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lease Spec</em>'.
	 * @generated
	 */
	LeaseSpec createLeaseSpec();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CoordinationV1Package getCoordinationV1Package();

} //CoordinationV1Factory
