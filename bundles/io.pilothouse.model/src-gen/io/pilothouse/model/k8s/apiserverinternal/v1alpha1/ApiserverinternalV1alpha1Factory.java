/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package
 * @generated
 */
public interface ApiserverinternalV1alpha1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApiserverinternalV1alpha1Factory eINSTANCE = io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Server Storage Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Server Storage Version</em>'.
	 * @generated
	 */
	ServerStorageVersion createServerStorageVersion();

	/**
	 * Returns a new object of class '<em>Storage Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version</em>'.
	 * @generated
	 */
	StorageVersion createStorageVersion();

	/**
	 * Returns a new object of class '<em>Storage Version Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Condition</em>'.
	 * @generated
	 */
	StorageVersionCondition createStorageVersionCondition();

	/**
	 * Returns a new object of class '<em>Storage Version List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version List</em>'.
	 * @generated
	 */
	StorageVersionList createStorageVersionList();

	/**
	 * Returns a new object of class '<em>Storage Version Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Spec</em>'.
	 * @generated
	 */
	StorageVersionSpec createStorageVersionSpec();

	/**
	 * Returns a new object of class '<em>Storage Version Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Status</em>'.
	 * @generated
	 */
	StorageVersionStatus createStorageVersionStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ApiserverinternalV1alpha1Package getApiserverinternalV1alpha1Package();

} //ApiserverinternalV1alpha1Factory
