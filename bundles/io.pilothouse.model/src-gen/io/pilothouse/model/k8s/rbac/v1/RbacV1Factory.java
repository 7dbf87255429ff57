/**
 */
package io.pilothouse.model.k8s.rbac.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package
 * @generated
 */
public interface RbacV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RbacV1Factory eINSTANCE = io.pilothouse.model.k8s.rbac.v1.impl.RbacV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Aggregation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aggregation Rule</em>'.
	 * @generated
	 */
	AggregationRule createAggregationRule();

	/**
	 * Returns a new object of class '<em>Cluster Role</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Role</em>'.
	 * @generated
	 */
	ClusterRole createClusterRole();

	/**
	 * Returns a new object of class '<em>Cluster Role Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Role Binding</em>'.
	 * @generated
	 */
	ClusterRoleBinding createClusterRoleBinding();

	/**
	 * Returns a new object of class '<em>Cluster Role Binding List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Role Binding List</em>'.
	 * @generated
	 */
	ClusterRoleBindingList createClusterRoleBindingList();

	/**
	 * Returns a new object of class '<em>Cluster Role List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster Role List</em>'.
	 * @generated
	 */
	ClusterRoleList createClusterRoleList();

	/**
	 * Returns a new object of class '<em>Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Rule</em>'.
	 * @generated
	 */
	PolicyRule createPolicyRule();

	/**
	 * Returns a new object of class '<em>Role</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role</em>'.
	 * @generated
	 */
	Role createRole();

	/**
	 * Returns a new object of class '<em>Role Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role Binding</em>'.
	 * @generated
	 */
	RoleBinding createRoleBinding();

	/**
	 * Returns a new object of class '<em>Role Binding List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role Binding List</em>'.
	 * @generated
	 */
	RoleBindingList createRoleBindingList();

	/**
	 * Returns a new object of class '<em>Role List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role List</em>'.
	 * @generated
	 */
	RoleList createRoleList();

	/**
	 * Returns a new object of class '<em>Role Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role Ref</em>'.
	 * @generated
	 */
	RoleRef createRoleRef();

	/**
	 * Returns a new object of class '<em>Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject</em>'.
	 * @generated
	 */
	Subject createSubject();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RbacV1Package getRbacV1Package();

} //RbacV1Factory
