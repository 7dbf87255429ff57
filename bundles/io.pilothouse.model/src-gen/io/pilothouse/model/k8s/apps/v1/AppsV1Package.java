/**
 */
package io.pilothouse.model.k8s.apps.v1;

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
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Factory
 * @generated
 */
public interface AppsV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/apps/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "apps.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AppsV1Package eINSTANCE = io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionImpl <em>Controller Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getControllerRevision()
	 * @generated
	 */
	int CONTROLLER_REVISION = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION__DATA = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION__METADATA = 3;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION__REVISION = 4;

	/**
	 * The number of structural features of the '<em>Controller Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionListImpl <em>Controller Revision List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionListImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getControllerRevisionList()
	 * @generated
	 */
	int CONTROLLER_REVISION_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Controller Revision List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_REVISION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetImpl <em>Daemon Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSet()
	 * @generated
	 */
	int DAEMON_SET = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Daemon Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetConditionImpl <em>Daemon Set Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetConditionImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetCondition()
	 * @generated
	 */
	int DAEMON_SET_CONDITION = 3;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>Daemon Set Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetListImpl <em>Daemon Set List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetListImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetList()
	 * @generated
	 */
	int DAEMON_SET_LIST = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Daemon Set List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl <em>Daemon Set Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetSpec()
	 * @generated
	 */
	int DAEMON_SET_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_SPEC__MIN_READY_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Revision History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT = 1;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_SPEC__SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_SPEC__TEMPLATE = 3;

	/**
	 * The feature id for the '<em><b>Update Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_SPEC__UPDATE_STRATEGY = 4;

	/**
	 * The number of structural features of the '<em>Daemon Set Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_SPEC_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl <em>Daemon Set Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetStatus()
	 * @generated
	 */
	int DAEMON_SET_STATUS = 6;

	/**
	 * The feature id for the '<em><b>Collision Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__COLLISION_COUNT = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Current Number Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED = 2;

	/**
	 * The feature id for the '<em><b>Desired Number Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED = 3;

	/**
	 * The feature id for the '<em><b>Number Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__NUMBER_AVAILABLE = 4;

	/**
	 * The feature id for the '<em><b>Number Misscheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__NUMBER_MISSCHEDULED = 5;

	/**
	 * The feature id for the '<em><b>Number Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__NUMBER_READY = 6;

	/**
	 * The feature id for the '<em><b>Number Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__NUMBER_UNAVAILABLE = 7;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__OBSERVED_GENERATION = 8;

	/**
	 * The feature id for the '<em><b>Updated Number Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED = 9;

	/**
	 * The number of structural features of the '<em>Daemon Set Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_STATUS_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetUpdateStrategyImpl <em>Daemon Set Update Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetUpdateStrategyImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetUpdateStrategy()
	 * @generated
	 */
	int DAEMON_SET_UPDATE_STRATEGY = 7;

	/**
	 * The feature id for the '<em><b>Rolling Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_UPDATE_STRATEGY__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Daemon Set Update Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAEMON_SET_UPDATE_STRATEGY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentImpl <em>Deployment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeployment()
	 * @generated
	 */
	int DEPLOYMENT = 8;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Deployment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentConditionImpl <em>Deployment Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentConditionImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentCondition()
	 * @generated
	 */
	int DEPLOYMENT_CONDITION = 9;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Last Update Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION__LAST_UPDATE_TIME = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Deployment Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentListImpl <em>Deployment List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentListImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentList()
	 * @generated
	 */
	int DEPLOYMENT_LIST = 10;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Deployment List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentSpecImpl <em>Deployment Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentSpecImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentSpec()
	 * @generated
	 */
	int DEPLOYMENT_SPEC = 11;

	/**
	 * The feature id for the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__MIN_READY_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Paused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__PAUSED = 1;

	/**
	 * The feature id for the '<em><b>Progress Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__PROGRESS_DEADLINE_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__REPLICAS = 3;

	/**
	 * The feature id for the '<em><b>Revision History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__REVISION_HISTORY_LIMIT = 4;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__SELECTOR = 5;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__STRATEGY = 6;

	/**
	 * The feature id for the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC__TEMPLATE = 7;

	/**
	 * The number of structural features of the '<em>Deployment Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_SPEC_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentStatusImpl <em>Deployment Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentStatusImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentStatus()
	 * @generated
	 */
	int DEPLOYMENT_STATUS = 12;

	/**
	 * The feature id for the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__AVAILABLE_REPLICAS = 0;

	/**
	 * The feature id for the '<em><b>Collision Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__COLLISION_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__CONDITIONS = 2;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__OBSERVED_GENERATION = 3;

	/**
	 * The feature id for the '<em><b>Ready Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__READY_REPLICAS = 4;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__REPLICAS = 5;

	/**
	 * The feature id for the '<em><b>Terminating Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__TERMINATING_REPLICAS = 6;

	/**
	 * The feature id for the '<em><b>Unavailable Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__UNAVAILABLE_REPLICAS = 7;

	/**
	 * The feature id for the '<em><b>Updated Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS__UPDATED_REPLICAS = 8;

	/**
	 * The number of structural features of the '<em>Deployment Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STATUS_FEATURE_COUNT = 9;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentStrategyImpl <em>Deployment Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentStrategyImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentStrategy()
	 * @generated
	 */
	int DEPLOYMENT_STRATEGY = 13;

	/**
	 * The feature id for the '<em><b>Rolling Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STRATEGY__ROLLING_UPDATE = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STRATEGY__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Deployment Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_STRATEGY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetImpl <em>Replica Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSet()
	 * @generated
	 */
	int REPLICA_SET = 14;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Replica Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetConditionImpl <em>Replica Set Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetConditionImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetCondition()
	 * @generated
	 */
	int REPLICA_SET_CONDITION = 15;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>Replica Set Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetListImpl <em>Replica Set List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetListImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetList()
	 * @generated
	 */
	int REPLICA_SET_LIST = 16;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Replica Set List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetSpecImpl <em>Replica Set Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetSpecImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetSpec()
	 * @generated
	 */
	int REPLICA_SET_SPEC = 17;

	/**
	 * The feature id for the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_SPEC__MIN_READY_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_SPEC__REPLICAS = 1;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_SPEC__SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_SPEC__TEMPLATE = 3;

	/**
	 * The number of structural features of the '<em>Replica Set Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetStatusImpl <em>Replica Set Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetStatusImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetStatus()
	 * @generated
	 */
	int REPLICA_SET_STATUS = 18;

	/**
	 * The feature id for the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__AVAILABLE_REPLICAS = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Fully Labeled Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__FULLY_LABELED_REPLICAS = 2;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__OBSERVED_GENERATION = 3;

	/**
	 * The feature id for the '<em><b>Ready Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__READY_REPLICAS = 4;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__REPLICAS = 5;

	/**
	 * The feature id for the '<em><b>Terminating Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS__TERMINATING_REPLICAS = 6;

	/**
	 * The number of structural features of the '<em>Replica Set Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLICA_SET_STATUS_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDaemonSetImpl <em>Rolling Update Daemon Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDaemonSetImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getRollingUpdateDaemonSet()
	 * @generated
	 */
	int ROLLING_UPDATE_DAEMON_SET = 19;

	/**
	 * The feature id for the '<em><b>Max Surge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_DAEMON_SET__MAX_SURGE = 0;

	/**
	 * The feature id for the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_DAEMON_SET__MAX_UNAVAILABLE = 1;

	/**
	 * The number of structural features of the '<em>Rolling Update Daemon Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_DAEMON_SET_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDeploymentImpl <em>Rolling Update Deployment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDeploymentImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getRollingUpdateDeployment()
	 * @generated
	 */
	int ROLLING_UPDATE_DEPLOYMENT = 20;

	/**
	 * The feature id for the '<em><b>Max Surge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE = 0;

	/**
	 * The feature id for the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE = 1;

	/**
	 * The number of structural features of the '<em>Rolling Update Deployment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_DEPLOYMENT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateStatefulSetStrategyImpl <em>Rolling Update Stateful Set Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateStatefulSetStrategyImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getRollingUpdateStatefulSetStrategy()
	 * @generated
	 */
	int ROLLING_UPDATE_STATEFUL_SET_STRATEGY = 21;

	/**
	 * The feature id for the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE = 0;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION = 1;

	/**
	 * The number of structural features of the '<em>Rolling Update Stateful Set Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLING_UPDATE_STATEFUL_SET_STRATEGY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetImpl <em>Stateful Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSet()
	 * @generated
	 */
	int STATEFUL_SET = 22;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Stateful Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetConditionImpl <em>Stateful Set Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetConditionImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetCondition()
	 * @generated
	 */
	int STATEFUL_SET_CONDITION = 23;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>Stateful Set Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetListImpl <em>Stateful Set List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetListImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetList()
	 * @generated
	 */
	int STATEFUL_SET_LIST = 24;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Stateful Set List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetOrdinalsImpl <em>Stateful Set Ordinals</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetOrdinalsImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetOrdinals()
	 * @generated
	 */
	int STATEFUL_SET_ORDINALS = 25;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_ORDINALS__START = 0;

	/**
	 * The number of structural features of the '<em>Stateful Set Ordinals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_ORDINALS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetPersistentVolumeClaimRetentionPolicyImpl <em>Stateful Set Persistent Volume Claim Retention Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetPersistentVolumeClaimRetentionPolicyImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetPersistentVolumeClaimRetentionPolicy()
	 * @generated
	 */
	int STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY = 26;

	/**
	 * The feature id for the '<em><b>When Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED = 0;

	/**
	 * The feature id for the '<em><b>When Scaled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED = 1;

	/**
	 * The number of structural features of the '<em>Stateful Set Persistent Volume Claim Retention Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl <em>Stateful Set Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetSpec()
	 * @generated
	 */
	int STATEFUL_SET_SPEC = 27;

	/**
	 * The feature id for the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__MIN_READY_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Ordinals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__ORDINALS = 1;

	/**
	 * The feature id for the '<em><b>Persistent Volume Claim Retention Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Pod Management Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY = 3;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__REPLICAS = 4;

	/**
	 * The feature id for the '<em><b>Revision History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT = 5;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__SELECTOR = 6;

	/**
	 * The feature id for the '<em><b>Service Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__SERVICE_NAME = 7;

	/**
	 * The feature id for the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__TEMPLATE = 8;

	/**
	 * The feature id for the '<em><b>Update Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__UPDATE_STRATEGY = 9;

	/**
	 * The feature id for the '<em><b>Volume Claim Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES = 10;

	/**
	 * The number of structural features of the '<em>Stateful Set Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_SPEC_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl <em>Stateful Set Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetStatus()
	 * @generated
	 */
	int STATEFUL_SET_STATUS = 28;

	/**
	 * The feature id for the '<em><b>Available Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__AVAILABLE_REPLICAS = 0;

	/**
	 * The feature id for the '<em><b>Collision Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__COLLISION_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__CONDITIONS = 2;

	/**
	 * The feature id for the '<em><b>Current Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__CURRENT_REPLICAS = 3;

	/**
	 * The feature id for the '<em><b>Current Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__CURRENT_REVISION = 4;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__OBSERVED_GENERATION = 5;

	/**
	 * The feature id for the '<em><b>Ready Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__READY_REPLICAS = 6;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__REPLICAS = 7;

	/**
	 * The feature id for the '<em><b>Update Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__UPDATE_REVISION = 8;

	/**
	 * The feature id for the '<em><b>Updated Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS__UPDATED_REPLICAS = 9;

	/**
	 * The number of structural features of the '<em>Stateful Set Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_STATUS_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetUpdateStrategyImpl <em>Stateful Set Update Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetUpdateStrategyImpl
	 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetUpdateStrategy()
	 * @generated
	 */
	int STATEFUL_SET_UPDATE_STRATEGY = 29;

	/**
	 * The feature id for the '<em><b>Rolling Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_UPDATE_STRATEGY__ROLLING_UPDATE = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_UPDATE_STRATEGY__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Stateful Set Update Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEFUL_SET_UPDATE_STRATEGY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevision <em>Controller Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Controller Revision</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevision
	 * @generated
	 */
	EClass getControllerRevision();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevision#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevision#getApiVersion()
	 * @see #getControllerRevision()
	 * @generated
	 */
	EAttribute getControllerRevision_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevision#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevision#getData()
	 * @see #getControllerRevision()
	 * @generated
	 */
	EAttribute getControllerRevision_Data();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevision#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevision#getKind()
	 * @see #getControllerRevision()
	 * @generated
	 */
	EAttribute getControllerRevision_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevision#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevision#getMetadata()
	 * @see #getControllerRevision()
	 * @generated
	 */
	EReference getControllerRevision_Metadata();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevision#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevision#getRevision()
	 * @see #getControllerRevision()
	 * @generated
	 */
	EAttribute getControllerRevision_Revision();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevisionList <em>Controller Revision List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Controller Revision List</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevisionList
	 * @generated
	 */
	EClass getControllerRevisionList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getApiVersion()
	 * @see #getControllerRevisionList()
	 * @generated
	 */
	EAttribute getControllerRevisionList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getItems()
	 * @see #getControllerRevisionList()
	 * @generated
	 */
	EReference getControllerRevisionList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getKind()
	 * @see #getControllerRevisionList()
	 * @generated
	 */
	EAttribute getControllerRevisionList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ControllerRevisionList#getMetadata()
	 * @see #getControllerRevisionList()
	 * @generated
	 */
	EReference getControllerRevisionList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DaemonSet <em>Daemon Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Daemon Set</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSet
	 * @generated
	 */
	EClass getDaemonSet();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSet#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSet#getApiVersion()
	 * @see #getDaemonSet()
	 * @generated
	 */
	EAttribute getDaemonSet_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSet#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSet#getKind()
	 * @see #getDaemonSet()
	 * @generated
	 */
	EAttribute getDaemonSet_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSet#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSet#getMetadata()
	 * @see #getDaemonSet()
	 * @generated
	 */
	EReference getDaemonSet_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSet#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSet#getSpec()
	 * @see #getDaemonSet()
	 * @generated
	 */
	EReference getDaemonSet_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSet#getStatus()
	 * @see #getDaemonSet()
	 * @generated
	 */
	EReference getDaemonSet_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition <em>Daemon Set Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Daemon Set Condition</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetCondition
	 * @generated
	 */
	EClass getDaemonSetCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getLastTransitionTime()
	 * @see #getDaemonSetCondition()
	 * @generated
	 */
	EAttribute getDaemonSetCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getMessage()
	 * @see #getDaemonSetCondition()
	 * @generated
	 */
	EAttribute getDaemonSetCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getReason()
	 * @see #getDaemonSetCondition()
	 * @generated
	 */
	EAttribute getDaemonSetCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getStatus()
	 * @see #getDaemonSetCondition()
	 * @generated
	 */
	EAttribute getDaemonSetCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetCondition#getType()
	 * @see #getDaemonSetCondition()
	 * @generated
	 */
	EAttribute getDaemonSetCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetList <em>Daemon Set List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Daemon Set List</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetList
	 * @generated
	 */
	EClass getDaemonSetList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetList#getApiVersion()
	 * @see #getDaemonSetList()
	 * @generated
	 */
	EAttribute getDaemonSetList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetList#getItems()
	 * @see #getDaemonSetList()
	 * @generated
	 */
	EReference getDaemonSetList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetList#getKind()
	 * @see #getDaemonSetList()
	 * @generated
	 */
	EAttribute getDaemonSetList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetList#getMetadata()
	 * @see #getDaemonSetList()
	 * @generated
	 */
	EReference getDaemonSetList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec <em>Daemon Set Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Daemon Set Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetSpec
	 * @generated
	 */
	EClass getDaemonSetSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Ready Seconds</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getMinReadySeconds()
	 * @see #getDaemonSetSpec()
	 * @generated
	 */
	EAttribute getDaemonSetSpec_MinReadySeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision History Limit</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getRevisionHistoryLimit()
	 * @see #getDaemonSetSpec()
	 * @generated
	 */
	EAttribute getDaemonSetSpec_RevisionHistoryLimit();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getSelector()
	 * @see #getDaemonSetSpec()
	 * @generated
	 */
	EReference getDaemonSetSpec_Selector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Template</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getTemplate()
	 * @see #getDaemonSetSpec()
	 * @generated
	 */
	EReference getDaemonSetSpec_Template();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getUpdateStrategy <em>Update Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Update Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getUpdateStrategy()
	 * @see #getDaemonSetSpec()
	 * @generated
	 */
	EReference getDaemonSetSpec_UpdateStrategy();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus <em>Daemon Set Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Daemon Set Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus
	 * @generated
	 */
	EClass getDaemonSetStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCollisionCount <em>Collision Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collision Count</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCollisionCount()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_CollisionCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getConditions()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EReference getDaemonSetStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCurrentNumberScheduled <em>Current Number Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Number Scheduled</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getCurrentNumberScheduled()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_CurrentNumberScheduled();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getDesiredNumberScheduled <em>Desired Number Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Number Scheduled</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getDesiredNumberScheduled()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_DesiredNumberScheduled();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberAvailable <em>Number Available</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Available</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberAvailable()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_NumberAvailable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberMisscheduled <em>Number Misscheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Misscheduled</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberMisscheduled()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_NumberMisscheduled();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberReady <em>Number Ready</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Ready</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberReady()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_NumberReady();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberUnavailable <em>Number Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Unavailable</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getNumberUnavailable()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_NumberUnavailable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getObservedGeneration()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getUpdatedNumberScheduled <em>Updated Number Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated Number Scheduled</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetStatus#getUpdatedNumberScheduled()
	 * @see #getDaemonSetStatus()
	 * @generated
	 */
	EAttribute getDaemonSetStatus_UpdatedNumberScheduled();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy <em>Daemon Set Update Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Daemon Set Update Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy
	 * @generated
	 */
	EClass getDaemonSetUpdateStrategy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy#getRollingUpdate <em>Rolling Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rolling Update</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy#getRollingUpdate()
	 * @see #getDaemonSetUpdateStrategy()
	 * @generated
	 */
	EReference getDaemonSetUpdateStrategy_RollingUpdate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy#getType()
	 * @see #getDaemonSetUpdateStrategy()
	 * @generated
	 */
	EAttribute getDaemonSetUpdateStrategy_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.Deployment <em>Deployment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.Deployment
	 * @generated
	 */
	EClass getDeployment();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.Deployment#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.Deployment#getApiVersion()
	 * @see #getDeployment()
	 * @generated
	 */
	EAttribute getDeployment_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.Deployment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.Deployment#getKind()
	 * @see #getDeployment()
	 * @generated
	 */
	EAttribute getDeployment_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.Deployment#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.Deployment#getMetadata()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.Deployment#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.Deployment#getSpec()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.Deployment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.Deployment#getStatus()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition <em>Deployment Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment Condition</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition
	 * @generated
	 */
	EClass getDeploymentCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastTransitionTime()
	 * @see #getDeploymentCondition()
	 * @generated
	 */
	EAttribute getDeploymentCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastUpdateTime <em>Last Update Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Update Time</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getLastUpdateTime()
	 * @see #getDeploymentCondition()
	 * @generated
	 */
	EAttribute getDeploymentCondition_LastUpdateTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getMessage()
	 * @see #getDeploymentCondition()
	 * @generated
	 */
	EAttribute getDeploymentCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getReason()
	 * @see #getDeploymentCondition()
	 * @generated
	 */
	EAttribute getDeploymentCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getStatus()
	 * @see #getDeploymentCondition()
	 * @generated
	 */
	EAttribute getDeploymentCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentCondition#getType()
	 * @see #getDeploymentCondition()
	 * @generated
	 */
	EAttribute getDeploymentCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DeploymentList <em>Deployment List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment List</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentList
	 * @generated
	 */
	EClass getDeploymentList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentList#getApiVersion()
	 * @see #getDeploymentList()
	 * @generated
	 */
	EAttribute getDeploymentList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.DeploymentList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentList#getItems()
	 * @see #getDeploymentList()
	 * @generated
	 */
	EReference getDeploymentList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentList#getKind()
	 * @see #getDeploymentList()
	 * @generated
	 */
	EAttribute getDeploymentList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DeploymentList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentList#getMetadata()
	 * @see #getDeploymentList()
	 * @generated
	 */
	EReference getDeploymentList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec <em>Deployment Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec
	 * @generated
	 */
	EClass getDeploymentSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getMinReadySeconds <em>Min Ready Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Ready Seconds</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getMinReadySeconds()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EAttribute getDeploymentSpec_MinReadySeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getPaused <em>Paused</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paused</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getPaused()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EAttribute getDeploymentSpec_Paused();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getProgressDeadlineSeconds <em>Progress Deadline Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Deadline Seconds</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getProgressDeadlineSeconds()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EAttribute getDeploymentSpec_ProgressDeadlineSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getReplicas()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EAttribute getDeploymentSpec_Replicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision History Limit</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getRevisionHistoryLimit()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EAttribute getDeploymentSpec_RevisionHistoryLimit();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getSelector()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EReference getDeploymentSpec_Selector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getStrategy()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EReference getDeploymentSpec_Strategy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Template</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getTemplate()
	 * @see #getDeploymentSpec()
	 * @generated
	 */
	EReference getDeploymentSpec_Template();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus <em>Deployment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus
	 * @generated
	 */
	EClass getDeploymentStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getAvailableReplicas <em>Available Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getAvailableReplicas()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_AvailableReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getCollisionCount <em>Collision Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collision Count</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getCollisionCount()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_CollisionCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getConditions()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EReference getDeploymentStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getObservedGeneration()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReadyReplicas <em>Ready Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReadyReplicas()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_ReadyReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getReplicas()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_Replicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getTerminatingReplicas <em>Terminating Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Terminating Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getTerminatingReplicas()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_TerminatingReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUnavailableReplicas <em>Unavailable Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unavailable Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUnavailableReplicas()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_UnavailableReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUpdatedReplicas <em>Updated Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStatus#getUpdatedReplicas()
	 * @see #getDeploymentStatus()
	 * @generated
	 */
	EAttribute getDeploymentStatus_UpdatedReplicas();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy <em>Deployment Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStrategy
	 * @generated
	 */
	EClass getDeploymentStrategy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getRollingUpdate <em>Rolling Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rolling Update</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getRollingUpdate()
	 * @see #getDeploymentStrategy()
	 * @generated
	 */
	EReference getDeploymentStrategy_RollingUpdate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getType()
	 * @see #getDeploymentStrategy()
	 * @generated
	 */
	EAttribute getDeploymentStrategy_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSet <em>Replica Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replica Set</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSet
	 * @generated
	 */
	EClass getReplicaSet();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSet#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSet#getApiVersion()
	 * @see #getReplicaSet()
	 * @generated
	 */
	EAttribute getReplicaSet_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSet#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSet#getKind()
	 * @see #getReplicaSet()
	 * @generated
	 */
	EAttribute getReplicaSet_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSet#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSet#getMetadata()
	 * @see #getReplicaSet()
	 * @generated
	 */
	EReference getReplicaSet_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSet#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSet#getSpec()
	 * @see #getReplicaSet()
	 * @generated
	 */
	EReference getReplicaSet_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSet#getStatus()
	 * @see #getReplicaSet()
	 * @generated
	 */
	EReference getReplicaSet_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition <em>Replica Set Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replica Set Condition</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition
	 * @generated
	 */
	EClass getReplicaSetCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getLastTransitionTime()
	 * @see #getReplicaSetCondition()
	 * @generated
	 */
	EAttribute getReplicaSetCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getMessage()
	 * @see #getReplicaSetCondition()
	 * @generated
	 */
	EAttribute getReplicaSetCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getReason()
	 * @see #getReplicaSetCondition()
	 * @generated
	 */
	EAttribute getReplicaSetCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getStatus()
	 * @see #getReplicaSetCondition()
	 * @generated
	 */
	EAttribute getReplicaSetCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition#getType()
	 * @see #getReplicaSetCondition()
	 * @generated
	 */
	EAttribute getReplicaSetCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetList <em>Replica Set List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replica Set List</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetList
	 * @generated
	 */
	EClass getReplicaSetList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getApiVersion()
	 * @see #getReplicaSetList()
	 * @generated
	 */
	EAttribute getReplicaSetList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getItems()
	 * @see #getReplicaSetList()
	 * @generated
	 */
	EReference getReplicaSetList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getKind()
	 * @see #getReplicaSetList()
	 * @generated
	 */
	EAttribute getReplicaSetList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetList#getMetadata()
	 * @see #getReplicaSetList()
	 * @generated
	 */
	EReference getReplicaSetList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec <em>Replica Set Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replica Set Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec
	 * @generated
	 */
	EClass getReplicaSetSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Ready Seconds</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getMinReadySeconds()
	 * @see #getReplicaSetSpec()
	 * @generated
	 */
	EAttribute getReplicaSetSpec_MinReadySeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getReplicas()
	 * @see #getReplicaSetSpec()
	 * @generated
	 */
	EAttribute getReplicaSetSpec_Replicas();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getSelector()
	 * @see #getReplicaSetSpec()
	 * @generated
	 */
	EReference getReplicaSetSpec_Selector();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Template</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec#getTemplate()
	 * @see #getReplicaSetSpec()
	 * @generated
	 */
	EReference getReplicaSetSpec_Template();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus <em>Replica Set Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replica Set Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus
	 * @generated
	 */
	EClass getReplicaSetStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getAvailableReplicas <em>Available Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getAvailableReplicas()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EAttribute getReplicaSetStatus_AvailableReplicas();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getConditions()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EReference getReplicaSetStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getFullyLabeledReplicas <em>Fully Labeled Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fully Labeled Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getFullyLabeledReplicas()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EAttribute getReplicaSetStatus_FullyLabeledReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getObservedGeneration()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EAttribute getReplicaSetStatus_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReadyReplicas <em>Ready Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReadyReplicas()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EAttribute getReplicaSetStatus_ReadyReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getReplicas()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EAttribute getReplicaSetStatus_Replicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getTerminatingReplicas <em>Terminating Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Terminating Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus#getTerminatingReplicas()
	 * @see #getReplicaSetStatus()
	 * @generated
	 */
	EAttribute getReplicaSetStatus_TerminatingReplicas();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet <em>Rolling Update Daemon Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rolling Update Daemon Set</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet
	 * @generated
	 */
	EClass getRollingUpdateDaemonSet();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet#getMaxSurge <em>Max Surge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Surge</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet#getMaxSurge()
	 * @see #getRollingUpdateDaemonSet()
	 * @generated
	 */
	EAttribute getRollingUpdateDaemonSet_MaxSurge();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet#getMaxUnavailable <em>Max Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Unavailable</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet#getMaxUnavailable()
	 * @see #getRollingUpdateDaemonSet()
	 * @generated
	 */
	EAttribute getRollingUpdateDaemonSet_MaxUnavailable();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment <em>Rolling Update Deployment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rolling Update Deployment</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment
	 * @generated
	 */
	EClass getRollingUpdateDeployment();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxSurge <em>Max Surge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Surge</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxSurge()
	 * @see #getRollingUpdateDeployment()
	 * @generated
	 */
	EAttribute getRollingUpdateDeployment_MaxSurge();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxUnavailable <em>Max Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Unavailable</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxUnavailable()
	 * @see #getRollingUpdateDeployment()
	 * @generated
	 */
	EAttribute getRollingUpdateDeployment_MaxUnavailable();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy <em>Rolling Update Stateful Set Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rolling Update Stateful Set Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy
	 * @generated
	 */
	EClass getRollingUpdateStatefulSetStrategy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getMaxUnavailable <em>Max Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Unavailable</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getMaxUnavailable()
	 * @see #getRollingUpdateStatefulSetStrategy()
	 * @generated
	 */
	EAttribute getRollingUpdateStatefulSetStrategy_MaxUnavailable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getPartition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partition</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getPartition()
	 * @see #getRollingUpdateStatefulSetStrategy()
	 * @generated
	 */
	EAttribute getRollingUpdateStatefulSetStrategy_Partition();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSet <em>Stateful Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSet
	 * @generated
	 */
	EClass getStatefulSet();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSet#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSet#getApiVersion()
	 * @see #getStatefulSet()
	 * @generated
	 */
	EAttribute getStatefulSet_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSet#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSet#getKind()
	 * @see #getStatefulSet()
	 * @generated
	 */
	EAttribute getStatefulSet_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSet#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSet#getMetadata()
	 * @see #getStatefulSet()
	 * @generated
	 */
	EReference getStatefulSet_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSet#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSet#getSpec()
	 * @see #getStatefulSet()
	 * @generated
	 */
	EReference getStatefulSet_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSet#getStatus()
	 * @see #getStatefulSet()
	 * @generated
	 */
	EReference getStatefulSet_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition <em>Stateful Set Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set Condition</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetCondition
	 * @generated
	 */
	EClass getStatefulSetCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getLastTransitionTime()
	 * @see #getStatefulSetCondition()
	 * @generated
	 */
	EAttribute getStatefulSetCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getMessage()
	 * @see #getStatefulSetCondition()
	 * @generated
	 */
	EAttribute getStatefulSetCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getReason()
	 * @see #getStatefulSetCondition()
	 * @generated
	 */
	EAttribute getStatefulSetCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getStatus()
	 * @see #getStatefulSetCondition()
	 * @generated
	 */
	EAttribute getStatefulSetCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetCondition#getType()
	 * @see #getStatefulSetCondition()
	 * @generated
	 */
	EAttribute getStatefulSetCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetList <em>Stateful Set List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set List</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetList
	 * @generated
	 */
	EClass getStatefulSetList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetList#getApiVersion()
	 * @see #getStatefulSetList()
	 * @generated
	 */
	EAttribute getStatefulSetList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetList#getItems()
	 * @see #getStatefulSetList()
	 * @generated
	 */
	EReference getStatefulSetList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetList#getKind()
	 * @see #getStatefulSetList()
	 * @generated
	 */
	EAttribute getStatefulSetList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetList#getMetadata()
	 * @see #getStatefulSetList()
	 * @generated
	 */
	EReference getStatefulSetList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals <em>Stateful Set Ordinals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set Ordinals</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals
	 * @generated
	 */
	EClass getStatefulSetOrdinals();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals#getStart()
	 * @see #getStatefulSetOrdinals()
	 * @generated
	 */
	EAttribute getStatefulSetOrdinals_Start();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy <em>Stateful Set Persistent Volume Claim Retention Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set Persistent Volume Claim Retention Policy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy
	 * @generated
	 */
	EClass getStatefulSetPersistentVolumeClaimRetentionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenDeleted <em>When Deleted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When Deleted</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenDeleted()
	 * @see #getStatefulSetPersistentVolumeClaimRetentionPolicy()
	 * @generated
	 */
	EAttribute getStatefulSetPersistentVolumeClaimRetentionPolicy_WhenDeleted();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenScaled <em>When Scaled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When Scaled</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenScaled()
	 * @see #getStatefulSetPersistentVolumeClaimRetentionPolicy()
	 * @generated
	 */
	EAttribute getStatefulSetPersistentVolumeClaimRetentionPolicy_WhenScaled();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec <em>Stateful Set Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set Spec</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec
	 * @generated
	 */
	EClass getStatefulSetSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Ready Seconds</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getMinReadySeconds()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EAttribute getStatefulSetSpec_MinReadySeconds();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getOrdinals <em>Ordinals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ordinals</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getOrdinals()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EReference getStatefulSetSpec_Ordinals();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPersistentVolumeClaimRetentionPolicy <em>Persistent Volume Claim Retention Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Persistent Volume Claim Retention Policy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPersistentVolumeClaimRetentionPolicy()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EReference getStatefulSetSpec_PersistentVolumeClaimRetentionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPodManagementPolicy <em>Pod Management Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pod Management Policy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPodManagementPolicy()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EAttribute getStatefulSetSpec_PodManagementPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getReplicas()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EAttribute getStatefulSetSpec_Replicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision History Limit</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getRevisionHistoryLimit()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EAttribute getStatefulSetSpec_RevisionHistoryLimit();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getSelector()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EReference getStatefulSetSpec_Selector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getServiceName <em>Service Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Name</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getServiceName()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EAttribute getStatefulSetSpec_ServiceName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Template</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getTemplate()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EReference getStatefulSetSpec_Template();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getUpdateStrategy <em>Update Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Update Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getUpdateStrategy()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EReference getStatefulSetSpec_UpdateStrategy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getVolumeClaimTemplates <em>Volume Claim Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volume Claim Templates</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getVolumeClaimTemplates()
	 * @see #getStatefulSetSpec()
	 * @generated
	 */
	EReference getStatefulSetSpec_VolumeClaimTemplates();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus <em>Stateful Set Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set Status</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus
	 * @generated
	 */
	EClass getStatefulSetStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getAvailableReplicas <em>Available Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getAvailableReplicas()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_AvailableReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCollisionCount <em>Collision Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collision Count</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCollisionCount()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_CollisionCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getConditions()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EReference getStatefulSetStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentReplicas <em>Current Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentReplicas()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_CurrentReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentRevision <em>Current Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Revision</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getCurrentRevision()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_CurrentRevision();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getObservedGeneration()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReadyReplicas <em>Ready Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReadyReplicas()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_ReadyReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getReplicas()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_Replicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdateRevision <em>Update Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Revision</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdateRevision()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_UpdateRevision();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdatedReplicas <em>Updated Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated Replicas</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetStatus#getUpdatedReplicas()
	 * @see #getStatefulSetStatus()
	 * @generated
	 */
	EAttribute getStatefulSetStatus_UpdatedReplicas();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy <em>Stateful Set Update Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stateful Set Update Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy
	 * @generated
	 */
	EClass getStatefulSetUpdateStrategy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getRollingUpdate <em>Rolling Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rolling Update</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getRollingUpdate()
	 * @see #getStatefulSetUpdateStrategy()
	 * @generated
	 */
	EReference getStatefulSetUpdateStrategy_RollingUpdate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getType()
	 * @see #getStatefulSetUpdateStrategy()
	 * @generated
	 */
	EAttribute getStatefulSetUpdateStrategy_Type();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AppsV1Factory getAppsV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionImpl <em>Controller Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getControllerRevision()
		 * @generated
		 */
		EClass CONTROLLER_REVISION = eINSTANCE.getControllerRevision();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_REVISION__API_VERSION = eINSTANCE.getControllerRevision_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_REVISION__DATA = eINSTANCE.getControllerRevision_Data();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_REVISION__KIND = eINSTANCE.getControllerRevision_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER_REVISION__METADATA = eINSTANCE.getControllerRevision_Metadata();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_REVISION__REVISION = eINSTANCE.getControllerRevision_Revision();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionListImpl <em>Controller Revision List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ControllerRevisionListImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getControllerRevisionList()
		 * @generated
		 */
		EClass CONTROLLER_REVISION_LIST = eINSTANCE.getControllerRevisionList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_REVISION_LIST__API_VERSION = eINSTANCE.getControllerRevisionList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER_REVISION_LIST__ITEMS = eINSTANCE.getControllerRevisionList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_REVISION_LIST__KIND = eINSTANCE.getControllerRevisionList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER_REVISION_LIST__METADATA = eINSTANCE.getControllerRevisionList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetImpl <em>Daemon Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSet()
		 * @generated
		 */
		EClass DAEMON_SET = eINSTANCE.getDaemonSet();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET__API_VERSION = eINSTANCE.getDaemonSet_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET__KIND = eINSTANCE.getDaemonSet_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET__METADATA = eINSTANCE.getDaemonSet_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET__SPEC = eINSTANCE.getDaemonSet_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET__STATUS = eINSTANCE.getDaemonSet_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetConditionImpl <em>Daemon Set Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetConditionImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetCondition()
		 * @generated
		 */
		EClass DAEMON_SET_CONDITION = eINSTANCE.getDaemonSetCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getDaemonSetCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_CONDITION__MESSAGE = eINSTANCE.getDaemonSetCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_CONDITION__REASON = eINSTANCE.getDaemonSetCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_CONDITION__STATUS = eINSTANCE.getDaemonSetCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_CONDITION__TYPE = eINSTANCE.getDaemonSetCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetListImpl <em>Daemon Set List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetListImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetList()
		 * @generated
		 */
		EClass DAEMON_SET_LIST = eINSTANCE.getDaemonSetList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_LIST__API_VERSION = eINSTANCE.getDaemonSetList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_LIST__ITEMS = eINSTANCE.getDaemonSetList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_LIST__KIND = eINSTANCE.getDaemonSetList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_LIST__METADATA = eINSTANCE.getDaemonSetList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl <em>Daemon Set Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetSpec()
		 * @generated
		 */
		EClass DAEMON_SET_SPEC = eINSTANCE.getDaemonSetSpec();

		/**
		 * The meta object literal for the '<em><b>Min Ready Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_SPEC__MIN_READY_SECONDS = eINSTANCE.getDaemonSetSpec_MinReadySeconds();

		/**
		 * The meta object literal for the '<em><b>Revision History Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT = eINSTANCE.getDaemonSetSpec_RevisionHistoryLimit();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_SPEC__SELECTOR = eINSTANCE.getDaemonSetSpec_Selector();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_SPEC__TEMPLATE = eINSTANCE.getDaemonSetSpec_Template();

		/**
		 * The meta object literal for the '<em><b>Update Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_SPEC__UPDATE_STRATEGY = eINSTANCE.getDaemonSetSpec_UpdateStrategy();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl <em>Daemon Set Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetStatus()
		 * @generated
		 */
		EClass DAEMON_SET_STATUS = eINSTANCE.getDaemonSetStatus();

		/**
		 * The meta object literal for the '<em><b>Collision Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__COLLISION_COUNT = eINSTANCE.getDaemonSetStatus_CollisionCount();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_STATUS__CONDITIONS = eINSTANCE.getDaemonSetStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Current Number Scheduled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED = eINSTANCE.getDaemonSetStatus_CurrentNumberScheduled();

		/**
		 * The meta object literal for the '<em><b>Desired Number Scheduled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED = eINSTANCE.getDaemonSetStatus_DesiredNumberScheduled();

		/**
		 * The meta object literal for the '<em><b>Number Available</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__NUMBER_AVAILABLE = eINSTANCE.getDaemonSetStatus_NumberAvailable();

		/**
		 * The meta object literal for the '<em><b>Number Misscheduled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__NUMBER_MISSCHEDULED = eINSTANCE.getDaemonSetStatus_NumberMisscheduled();

		/**
		 * The meta object literal for the '<em><b>Number Ready</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__NUMBER_READY = eINSTANCE.getDaemonSetStatus_NumberReady();

		/**
		 * The meta object literal for the '<em><b>Number Unavailable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__NUMBER_UNAVAILABLE = eINSTANCE.getDaemonSetStatus_NumberUnavailable();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__OBSERVED_GENERATION = eINSTANCE.getDaemonSetStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Updated Number Scheduled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED = eINSTANCE.getDaemonSetStatus_UpdatedNumberScheduled();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetUpdateStrategyImpl <em>Daemon Set Update Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DaemonSetUpdateStrategyImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDaemonSetUpdateStrategy()
		 * @generated
		 */
		EClass DAEMON_SET_UPDATE_STRATEGY = eINSTANCE.getDaemonSetUpdateStrategy();

		/**
		 * The meta object literal for the '<em><b>Rolling Update</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE = eINSTANCE.getDaemonSetUpdateStrategy_RollingUpdate();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DAEMON_SET_UPDATE_STRATEGY__TYPE = eINSTANCE.getDaemonSetUpdateStrategy_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentImpl <em>Deployment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeployment()
		 * @generated
		 */
		EClass DEPLOYMENT = eINSTANCE.getDeployment();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT__API_VERSION = eINSTANCE.getDeployment_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT__KIND = eINSTANCE.getDeployment_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__METADATA = eINSTANCE.getDeployment_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__SPEC = eINSTANCE.getDeployment_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__STATUS = eINSTANCE.getDeployment_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentConditionImpl <em>Deployment Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentConditionImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentCondition()
		 * @generated
		 */
		EClass DEPLOYMENT_CONDITION = eINSTANCE.getDeploymentCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getDeploymentCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Last Update Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_CONDITION__LAST_UPDATE_TIME = eINSTANCE.getDeploymentCondition_LastUpdateTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_CONDITION__MESSAGE = eINSTANCE.getDeploymentCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_CONDITION__REASON = eINSTANCE.getDeploymentCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_CONDITION__STATUS = eINSTANCE.getDeploymentCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_CONDITION__TYPE = eINSTANCE.getDeploymentCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentListImpl <em>Deployment List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentListImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentList()
		 * @generated
		 */
		EClass DEPLOYMENT_LIST = eINSTANCE.getDeploymentList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_LIST__API_VERSION = eINSTANCE.getDeploymentList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_LIST__ITEMS = eINSTANCE.getDeploymentList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_LIST__KIND = eINSTANCE.getDeploymentList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_LIST__METADATA = eINSTANCE.getDeploymentList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentSpecImpl <em>Deployment Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentSpecImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentSpec()
		 * @generated
		 */
		EClass DEPLOYMENT_SPEC = eINSTANCE.getDeploymentSpec();

		/**
		 * The meta object literal for the '<em><b>Min Ready Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_SPEC__MIN_READY_SECONDS = eINSTANCE.getDeploymentSpec_MinReadySeconds();

		/**
		 * The meta object literal for the '<em><b>Paused</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_SPEC__PAUSED = eINSTANCE.getDeploymentSpec_Paused();

		/**
		 * The meta object literal for the '<em><b>Progress Deadline Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_SPEC__PROGRESS_DEADLINE_SECONDS = eINSTANCE.getDeploymentSpec_ProgressDeadlineSeconds();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_SPEC__REPLICAS = eINSTANCE.getDeploymentSpec_Replicas();

		/**
		 * The meta object literal for the '<em><b>Revision History Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_SPEC__REVISION_HISTORY_LIMIT = eINSTANCE.getDeploymentSpec_RevisionHistoryLimit();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_SPEC__SELECTOR = eINSTANCE.getDeploymentSpec_Selector();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_SPEC__STRATEGY = eINSTANCE.getDeploymentSpec_Strategy();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_SPEC__TEMPLATE = eINSTANCE.getDeploymentSpec_Template();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentStatusImpl <em>Deployment Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentStatusImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentStatus()
		 * @generated
		 */
		EClass DEPLOYMENT_STATUS = eINSTANCE.getDeploymentStatus();

		/**
		 * The meta object literal for the '<em><b>Available Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__AVAILABLE_REPLICAS = eINSTANCE.getDeploymentStatus_AvailableReplicas();

		/**
		 * The meta object literal for the '<em><b>Collision Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__COLLISION_COUNT = eINSTANCE.getDeploymentStatus_CollisionCount();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_STATUS__CONDITIONS = eINSTANCE.getDeploymentStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__OBSERVED_GENERATION = eINSTANCE.getDeploymentStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Ready Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__READY_REPLICAS = eINSTANCE.getDeploymentStatus_ReadyReplicas();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__REPLICAS = eINSTANCE.getDeploymentStatus_Replicas();

		/**
		 * The meta object literal for the '<em><b>Terminating Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__TERMINATING_REPLICAS = eINSTANCE.getDeploymentStatus_TerminatingReplicas();

		/**
		 * The meta object literal for the '<em><b>Unavailable Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__UNAVAILABLE_REPLICAS = eINSTANCE.getDeploymentStatus_UnavailableReplicas();

		/**
		 * The meta object literal for the '<em><b>Updated Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STATUS__UPDATED_REPLICAS = eINSTANCE.getDeploymentStatus_UpdatedReplicas();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.DeploymentStrategyImpl <em>Deployment Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.DeploymentStrategyImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getDeploymentStrategy()
		 * @generated
		 */
		EClass DEPLOYMENT_STRATEGY = eINSTANCE.getDeploymentStrategy();

		/**
		 * The meta object literal for the '<em><b>Rolling Update</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_STRATEGY__ROLLING_UPDATE = eINSTANCE.getDeploymentStrategy_RollingUpdate();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_STRATEGY__TYPE = eINSTANCE.getDeploymentStrategy_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetImpl <em>Replica Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSet()
		 * @generated
		 */
		EClass REPLICA_SET = eINSTANCE.getReplicaSet();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET__API_VERSION = eINSTANCE.getReplicaSet_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET__KIND = eINSTANCE.getReplicaSet_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET__METADATA = eINSTANCE.getReplicaSet_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET__SPEC = eINSTANCE.getReplicaSet_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET__STATUS = eINSTANCE.getReplicaSet_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetConditionImpl <em>Replica Set Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetConditionImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetCondition()
		 * @generated
		 */
		EClass REPLICA_SET_CONDITION = eINSTANCE.getReplicaSetCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getReplicaSetCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_CONDITION__MESSAGE = eINSTANCE.getReplicaSetCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_CONDITION__REASON = eINSTANCE.getReplicaSetCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_CONDITION__STATUS = eINSTANCE.getReplicaSetCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_CONDITION__TYPE = eINSTANCE.getReplicaSetCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetListImpl <em>Replica Set List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetListImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetList()
		 * @generated
		 */
		EClass REPLICA_SET_LIST = eINSTANCE.getReplicaSetList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_LIST__API_VERSION = eINSTANCE.getReplicaSetList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET_LIST__ITEMS = eINSTANCE.getReplicaSetList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_LIST__KIND = eINSTANCE.getReplicaSetList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET_LIST__METADATA = eINSTANCE.getReplicaSetList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetSpecImpl <em>Replica Set Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetSpecImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetSpec()
		 * @generated
		 */
		EClass REPLICA_SET_SPEC = eINSTANCE.getReplicaSetSpec();

		/**
		 * The meta object literal for the '<em><b>Min Ready Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_SPEC__MIN_READY_SECONDS = eINSTANCE.getReplicaSetSpec_MinReadySeconds();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_SPEC__REPLICAS = eINSTANCE.getReplicaSetSpec_Replicas();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET_SPEC__SELECTOR = eINSTANCE.getReplicaSetSpec_Selector();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET_SPEC__TEMPLATE = eINSTANCE.getReplicaSetSpec_Template();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetStatusImpl <em>Replica Set Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.ReplicaSetStatusImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getReplicaSetStatus()
		 * @generated
		 */
		EClass REPLICA_SET_STATUS = eINSTANCE.getReplicaSetStatus();

		/**
		 * The meta object literal for the '<em><b>Available Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_STATUS__AVAILABLE_REPLICAS = eINSTANCE.getReplicaSetStatus_AvailableReplicas();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLICA_SET_STATUS__CONDITIONS = eINSTANCE.getReplicaSetStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Fully Labeled Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_STATUS__FULLY_LABELED_REPLICAS = eINSTANCE.getReplicaSetStatus_FullyLabeledReplicas();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_STATUS__OBSERVED_GENERATION = eINSTANCE.getReplicaSetStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Ready Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_STATUS__READY_REPLICAS = eINSTANCE.getReplicaSetStatus_ReadyReplicas();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_STATUS__REPLICAS = eINSTANCE.getReplicaSetStatus_Replicas();

		/**
		 * The meta object literal for the '<em><b>Terminating Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLICA_SET_STATUS__TERMINATING_REPLICAS = eINSTANCE.getReplicaSetStatus_TerminatingReplicas();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDaemonSetImpl <em>Rolling Update Daemon Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDaemonSetImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getRollingUpdateDaemonSet()
		 * @generated
		 */
		EClass ROLLING_UPDATE_DAEMON_SET = eINSTANCE.getRollingUpdateDaemonSet();

		/**
		 * The meta object literal for the '<em><b>Max Surge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLING_UPDATE_DAEMON_SET__MAX_SURGE = eINSTANCE.getRollingUpdateDaemonSet_MaxSurge();

		/**
		 * The meta object literal for the '<em><b>Max Unavailable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLING_UPDATE_DAEMON_SET__MAX_UNAVAILABLE = eINSTANCE.getRollingUpdateDaemonSet_MaxUnavailable();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDeploymentImpl <em>Rolling Update Deployment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDeploymentImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getRollingUpdateDeployment()
		 * @generated
		 */
		EClass ROLLING_UPDATE_DEPLOYMENT = eINSTANCE.getRollingUpdateDeployment();

		/**
		 * The meta object literal for the '<em><b>Max Surge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE = eINSTANCE.getRollingUpdateDeployment_MaxSurge();

		/**
		 * The meta object literal for the '<em><b>Max Unavailable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE = eINSTANCE.getRollingUpdateDeployment_MaxUnavailable();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateStatefulSetStrategyImpl <em>Rolling Update Stateful Set Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateStatefulSetStrategyImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getRollingUpdateStatefulSetStrategy()
		 * @generated
		 */
		EClass ROLLING_UPDATE_STATEFUL_SET_STRATEGY = eINSTANCE.getRollingUpdateStatefulSetStrategy();

		/**
		 * The meta object literal for the '<em><b>Max Unavailable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE = eINSTANCE.getRollingUpdateStatefulSetStrategy_MaxUnavailable();

		/**
		 * The meta object literal for the '<em><b>Partition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION = eINSTANCE.getRollingUpdateStatefulSetStrategy_Partition();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetImpl <em>Stateful Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSet()
		 * @generated
		 */
		EClass STATEFUL_SET = eINSTANCE.getStatefulSet();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET__API_VERSION = eINSTANCE.getStatefulSet_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET__KIND = eINSTANCE.getStatefulSet_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET__METADATA = eINSTANCE.getStatefulSet_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET__SPEC = eINSTANCE.getStatefulSet_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET__STATUS = eINSTANCE.getStatefulSet_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetConditionImpl <em>Stateful Set Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetConditionImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetCondition()
		 * @generated
		 */
		EClass STATEFUL_SET_CONDITION = eINSTANCE.getStatefulSetCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getStatefulSetCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_CONDITION__MESSAGE = eINSTANCE.getStatefulSetCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_CONDITION__REASON = eINSTANCE.getStatefulSetCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_CONDITION__STATUS = eINSTANCE.getStatefulSetCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_CONDITION__TYPE = eINSTANCE.getStatefulSetCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetListImpl <em>Stateful Set List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetListImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetList()
		 * @generated
		 */
		EClass STATEFUL_SET_LIST = eINSTANCE.getStatefulSetList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_LIST__API_VERSION = eINSTANCE.getStatefulSetList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_LIST__ITEMS = eINSTANCE.getStatefulSetList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_LIST__KIND = eINSTANCE.getStatefulSetList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_LIST__METADATA = eINSTANCE.getStatefulSetList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetOrdinalsImpl <em>Stateful Set Ordinals</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetOrdinalsImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetOrdinals()
		 * @generated
		 */
		EClass STATEFUL_SET_ORDINALS = eINSTANCE.getStatefulSetOrdinals();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_ORDINALS__START = eINSTANCE.getStatefulSetOrdinals_Start();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetPersistentVolumeClaimRetentionPolicyImpl <em>Stateful Set Persistent Volume Claim Retention Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetPersistentVolumeClaimRetentionPolicyImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetPersistentVolumeClaimRetentionPolicy()
		 * @generated
		 */
		EClass STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY = eINSTANCE.getStatefulSetPersistentVolumeClaimRetentionPolicy();

		/**
		 * The meta object literal for the '<em><b>When Deleted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED = eINSTANCE.getStatefulSetPersistentVolumeClaimRetentionPolicy_WhenDeleted();

		/**
		 * The meta object literal for the '<em><b>When Scaled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED = eINSTANCE.getStatefulSetPersistentVolumeClaimRetentionPolicy_WhenScaled();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl <em>Stateful Set Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetSpec()
		 * @generated
		 */
		EClass STATEFUL_SET_SPEC = eINSTANCE.getStatefulSetSpec();

		/**
		 * The meta object literal for the '<em><b>Min Ready Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_SPEC__MIN_READY_SECONDS = eINSTANCE.getStatefulSetSpec_MinReadySeconds();

		/**
		 * The meta object literal for the '<em><b>Ordinals</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_SPEC__ORDINALS = eINSTANCE.getStatefulSetSpec_Ordinals();

		/**
		 * The meta object literal for the '<em><b>Persistent Volume Claim Retention Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY = eINSTANCE.getStatefulSetSpec_PersistentVolumeClaimRetentionPolicy();

		/**
		 * The meta object literal for the '<em><b>Pod Management Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY = eINSTANCE.getStatefulSetSpec_PodManagementPolicy();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_SPEC__REPLICAS = eINSTANCE.getStatefulSetSpec_Replicas();

		/**
		 * The meta object literal for the '<em><b>Revision History Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT = eINSTANCE.getStatefulSetSpec_RevisionHistoryLimit();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_SPEC__SELECTOR = eINSTANCE.getStatefulSetSpec_Selector();

		/**
		 * The meta object literal for the '<em><b>Service Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_SPEC__SERVICE_NAME = eINSTANCE.getStatefulSetSpec_ServiceName();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_SPEC__TEMPLATE = eINSTANCE.getStatefulSetSpec_Template();

		/**
		 * The meta object literal for the '<em><b>Update Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_SPEC__UPDATE_STRATEGY = eINSTANCE.getStatefulSetSpec_UpdateStrategy();

		/**
		 * The meta object literal for the '<em><b>Volume Claim Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES = eINSTANCE.getStatefulSetSpec_VolumeClaimTemplates();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl <em>Stateful Set Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetStatus()
		 * @generated
		 */
		EClass STATEFUL_SET_STATUS = eINSTANCE.getStatefulSetStatus();

		/**
		 * The meta object literal for the '<em><b>Available Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__AVAILABLE_REPLICAS = eINSTANCE.getStatefulSetStatus_AvailableReplicas();

		/**
		 * The meta object literal for the '<em><b>Collision Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__COLLISION_COUNT = eINSTANCE.getStatefulSetStatus_CollisionCount();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_STATUS__CONDITIONS = eINSTANCE.getStatefulSetStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Current Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__CURRENT_REPLICAS = eINSTANCE.getStatefulSetStatus_CurrentReplicas();

		/**
		 * The meta object literal for the '<em><b>Current Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__CURRENT_REVISION = eINSTANCE.getStatefulSetStatus_CurrentRevision();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__OBSERVED_GENERATION = eINSTANCE.getStatefulSetStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Ready Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__READY_REPLICAS = eINSTANCE.getStatefulSetStatus_ReadyReplicas();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__REPLICAS = eINSTANCE.getStatefulSetStatus_Replicas();

		/**
		 * The meta object literal for the '<em><b>Update Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__UPDATE_REVISION = eINSTANCE.getStatefulSetStatus_UpdateRevision();

		/**
		 * The meta object literal for the '<em><b>Updated Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_STATUS__UPDATED_REPLICAS = eINSTANCE.getStatefulSetStatus_UpdatedReplicas();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetUpdateStrategyImpl <em>Stateful Set Update Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apps.v1.impl.StatefulSetUpdateStrategyImpl
		 * @see io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl#getStatefulSetUpdateStrategy()
		 * @generated
		 */
		EClass STATEFUL_SET_UPDATE_STRATEGY = eINSTANCE.getStatefulSetUpdateStrategy();

		/**
		 * The meta object literal for the '<em><b>Rolling Update</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEFUL_SET_UPDATE_STRATEGY__ROLLING_UPDATE = eINSTANCE.getStatefulSetUpdateStrategy_RollingUpdate();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEFUL_SET_UPDATE_STRATEGY__TYPE = eINSTANCE.getStatefulSetUpdateStrategy_Type();

	}

} //AppsV1Package
