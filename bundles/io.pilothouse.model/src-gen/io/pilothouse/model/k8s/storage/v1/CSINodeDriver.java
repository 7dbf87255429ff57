/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>CSI Node Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getAllocatable <em>Allocatable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getNodeID <em>Node ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getTopologyKeys <em>Topology Keys</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeDriver()
 * @generated
 */
public interface CSINodeDriver extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocatable</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocatable</em>' containment reference.
	 * @see #setAllocatable(VolumeNodeResources)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeDriver_Allocatable()
	 * @generated
	 */
	VolumeNodeResources getAllocatable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getAllocatable <em>Allocatable</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocatable</em>' containment reference.
	 * @see #getAllocatable()
	 * @generated
	 */
	void setAllocatable(VolumeNodeResources value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeDriver_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Node ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node ID</em>' attribute.
	 * @see #setNodeID(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeDriver_NodeID()
	 * @generated
	 */
	String getNodeID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver#getNodeID <em>Node ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node ID</em>' attribute.
	 * @see #getNodeID()
	 * @generated
	 */
	void setNodeID(String value);

	/**
	 * Returns the value of the '<em><b>Topology Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology Keys</em>' attribute list.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeDriver_TopologyKeys()
	 * @generated
	 */
	EList<String> getTopologyKeys();

} // CSINodeDriver
