/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BatchV1FactoryImpl extends EFactoryImpl implements BatchV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static BatchV1Factory init() {
		try {
			BatchV1Factory theBatchV1Factory = (BatchV1Factory)EPackage.Registry.INSTANCE.getEFactory(BatchV1Package.eNS_URI);
			if (theBatchV1Factory != null) {
				return theBatchV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new BatchV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BatchV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case BatchV1Package.CRON_JOB: return createCronJob();
			case BatchV1Package.CRON_JOB_LIST: return createCronJobList();
			case BatchV1Package.CRON_JOB_SPEC: return createCronJobSpec();
			case BatchV1Package.CRON_JOB_STATUS: return createCronJobStatus();
			case BatchV1Package.JOB: return createJob();
			case BatchV1Package.JOB_CONDITION: return createJobCondition();
			case BatchV1Package.JOB_LIST: return createJobList();
			case BatchV1Package.JOB_SPEC: return createJobSpec();
			case BatchV1Package.JOB_STATUS: return createJobStatus();
			case BatchV1Package.JOB_TEMPLATE_SPEC: return createJobTemplateSpec();
			case BatchV1Package.POD_FAILURE_POLICY: return createPodFailurePolicy();
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT: return createPodFailurePolicyOnExitCodesRequirement();
			case BatchV1Package.POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN: return createPodFailurePolicyOnPodConditionsPattern();
			case BatchV1Package.POD_FAILURE_POLICY_RULE: return createPodFailurePolicyRule();
			case BatchV1Package.SUCCESS_POLICY: return createSuccessPolicy();
			case BatchV1Package.SUCCESS_POLICY_RULE: return createSuccessPolicyRule();
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS: return createUncountedTerminatedPods();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CronJob createCronJob() {
		CronJobImpl cronJob = new CronJobImpl();
		return cronJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CronJobList createCronJobList() {
		CronJobListImpl cronJobList = new CronJobListImpl();
		return cronJobList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CronJobSpec createCronJobSpec() {
		CronJobSpecImpl cronJobSpec = new CronJobSpecImpl();
		return cronJobSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CronJobStatus createCronJobStatus() {
		CronJobStatusImpl cronJobStatus = new CronJobStatusImpl();
		return cronJobStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Job createJob() {
		JobImpl job = new JobImpl();
		return job;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobCondition createJobCondition() {
		JobConditionImpl jobCondition = new JobConditionImpl();
		return jobCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobList createJobList() {
		JobListImpl jobList = new JobListImpl();
		return jobList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobSpec createJobSpec() {
		JobSpecImpl jobSpec = new JobSpecImpl();
		return jobSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobStatus createJobStatus() {
		JobStatusImpl jobStatus = new JobStatusImpl();
		return jobStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobTemplateSpec createJobTemplateSpec() {
		JobTemplateSpecImpl jobTemplateSpec = new JobTemplateSpecImpl();
		return jobTemplateSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodFailurePolicy createPodFailurePolicy() {
		PodFailurePolicyImpl podFailurePolicy = new PodFailurePolicyImpl();
		return podFailurePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodFailurePolicyOnExitCodesRequirement createPodFailurePolicyOnExitCodesRequirement() {
		PodFailurePolicyOnExitCodesRequirementImpl podFailurePolicyOnExitCodesRequirement = new PodFailurePolicyOnExitCodesRequirementImpl();
		return podFailurePolicyOnExitCodesRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodFailurePolicyOnPodConditionsPattern createPodFailurePolicyOnPodConditionsPattern() {
		PodFailurePolicyOnPodConditionsPatternImpl podFailurePolicyOnPodConditionsPattern = new PodFailurePolicyOnPodConditionsPatternImpl();
		return podFailurePolicyOnPodConditionsPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodFailurePolicyRule createPodFailurePolicyRule() {
		PodFailurePolicyRuleImpl podFailurePolicyRule = new PodFailurePolicyRuleImpl();
		return podFailurePolicyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SuccessPolicy createSuccessPolicy() {
		SuccessPolicyImpl successPolicy = new SuccessPolicyImpl();
		return successPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SuccessPolicyRule createSuccessPolicyRule() {
		SuccessPolicyRuleImpl successPolicyRule = new SuccessPolicyRuleImpl();
		return successPolicyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UncountedTerminatedPods createUncountedTerminatedPods() {
		UncountedTerminatedPodsImpl uncountedTerminatedPods = new UncountedTerminatedPodsImpl();
		return uncountedTerminatedPods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BatchV1Package getBatchV1Package() {
		return (BatchV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static BatchV1Package getPackage() {
		return BatchV1Package.eINSTANCE;
	}

} //BatchV1FactoryImpl
