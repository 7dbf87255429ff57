/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Basic Scheduling Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getBasicSchedulingPolicy()
 * @generated
 */
public interface BasicSchedulingPolicy extends EObject {
} // BasicSchedulingPolicy
