/**
 */
package io.pilothouse.model.k8s.coordination.v1beta1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.coordination.v1beta1.CoordinationV1beta1Package
 * @generated
 */
public interface CoordinationV1beta1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoordinationV1beta1Factory eINSTANCE = io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Lease Candidate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lease Candidate</em>'.
	 * @generated
	 */
	LeaseCandidate createLeaseCandidate();

	/**
	 * Returns a new object of class '<em>Lease Candidate List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lease Candidate List</em>'.
	 * @generated
	 */
	LeaseCandidateList createLeaseCandidateList();

	/**
	 * Returns a new object of class '<em>Lease Candidate Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lease Candidate Spec</em>'.
	 * @generated
	 */
	LeaseCandidateSpec createLeaseCandidateSpec();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CoordinationV1beta1Package getCoordinationV1beta1Package();

} //CoordinationV1beta1Factory
