/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Features</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeFeatures#getSupplementalGroupsPolicy <em>Supplemental Groups Policy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeFeatures()
 * @generated
 */
public interface NodeFeatures extends EObject {
	/**
	 * Returns the value of the '<em><b>Supplemental Groups Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplemental Groups Policy</em>' attribute.
	 * @see #setSupplementalGroupsPolicy(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeFeatures_SupplementalGroupsPolicy()
	 * @generated
	 */
	Boolean getSupplementalGroupsPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeFeatures#getSupplementalGroupsPolicy <em>Supplemental Groups Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplemental Groups Policy</em>' attribute.
	 * @see #getSupplementalGroupsPolicy()
	 * @generated
	 */
	void setSupplementalGroupsPolicy(Boolean value);

} // NodeFeatures
