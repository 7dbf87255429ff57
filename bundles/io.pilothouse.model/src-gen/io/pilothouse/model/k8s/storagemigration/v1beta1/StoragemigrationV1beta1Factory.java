/**
 */
package io.pilothouse.model.k8s.storagemigration.v1beta1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Package
 * @generated
 */
public interface StoragemigrationV1beta1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StoragemigrationV1beta1Factory eINSTANCE = io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Storage Version Migration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Migration</em>'.
	 * @generated
	 */
	StorageVersionMigration createStorageVersionMigration();

	/**
	 * Returns a new object of class '<em>Storage Version Migration List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Migration List</em>'.
	 * @generated
	 */
	StorageVersionMigrationList createStorageVersionMigrationList();

	/**
	 * Returns a new object of class '<em>Storage Version Migration Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Migration Spec</em>'.
	 * @generated
	 */
	StorageVersionMigrationSpec createStorageVersionMigrationSpec();

	/**
	 * Returns a new object of class '<em>Storage Version Migration Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storage Version Migration Status</em>'.
	 * @generated
	 */
	StorageVersionMigrationStatus createStorageVersionMigrationStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StoragemigrationV1beta1Package getStoragemigrationV1beta1Package();

} //StoragemigrationV1beta1Factory
