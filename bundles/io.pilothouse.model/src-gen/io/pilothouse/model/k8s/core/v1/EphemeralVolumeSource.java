/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ephemeral Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EphemeralVolumeSource#getVolumeClaimTemplate <em>Volume Claim Template</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEphemeralVolumeSource()
 * @generated
 */
public interface EphemeralVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Volume Claim Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Claim Template</em>' containment reference.
	 * @see #setVolumeClaimTemplate(PersistentVolumeClaimTemplate)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEphemeralVolumeSource_VolumeClaimTemplate()
	 * @generated
	 */
	PersistentVolumeClaimTemplate getVolumeClaimTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EphemeralVolumeSource#getVolumeClaimTemplate <em>Volume Claim Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Claim Template</em>' containment reference.
	 * @see #getVolumeClaimTemplate()
	 * @generated
	 */
	void setVolumeClaimTemplate(PersistentVolumeClaimTemplate value);

} // EphemeralVolumeSource
