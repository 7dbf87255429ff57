/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Failure Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicy#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicy()
 * @generated
 */
public interface PodFailurePolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicy_Rules()
	 * @generated
	 */
	EList<PodFailurePolicyRule> getRules();

} // PodFailurePolicy
