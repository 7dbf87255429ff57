/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package
 * @generated
 */
public interface AppsV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AppsV1Factory eINSTANCE = io.pilothouse.model.k8s.apps.v1.impl.AppsV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Controller Revision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Controller Revision</em>'.
	 * @generated
	 */
	ControllerRevision createControllerRevision();

	/**
	 * Returns a new object of class '<em>Controller Revision List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Controller Revision List</em>'.
	 * @generated
	 */
	ControllerRevisionList createControllerRevisionList();

	/**
	 * Returns a new object of class '<em>Daemon Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Set</em>'.
	 * @generated
	 */
	DaemonSet createDaemonSet();

	/**
	 * Returns a new object of class '<em>Daemon Set Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Set Condition</em>'.
	 * @generated
	 */
	DaemonSetCondition createDaemonSetCondition();

	/**
	 * Returns a new object of class '<em>Daemon Set List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Set List</em>'.
	 * @generated
	 */
	DaemonSetList createDaemonSetList();

	/**
	 * Returns a new object of class '<em>Daemon Set Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Set Spec</em>'.
	 * @generated
	 */
	DaemonSetSpec createDaemonSetSpec();

	/**
	 * Returns a new object of class '<em>Daemon Set Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Set Status</em>'.
	 * @generated
	 */
	DaemonSetStatus createDaemonSetStatus();

	/**
	 * Returns a new object of class '<em>Daemon Set Update Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Daemon Set Update Strategy</em>'.
	 * @generated
	 */
	DaemonSetUpdateStrategy createDaemonSetUpdateStrategy();

	/**
	 * Returns a new object of class '<em>Deployment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment</em>'.
	 * @generated
	 */
	Deployment createDeployment();

	/**
	 * Returns a new object of class '<em>Deployment Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment Condition</em>'.
	 * @generated
	 */
	DeploymentCondition createDeploymentCondition();

	/**
	 * Returns a new object of class '<em>Deployment List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment List</em>'.
	 * @generated
	 */
	DeploymentList createDeploymentList();

	/**
	 * Returns a new object of class '<em>Deployment Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment Spec</em>'.
	 * @generated
	 */
	DeploymentSpec createDeploymentSpec();

	/**
	 * Returns a new object of class '<em>Deployment Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment Status</em>'.
	 * @generated
	 */
	DeploymentStatus createDeploymentStatus();

	/**
	 * Returns a new object of class '<em>Deployment Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment Strategy</em>'.
	 * @generated
	 */
	DeploymentStrategy createDeploymentStrategy();

	/**
	 * Returns a new object of class '<em>Replica Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replica Set</em>'.
	 * @generated
	 */
	ReplicaSet createReplicaSet();

	/**
	 * Returns a new object of class '<em>Replica Set Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replica Set Condition</em>'.
	 * @generated
	 */
	ReplicaSetCondition createReplicaSetCondition();

	/**
	 * Returns a new object of class '<em>Replica Set List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replica Set List</em>'.
	 * @generated
	 */
	ReplicaSetList createReplicaSetList();

	/**
	 * Returns a new object of class '<em>Replica Set Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replica Set Spec</em>'.
	 * @generated
	 */
	ReplicaSetSpec createReplicaSetSpec();

	/**
	 * Returns a new object of class '<em>Replica Set Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Replica Set Status</em>'.
	 * @generated
	 */
	ReplicaSetStatus createReplicaSetStatus();

	/**
	 * Returns a new object of class '<em>Rolling Update Daemon Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rolling Update Daemon Set</em>'.
	 * @generated
	 */
	RollingUpdateDaemonSet createRollingUpdateDaemonSet();

	/**
	 * Returns a new object of class '<em>Rolling Update Deployment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rolling Update Deployment</em>'.
	 * @generated
	 */
	RollingUpdateDeployment createRollingUpdateDeployment();

	/**
	 * Returns a new object of class '<em>Rolling Update Stateful Set Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rolling Update Stateful Set Strategy</em>'.
	 * @generated
	 */
	RollingUpdateStatefulSetStrategy createRollingUpdateStatefulSetStrategy();

	/**
	 * Returns a new object of class '<em>Stateful Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set</em>'.
	 * @generated
	 */
	StatefulSet createStatefulSet();

	/**
	 * Returns a new object of class '<em>Stateful Set Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set Condition</em>'.
	 * @generated
	 */
	StatefulSetCondition createStatefulSetCondition();

	/**
	 * Returns a new object of class '<em>Stateful Set List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set List</em>'.
	 * @generated
	 */
	StatefulSetList createStatefulSetList();

	/**
	 * Returns a new object of class '<em>Stateful Set Ordinals</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set Ordinals</em>'.
	 * @generated
	 */
	StatefulSetOrdinals createStatefulSetOrdinals();

	/**
	 * Returns a new object of class '<em>Stateful Set Persistent Volume Claim Retention Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set Persistent Volume Claim Retention Policy</em>'.
	 * @generated
	 */
	StatefulSetPersistentVolumeClaimRetentionPolicy createStatefulSetPersistentVolumeClaimRetentionPolicy();

	/**
	 * Returns a new object of class '<em>Stateful Set Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set Spec</em>'.
	 * @generated
	 */
	StatefulSetSpec createStatefulSetSpec();

	/**
	 * Returns a new object of class '<em>Stateful Set Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set Status</em>'.
	 * @generated
	 */
	StatefulSetStatus createStatefulSetStatus();

	/**
	 * Returns a new object of class '<em>Stateful Set Update Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stateful Set Update Strategy</em>'.
	 * @generated
	 */
	StatefulSetUpdateStrategy createStatefulSetUpdateStrategy();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AppsV1Package getAppsV1Package();

} //AppsV1Factory
