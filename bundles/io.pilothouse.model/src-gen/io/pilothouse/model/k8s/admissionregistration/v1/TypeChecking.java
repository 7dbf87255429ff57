/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Type Checking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking#getExpressionWarnings <em>Expression Warnings</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getTypeChecking()
 * @generated
 */
public interface TypeChecking extends EObject {
	/**
	 * Returns the value of the '<em><b>Expression Warnings</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expression Warnings</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getTypeChecking_ExpressionWarnings()
	 * @generated
	 */
	EList<ExpressionWarning> getExpressionWarnings();

} // TypeChecking
