/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Node Affinity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeNodeAffinity#getRequired <em>Required</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeNodeAffinity()
 * @generated
 */
public interface VolumeNodeAffinity extends EObject {
	/**
	 * Returns the value of the '<em><b>Required</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' containment reference.
	 * @see #setRequired(NodeSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeNodeAffinity_Required()
	 * @generated
	 */
	NodeSelector getRequired();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeNodeAffinity#getRequired <em>Required</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' containment reference.
	 * @see #getRequired()
	 * @generated
	 */
	void setRequired(NodeSelector value);

} // VolumeNodeAffinity
