/**
 */
package io.pilothouse.model.k8s.storage.v1;

import io.pilothouse.model.k8s.core.v1.TopologySelectorTerm;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowVolumeExpansion <em>Allow Volume Expansion</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowedTopologies <em>Allowed Topologies</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getMountOptions <em>Mount Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getProvisioner <em>Provisioner</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getReclaimPolicy <em>Reclaim Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getVolumeBindingMode <em>Volume Binding Mode</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass()
 * @generated
 */
public interface StorageClass extends EObject {
	/**
	 * Returns the value of the '<em><b>Allow Volume Expansion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Volume Expansion</em>' attribute.
	 * @see #setAllowVolumeExpansion(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_AllowVolumeExpansion()
	 * @generated
	 */
	Boolean getAllowVolumeExpansion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getAllowVolumeExpansion <em>Allow Volume Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Volume Expansion</em>' attribute.
	 * @see #getAllowVolumeExpansion()
	 * @generated
	 */
	void setAllowVolumeExpansion(Boolean value);

	/**
	 * Returns the value of the '<em><b>Allowed Topologies</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.TopologySelectorTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Topologies</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_AllowedTopologies()
	 * @generated
	 */
	EList<TopologySelectorTerm> getAllowedTopologies();

	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Mount Options</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Options</em>' attribute list.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_MountOptions()
	 * @generated
	 */
	EList<String> getMountOptions();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_Parameters()
	 * @generated
	 */
	EMap<String, String> getParameters();

	/**
	 * Returns the value of the '<em><b>Provisioner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provisioner</em>' attribute.
	 * @see #setProvisioner(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_Provisioner()
	 * @generated
	 */
	String getProvisioner();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getProvisioner <em>Provisioner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provisioner</em>' attribute.
	 * @see #getProvisioner()
	 * @generated
	 */
	void setProvisioner(String value);

	/**
	 * Returns the value of the '<em><b>Reclaim Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reclaim Policy</em>' attribute.
	 * @see #setReclaimPolicy(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_ReclaimPolicy()
	 * @generated
	 */
	String getReclaimPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getReclaimPolicy <em>Reclaim Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reclaim Policy</em>' attribute.
	 * @see #getReclaimPolicy()
	 * @generated
	 */
	void setReclaimPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Volume Binding Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Binding Mode</em>' attribute.
	 * @see #setVolumeBindingMode(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getStorageClass_VolumeBindingMode()
	 * @generated
	 */
	String getVolumeBindingMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.StorageClass#getVolumeBindingMode <em>Volume Binding Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Binding Mode</em>' attribute.
	 * @see #getVolumeBindingMode()
	 * @generated
	 */
	void setVolumeBindingMode(String value);

} // StorageClass
