/**
 */
package io.pilothouse.model.k8s.policy.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package
 * @generated
 */
public interface PolicyV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PolicyV1Factory eINSTANCE = io.pilothouse.model.k8s.policy.v1.impl.PolicyV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Eviction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Eviction</em>'.
	 * @generated
	 */
	Eviction createEviction();

	/**
	 * Returns a new object of class '<em>Pod Disruption Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Disruption Budget</em>'.
	 * @generated
	 */
	PodDisruptionBudget createPodDisruptionBudget();

	/**
	 * Returns a new object of class '<em>Pod Disruption Budget List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Disruption Budget List</em>'.
	 * @generated
	 */
	PodDisruptionBudgetList createPodDisruptionBudgetList();

	/**
	 * Returns a new object of class '<em>Pod Disruption Budget Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Disruption Budget Spec</em>'.
	 * @generated
	 */
	PodDisruptionBudgetSpec createPodDisruptionBudgetSpec();

	/**
	 * Returns a new object of class '<em>Pod Disruption Budget Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Disruption Budget Status</em>'.
	 * @generated
	 */
	PodDisruptionBudgetStatus createPodDisruptionBudgetStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PolicyV1Package getPolicyV1Package();

} //PolicyV1Factory
