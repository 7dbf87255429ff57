/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uncounted Terminated Pods</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods#getFailed <em>Failed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods#getSucceeded <em>Succeeded</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getUncountedTerminatedPods()
 * @generated
 */
public interface UncountedTerminatedPods extends EObject {
	/**
	 * Returns the value of the '<em><b>Failed</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed</em>' attribute list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getUncountedTerminatedPods_Failed()
	 * @generated
	 */
	EList<String> getFailed();

	/**
	 * Returns the value of the '<em><b>Succeeded</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Succeeded</em>' attribute list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getUncountedTerminatedPods_Succeeded()
	 * @generated
	 */
	EList<String> getSucceeded();

} // UncountedTerminatedPods
