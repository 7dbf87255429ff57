/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Selector Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSelectorTerm#getMatchExpressions <em>Match Expressions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSelectorTerm#getMatchFields <em>Match Fields</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSelectorTerm()
 * @generated
 */
public interface NodeSelectorTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Match Expressions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Expressions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSelectorTerm_MatchExpressions()
	 * @generated
	 */
	EList<NodeSelectorRequirement> getMatchExpressions();

	/**
	 * Returns the value of the '<em><b>Match Fields</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Fields</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSelectorTerm_MatchFields()
	 * @generated
	 */
	EList<NodeSelectorRequirement> getMatchFields();

} // NodeSelectorTerm
