/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Group Scheduling Constraints</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints#getTopology <em>Topology</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSchedulingConstraints()
 * @generated
 */
public interface PodGroupSchedulingConstraints extends EObject {
	/**
	 * Returns the value of the '<em><b>Topology</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSchedulingConstraints_Topology()
	 * @generated
	 */
	EList<TopologyConstraint> getTopology();

} // PodGroupSchedulingConstraints
