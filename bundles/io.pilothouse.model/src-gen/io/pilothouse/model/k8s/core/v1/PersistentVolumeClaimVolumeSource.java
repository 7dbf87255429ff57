/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persistent Volume Claim Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource#getClaimName <em>Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource#getReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimVolumeSource()
 * @generated
 */
public interface PersistentVolumeClaimVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Claim Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim Name</em>' attribute.
	 * @see #setClaimName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimVolumeSource_ClaimName()
	 * @generated
	 */
	String getClaimName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource#getClaimName <em>Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Name</em>' attribute.
	 * @see #getClaimName()
	 * @generated
	 */
	void setClaimName(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

} // PersistentVolumeClaimVolumeSource
