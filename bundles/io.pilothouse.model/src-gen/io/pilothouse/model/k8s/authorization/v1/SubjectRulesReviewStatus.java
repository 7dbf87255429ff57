/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject Rules Review Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getEvaluationError <em>Evaluation Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getIncomplete <em>Incomplete</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getNonResourceRules <em>Non Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getResourceRules <em>Resource Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectRulesReviewStatus()
 * @generated
 */
public interface SubjectRulesReviewStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Evaluation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Error</em>' attribute.
	 * @see #setEvaluationError(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectRulesReviewStatus_EvaluationError()
	 * @generated
	 */
	String getEvaluationError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getEvaluationError <em>Evaluation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Error</em>' attribute.
	 * @see #getEvaluationError()
	 * @generated
	 */
	void setEvaluationError(String value);

	/**
	 * Returns the value of the '<em><b>Incomplete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Incomplete</em>' attribute.
	 * @see #setIncomplete(Boolean)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectRulesReviewStatus_Incomplete()
	 * @generated
	 */
	Boolean getIncomplete();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus#getIncomplete <em>Incomplete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Incomplete</em>' attribute.
	 * @see #getIncomplete()
	 * @generated
	 */
	void setIncomplete(Boolean value);

	/**
	 * Returns the value of the '<em><b>Non Resource Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.authorization.v1.NonResourceRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Resource Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectRulesReviewStatus_NonResourceRules()
	 * @generated
	 */
	EList<NonResourceRule> getNonResourceRules();

	/**
	 * Returns the value of the '<em><b>Resource Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.authorization.v1.ResourceRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSubjectRulesReviewStatus_ResourceRules()
	 * @generated
	 */
	EList<ResourceRule> getResourceRules();

} // SubjectRulesReviewStatus
