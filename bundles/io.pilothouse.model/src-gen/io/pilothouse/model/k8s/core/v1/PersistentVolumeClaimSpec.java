/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persistent Volume Claim Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getAccessModes <em>Access Modes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getDataSourceRef <em>Data Source Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getStorageClassName <em>Storage Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getVolumeAttributesClassName <em>Volume Attributes Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getVolumeMode <em>Volume Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getVolumeName <em>Volume Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec()
 * @generated
 */
public interface PersistentVolumeClaimSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Access Modes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access Modes</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_AccessModes()
	 * @generated
	 */
	EList<String> getAccessModes();

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' containment reference.
	 * @see #setDataSource(TypedLocalObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_DataSource()
	 * @generated
	 */
	TypedLocalObjectReference getDataSource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getDataSource <em>Data Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' containment reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(TypedLocalObjectReference value);

	/**
	 * Returns the value of the '<em><b>Data Source Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source Ref</em>' containment reference.
	 * @see #setDataSourceRef(TypedObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_DataSourceRef()
	 * @generated
	 */
	TypedObjectReference getDataSourceRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getDataSourceRef <em>Data Source Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source Ref</em>' containment reference.
	 * @see #getDataSourceRef()
	 * @generated
	 */
	void setDataSourceRef(TypedObjectReference value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(VolumeResourceRequirements)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_Resources()
	 * @generated
	 */
	VolumeResourceRequirements getResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(VolumeResourceRequirements value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Storage Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Class Name</em>' attribute.
	 * @see #setStorageClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_StorageClassName()
	 * @generated
	 */
	String getStorageClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getStorageClassName <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Class Name</em>' attribute.
	 * @see #getStorageClassName()
	 * @generated
	 */
	void setStorageClassName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Attributes Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Attributes Class Name</em>' attribute.
	 * @see #setVolumeAttributesClassName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_VolumeAttributesClassName()
	 * @generated
	 */
	String getVolumeAttributesClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getVolumeAttributesClassName <em>Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Attributes Class Name</em>' attribute.
	 * @see #getVolumeAttributesClassName()
	 * @generated
	 */
	void setVolumeAttributesClassName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Mode</em>' attribute.
	 * @see #setVolumeMode(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_VolumeMode()
	 * @generated
	 */
	String getVolumeMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getVolumeMode <em>Volume Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Mode</em>' attribute.
	 * @see #getVolumeMode()
	 * @generated
	 */
	void setVolumeMode(String value);

	/**
	 * Returns the value of the '<em><b>Volume Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Name</em>' attribute.
	 * @see #setVolumeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPersistentVolumeClaimSpec_VolumeName()
	 * @generated
	 */
	String getVolumeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec#getVolumeName <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Name</em>' attribute.
	 * @see #getVolumeName()
	 * @generated
	 */
	void setVolumeName(String value);

} // PersistentVolumeClaimSpec
