/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Resource Subresource Status</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceSubresourceStatus()
 * @generated
 */
public interface CustomResourceSubresourceStatus extends EObject {
} // CustomResourceSubresourceStatus
