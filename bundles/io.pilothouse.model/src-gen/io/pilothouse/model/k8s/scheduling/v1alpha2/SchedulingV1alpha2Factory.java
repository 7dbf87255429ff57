/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package
 * @generated
 */
public interface SchedulingV1alpha2Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedulingV1alpha2Factory eINSTANCE = io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Basic Scheduling Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Basic Scheduling Policy</em>'.
	 * @generated
	 */
	BasicSchedulingPolicy createBasicSchedulingPolicy();

	/**
	 * Returns a new object of class '<em>Gang Scheduling Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gang Scheduling Policy</em>'.
	 * @generated
	 */
	GangSchedulingPolicy createGangSchedulingPolicy();

	/**
	 * Returns a new object of class '<em>Pod Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group</em>'.
	 * @generated
	 */
	PodGroup createPodGroup();

	/**
	 * Returns a new object of class '<em>Pod Group List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group List</em>'.
	 * @generated
	 */
	PodGroupList createPodGroupList();

	/**
	 * Returns a new object of class '<em>Pod Group Resource Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Resource Claim</em>'.
	 * @generated
	 */
	PodGroupResourceClaim createPodGroupResourceClaim();

	/**
	 * Returns a new object of class '<em>Pod Group Resource Claim Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Resource Claim Status</em>'.
	 * @generated
	 */
	PodGroupResourceClaimStatus createPodGroupResourceClaimStatus();

	/**
	 * Returns a new object of class '<em>Pod Group Scheduling Constraints</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Scheduling Constraints</em>'.
	 * @generated
	 */
	PodGroupSchedulingConstraints createPodGroupSchedulingConstraints();

	/**
	 * Returns a new object of class '<em>Pod Group Scheduling Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Scheduling Policy</em>'.
	 * @generated
	 */
	PodGroupSchedulingPolicy createPodGroupSchedulingPolicy();

	/**
	 * Returns a new object of class '<em>Pod Group Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Spec</em>'.
	 * @generated
	 */
	PodGroupSpec createPodGroupSpec();

	/**
	 * Returns a new object of class '<em>Pod Group Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Status</em>'.
	 * @generated
	 */
	PodGroupStatus createPodGroupStatus();

	/**
	 * Returns a new object of class '<em>Pod Group Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Template</em>'.
	 * @generated
	 */
	PodGroupTemplate createPodGroupTemplate();

	/**
	 * Returns a new object of class '<em>Pod Group Template Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pod Group Template Reference</em>'.
	 * @generated
	 */
	PodGroupTemplateReference createPodGroupTemplateReference();

	/**
	 * Returns a new object of class '<em>Topology Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology Constraint</em>'.
	 * @generated
	 */
	TopologyConstraint createTopologyConstraint();

	/**
	 * Returns a new object of class '<em>Typed Local Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Typed Local Object Reference</em>'.
	 * @generated
	 */
	TypedLocalObjectReference createTypedLocalObjectReference();

	/**
	 * Returns a new object of class '<em>Workload</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload</em>'.
	 * @generated
	 */
	Workload createWorkload();

	/**
	 * Returns a new object of class '<em>Workload List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload List</em>'.
	 * @generated
	 */
	WorkloadList createWorkloadList();

	/**
	 * Returns a new object of class '<em>Workload Pod Group Template Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload Pod Group Template Reference</em>'.
	 * @generated
	 */
	WorkloadPodGroupTemplateReference createWorkloadPodGroupTemplateReference();

	/**
	 * Returns a new object of class '<em>Workload Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload Spec</em>'.
	 * @generated
	 */
	WorkloadSpec createWorkloadSpec();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SchedulingV1alpha2Package getSchedulingV1alpha2Package();

} //SchedulingV1alpha2Factory
