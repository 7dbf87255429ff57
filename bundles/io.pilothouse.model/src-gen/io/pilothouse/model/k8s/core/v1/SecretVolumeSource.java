/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Secret Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getDefaultMode <em>Default Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getItems <em>Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getOptional <em>Optional</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getSecretName <em>Secret Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecretVolumeSource()
 * @generated
 */
public interface SecretVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Default Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Mode</em>' attribute.
	 * @see #setDefaultMode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecretVolumeSource_DefaultMode()
	 * @generated
	 */
	Integer getDefaultMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getDefaultMode <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Mode</em>' attribute.
	 * @see #getDefaultMode()
	 * @generated
	 */
	void setDefaultMode(Integer value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.KeyToPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecretVolumeSource_Items()
	 * @generated
	 */
	EList<KeyToPath> getItems();

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecretVolumeSource_Optional()
	 * @generated
	 */
	Boolean getOptional();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #getOptional()
	 * @generated
	 */
	void setOptional(Boolean value);

	/**
	 * Returns the value of the '<em><b>Secret Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Name</em>' attribute.
	 * @see #setSecretName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecretVolumeSource_SecretName()
	 * @generated
	 */
	String getSecretName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecretVolumeSource#getSecretName <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Name</em>' attribute.
	 * @see #getSecretName()
	 * @generated
	 */
	void setSecretName(String value);

} // SecretVolumeSource
