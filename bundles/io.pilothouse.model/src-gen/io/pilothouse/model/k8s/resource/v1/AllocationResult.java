/**
 */
package io.pilothouse.model.k8s.resource.v1;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.AllocationResult#getAllocationTimestamp <em>Allocation Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.AllocationResult#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.AllocationResult#getNodeSelector <em>Node Selector</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getAllocationResult()
 * @generated
 */
public interface AllocationResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocation Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocation Timestamp</em>' attribute.
	 * @see #setAllocationTimestamp(Time)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getAllocationResult_AllocationTimestamp()
	 * @generated
	 */
	Time getAllocationTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.AllocationResult#getAllocationTimestamp <em>Allocation Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation Timestamp</em>' attribute.
	 * @see #getAllocationTimestamp()
	 * @generated
	 */
	void setAllocationTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference.
	 * @see #setDevices(DeviceAllocationResult)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getAllocationResult_Devices()
	 * @generated
	 */
	DeviceAllocationResult getDevices();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.AllocationResult#getDevices <em>Devices</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Devices</em>' containment reference.
	 * @see #getDevices()
	 * @generated
	 */
	void setDevices(DeviceAllocationResult value);

	/**
	 * Returns the value of the '<em><b>Node Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Selector</em>' containment reference.
	 * @see #setNodeSelector(NodeSelector)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getAllocationResult_NodeSelector()
	 * @generated
	 */
	NodeSelector getNodeSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.AllocationResult#getNodeSelector <em>Node Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Selector</em>' containment reference.
	 * @see #getNodeSelector()
	 * @generated
	 */
	void setNodeSelector(NodeSelector value);

} // AllocationResult
