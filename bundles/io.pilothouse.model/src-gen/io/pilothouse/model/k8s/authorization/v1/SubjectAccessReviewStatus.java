/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject Access Review Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getAllowed <em>Allowed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getDenied <em>Denied</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getEvaluationError <em>Evaluation Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewStatus()
 * @generated
 */
public interface SubjectAccessReviewStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed</em>' attribute.
	 * @see #setAllowed(Boolean)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewStatus_Allowed()
	 * @generated
	 */
	Boolean getAllowed();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getAllowed <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed</em>' attribute.
	 * @see #getAllowed()
	 * @generated
	 */
	void setAllowed(Boolean value);

	/**
	 * Returns the value of the '<em><b>Denied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Denied</em>' attribute.
	 * @see #setDenied(Boolean)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewStatus_Denied()
	 * @generated
	 */
	Boolean getDenied();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getDenied <em>Denied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denied</em>' attribute.
	 * @see #getDenied()
	 * @generated
	 */
	void setDenied(Boolean value);

	/**
	 * Returns the value of the '<em><b>Evaluation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Error</em>' attribute.
	 * @see #setEvaluationError(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewStatus_EvaluationError()
	 * @generated
	 */
	String getEvaluationError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getEvaluationError <em>Evaluation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Error</em>' attribute.
	 * @see #getEvaluationError()
	 * @generated
	 */
	void setEvaluationError(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectAccessReviewStatus_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // SubjectAccessReviewStatus
