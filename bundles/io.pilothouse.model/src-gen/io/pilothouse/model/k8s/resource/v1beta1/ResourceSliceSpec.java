/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Slice Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getAllNodes <em>All Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPerDeviceNodeSelection <em>Per Device Node Selection</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getSharedCounters <em>Shared Counters</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec()
 * @generated
 */
public interface ResourceSliceSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>All Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>All Nodes</em>' attribute.
	 * @see #setAllNodes(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_AllNodes()
	 * @generated
	 */
	Boolean getAllNodes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getAllNodes <em>All Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>All Nodes</em>' attribute.
	 * @see #getAllNodes()
	 * @generated
	 */
	void setAllNodes(Boolean value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_Devices()
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeName <em>Node Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_NodeSelector()
	 * @generated
	 */
	NodeSelector getNodeSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getNodeSelector <em>Node Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Selector</em>' containment reference.
	 * @see #getNodeSelector()
	 * @generated
	 */
	void setNodeSelector(NodeSelector value);

	/**
	 * Returns the value of the '<em><b>Per Device Node Selection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Device Node Selection</em>' attribute.
	 * @see #setPerDeviceNodeSelection(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_PerDeviceNodeSelection()
	 * @generated
	 */
	Boolean getPerDeviceNodeSelection();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPerDeviceNodeSelection <em>Per Device Node Selection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Device Node Selection</em>' attribute.
	 * @see #getPerDeviceNodeSelection()
	 * @generated
	 */
	void setPerDeviceNodeSelection(Boolean value);

	/**
	 * Returns the value of the '<em><b>Pool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' containment reference.
	 * @see #setPool(ResourcePool)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_Pool()
	 * @generated
	 */
	ResourcePool getPool();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec#getPool <em>Pool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' containment reference.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(ResourcePool value);

	/**
	 * Returns the value of the '<em><b>Shared Counters</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.CounterSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared Counters</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceSliceSpec_SharedCounters()
	 * @generated
	 */
	EList<CounterSet> getSharedCounters();

} // ResourceSliceSpec
