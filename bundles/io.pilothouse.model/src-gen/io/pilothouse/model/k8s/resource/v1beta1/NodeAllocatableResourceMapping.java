/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Allocatable Resource Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getAllocationMultiplier <em>Allocation Multiplier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getCapacityKey <em>Capacity Key</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNodeAllocatableResourceMapping()
 * @generated
 */
public interface NodeAllocatableResourceMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocation Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocation Multiplier</em>' attribute.
	 * @see #setAllocationMultiplier(Quantity)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNodeAllocatableResourceMapping_AllocationMultiplier()
	 * @generated
	 */
	Quantity getAllocationMultiplier();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getAllocationMultiplier <em>Allocation Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation Multiplier</em>' attribute.
	 * @see #getAllocationMultiplier()
	 * @generated
	 */
	void setAllocationMultiplier(Quantity value);

	/**
	 * Returns the value of the '<em><b>Capacity Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity Key</em>' attribute.
	 * @see #setCapacityKey(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNodeAllocatableResourceMapping_CapacityKey()
	 * @generated
	 */
	String getCapacityKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.NodeAllocatableResourceMapping#getCapacityKey <em>Capacity Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Key</em>' attribute.
	 * @see #getCapacityKey()
	 * @generated
	 */
	void setCapacityKey(String value);

} // NodeAllocatableResourceMapping
