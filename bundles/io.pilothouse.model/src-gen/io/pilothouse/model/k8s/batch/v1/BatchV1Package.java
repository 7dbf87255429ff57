/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Factory
 * @generated
 */
public interface BatchV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/batch/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "batch.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BatchV1Package eINSTANCE = io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobImpl <em>Cron Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJob()
	 * @generated
	 */
	int CRON_JOB = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Cron Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobListImpl <em>Cron Job List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobListImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJobList()
	 * @generated
	 */
	int CRON_JOB_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Cron Job List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl <em>Cron Job Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJobSpec()
	 * @generated
	 */
	int CRON_JOB_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Concurrency Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__CONCURRENCY_POLICY = 0;

	/**
	 * The feature id for the '<em><b>Failed Jobs History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT = 1;

	/**
	 * The feature id for the '<em><b>Job Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__JOB_TEMPLATE = 2;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__SCHEDULE = 3;

	/**
	 * The feature id for the '<em><b>Starting Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS = 4;

	/**
	 * The feature id for the '<em><b>Successful Jobs History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT = 5;

	/**
	 * The feature id for the '<em><b>Suspend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__SUSPEND = 6;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC__TIME_ZONE = 7;

	/**
	 * The number of structural features of the '<em>Cron Job Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_SPEC_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl <em>Cron Job Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJobStatus()
	 * @generated
	 */
	int CRON_JOB_STATUS = 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_STATUS__ACTIVE = 0;

	/**
	 * The feature id for the '<em><b>Last Schedule Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_STATUS__LAST_SCHEDULE_TIME = 1;

	/**
	 * The feature id for the '<em><b>Last Successful Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME = 2;

	/**
	 * The number of structural features of the '<em>Cron Job Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRON_JOB_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobImpl <em>Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.JobImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJob()
	 * @generated
	 */
	int JOB = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobConditionImpl <em>Job Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.JobConditionImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobCondition()
	 * @generated
	 */
	int JOB_CONDITION = 5;

	/**
	 * The feature id for the '<em><b>Last Probe Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION__LAST_PROBE_TIME = 0;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION__LAST_TRANSITION_TIME = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Job Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobListImpl <em>Job List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.JobListImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobList()
	 * @generated
	 */
	int JOB_LIST = 6;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Job List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl <em>Job Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobSpec()
	 * @generated
	 */
	int JOB_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Active Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__ACTIVE_DEADLINE_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Backoff Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__BACKOFF_LIMIT = 1;

	/**
	 * The feature id for the '<em><b>Backoff Limit Per Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__BACKOFF_LIMIT_PER_INDEX = 2;

	/**
	 * The feature id for the '<em><b>Completion Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__COMPLETION_MODE = 3;

	/**
	 * The feature id for the '<em><b>Completions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__COMPLETIONS = 4;

	/**
	 * The feature id for the '<em><b>Managed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__MANAGED_BY = 5;

	/**
	 * The feature id for the '<em><b>Manual Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__MANUAL_SELECTOR = 6;

	/**
	 * The feature id for the '<em><b>Max Failed Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__MAX_FAILED_INDEXES = 7;

	/**
	 * The feature id for the '<em><b>Parallelism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__PARALLELISM = 8;

	/**
	 * The feature id for the '<em><b>Pod Failure Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__POD_FAILURE_POLICY = 9;

	/**
	 * The feature id for the '<em><b>Pod Replacement Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__POD_REPLACEMENT_POLICY = 10;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__SELECTOR = 11;

	/**
	 * The feature id for the '<em><b>Success Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__SUCCESS_POLICY = 12;

	/**
	 * The feature id for the '<em><b>Suspend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__SUSPEND = 13;

	/**
	 * The feature id for the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__TEMPLATE = 14;

	/**
	 * The feature id for the '<em><b>Ttl Seconds After Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC__TTL_SECONDS_AFTER_FINISHED = 15;

	/**
	 * The number of structural features of the '<em>Job Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SPEC_FEATURE_COUNT = 16;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl <em>Job Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobStatus()
	 * @generated
	 */
	int JOB_STATUS = 8;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__ACTIVE = 0;

	/**
	 * The feature id for the '<em><b>Completed Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__COMPLETED_INDEXES = 1;

	/**
	 * The feature id for the '<em><b>Completion Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__COMPLETION_TIME = 2;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__CONDITIONS = 3;

	/**
	 * The feature id for the '<em><b>Failed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__FAILED = 4;

	/**
	 * The feature id for the '<em><b>Failed Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__FAILED_INDEXES = 5;

	/**
	 * The feature id for the '<em><b>Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__READY = 6;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__START_TIME = 7;

	/**
	 * The feature id for the '<em><b>Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__SUCCEEDED = 8;

	/**
	 * The feature id for the '<em><b>Terminating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__TERMINATING = 9;

	/**
	 * The feature id for the '<em><b>Uncounted Terminated Pods</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS__UNCOUNTED_TERMINATED_PODS = 10;

	/**
	 * The number of structural features of the '<em>Job Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_STATUS_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobTemplateSpecImpl <em>Job Template Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.JobTemplateSpecImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobTemplateSpec()
	 * @generated
	 */
	int JOB_TEMPLATE_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_TEMPLATE_SPEC__METADATA = 0;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_TEMPLATE_SPEC__SPEC = 1;

	/**
	 * The number of structural features of the '<em>Job Template Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_TEMPLATE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyImpl <em>Pod Failure Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicy()
	 * @generated
	 */
	int POD_FAILURE_POLICY = 10;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY__RULES = 0;

	/**
	 * The number of structural features of the '<em>Pod Failure Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl <em>Pod Failure Policy On Exit Codes Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicyOnExitCodesRequirement()
	 * @generated
	 */
	int POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT = 11;

	/**
	 * The feature id for the '<em><b>Container Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Pod Failure Policy On Exit Codes Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnPodConditionsPatternImpl <em>Pod Failure Policy On Pod Conditions Pattern</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnPodConditionsPatternImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicyOnPodConditionsPattern()
	 * @generated
	 */
	int POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN = 12;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Pod Failure Policy On Pod Conditions Pattern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl <em>Pod Failure Policy Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicyRule()
	 * @generated
	 */
	int POD_FAILURE_POLICY_RULE = 13;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_RULE__ACTION = 0;

	/**
	 * The feature id for the '<em><b>On Exit Codes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_RULE__ON_EXIT_CODES = 1;

	/**
	 * The feature id for the '<em><b>On Pod Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS = 2;

	/**
	 * The number of structural features of the '<em>Pod Failure Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_FAILURE_POLICY_RULE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyImpl <em>Success Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getSuccessPolicy()
	 * @generated
	 */
	int SUCCESS_POLICY = 14;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_POLICY__RULES = 0;

	/**
	 * The number of structural features of the '<em>Success Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_POLICY_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyRuleImpl <em>Success Policy Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyRuleImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getSuccessPolicyRule()
	 * @generated
	 */
	int SUCCESS_POLICY_RULE = 15;

	/**
	 * The feature id for the '<em><b>Succeeded Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_POLICY_RULE__SUCCEEDED_COUNT = 0;

	/**
	 * The feature id for the '<em><b>Succeeded Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES = 1;

	/**
	 * The number of structural features of the '<em>Success Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_POLICY_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.batch.v1.impl.UncountedTerminatedPodsImpl <em>Uncounted Terminated Pods</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.batch.v1.impl.UncountedTerminatedPodsImpl
	 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getUncountedTerminatedPods()
	 * @generated
	 */
	int UNCOUNTED_TERMINATED_PODS = 16;

	/**
	 * The feature id for the '<em><b>Failed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCOUNTED_TERMINATED_PODS__FAILED = 0;

	/**
	 * The feature id for the '<em><b>Succeeded</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCOUNTED_TERMINATED_PODS__SUCCEEDED = 1;

	/**
	 * The number of structural features of the '<em>Uncounted Terminated Pods</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCOUNTED_TERMINATED_PODS_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.CronJob <em>Cron Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cron Job</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJob
	 * @generated
	 */
	EClass getCronJob();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJob#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJob#getApiVersion()
	 * @see #getCronJob()
	 * @generated
	 */
	EAttribute getCronJob_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJob#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJob#getKind()
	 * @see #getCronJob()
	 * @generated
	 */
	EAttribute getCronJob_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.CronJob#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJob#getMetadata()
	 * @see #getCronJob()
	 * @generated
	 */
	EReference getCronJob_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.CronJob#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJob#getSpec()
	 * @see #getCronJob()
	 * @generated
	 */
	EReference getCronJob_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.CronJob#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJob#getStatus()
	 * @see #getCronJob()
	 * @generated
	 */
	EReference getCronJob_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.CronJobList <em>Cron Job List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cron Job List</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobList
	 * @generated
	 */
	EClass getCronJobList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobList#getApiVersion()
	 * @see #getCronJobList()
	 * @generated
	 */
	EAttribute getCronJobList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.CronJobList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobList#getItems()
	 * @see #getCronJobList()
	 * @generated
	 */
	EReference getCronJobList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobList#getKind()
	 * @see #getCronJobList()
	 * @generated
	 */
	EAttribute getCronJobList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.CronJobList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobList#getMetadata()
	 * @see #getCronJobList()
	 * @generated
	 */
	EReference getCronJobList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec <em>Cron Job Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cron Job Spec</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec
	 * @generated
	 */
	EClass getCronJobSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getConcurrencyPolicy <em>Concurrency Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concurrency Policy</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getConcurrencyPolicy()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_ConcurrencyPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getFailedJobsHistoryLimit <em>Failed Jobs History Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed Jobs History Limit</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getFailedJobsHistoryLimit()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_FailedJobsHistoryLimit();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getJobTemplate <em>Job Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Job Template</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getJobTemplate()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EReference getCronJobSpec_JobTemplate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSchedule()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_Schedule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getStartingDeadlineSeconds <em>Starting Deadline Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starting Deadline Seconds</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getStartingDeadlineSeconds()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_StartingDeadlineSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuccessfulJobsHistoryLimit <em>Successful Jobs History Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Successful Jobs History Limit</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuccessfulJobsHistoryLimit()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_SuccessfulJobsHistoryLimit();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuspend <em>Suspend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suspend</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getSuspend()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_Suspend();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobSpec#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobSpec#getTimeZone()
	 * @see #getCronJobSpec()
	 * @generated
	 */
	EAttribute getCronJobSpec_TimeZone();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus <em>Cron Job Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cron Job Status</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobStatus
	 * @generated
	 */
	EClass getCronJobStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Active</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobStatus#getActive()
	 * @see #getCronJobStatus()
	 * @generated
	 */
	EReference getCronJobStatus_Active();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastScheduleTime <em>Last Schedule Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Schedule Time</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastScheduleTime()
	 * @see #getCronJobStatus()
	 * @generated
	 */
	EAttribute getCronJobStatus_LastScheduleTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastSuccessfulTime <em>Last Successful Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Successful Time</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.CronJobStatus#getLastSuccessfulTime()
	 * @see #getCronJobStatus()
	 * @generated
	 */
	EAttribute getCronJobStatus_LastSuccessfulTime();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.Job
	 * @generated
	 */
	EClass getJob();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.Job#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.Job#getApiVersion()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.Job#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.Job#getKind()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.Job#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.Job#getMetadata()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.Job#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.Job#getSpec()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.Job#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.Job#getStatus()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.JobCondition <em>Job Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Condition</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition
	 * @generated
	 */
	EClass getJobCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobCondition#getLastProbeTime <em>Last Probe Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Probe Time</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition#getLastProbeTime()
	 * @see #getJobCondition()
	 * @generated
	 */
	EAttribute getJobCondition_LastProbeTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition#getLastTransitionTime()
	 * @see #getJobCondition()
	 * @generated
	 */
	EAttribute getJobCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition#getMessage()
	 * @see #getJobCondition()
	 * @generated
	 */
	EAttribute getJobCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition#getReason()
	 * @see #getJobCondition()
	 * @generated
	 */
	EAttribute getJobCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition#getStatus()
	 * @see #getJobCondition()
	 * @generated
	 */
	EAttribute getJobCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobCondition#getType()
	 * @see #getJobCondition()
	 * @generated
	 */
	EAttribute getJobCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.JobList <em>Job List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job List</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobList
	 * @generated
	 */
	EClass getJobList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobList#getApiVersion()
	 * @see #getJobList()
	 * @generated
	 */
	EAttribute getJobList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.JobList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobList#getItems()
	 * @see #getJobList()
	 * @generated
	 */
	EReference getJobList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobList#getKind()
	 * @see #getJobList()
	 * @generated
	 */
	EAttribute getJobList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobList#getMetadata()
	 * @see #getJobList()
	 * @generated
	 */
	EReference getJobList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.JobSpec <em>Job Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Spec</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec
	 * @generated
	 */
	EClass getJobSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active Deadline Seconds</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getActiveDeadlineSeconds()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_ActiveDeadlineSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimit <em>Backoff Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backoff Limit</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimit()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_BackoffLimit();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimitPerIndex <em>Backoff Limit Per Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backoff Limit Per Index</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getBackoffLimitPerIndex()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_BackoffLimitPerIndex();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletionMode <em>Completion Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completion Mode</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletionMode()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_CompletionMode();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletions <em>Completions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completions</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getCompletions()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_Completions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getManagedBy <em>Managed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed By</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getManagedBy()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_ManagedBy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getManualSelector <em>Manual Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manual Selector</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getManualSelector()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_ManualSelector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getMaxFailedIndexes <em>Max Failed Indexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Failed Indexes</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getMaxFailedIndexes()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_MaxFailedIndexes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getParallelism <em>Parallelism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parallelism</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getParallelism()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_Parallelism();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getPodFailurePolicy <em>Pod Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pod Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getPodFailurePolicy()
	 * @see #getJobSpec()
	 * @generated
	 */
	EReference getJobSpec_PodFailurePolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getPodReplacementPolicy <em>Pod Replacement Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pod Replacement Policy</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getPodReplacementPolicy()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_PodReplacementPolicy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getSelector()
	 * @see #getJobSpec()
	 * @generated
	 */
	EReference getJobSpec_Selector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSuccessPolicy <em>Success Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Success Policy</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getSuccessPolicy()
	 * @see #getJobSpec()
	 * @generated
	 */
	EReference getJobSpec_SuccessPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getSuspend <em>Suspend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suspend</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getSuspend()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_Suspend();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Template</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getTemplate()
	 * @see #getJobSpec()
	 * @generated
	 */
	EReference getJobSpec_Template();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobSpec#getTtlSecondsAfterFinished <em>Ttl Seconds After Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ttl Seconds After Finished</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobSpec#getTtlSecondsAfterFinished()
	 * @see #getJobSpec()
	 * @generated
	 */
	EAttribute getJobSpec_TtlSecondsAfterFinished();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.JobStatus <em>Job Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Status</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus
	 * @generated
	 */
	EClass getJobStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getActive()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_Active();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletedIndexes <em>Completed Indexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed Indexes</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletedIndexes()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_CompletedIndexes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletionTime <em>Completion Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completion Time</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getCompletionTime()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_CompletionTime();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getConditions()
	 * @see #getJobStatus()
	 * @generated
	 */
	EReference getJobStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getFailed <em>Failed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getFailed()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_Failed();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getFailedIndexes <em>Failed Indexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed Indexes</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getFailedIndexes()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_FailedIndexes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getReady <em>Ready</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getReady()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_Ready();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getStartTime()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getSucceeded <em>Succeeded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Succeeded</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getSucceeded()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_Succeeded();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getTerminating <em>Terminating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Terminating</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getTerminating()
	 * @see #getJobStatus()
	 * @generated
	 */
	EAttribute getJobStatus_Terminating();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobStatus#getUncountedTerminatedPods <em>Uncounted Terminated Pods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Uncounted Terminated Pods</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobStatus#getUncountedTerminatedPods()
	 * @see #getJobStatus()
	 * @generated
	 */
	EReference getJobStatus_UncountedTerminatedPods();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.JobTemplateSpec <em>Job Template Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Template Spec</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobTemplateSpec
	 * @generated
	 */
	EClass getJobTemplateSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobTemplateSpec#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobTemplateSpec#getMetadata()
	 * @see #getJobTemplateSpec()
	 * @generated
	 */
	EReference getJobTemplateSpec_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.JobTemplateSpec#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.JobTemplateSpec#getSpec()
	 * @see #getJobTemplateSpec()
	 * @generated
	 */
	EReference getJobTemplateSpec_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicy <em>Pod Failure Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Failure Policy</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicy
	 * @generated
	 */
	EClass getPodFailurePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicy#getRules()
	 * @see #getPodFailurePolicy()
	 * @generated
	 */
	EReference getPodFailurePolicy_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement <em>Pod Failure Policy On Exit Codes Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Failure Policy On Exit Codes Requirement</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement
	 * @generated
	 */
	EClass getPodFailurePolicyOnExitCodesRequirement();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getContainerName <em>Container Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Name</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getContainerName()
	 * @see #getPodFailurePolicyOnExitCodesRequirement()
	 * @generated
	 */
	EAttribute getPodFailurePolicyOnExitCodesRequirement_ContainerName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getOperator()
	 * @see #getPodFailurePolicyOnExitCodesRequirement()
	 * @generated
	 */
	EAttribute getPodFailurePolicyOnExitCodesRequirement_Operator();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getValues()
	 * @see #getPodFailurePolicyOnExitCodesRequirement()
	 * @generated
	 */
	EAttribute getPodFailurePolicyOnExitCodesRequirement_Values();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern <em>Pod Failure Policy On Pod Conditions Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Failure Policy On Pod Conditions Pattern</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern
	 * @generated
	 */
	EClass getPodFailurePolicyOnPodConditionsPattern();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern#getStatus()
	 * @see #getPodFailurePolicyOnPodConditionsPattern()
	 * @generated
	 */
	EAttribute getPodFailurePolicyOnPodConditionsPattern_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern#getType()
	 * @see #getPodFailurePolicyOnPodConditionsPattern()
	 * @generated
	 */
	EAttribute getPodFailurePolicyOnPodConditionsPattern_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule <em>Pod Failure Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Failure Policy Rule</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule
	 * @generated
	 */
	EClass getPodFailurePolicyRule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getAction()
	 * @see #getPodFailurePolicyRule()
	 * @generated
	 */
	EAttribute getPodFailurePolicyRule_Action();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnExitCodes <em>On Exit Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>On Exit Codes</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnExitCodes()
	 * @see #getPodFailurePolicyRule()
	 * @generated
	 */
	EReference getPodFailurePolicyRule_OnExitCodes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnPodConditions <em>On Pod Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>On Pod Conditions</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnPodConditions()
	 * @see #getPodFailurePolicyRule()
	 * @generated
	 */
	EReference getPodFailurePolicyRule_OnPodConditions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicy <em>Success Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Success Policy</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.SuccessPolicy
	 * @generated
	 */
	EClass getSuccessPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.SuccessPolicy#getRules()
	 * @see #getSuccessPolicy()
	 * @generated
	 */
	EReference getSuccessPolicy_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule <em>Success Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Success Policy Rule</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule
	 * @generated
	 */
	EClass getSuccessPolicyRule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededCount <em>Succeeded Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Succeeded Count</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededCount()
	 * @see #getSuccessPolicyRule()
	 * @generated
	 */
	EAttribute getSuccessPolicyRule_SucceededCount();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededIndexes <em>Succeeded Indexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Succeeded Indexes</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededIndexes()
	 * @see #getSuccessPolicyRule()
	 * @generated
	 */
	EAttribute getSuccessPolicyRule_SucceededIndexes();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods <em>Uncounted Terminated Pods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uncounted Terminated Pods</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods
	 * @generated
	 */
	EClass getUncountedTerminatedPods();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods#getFailed <em>Failed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Failed</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods#getFailed()
	 * @see #getUncountedTerminatedPods()
	 * @generated
	 */
	EAttribute getUncountedTerminatedPods_Failed();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods#getSucceeded <em>Succeeded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Succeeded</em>'.
	 * @see io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods#getSucceeded()
	 * @see #getUncountedTerminatedPods()
	 * @generated
	 */
	EAttribute getUncountedTerminatedPods_Succeeded();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BatchV1Factory getBatchV1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobImpl <em>Cron Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJob()
		 * @generated
		 */
		EClass CRON_JOB = eINSTANCE.getCronJob();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB__API_VERSION = eINSTANCE.getCronJob_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB__KIND = eINSTANCE.getCronJob_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB__METADATA = eINSTANCE.getCronJob_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB__SPEC = eINSTANCE.getCronJob_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB__STATUS = eINSTANCE.getCronJob_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobListImpl <em>Cron Job List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobListImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJobList()
		 * @generated
		 */
		EClass CRON_JOB_LIST = eINSTANCE.getCronJobList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_LIST__API_VERSION = eINSTANCE.getCronJobList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB_LIST__ITEMS = eINSTANCE.getCronJobList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_LIST__KIND = eINSTANCE.getCronJobList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB_LIST__METADATA = eINSTANCE.getCronJobList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl <em>Cron Job Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobSpecImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJobSpec()
		 * @generated
		 */
		EClass CRON_JOB_SPEC = eINSTANCE.getCronJobSpec();

		/**
		 * The meta object literal for the '<em><b>Concurrency Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__CONCURRENCY_POLICY = eINSTANCE.getCronJobSpec_ConcurrencyPolicy();

		/**
		 * The meta object literal for the '<em><b>Failed Jobs History Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__FAILED_JOBS_HISTORY_LIMIT = eINSTANCE.getCronJobSpec_FailedJobsHistoryLimit();

		/**
		 * The meta object literal for the '<em><b>Job Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB_SPEC__JOB_TEMPLATE = eINSTANCE.getCronJobSpec_JobTemplate();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__SCHEDULE = eINSTANCE.getCronJobSpec_Schedule();

		/**
		 * The meta object literal for the '<em><b>Starting Deadline Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__STARTING_DEADLINE_SECONDS = eINSTANCE.getCronJobSpec_StartingDeadlineSeconds();

		/**
		 * The meta object literal for the '<em><b>Successful Jobs History Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__SUCCESSFUL_JOBS_HISTORY_LIMIT = eINSTANCE.getCronJobSpec_SuccessfulJobsHistoryLimit();

		/**
		 * The meta object literal for the '<em><b>Suspend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__SUSPEND = eINSTANCE.getCronJobSpec_Suspend();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_SPEC__TIME_ZONE = eINSTANCE.getCronJobSpec_TimeZone();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl <em>Cron Job Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.CronJobStatusImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getCronJobStatus()
		 * @generated
		 */
		EClass CRON_JOB_STATUS = eINSTANCE.getCronJobStatus();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRON_JOB_STATUS__ACTIVE = eINSTANCE.getCronJobStatus_Active();

		/**
		 * The meta object literal for the '<em><b>Last Schedule Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_STATUS__LAST_SCHEDULE_TIME = eINSTANCE.getCronJobStatus_LastScheduleTime();

		/**
		 * The meta object literal for the '<em><b>Last Successful Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRON_JOB_STATUS__LAST_SUCCESSFUL_TIME = eINSTANCE.getCronJobStatus_LastSuccessfulTime();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobImpl <em>Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.JobImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJob()
		 * @generated
		 */
		EClass JOB = eINSTANCE.getJob();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__API_VERSION = eINSTANCE.getJob_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__KIND = eINSTANCE.getJob_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__METADATA = eINSTANCE.getJob_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__SPEC = eINSTANCE.getJob_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__STATUS = eINSTANCE.getJob_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobConditionImpl <em>Job Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.JobConditionImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobCondition()
		 * @generated
		 */
		EClass JOB_CONDITION = eINSTANCE.getJobCondition();

		/**
		 * The meta object literal for the '<em><b>Last Probe Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_CONDITION__LAST_PROBE_TIME = eINSTANCE.getJobCondition_LastProbeTime();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getJobCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_CONDITION__MESSAGE = eINSTANCE.getJobCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_CONDITION__REASON = eINSTANCE.getJobCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_CONDITION__STATUS = eINSTANCE.getJobCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_CONDITION__TYPE = eINSTANCE.getJobCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobListImpl <em>Job List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.JobListImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobList()
		 * @generated
		 */
		EClass JOB_LIST = eINSTANCE.getJobList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_LIST__API_VERSION = eINSTANCE.getJobList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_LIST__ITEMS = eINSTANCE.getJobList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_LIST__KIND = eINSTANCE.getJobList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_LIST__METADATA = eINSTANCE.getJobList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl <em>Job Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobSpec()
		 * @generated
		 */
		EClass JOB_SPEC = eINSTANCE.getJobSpec();

		/**
		 * The meta object literal for the '<em><b>Active Deadline Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__ACTIVE_DEADLINE_SECONDS = eINSTANCE.getJobSpec_ActiveDeadlineSeconds();

		/**
		 * The meta object literal for the '<em><b>Backoff Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__BACKOFF_LIMIT = eINSTANCE.getJobSpec_BackoffLimit();

		/**
		 * The meta object literal for the '<em><b>Backoff Limit Per Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__BACKOFF_LIMIT_PER_INDEX = eINSTANCE.getJobSpec_BackoffLimitPerIndex();

		/**
		 * The meta object literal for the '<em><b>Completion Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__COMPLETION_MODE = eINSTANCE.getJobSpec_CompletionMode();

		/**
		 * The meta object literal for the '<em><b>Completions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__COMPLETIONS = eINSTANCE.getJobSpec_Completions();

		/**
		 * The meta object literal for the '<em><b>Managed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__MANAGED_BY = eINSTANCE.getJobSpec_ManagedBy();

		/**
		 * The meta object literal for the '<em><b>Manual Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__MANUAL_SELECTOR = eINSTANCE.getJobSpec_ManualSelector();

		/**
		 * The meta object literal for the '<em><b>Max Failed Indexes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__MAX_FAILED_INDEXES = eINSTANCE.getJobSpec_MaxFailedIndexes();

		/**
		 * The meta object literal for the '<em><b>Parallelism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__PARALLELISM = eINSTANCE.getJobSpec_Parallelism();

		/**
		 * The meta object literal for the '<em><b>Pod Failure Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_SPEC__POD_FAILURE_POLICY = eINSTANCE.getJobSpec_PodFailurePolicy();

		/**
		 * The meta object literal for the '<em><b>Pod Replacement Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__POD_REPLACEMENT_POLICY = eINSTANCE.getJobSpec_PodReplacementPolicy();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_SPEC__SELECTOR = eINSTANCE.getJobSpec_Selector();

		/**
		 * The meta object literal for the '<em><b>Success Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_SPEC__SUCCESS_POLICY = eINSTANCE.getJobSpec_SuccessPolicy();

		/**
		 * The meta object literal for the '<em><b>Suspend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__SUSPEND = eINSTANCE.getJobSpec_Suspend();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_SPEC__TEMPLATE = eINSTANCE.getJobSpec_Template();

		/**
		 * The meta object literal for the '<em><b>Ttl Seconds After Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SPEC__TTL_SECONDS_AFTER_FINISHED = eINSTANCE.getJobSpec_TtlSecondsAfterFinished();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl <em>Job Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobStatus()
		 * @generated
		 */
		EClass JOB_STATUS = eINSTANCE.getJobStatus();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__ACTIVE = eINSTANCE.getJobStatus_Active();

		/**
		 * The meta object literal for the '<em><b>Completed Indexes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__COMPLETED_INDEXES = eINSTANCE.getJobStatus_CompletedIndexes();

		/**
		 * The meta object literal for the '<em><b>Completion Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__COMPLETION_TIME = eINSTANCE.getJobStatus_CompletionTime();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_STATUS__CONDITIONS = eINSTANCE.getJobStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Failed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__FAILED = eINSTANCE.getJobStatus_Failed();

		/**
		 * The meta object literal for the '<em><b>Failed Indexes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__FAILED_INDEXES = eINSTANCE.getJobStatus_FailedIndexes();

		/**
		 * The meta object literal for the '<em><b>Ready</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__READY = eINSTANCE.getJobStatus_Ready();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__START_TIME = eINSTANCE.getJobStatus_StartTime();

		/**
		 * The meta object literal for the '<em><b>Succeeded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__SUCCEEDED = eINSTANCE.getJobStatus_Succeeded();

		/**
		 * The meta object literal for the '<em><b>Terminating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_STATUS__TERMINATING = eINSTANCE.getJobStatus_Terminating();

		/**
		 * The meta object literal for the '<em><b>Uncounted Terminated Pods</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_STATUS__UNCOUNTED_TERMINATED_PODS = eINSTANCE.getJobStatus_UncountedTerminatedPods();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.JobTemplateSpecImpl <em>Job Template Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.JobTemplateSpecImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getJobTemplateSpec()
		 * @generated
		 */
		EClass JOB_TEMPLATE_SPEC = eINSTANCE.getJobTemplateSpec();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_TEMPLATE_SPEC__METADATA = eINSTANCE.getJobTemplateSpec_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_TEMPLATE_SPEC__SPEC = eINSTANCE.getJobTemplateSpec_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyImpl <em>Pod Failure Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicy()
		 * @generated
		 */
		EClass POD_FAILURE_POLICY = eINSTANCE.getPodFailurePolicy();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_FAILURE_POLICY__RULES = eINSTANCE.getPodFailurePolicy_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl <em>Pod Failure Policy On Exit Codes Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicyOnExitCodesRequirement()
		 * @generated
		 */
		EClass POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT = eINSTANCE.getPodFailurePolicyOnExitCodesRequirement();

		/**
		 * The meta object literal for the '<em><b>Container Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME = eINSTANCE.getPodFailurePolicyOnExitCodesRequirement_ContainerName();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR = eINSTANCE.getPodFailurePolicyOnExitCodesRequirement_Operator();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES = eINSTANCE.getPodFailurePolicyOnExitCodesRequirement_Values();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnPodConditionsPatternImpl <em>Pod Failure Policy On Pod Conditions Pattern</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnPodConditionsPatternImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicyOnPodConditionsPattern()
		 * @generated
		 */
		EClass POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN = eINSTANCE.getPodFailurePolicyOnPodConditionsPattern();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN__STATUS = eINSTANCE.getPodFailurePolicyOnPodConditionsPattern_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN__TYPE = eINSTANCE.getPodFailurePolicyOnPodConditionsPattern_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl <em>Pod Failure Policy Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getPodFailurePolicyRule()
		 * @generated
		 */
		EClass POD_FAILURE_POLICY_RULE = eINSTANCE.getPodFailurePolicyRule();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_FAILURE_POLICY_RULE__ACTION = eINSTANCE.getPodFailurePolicyRule_Action();

		/**
		 * The meta object literal for the '<em><b>On Exit Codes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_FAILURE_POLICY_RULE__ON_EXIT_CODES = eINSTANCE.getPodFailurePolicyRule_OnExitCodes();

		/**
		 * The meta object literal for the '<em><b>On Pod Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS = eINSTANCE.getPodFailurePolicyRule_OnPodConditions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyImpl <em>Success Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getSuccessPolicy()
		 * @generated
		 */
		EClass SUCCESS_POLICY = eINSTANCE.getSuccessPolicy();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUCCESS_POLICY__RULES = eINSTANCE.getSuccessPolicy_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyRuleImpl <em>Success Policy Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyRuleImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getSuccessPolicyRule()
		 * @generated
		 */
		EClass SUCCESS_POLICY_RULE = eINSTANCE.getSuccessPolicyRule();

		/**
		 * The meta object literal for the '<em><b>Succeeded Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_POLICY_RULE__SUCCEEDED_COUNT = eINSTANCE.getSuccessPolicyRule_SucceededCount();

		/**
		 * The meta object literal for the '<em><b>Succeeded Indexes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES = eINSTANCE.getSuccessPolicyRule_SucceededIndexes();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.batch.v1.impl.UncountedTerminatedPodsImpl <em>Uncounted Terminated Pods</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.batch.v1.impl.UncountedTerminatedPodsImpl
		 * @see io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl#getUncountedTerminatedPods()
		 * @generated
		 */
		EClass UNCOUNTED_TERMINATED_PODS = eINSTANCE.getUncountedTerminatedPods();

		/**
		 * The meta object literal for the '<em><b>Failed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCOUNTED_TERMINATED_PODS__FAILED = eINSTANCE.getUncountedTerminatedPods_Failed();

		/**
		 * The meta object literal for the '<em><b>Succeeded</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCOUNTED_TERMINATED_PODS__SUCCEEDED = eINSTANCE.getUncountedTerminatedPods_Succeeded();

	}

} //BatchV1Package
