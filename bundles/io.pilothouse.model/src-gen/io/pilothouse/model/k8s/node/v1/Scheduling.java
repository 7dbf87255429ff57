/**
 */
package io.pilothouse.model.k8s.node.v1;

import io.pilothouse.model.k8s.core.v1.Toleration;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.Scheduling#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.Scheduling#getTolerations <em>Tolerations</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getScheduling()
 * @generated
 */
public interface Scheduling extends EObject {
	/**
	 * Returns the value of the '<em><b>Node Selector</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Selector</em>' map.
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getScheduling_NodeSelector()
	 * @generated
	 */
	EMap<String, String> getNodeSelector();

	/**
	 * Returns the value of the '<em><b>Tolerations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Toleration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getScheduling_Tolerations()
	 * @generated
	 */
	EList<Toleration> getTolerations();

} // Scheduling
