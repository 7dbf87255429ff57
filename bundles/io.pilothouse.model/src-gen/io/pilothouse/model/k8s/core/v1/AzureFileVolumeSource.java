/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Azure File Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource#getSecretName <em>Secret Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource#getShareName <em>Share Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureFileVolumeSource()
 * @generated
 */
public interface AzureFileVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureFileVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Secret Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Name</em>' attribute.
	 * @see #setSecretName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureFileVolumeSource_SecretName()
	 * @generated
	 */
	String getSecretName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource#getSecretName <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Name</em>' attribute.
	 * @see #getSecretName()
	 * @generated
	 */
	void setSecretName(String value);

	/**
	 * Returns the value of the '<em><b>Share Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share Name</em>' attribute.
	 * @see #setShareName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAzureFileVolumeSource_ShareName()
	 * @generated
	 */
	String getShareName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AzureFileVolumeSource#getShareName <em>Share Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Name</em>' attribute.
	 * @see #getShareName()
	 * @generated
	 */
	void setShareName(String value);

} // AzureFileVolumeSource
