/**
 */
package io.pilothouse.model.k8s.node.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Overhead</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.Overhead#getPodFixed <em>Pod Fixed</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getOverhead()
 * @generated
 */
public interface Overhead extends EObject {
	/**
	 * Returns the value of the '<em><b>Pod Fixed</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Fixed</em>' map.
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getOverhead_PodFixed()
	 * @generated
	 */
	EMap<String, Quantity> getPodFixed();

} // Overhead
