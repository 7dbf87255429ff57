/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expression Warning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getFieldRef <em>Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getWarning <em>Warning</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getExpressionWarning()
 * @generated
 */
public interface ExpressionWarning extends EObject {
	/**
	 * Returns the value of the '<em><b>Field Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Ref</em>' attribute.
	 * @see #setFieldRef(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getExpressionWarning_FieldRef()
	 * @generated
	 */
	String getFieldRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getFieldRef <em>Field Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Ref</em>' attribute.
	 * @see #getFieldRef()
	 * @generated
	 */
	void setFieldRef(String value);

	/**
	 * Returns the value of the '<em><b>Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warning</em>' attribute.
	 * @see #setWarning(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getExpressionWarning_Warning()
	 * @generated
	 */
	String getWarning();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning#getWarning <em>Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warning</em>' attribute.
	 * @see #getWarning()
	 * @generated
	 */
	void setWarning(String value);

} // ExpressionWarning
