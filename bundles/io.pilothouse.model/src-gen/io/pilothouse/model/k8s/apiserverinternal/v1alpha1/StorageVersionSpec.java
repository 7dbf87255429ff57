/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage Version Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getStorageVersionSpec()
 * @generated
 */
public interface StorageVersionSpec extends EObject {
} // StorageVersionSpec
