/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>ISCSI Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getChapAuthDiscovery <em>Chap Auth Discovery</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getChapAuthSession <em>Chap Auth Session</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getInitiatorName <em>Initiator Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getIqn <em>Iqn</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getIscsiInterface <em>Iscsi Interface</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getLun <em>Lun</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getPortals <em>Portals</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getTargetPortal <em>Target Portal</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource()
 * @generated
 */
public interface ISCSIPersistentVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Chap Auth Discovery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chap Auth Discovery</em>' attribute.
	 * @see #setChapAuthDiscovery(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_ChapAuthDiscovery()
	 * @generated
	 */
	Boolean getChapAuthDiscovery();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getChapAuthDiscovery <em>Chap Auth Discovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chap Auth Discovery</em>' attribute.
	 * @see #getChapAuthDiscovery()
	 * @generated
	 */
	void setChapAuthDiscovery(Boolean value);

	/**
	 * Returns the value of the '<em><b>Chap Auth Session</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chap Auth Session</em>' attribute.
	 * @see #setChapAuthSession(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_ChapAuthSession()
	 * @generated
	 */
	Boolean getChapAuthSession();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getChapAuthSession <em>Chap Auth Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chap Auth Session</em>' attribute.
	 * @see #getChapAuthSession()
	 * @generated
	 */
	void setChapAuthSession(Boolean value);

	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Initiator Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator Name</em>' attribute.
	 * @see #setInitiatorName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_InitiatorName()
	 * @generated
	 */
	String getInitiatorName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getInitiatorName <em>Initiator Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator Name</em>' attribute.
	 * @see #getInitiatorName()
	 * @generated
	 */
	void setInitiatorName(String value);

	/**
	 * Returns the value of the '<em><b>Iqn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iqn</em>' attribute.
	 * @see #setIqn(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_Iqn()
	 * @generated
	 */
	String getIqn();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getIqn <em>Iqn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iqn</em>' attribute.
	 * @see #getIqn()
	 * @generated
	 */
	void setIqn(String value);

	/**
	 * Returns the value of the '<em><b>Iscsi Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iscsi Interface</em>' attribute.
	 * @see #setIscsiInterface(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_IscsiInterface()
	 * @generated
	 */
	String getIscsiInterface();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getIscsiInterface <em>Iscsi Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iscsi Interface</em>' attribute.
	 * @see #getIscsiInterface()
	 * @generated
	 */
	void setIscsiInterface(String value);

	/**
	 * Returns the value of the '<em><b>Lun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lun</em>' attribute.
	 * @see #setLun(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_Lun()
	 * @generated
	 */
	Integer getLun();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getLun <em>Lun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lun</em>' attribute.
	 * @see #getLun()
	 * @generated
	 */
	void setLun(Integer value);

	/**
	 * Returns the value of the '<em><b>Portals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portals</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_Portals()
	 * @generated
	 */
	EList<String> getPortals();

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
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
	 * @see #setSecretRef(SecretReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_SecretRef()
	 * @generated
	 */
	SecretReference getSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getSecretRef <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' containment reference.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(SecretReference value);

	/**
	 * Returns the value of the '<em><b>Target Portal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Portal</em>' attribute.
	 * @see #setTargetPortal(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getISCSIPersistentVolumeSource_TargetPortal()
	 * @generated
	 */
	String getTargetPortal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource#getTargetPortal <em>Target Portal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Portal</em>' attribute.
	 * @see #getTargetPortal()
	 * @generated
	 */
	void setTargetPortal(String value);

} // ISCSIPersistentVolumeSource
