/**
 */
package io.pilothouse.model.k8s.resource.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package
 * @generated
 */
public interface ResourceV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResourceV1Factory eINSTANCE = io.pilothouse.model.k8s.resource.v1.impl.ResourceV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Allocated Device Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allocated Device Status</em>'.
	 * @generated
	 */
	AllocatedDeviceStatus createAllocatedDeviceStatus();

	/**
	 * Returns a new object of class '<em>Allocation Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allocation Result</em>'.
	 * @generated
	 */
	AllocationResult createAllocationResult();

	/**
	 * Returns a new object of class '<em>CEL Device Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>CEL Device Selector</em>'.
	 * @generated
	 */
	CELDeviceSelector createCELDeviceSelector();

	/**
	 * Returns a new object of class '<em>Capacity Request Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capacity Request Policy</em>'.
	 * @generated
	 */
	CapacityRequestPolicy createCapacityRequestPolicy();

	/**
	 * Returns a new object of class '<em>Capacity Request Policy Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capacity Request Policy Range</em>'.
	 * @generated
	 */
	CapacityRequestPolicyRange createCapacityRequestPolicyRange();

	/**
	 * Returns a new object of class '<em>Capacity Requirements</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capacity Requirements</em>'.
	 * @generated
	 */
	CapacityRequirements createCapacityRequirements();

	/**
	 * Returns a new object of class '<em>Counter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter</em>'.
	 * @generated
	 */
	Counter createCounter();

	/**
	 * Returns a new object of class '<em>Counter Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter Set</em>'.
	 * @generated
	 */
	CounterSet createCounterSet();

	/**
	 * Returns a new object of class '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device</em>'.
	 * @generated
	 */
	Device createDevice();

	/**
	 * Returns a new object of class '<em>Device Allocation Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Allocation Configuration</em>'.
	 * @generated
	 */
	DeviceAllocationConfiguration createDeviceAllocationConfiguration();

	/**
	 * Returns a new object of class '<em>Device Allocation Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Allocation Result</em>'.
	 * @generated
	 */
	DeviceAllocationResult createDeviceAllocationResult();

	/**
	 * Returns a new object of class '<em>Device Attribute</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Attribute</em>'.
	 * @generated
	 */
	DeviceAttribute createDeviceAttribute();

	/**
	 * Returns a new object of class '<em>Device Capacity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Capacity</em>'.
	 * @generated
	 */
	DeviceCapacity createDeviceCapacity();

	/**
	 * Returns a new object of class '<em>Device Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Claim</em>'.
	 * @generated
	 */
	DeviceClaim createDeviceClaim();

	/**
	 * Returns a new object of class '<em>Device Claim Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Claim Configuration</em>'.
	 * @generated
	 */
	DeviceClaimConfiguration createDeviceClaimConfiguration();

	/**
	 * Returns a new object of class '<em>Device Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Class</em>'.
	 * @generated
	 */
	DeviceClass createDeviceClass();

	/**
	 * Returns a new object of class '<em>Device Class Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Class Configuration</em>'.
	 * @generated
	 */
	DeviceClassConfiguration createDeviceClassConfiguration();

	/**
	 * Returns a new object of class '<em>Device Class List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Class List</em>'.
	 * @generated
	 */
	DeviceClassList createDeviceClassList();

	/**
	 * Returns a new object of class '<em>Device Class Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Class Spec</em>'.
	 * @generated
	 */
	DeviceClassSpec createDeviceClassSpec();

	/**
	 * Returns a new object of class '<em>Device Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Constraint</em>'.
	 * @generated
	 */
	DeviceConstraint createDeviceConstraint();

	/**
	 * Returns a new object of class '<em>Device Counter Consumption</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Counter Consumption</em>'.
	 * @generated
	 */
	DeviceCounterConsumption createDeviceCounterConsumption();

	/**
	 * Returns a new object of class '<em>Device Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Request</em>'.
	 * @generated
	 */
	DeviceRequest createDeviceRequest();

	/**
	 * Returns a new object of class '<em>Device Request Allocation Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Request Allocation Result</em>'.
	 * @generated
	 */
	DeviceRequestAllocationResult createDeviceRequestAllocationResult();

	/**
	 * Returns a new object of class '<em>Device Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Selector</em>'.
	 * @generated
	 */
	DeviceSelector createDeviceSelector();

	/**
	 * Returns a new object of class '<em>Device Sub Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Sub Request</em>'.
	 * @generated
	 */
	DeviceSubRequest createDeviceSubRequest();

	/**
	 * Returns a new object of class '<em>Device Taint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint</em>'.
	 * @generated
	 */
	DeviceTaint createDeviceTaint();

	/**
	 * Returns a new object of class '<em>Device Toleration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Toleration</em>'.
	 * @generated
	 */
	DeviceToleration createDeviceToleration();

	/**
	 * Returns a new object of class '<em>Exact Device Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exact Device Request</em>'.
	 * @generated
	 */
	ExactDeviceRequest createExactDeviceRequest();

	/**
	 * Returns a new object of class '<em>Network Device Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Device Data</em>'.
	 * @generated
	 */
	NetworkDeviceData createNetworkDeviceData();

	/**
	 * Returns a new object of class '<em>Node Allocatable Resource Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Allocatable Resource Mapping</em>'.
	 * @generated
	 */
	NodeAllocatableResourceMapping createNodeAllocatableResourceMapping();

	/**
	 * Returns a new object of class '<em>Opaque Device Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Opaque Device Configuration</em>'.
	 * @generated
	 */
	OpaqueDeviceConfiguration createOpaqueDeviceConfiguration();

	/**
	 * Returns a new object of class '<em>Resource Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim</em>'.
	 * @generated
	 */
	ResourceClaim createResourceClaim();

	/**
	 * Returns a new object of class '<em>Resource Claim Consumer Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim Consumer Reference</em>'.
	 * @generated
	 */
	ResourceClaimConsumerReference createResourceClaimConsumerReference();

	/**
	 * Returns a new object of class '<em>Resource Claim List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim List</em>'.
	 * @generated
	 */
	ResourceClaimList createResourceClaimList();

	/**
	 * Returns a new object of class '<em>Resource Claim Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim Spec</em>'.
	 * @generated
	 */
	ResourceClaimSpec createResourceClaimSpec();

	/**
	 * Returns a new object of class '<em>Resource Claim Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim Status</em>'.
	 * @generated
	 */
	ResourceClaimStatus createResourceClaimStatus();

	/**
	 * Returns a new object of class '<em>Resource Claim Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim Template</em>'.
	 * @generated
	 */
	ResourceClaimTemplate createResourceClaimTemplate();

	/**
	 * Returns a new object of class '<em>Resource Claim Template List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim Template List</em>'.
	 * @generated
	 */
	ResourceClaimTemplateList createResourceClaimTemplateList();

	/**
	 * Returns a new object of class '<em>Resource Claim Template Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Claim Template Spec</em>'.
	 * @generated
	 */
	ResourceClaimTemplateSpec createResourceClaimTemplateSpec();

	/**
	 * Returns a new object of class '<em>Resource Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Pool</em>'.
	 * @generated
	 */
	ResourcePool createResourcePool();

	/**
	 * Returns a new object of class '<em>Resource Slice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Slice</em>'.
	 * @generated
	 */
	ResourceSlice createResourceSlice();

	/**
	 * Returns a new object of class '<em>Resource Slice List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Slice List</em>'.
	 * @generated
	 */
	ResourceSliceList createResourceSliceList();

	/**
	 * Returns a new object of class '<em>Resource Slice Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Slice Spec</em>'.
	 * @generated
	 */
	ResourceSliceSpec createResourceSliceSpec();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ResourceV1Package getResourceV1Package();

} //ResourceV1Factory
