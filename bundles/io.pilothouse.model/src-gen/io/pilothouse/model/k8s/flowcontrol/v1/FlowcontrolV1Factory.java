/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package
 * @generated
 */
public interface FlowcontrolV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FlowcontrolV1Factory eINSTANCE = io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Exempt Priority Level Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exempt Priority Level Configuration</em>'.
	 * @generated
	 */
	ExemptPriorityLevelConfiguration createExemptPriorityLevelConfiguration();

	/**
	 * Returns a new object of class '<em>Flow Distinguisher Method</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Distinguisher Method</em>'.
	 * @generated
	 */
	FlowDistinguisherMethod createFlowDistinguisherMethod();

	/**
	 * Returns a new object of class '<em>Flow Schema</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Schema</em>'.
	 * @generated
	 */
	FlowSchema createFlowSchema();

	/**
	 * Returns a new object of class '<em>Flow Schema Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Schema Condition</em>'.
	 * @generated
	 */
	FlowSchemaCondition createFlowSchemaCondition();

	/**
	 * Returns a new object of class '<em>Flow Schema List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Schema List</em>'.
	 * @generated
	 */
	FlowSchemaList createFlowSchemaList();

	/**
	 * Returns a new object of class '<em>Flow Schema Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Schema Spec</em>'.
	 * @generated
	 */
	FlowSchemaSpec createFlowSchemaSpec();

	/**
	 * Returns a new object of class '<em>Flow Schema Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow Schema Status</em>'.
	 * @generated
	 */
	FlowSchemaStatus createFlowSchemaStatus();

	/**
	 * Returns a new object of class '<em>Group Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Subject</em>'.
	 * @generated
	 */
	GroupSubject createGroupSubject();

	/**
	 * Returns a new object of class '<em>Limit Response</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limit Response</em>'.
	 * @generated
	 */
	LimitResponse createLimitResponse();

	/**
	 * Returns a new object of class '<em>Limited Priority Level Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limited Priority Level Configuration</em>'.
	 * @generated
	 */
	LimitedPriorityLevelConfiguration createLimitedPriorityLevelConfiguration();

	/**
	 * Returns a new object of class '<em>Non Resource Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Non Resource Policy Rule</em>'.
	 * @generated
	 */
	NonResourcePolicyRule createNonResourcePolicyRule();

	/**
	 * Returns a new object of class '<em>Policy Rules With Subjects</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Rules With Subjects</em>'.
	 * @generated
	 */
	PolicyRulesWithSubjects createPolicyRulesWithSubjects();

	/**
	 * Returns a new object of class '<em>Priority Level Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Level Configuration</em>'.
	 * @generated
	 */
	PriorityLevelConfiguration createPriorityLevelConfiguration();

	/**
	 * Returns a new object of class '<em>Priority Level Configuration Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Level Configuration Condition</em>'.
	 * @generated
	 */
	PriorityLevelConfigurationCondition createPriorityLevelConfigurationCondition();

	/**
	 * Returns a new object of class '<em>Priority Level Configuration List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Level Configuration List</em>'.
	 * @generated
	 */
	PriorityLevelConfigurationList createPriorityLevelConfigurationList();

	/**
	 * Returns a new object of class '<em>Priority Level Configuration Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Level Configuration Reference</em>'.
	 * @generated
	 */
	PriorityLevelConfigurationReference createPriorityLevelConfigurationReference();

	/**
	 * Returns a new object of class '<em>Priority Level Configuration Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Level Configuration Spec</em>'.
	 * @generated
	 */
	PriorityLevelConfigurationSpec createPriorityLevelConfigurationSpec();

	/**
	 * Returns a new object of class '<em>Priority Level Configuration Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Level Configuration Status</em>'.
	 * @generated
	 */
	PriorityLevelConfigurationStatus createPriorityLevelConfigurationStatus();

	/**
	 * Returns a new object of class '<em>Queuing Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Queuing Configuration</em>'.
	 * @generated
	 */
	QueuingConfiguration createQueuingConfiguration();

	/**
	 * Returns a new object of class '<em>Resource Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Policy Rule</em>'.
	 * @generated
	 */
	ResourcePolicyRule createResourcePolicyRule();

	/**
	 * Returns a new object of class '<em>Service Account Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Account Subject</em>'.
	 * @generated
	 */
	ServiceAccountSubject createServiceAccountSubject();

	/**
	 * Returns a new object of class '<em>Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject</em>'.
	 * @generated
	 */
	Subject createSubject();

	/**
	 * Returns a new object of class '<em>User Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User Subject</em>'.
	 * @generated
	 */
	UserSubject createUserSubject();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FlowcontrolV1Package getFlowcontrolV1Package();

} //FlowcontrolV1Factory
