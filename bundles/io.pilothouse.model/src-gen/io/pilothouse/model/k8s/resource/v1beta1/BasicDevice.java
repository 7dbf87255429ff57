/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Basic Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllNodes <em>All Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllowMultipleAllocations <em>Allow Multiple Allocations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindingConditions <em>Binding Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindingFailureConditions <em>Binding Failure Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindsToNode <em>Binds To Node</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getConsumesCounters <em>Consumes Counters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeAllocatableResourceMappings <em>Node Allocatable Resource Mappings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getTaints <em>Taints</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice()
 * @generated
 */
public interface BasicDevice extends EObject {
	/**
	 * Returns the value of the '<em><b>All Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>All Nodes</em>' attribute.
	 * @see #setAllNodes(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_AllNodes()
	 * @generated
	 */
	Boolean getAllNodes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllNodes <em>All Nodes</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_AllowMultipleAllocations()
	 * @generated
	 */
	Boolean getAllowMultipleAllocations();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getAllowMultipleAllocations <em>Allow Multiple Allocations</em>}' attribute.
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
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_Attributes()
	 * @generated
	 */
	EMap<String, DeviceAttribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Binding Conditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding Conditions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_BindingConditions()
	 * @generated
	 */
	EList<String> getBindingConditions();

	/**
	 * Returns the value of the '<em><b>Binding Failure Conditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding Failure Conditions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_BindingFailureConditions()
	 * @generated
	 */
	EList<String> getBindingFailureConditions();

	/**
	 * Returns the value of the '<em><b>Binds To Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binds To Node</em>' attribute.
	 * @see #setBindsToNode(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_BindsToNode()
	 * @generated
	 */
	Boolean getBindsToNode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getBindsToNode <em>Binds To Node</em>}' attribute.
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
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCapacity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_Capacity()
	 * @generated
	 */
	EMap<String, DeviceCapacity> getCapacity();

	/**
	 * Returns the value of the '<em><b>Consumes Counters</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceCounterConsumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumes Counters</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_ConsumesCounters()
	 * @generated
	 */
	EList<DeviceCounterConsumption> getConsumesCounters();

	/**
	 * Returns the value of the '<em><b>Node Allocatable Resource Mappings</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Allocatable Resource Mappings</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_NodeAllocatableResourceMappings()
	 * @generated
	 */
	EMap<String, NodeAllocatableResourceMapping> getNodeAllocatableResourceMappings();

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeName <em>Node Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_NodeSelector()
	 * @generated
	 */
	NodeSelector getNodeSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.BasicDevice#getNodeSelector <em>Node Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Selector</em>' containment reference.
	 * @see #getNodeSelector()
	 * @generated
	 */
	void setNodeSelector(NodeSelector value);

	/**
	 * Returns the value of the '<em><b>Taints</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceTaint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taints</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getBasicDevice_Taints()
	 * @generated
	 */
	EList<DeviceTaint> getTaints();

} // BasicDevice
