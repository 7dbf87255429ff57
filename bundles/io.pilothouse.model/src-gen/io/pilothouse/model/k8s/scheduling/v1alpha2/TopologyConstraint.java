/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint#getKey <em>Key</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getTopologyConstraint()
 * @generated
 */
public interface TopologyConstraint extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getTopologyConstraint_Key()
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.TopologyConstraint#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

} // TopologyConstraint
