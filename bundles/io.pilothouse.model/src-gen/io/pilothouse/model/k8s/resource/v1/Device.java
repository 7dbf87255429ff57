/**
 */
package io.pilothouse.model.k8s.resource.v1;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getAllNodes <em>All Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getAllowMultipleAllocations <em>Allow Multiple Allocations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getBindingConditions <em>Binding Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getBindingFailureConditions <em>Binding Failure Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getBindsToNode <em>Binds To Node</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getConsumesCounters <em>Consumes Counters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getNodeAllocatableResourceMappings <em>Node Allocatable Resource Mappings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.Device#getTaints <em>Taints</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice()
 * @generated
 */
public interface Device extends EObject {
	/**
	 * Returns the value of the '<em><b>All Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>All Nodes</em>' attribute.
	 * @see #setAllNodes(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_AllNodes()
	 * @generated
	 */
	Boolean getAllNodes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.Device#getAllNodes <em>All Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>All Nodes</em>' attribute.
	 * @see #getAllNodes()
	 * @generated
	 */
	void setAllNodes(Boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Multiple Allocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Multiple Allocations</em>' attribute.
	 * @see #setAllowMultipleAllocations(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_AllowMultipleAllocations()
	 * @generated
	 */
	Boolean getAllowMultipleAllocations();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.Device#getAllowMultipleAllocations <em>Allow Multiple Allocations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Multiple Allocations</em>' attribute.
	 * @see #getAllowMultipleAllocations()
	 * @generated
	 */
	void setAllowMultipleAllocations(Boolean value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1.DeviceAttribute},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_Attributes()
	 * @generated
	 */
	EMap<String, DeviceAttribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Binding Conditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding Conditions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_BindingConditions()
	 * @generated
	 */
	EList<String> getBindingConditions();

	/**
	 * Returns the value of the '<em><b>Binding Failure Conditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding Failure Conditions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_BindingFailureConditions()
	 * @generated
	 */
	EList<String> getBindingFailureConditions();

	/**
	 * Returns the value of the '<em><b>Binds To Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binds To Node</em>' attribute.
	 * @see #setBindsToNode(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_BindsToNode()
	 * @generated
	 */
	Boolean getBindsToNode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.Device#getBindsToNode <em>Binds To Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binds To Node</em>' attribute.
	 * @see #getBindsToNode()
	 * @generated
	 */
	void setBindsToNode(Boolean value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1.DeviceCapacity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_Capacity()
	 * @generated
	 */
	EMap<String, DeviceCapacity> getCapacity();

	/**
	 * Returns the value of the '<em><b>Consumes Counters</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1.DeviceCounterConsumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumes Counters</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_ConsumesCounters()
	 * @generated
	 */
	EList<DeviceCounterConsumption> getConsumesCounters();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.Device#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Node Allocatable Resource Mappings</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1.NodeAllocatableResourceMapping},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Allocatable Resource Mappings</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_NodeAllocatableResourceMappings()
	 * @generated
	 */
	EMap<String, NodeAllocatableResourceMapping> getNodeAllocatableResourceMappings();

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.Device#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Node Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Selector</em>' containment reference.
	 * @see #setNodeSelector(NodeSelector)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_NodeSelector()
	 * @generated
	 */
	NodeSelector getNodeSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.Device#getNodeSelector <em>Node Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Selector</em>' containment reference.
	 * @see #getNodeSelector()
	 * @generated
	 */
	void setNodeSelector(NodeSelector value);

	/**
	 * Returns the value of the '<em><b>Taints</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1.DeviceTaint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taints</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDevice_Taints()
	 * @generated
	 */
	EList<DeviceTaint> getTaints();

} // Device
