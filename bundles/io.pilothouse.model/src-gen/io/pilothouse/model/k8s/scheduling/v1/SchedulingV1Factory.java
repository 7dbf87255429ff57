/**
 */
package io.pilothouse.model.k8s.scheduling.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package
 * @generated
 */
public interface SchedulingV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedulingV1Factory eINSTANCE = io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Priority Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Class</em>'.
	 * @generated
	 */
	PriorityClass createPriorityClass();

	/**
	 * Returns a new object of class '<em>Priority Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Class List</em>'.
	 * @generated
	 */
	PriorityClassList createPriorityClassList();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SchedulingV1Package getSchedulingV1Package();

} //SchedulingV1Factory
