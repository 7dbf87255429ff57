/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.*;

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
public class AppsV1FactoryImpl extends EFactoryImpl implements AppsV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AppsV1Factory init() {
		try {
			AppsV1Factory theAppsV1Factory = (AppsV1Factory)EPackage.Registry.INSTANCE.getEFactory(AppsV1Package.eNS_URI);
			if (theAppsV1Factory != null) {
				return theAppsV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AppsV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppsV1FactoryImpl() {
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
			case AppsV1Package.CONTROLLER_REVISION: return createControllerRevision();
			case AppsV1Package.CONTROLLER_REVISION_LIST: return createControllerRevisionList();
			case AppsV1Package.DAEMON_SET: return createDaemonSet();
			case AppsV1Package.DAEMON_SET_CONDITION: return createDaemonSetCondition();
			case AppsV1Package.DAEMON_SET_LIST: return createDaemonSetList();
			case AppsV1Package.DAEMON_SET_SPEC: return createDaemonSetSpec();
			case AppsV1Package.DAEMON_SET_STATUS: return createDaemonSetStatus();
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY: return createDaemonSetUpdateStrategy();
			case AppsV1Package.DEPLOYMENT: return createDeployment();
			case AppsV1Package.DEPLOYMENT_CONDITION: return createDeploymentCondition();
			case AppsV1Package.DEPLOYMENT_LIST: return createDeploymentList();
			case AppsV1Package.DEPLOYMENT_SPEC: return createDeploymentSpec();
			case AppsV1Package.DEPLOYMENT_STATUS: return createDeploymentStatus();
			case AppsV1Package.DEPLOYMENT_STRATEGY: return createDeploymentStrategy();
			case AppsV1Package.REPLICA_SET: return createReplicaSet();
			case AppsV1Package.REPLICA_SET_CONDITION: return createReplicaSetCondition();
			case AppsV1Package.REPLICA_SET_LIST: return createReplicaSetList();
			case AppsV1Package.REPLICA_SET_SPEC: return createReplicaSetSpec();
			case AppsV1Package.REPLICA_SET_STATUS: return createReplicaSetStatus();
			case AppsV1Package.ROLLING_UPDATE_DAEMON_SET: return createRollingUpdateDaemonSet();
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT: return createRollingUpdateDeployment();
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY: return createRollingUpdateStatefulSetStrategy();
			case AppsV1Package.STATEFUL_SET: return createStatefulSet();
			case AppsV1Package.STATEFUL_SET_CONDITION: return createStatefulSetCondition();
			case AppsV1Package.STATEFUL_SET_LIST: return createStatefulSetList();
			case AppsV1Package.STATEFUL_SET_ORDINALS: return createStatefulSetOrdinals();
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY: return createStatefulSetPersistentVolumeClaimRetentionPolicy();
			case AppsV1Package.STATEFUL_SET_SPEC: return createStatefulSetSpec();
			case AppsV1Package.STATEFUL_SET_STATUS: return createStatefulSetStatus();
			case AppsV1Package.STATEFUL_SET_UPDATE_STRATEGY: return createStatefulSetUpdateStrategy();
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
	public ControllerRevision createControllerRevision() {
		ControllerRevisionImpl controllerRevision = new ControllerRevisionImpl();
		return controllerRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControllerRevisionList createControllerRevisionList() {
		ControllerRevisionListImpl controllerRevisionList = new ControllerRevisionListImpl();
		return controllerRevisionList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSet createDaemonSet() {
		DaemonSetImpl daemonSet = new DaemonSetImpl();
		return daemonSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSetCondition createDaemonSetCondition() {
		DaemonSetConditionImpl daemonSetCondition = new DaemonSetConditionImpl();
		return daemonSetCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSetList createDaemonSetList() {
		DaemonSetListImpl daemonSetList = new DaemonSetListImpl();
		return daemonSetList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSetSpec createDaemonSetSpec() {
		DaemonSetSpecImpl daemonSetSpec = new DaemonSetSpecImpl();
		return daemonSetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSetStatus createDaemonSetStatus() {
		DaemonSetStatusImpl daemonSetStatus = new DaemonSetStatusImpl();
		return daemonSetStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSetUpdateStrategy createDaemonSetUpdateStrategy() {
		DaemonSetUpdateStrategyImpl daemonSetUpdateStrategy = new DaemonSetUpdateStrategyImpl();
		return daemonSetUpdateStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deployment createDeployment() {
		DeploymentImpl deployment = new DeploymentImpl();
		return deployment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentCondition createDeploymentCondition() {
		DeploymentConditionImpl deploymentCondition = new DeploymentConditionImpl();
		return deploymentCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentList createDeploymentList() {
		DeploymentListImpl deploymentList = new DeploymentListImpl();
		return deploymentList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentSpec createDeploymentSpec() {
		DeploymentSpecImpl deploymentSpec = new DeploymentSpecImpl();
		return deploymentSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentStatus createDeploymentStatus() {
		DeploymentStatusImpl deploymentStatus = new DeploymentStatusImpl();
		return deploymentStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentStrategy createDeploymentStrategy() {
		DeploymentStrategyImpl deploymentStrategy = new DeploymentStrategyImpl();
		return deploymentStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicaSet createReplicaSet() {
		ReplicaSetImpl replicaSet = new ReplicaSetImpl();
		return replicaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicaSetCondition createReplicaSetCondition() {
		ReplicaSetConditionImpl replicaSetCondition = new ReplicaSetConditionImpl();
		return replicaSetCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicaSetList createReplicaSetList() {
		ReplicaSetListImpl replicaSetList = new ReplicaSetListImpl();
		return replicaSetList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicaSetSpec createReplicaSetSpec() {
		ReplicaSetSpecImpl replicaSetSpec = new ReplicaSetSpecImpl();
		return replicaSetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicaSetStatus createReplicaSetStatus() {
		ReplicaSetStatusImpl replicaSetStatus = new ReplicaSetStatusImpl();
		return replicaSetStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollingUpdateDaemonSet createRollingUpdateDaemonSet() {
		RollingUpdateDaemonSetImpl rollingUpdateDaemonSet = new RollingUpdateDaemonSetImpl();
		return rollingUpdateDaemonSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollingUpdateDeployment createRollingUpdateDeployment() {
		RollingUpdateDeploymentImpl rollingUpdateDeployment = new RollingUpdateDeploymentImpl();
		return rollingUpdateDeployment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollingUpdateStatefulSetStrategy createRollingUpdateStatefulSetStrategy() {
		RollingUpdateStatefulSetStrategyImpl rollingUpdateStatefulSetStrategy = new RollingUpdateStatefulSetStrategyImpl();
		return rollingUpdateStatefulSetStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSet createStatefulSet() {
		StatefulSetImpl statefulSet = new StatefulSetImpl();
		return statefulSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetCondition createStatefulSetCondition() {
		StatefulSetConditionImpl statefulSetCondition = new StatefulSetConditionImpl();
		return statefulSetCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetList createStatefulSetList() {
		StatefulSetListImpl statefulSetList = new StatefulSetListImpl();
		return statefulSetList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetOrdinals createStatefulSetOrdinals() {
		StatefulSetOrdinalsImpl statefulSetOrdinals = new StatefulSetOrdinalsImpl();
		return statefulSetOrdinals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetPersistentVolumeClaimRetentionPolicy createStatefulSetPersistentVolumeClaimRetentionPolicy() {
		StatefulSetPersistentVolumeClaimRetentionPolicyImpl statefulSetPersistentVolumeClaimRetentionPolicy = new StatefulSetPersistentVolumeClaimRetentionPolicyImpl();
		return statefulSetPersistentVolumeClaimRetentionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetSpec createStatefulSetSpec() {
		StatefulSetSpecImpl statefulSetSpec = new StatefulSetSpecImpl();
		return statefulSetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetStatus createStatefulSetStatus() {
		StatefulSetStatusImpl statefulSetStatus = new StatefulSetStatusImpl();
		return statefulSetStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetUpdateStrategy createStatefulSetUpdateStrategy() {
		StatefulSetUpdateStrategyImpl statefulSetUpdateStrategy = new StatefulSetUpdateStrategyImpl();
		return statefulSetUpdateStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppsV1Package getAppsV1Package() {
		return (AppsV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AppsV1Package getPackage() {
		return AppsV1Package.eINSTANCE;
	}

} //AppsV1FactoryImpl
