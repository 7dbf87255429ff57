/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale IO Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getProtectionDomain <em>Protection Domain</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getSslEnabled <em>Ssl Enabled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getStorageMode <em>Storage Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getStoragePool <em>Storage Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getSystem <em>System</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getVolumeName <em>Volume Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource()
 * @generated
 */
public interface ScaleIOVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_Gateway()
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Protection Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protection Domain</em>' attribute.
	 * @see #setProtectionDomain(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_ProtectionDomain()
	 * @generated
	 */
	String getProtectionDomain();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getProtectionDomain <em>Protection Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protection Domain</em>' attribute.
	 * @see #getProtectionDomain()
	 * @generated
	 */
	void setProtectionDomain(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Ref</em>' containment reference.
	 * @see #setSecretRef(LocalObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_SecretRef()
	 * @generated
	 */
	LocalObjectReference getSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getSecretRef <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' containment reference.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(LocalObjectReference value);

	/**
	 * Returns the value of the '<em><b>Ssl Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssl Enabled</em>' attribute.
	 * @see #setSslEnabled(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_SslEnabled()
	 * @generated
	 */
	Boolean getSslEnabled();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getSslEnabled <em>Ssl Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssl Enabled</em>' attribute.
	 * @see #getSslEnabled()
	 * @generated
	 */
	void setSslEnabled(Boolean value);

	/**
	 * Returns the value of the '<em><b>Storage Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Mode</em>' attribute.
	 * @see #setStorageMode(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_StorageMode()
	 * @generated
	 */
	String getStorageMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getStorageMode <em>Storage Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Mode</em>' attribute.
	 * @see #getStorageMode()
	 * @generated
	 */
	void setStorageMode(String value);

	/**
	 * Returns the value of the '<em><b>Storage Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Pool</em>' attribute.
	 * @see #setStoragePool(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_StoragePool()
	 * @generated
	 */
	String getStoragePool();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getStoragePool <em>Storage Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Pool</em>' attribute.
	 * @see #getStoragePool()
	 * @generated
	 */
	void setStoragePool(String value);

	/**
	 * Returns the value of the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System</em>' attribute.
	 * @see #setSystem(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_System()
	 * @generated
	 */
	String getSystem();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' attribute.
	 * @see #getSystem()
	 * @generated
	 */
	void setSystem(String value);

	/**
	 * Returns the value of the '<em><b>Volume Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Name</em>' attribute.
	 * @see #setVolumeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScaleIOVolumeSource_VolumeName()
	 * @generated
	 */
	String getVolumeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScaleIOVolumeSource#getVolumeName <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Name</em>' attribute.
	 * @see #getVolumeName()
	 * @generated
	 */
	void setVolumeName(String value);

} // ScaleIOVolumeSource
