/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>CSI Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getControllerExpandSecretRef <em>Controller Expand Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getControllerPublishSecretRef <em>Controller Publish Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getNodeExpandSecretRef <em>Node Expand Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getNodePublishSecretRef <em>Node Publish Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getNodeStageSecretRef <em>Node Stage Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getVolumeAttributes <em>Volume Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getVolumeHandle <em>Volume Handle</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource()
 * @generated
 */
public interface CSIPersistentVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Controller Expand Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Expand Secret Ref</em>' containment reference.
	 * @see #setControllerExpandSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_ControllerExpandSecretRef()
	 * @generated
	 */
	SecretReference getControllerExpandSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getControllerExpandSecretRef <em>Controller Expand Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Expand Secret Ref</em>' containment reference.
	 * @see #getControllerExpandSecretRef()
	 * @generated
	 */
	void setControllerExpandSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>Controller Publish Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Publish Secret Ref</em>' containment reference.
	 * @see #setControllerPublishSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_ControllerPublishSecretRef()
	 * @generated
	 */
	SecretReference getControllerPublishSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getControllerPublishSecretRef <em>Controller Publish Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Publish Secret Ref</em>' containment reference.
	 * @see #getControllerPublishSecretRef()
	 * @generated
	 */
	void setControllerPublishSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Node Expand Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Expand Secret Ref</em>' containment reference.
	 * @see #setNodeExpandSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_NodeExpandSecretRef()
	 * @generated
	 */
	SecretReference getNodeExpandSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getNodeExpandSecretRef <em>Node Expand Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Expand Secret Ref</em>' containment reference.
	 * @see #getNodeExpandSecretRef()
	 * @generated
	 */
	void setNodeExpandSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>Node Publish Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Publish Secret Ref</em>' containment reference.
	 * @see #setNodePublishSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_NodePublishSecretRef()
	 * @generated
	 */
	SecretReference getNodePublishSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getNodePublishSecretRef <em>Node Publish Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Publish Secret Ref</em>' containment reference.
	 * @see #getNodePublishSecretRef()
	 * @generated
	 */
	void setNodePublishSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>Node Stage Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Stage Secret Ref</em>' containment reference.
	 * @see #setNodeStageSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_NodeStageSecretRef()
	 * @generated
	 */
	SecretReference getNodeStageSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getNodeStageSecretRef <em>Node Stage Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Stage Secret Ref</em>' containment reference.
	 * @see #getNodeStageSecretRef()
	 * @generated
	 */
	void setNodeStageSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Volume Attributes</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Attributes</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_VolumeAttributes()
	 * @generated
	 */
	EMap<String, String> getVolumeAttributes();

	/**
	 * Returns the value of the '<em><b>Volume Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Handle</em>' attribute.
	 * @see #setVolumeHandle(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCSIPersistentVolumeSource_VolumeHandle()
	 * @generated
	 */
	String getVolumeHandle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource#getVolumeHandle <em>Volume Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Handle</em>' attribute.
	 * @see #getVolumeHandle()
	 * @generated
	 */
	void setVolumeHandle(String value);

} // CSIPersistentVolumeSource
