/**
 */
package io.pilothouse.model.k8s.node.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package
 * @generated
 */
public interface NodeV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NodeV1Factory eINSTANCE = io.pilothouse.model.k8s.node.v1.impl.NodeV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Overhead</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Overhead</em>'.
	 * @generated
	 */
	Overhead createOverhead();

	/**
	 * Returns a new object of class '<em>Runtime Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Runtime Class</em>'.
	 * @generated
	 */
	RuntimeClass createRuntimeClass();

	/**
	 * Returns a new object of class '<em>Runtime Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Runtime Class List</em>'.
	 * @generated
	 */
	RuntimeClassList createRuntimeClassList();

	/**
	 * Returns a new object of class '<em>Scheduling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheduling</em>'.
	 * @generated
	 */
	Scheduling createScheduling();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NodeV1Package getNodeV1Package();

} //NodeV1Factory
