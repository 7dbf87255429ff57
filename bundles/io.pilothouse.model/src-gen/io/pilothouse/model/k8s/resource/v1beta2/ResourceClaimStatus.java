/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.ResourceClaimStatus#getAllocation <em>Allocation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.ResourceClaimStatus#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.ResourceClaimStatus#getReservedFor <em>Reserved For</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getResourceClaimStatus()
 * @generated
 */
public interface ResourceClaimStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocation</em>' containment reference.
	 * @see #setAllocation(AllocationResult)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getResourceClaimStatus_Allocation()
	 * @generated
	 */
	AllocationResult getAllocation();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.ResourceClaimStatus#getAllocation <em>Allocation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation</em>' containment reference.
	 * @see #getAllocation()
	 * @generated
	 */
	void setAllocation(AllocationResult value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta2.AllocatedDeviceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getResourceClaimStatus_Devices()
	 * @generated
	 */
	EList<AllocatedDeviceStatus> getDevices();

	/**
	 * Returns the value of the '<em><b>Reserved For</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta2.ResourceClaimConsumerReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reserved For</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getResourceClaimStatus_ReservedFor()
	 * @generated
	 */
	EList<ResourceClaimConsumerReference> getReservedFor();

} // ResourceClaimStatus
