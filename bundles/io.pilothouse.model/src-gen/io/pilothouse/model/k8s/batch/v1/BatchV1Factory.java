/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package
 * @generated
 */
public interface BatchV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BatchV1Factory eINSTANCE = io.pilothouse.model.k8s.batch.v1.impl.BatchV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cron Job</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cron Job</em>'.
	 * @generated
	 */
	CronJob createCronJob();

	/**
	 * Returns a new object of class '<em>Cron Job List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cron Job List</em>'.
	 * @generated
	 */
	CronJobList createCronJobList();

	/**
	 * Returns a new object of class '<em>Cron Job Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cron Job Spec</em>'.
	 * @generated
	 */
	CronJobSpec createCronJobSpec();

	/**
	 * Returns a new object of class '<em>Cron Job Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cron Job Status</em>'.
	 * @generated
	 */
	CronJobStatus createCronJobStatus();

	/**
	 * Returns a new object of class '<em>Job</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job</em>'.
	 * @generated
	 */
	Job createJob();

	/**
	 * Returns a new object of class '<em>Job Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Condition</em>'.
	 * @generated
	 */
	JobCondition createJobCondition();

	/**
	 * Returns a new object of class '<em>Job List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job List</em>'.
	 * @generated
	 */
	JobList createJobList();

	/**
	 * Returns a new object of class '<em>Job Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Spec</em>'.
	 * @generated
	 */
	JobSpec createJobSpec();

	/**
	 * Returns a new object of class '<em>Job Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Status</em>'.
	 * @generated
	 */
	JobStatus createJobStatus();

	/**
	 * Returns a new object of class '<em>Job Template Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Template Spec</em>'.
	 * @generated
	 */
	JobTemplateSpec createJobTemplateSpec();

	/**
	 * Returns a new object of class '<em>Pod Failure Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Failure Policy</em>'.
	 * @generated
	 */
	PodFailurePolicy createPodFailurePolicy();

	/**
	 * Returns a new object of class '<em>Pod Failure Policy On Exit Codes Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Failure Policy On Exit Codes Requirement</em>'.
	 * @generated
	 */
	PodFailurePolicyOnExitCodesRequirement createPodFailurePolicyOnExitCodesRequirement();

	/**
	 * Returns a new object of class '<em>Pod Failure Policy On Pod Conditions Pattern</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Failure Policy On Pod Conditions Pattern</em>'.
	 * @generated
	 */
	PodFailurePolicyOnPodConditionsPattern createPodFailurePolicyOnPodConditionsPattern();

	/**
	 * Returns a new object of class '<em>Pod Failure Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Failure Policy Rule</em>'.
	 * @generated
	 */
	PodFailurePolicyRule createPodFailurePolicyRule();

	/**
	 * Returns a new object of class '<em>Success Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Success Policy</em>'.
	 * @generated
	 */
	SuccessPolicy createSuccessPolicy();

	/**
	 * Returns a new object of class '<em>Success Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Success Policy Rule</em>'.
	 * @generated
	 */
	SuccessPolicyRule createSuccessPolicyRule();

	/**
	 * Returns a new object of class '<em>Uncounted Terminated Pods</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uncounted Terminated Pods</em>'.
	 * @generated
	 */
	UncountedTerminatedPods createUncountedTerminatedPods();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	BatchV1Package getBatchV1Package();

} //BatchV1Factory
