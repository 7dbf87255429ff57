/**
 */
package io.pilothouse.model.k8s.rbac.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aggregation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.AggregationRule#getClusterRoleSelectors <em>Cluster Role Selectors</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getAggregationRule()
 * @generated
 */
public interface AggregationRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Cluster Role Selectors</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.LabelSelector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Role Selectors</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getAggregationRule_ClusterRoleSelectors()
	 * @generated
	 */
	EList<LabelSelector> getClusterRoleSelectors();

} // AggregationRule
