/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Scheduling Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSchedulingGroup#getPodGroupName <em>Pod Group Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSchedulingGroup()
 * @generated
 */
public interface PodSchedulingGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Pod Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Group Name</em>' attribute.
	 * @see #setPodGroupName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSchedulingGroup_PodGroupName()
	 * @generated
	 */
	String getPodGroupName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSchedulingGroup#getPodGroupName <em>Pod Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Group Name</em>' attribute.
	 * @see #getPodGroupName()
	 * @generated
	 */
	void setPodGroupName(String value);

} // PodSchedulingGroup
