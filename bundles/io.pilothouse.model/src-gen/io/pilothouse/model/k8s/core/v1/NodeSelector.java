/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSelector#getNodeSelectorTerms <em>Node Selector Terms</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSelector()
 * @generated
 */
public interface NodeSelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Node Selector Terms</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeSelectorTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Selector Terms</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSelector_NodeSelectorTerms()
	 * @generated
	 */
	EList<NodeSelectorTerm> getNodeSelectorTerms();

} // NodeSelector
