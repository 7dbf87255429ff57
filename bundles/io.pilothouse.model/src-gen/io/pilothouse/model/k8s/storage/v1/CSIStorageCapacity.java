/**
 */
package io.pilothouse.model.k8s.storage.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>CSI Storage Capacity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMaximumVolumeSize <em>Maximum Volume Size</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getNodeTopology <em>Node Topology</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getStorageClassName <em>Storage Class Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity()
 * @generated
 */
public interface CSIStorageCapacity extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(Quantity)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_Capacity()
	 * @generated
	 */
	Quantity getCapacity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(Quantity value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Maximum Volume Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maximum Volume Size</em>' attribute.
	 * @see #setMaximumVolumeSize(Quantity)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_MaximumVolumeSize()
	 * @generated
	 */
	Quantity getMaximumVolumeSize();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMaximumVolumeSize <em>Maximum Volume Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Volume Size</em>' attribute.
	 * @see #getMaximumVolumeSize()
	 * @generated
	 */
	void setMaximumVolumeSize(Quantity value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Node Topology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Topology</em>' containment reference.
	 * @see #setNodeTopology(LabelSelector)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_NodeTopology()
	 * @generated
	 */
	LabelSelector getNodeTopology();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getNodeTopology <em>Node Topology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Topology</em>' containment reference.
	 * @see #getNodeTopology()
	 * @generated
	 */
	void setNodeTopology(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Storage Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Class Name</em>' attribute.
	 * @see #setStorageClassName(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIStorageCapacity_StorageClassName()
	 * @generated
	 */
	String getStorageClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIStorageCapacity#getStorageClassName <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Class Name</em>' attribute.
	 * @see #getStorageClassName()
	 * @generated
	 */
	void setStorageClassName(String value);

} // CSIStorageCapacity
