/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stateful Set Persistent Volume Claim Retention Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenDeleted <em>When Deleted</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenScaled <em>When Scaled</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetPersistentVolumeClaimRetentionPolicy()
 * @generated
 */
public interface StatefulSetPersistentVolumeClaimRetentionPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>When Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When Deleted</em>' attribute.
	 * @see #setWhenDeleted(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetPersistentVolumeClaimRetentionPolicy_WhenDeleted()
	 * @generated
	 */
	String getWhenDeleted();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenDeleted <em>When Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Deleted</em>' attribute.
	 * @see #getWhenDeleted()
	 * @generated
	 */
	void setWhenDeleted(String value);

	/**
	 * Returns the value of the '<em><b>When Scaled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When Scaled</em>' attribute.
	 * @see #setWhenScaled(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetPersistentVolumeClaimRetentionPolicy_WhenScaled()
	 * @generated
	 */
	String getWhenScaled();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#getWhenScaled <em>When Scaled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Scaled</em>' attribute.
	 * @see #getWhenScaled()
	 * @generated
	 */
	void setWhenScaled(String value);

} // StatefulSetPersistentVolumeClaimRetentionPolicy
