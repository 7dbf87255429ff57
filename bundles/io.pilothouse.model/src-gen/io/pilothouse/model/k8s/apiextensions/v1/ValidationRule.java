/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getFieldPath <em>Field Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessageExpression <em>Message Expression</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getOptionalOldSelf <em>Optional Old Self</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getRule <em>Rule</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule()
 * @generated
 */
public interface ValidationRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Field Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Path</em>' attribute.
	 * @see #setFieldPath(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule_FieldPath()
	 * @generated
	 */
	String getFieldPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getFieldPath <em>Field Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Path</em>' attribute.
	 * @see #getFieldPath()
	 * @generated
	 */
	void setFieldPath(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Expression</em>' attribute.
	 * @see #setMessageExpression(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule_MessageExpression()
	 * @generated
	 */
	String getMessageExpression();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessageExpression <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Expression</em>' attribute.
	 * @see #getMessageExpression()
	 * @generated
	 */
	void setMessageExpression(String value);

	/**
	 * Returns the value of the '<em><b>Optional Old Self</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional Old Self</em>' attribute.
	 * @see #setOptionalOldSelf(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule_OptionalOldSelf()
	 * @generated
	 */
	Boolean getOptionalOldSelf();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getOptionalOldSelf <em>Optional Old Self</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional Old Self</em>' attribute.
	 * @see #getOptionalOldSelf()
	 * @generated
	 */
	void setOptionalOldSelf(Boolean value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getValidationRule_Rule()
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

} // ValidationRule
