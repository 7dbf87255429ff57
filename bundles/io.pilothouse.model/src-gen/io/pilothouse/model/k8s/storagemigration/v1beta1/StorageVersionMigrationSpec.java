/**
 */
package io.pilothouse.model.k8s.storagemigration.v1beta1;

import io.pilothouse.model.k8s.meta.v1.GroupResource;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage Version Migration Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationSpec#getResource <em>Resource</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Package#getStorageVersionMigrationSpec()
 * @generated
 */
public interface StorageVersionMigrationSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' containment reference.
	 * @see #setResource(GroupResource)
	 * @see io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Package#getStorageVersionMigrationSpec_Resource()
	 * @generated
	 */
	GroupResource getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationSpec#getResource <em>Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' containment reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(GroupResource value);

} // StorageVersionMigrationSpec
