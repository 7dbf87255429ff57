/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Rules With Subjects</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getNonResourceRules <em>Non Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getResourceRules <em>Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPolicyRulesWithSubjects()
 * @generated
 */
public interface PolicyRulesWithSubjects extends EObject {
	/**
	 * Returns the value of the '<em><b>Non Resource Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Resource Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPolicyRulesWithSubjects_NonResourceRules()
	 * @generated
	 */
	EList<NonResourcePolicyRule> getNonResourceRules();

	/**
	 * Returns the value of the '<em><b>Resource Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPolicyRulesWithSubjects_ResourceRules()
	 * @generated
	 */
	EList<ResourcePolicyRule> getResourceRules();

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.flowcontrol.v1.Subject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPolicyRulesWithSubjects_Subjects()
	 * @generated
	 */
	EList<Subject> getSubjects();

} // PolicyRulesWithSubjects
