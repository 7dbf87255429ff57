/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology Selector Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySelectorTerm#getMatchLabelExpressions <em>Match Label Expressions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySelectorTerm()
 * @generated
 */
public interface TopologySelectorTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Match Label Expressions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.TopologySelectorLabelRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Label Expressions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySelectorTerm_MatchLabelExpressions()
	 * @generated
	 */
	EList<TopologySelectorLabelRequirement> getMatchLabelExpressions();

} // TopologySelectorTerm
