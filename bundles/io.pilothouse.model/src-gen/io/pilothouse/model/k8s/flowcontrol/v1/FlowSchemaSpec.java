/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Schema Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getDistinguisherMethod <em>Distinguisher Method</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getMatchingPrecedence <em>Matching Precedence</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getPriorityLevelConfiguration <em>Priority Level Configuration</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowSchemaSpec()
 * @generated
 */
public interface FlowSchemaSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Distinguisher Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distinguisher Method</em>' containment reference.
	 * @see #setDistinguisherMethod(FlowDistinguisherMethod)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowSchemaSpec_DistinguisherMethod()
	 * @generated
	 */
	FlowDistinguisherMethod getDistinguisherMethod();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getDistinguisherMethod <em>Distinguisher Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distinguisher Method</em>' containment reference.
	 * @see #getDistinguisherMethod()
	 * @generated
	 */
	void setDistinguisherMethod(FlowDistinguisherMethod value);

	/**
	 * Returns the value of the '<em><b>Matching Precedence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matching Precedence</em>' attribute.
	 * @see #setMatchingPrecedence(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowSchemaSpec_MatchingPrecedence()
	 * @generated
	 */
	Integer getMatchingPrecedence();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getMatchingPrecedence <em>Matching Precedence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matching Precedence</em>' attribute.
	 * @see #getMatchingPrecedence()
	 * @generated
	 */
	void setMatchingPrecedence(Integer value);

	/**
	 * Returns the value of the '<em><b>Priority Level Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority Level Configuration</em>' containment reference.
	 * @see #setPriorityLevelConfiguration(PriorityLevelConfigurationReference)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowSchemaSpec_PriorityLevelConfiguration()
	 * @generated
	 */
	PriorityLevelConfigurationReference getPriorityLevelConfiguration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec#getPriorityLevelConfiguration <em>Priority Level Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Level Configuration</em>' containment reference.
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 */
	void setPriorityLevelConfiguration(PriorityLevelConfigurationReference value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowSchemaSpec_Rules()
	 * @generated
	 */
	EList<PolicyRulesWithSubjects> getRules();

} // FlowSchemaSpec
