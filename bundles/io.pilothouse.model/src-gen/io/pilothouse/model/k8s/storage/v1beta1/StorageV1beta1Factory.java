/**
 */
package io.pilothouse.model.k8s.storage.v1beta1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.storage.v1beta1.StorageV1beta1Package
 * @generated
 */
public interface StorageV1beta1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StorageV1beta1Factory eINSTANCE = io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Volume Attributes Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attributes Class</em>'.
	 * @generated
	 */
	VolumeAttributesClass createVolumeAttributesClass();

	/**
	 * Returns a new object of class '<em>Volume Attributes Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Attributes Class List</em>'.
	 * @generated
	 */
	VolumeAttributesClassList createVolumeAttributesClassList();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StorageV1beta1Package getStorageV1beta1Package();

} //StorageV1beta1Factory
