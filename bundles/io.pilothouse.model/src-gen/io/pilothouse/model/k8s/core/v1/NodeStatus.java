/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getAllocatable <em>Allocatable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getDaemonEndpoints <em>Daemon Endpoints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getDeclaredFeatures <em>Declared Features</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getFeatures <em>Features</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getImages <em>Images</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getNodeInfo <em>Node Info</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getRuntimeHandlers <em>Runtime Handlers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getVolumesAttached <em>Volumes Attached</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getVolumesInUse <em>Volumes In Use</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus()
 * @generated
 */
public interface NodeStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeAddress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Addresses()
	 * @generated
	 */
	EList<NodeAddress> getAddresses();

	/**
	 * Returns the value of the '<em><b>Allocatable</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocatable</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Allocatable()
	 * @generated
	 */
	EMap<String, Quantity> getAllocatable();

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Capacity()
	 * @generated
	 */
	EMap<String, Quantity> getCapacity();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Conditions()
	 * @generated
	 */
	EList<NodeCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference.
	 * @see #setConfig(NodeConfigStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Config()
	 * @generated
	 */
	NodeConfigStatus getConfig();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getConfig <em>Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config</em>' containment reference.
	 * @see #getConfig()
	 * @generated
	 */
	void setConfig(NodeConfigStatus value);

	/**
	 * Returns the value of the '<em><b>Daemon Endpoints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Daemon Endpoints</em>' containment reference.
	 * @see #setDaemonEndpoints(NodeDaemonEndpoints)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_DaemonEndpoints()
	 * @generated
	 */
	NodeDaemonEndpoints getDaemonEndpoints();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getDaemonEndpoints <em>Daemon Endpoints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daemon Endpoints</em>' containment reference.
	 * @see #getDaemonEndpoints()
	 * @generated
	 */
	void setDaemonEndpoints(NodeDaemonEndpoints value);

	/**
	 * Returns the value of the '<em><b>Declared Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declared Features</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_DeclaredFeatures()
	 * @generated
	 */
	EList<String> getDeclaredFeatures();

	/**
	 * Returns the value of the '<em><b>Features</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' containment reference.
	 * @see #setFeatures(NodeFeatures)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Features()
	 * @generated
	 */
	NodeFeatures getFeatures();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getFeatures <em>Features</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features</em>' containment reference.
	 * @see #getFeatures()
	 * @generated
	 */
	void setFeatures(NodeFeatures value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerImage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Images()
	 * @generated
	 */
	EList<ContainerImage> getImages();

	/**
	 * Returns the value of the '<em><b>Node Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Info</em>' containment reference.
	 * @see #setNodeInfo(NodeSystemInfo)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_NodeInfo()
	 * @generated
	 */
	NodeSystemInfo getNodeInfo();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getNodeInfo <em>Node Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Info</em>' containment reference.
	 * @see #getNodeInfo()
	 * @generated
	 */
	void setNodeInfo(NodeSystemInfo value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_Phase()
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeStatus#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Runtime Handlers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.NodeRuntimeHandler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime Handlers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_RuntimeHandlers()
	 * @generated
	 */
	EList<NodeRuntimeHandler> getRuntimeHandlers();

	/**
	 * Returns the value of the '<em><b>Volumes Attached</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.AttachedVolume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volumes Attached</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_VolumesAttached()
	 * @generated
	 */
	EList<AttachedVolume> getVolumesAttached();

	/**
	 * Returns the value of the '<em><b>Volumes In Use</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volumes In Use</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeStatus_VolumesInUse()
	 * @generated
	 */
	EList<String> getVolumesInUse();

} // NodeStatus
