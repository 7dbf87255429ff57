/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.resource.v1beta1.*;

import io.pilothouse.model.types.Quantity;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ResourceV1beta1FactoryImpl extends EFactoryImpl implements ResourceV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ResourceV1beta1Factory init() {
		try {
			ResourceV1beta1Factory theResourceV1beta1Factory = (ResourceV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(ResourceV1beta1Package.eNS_URI);
			if (theResourceV1beta1Factory != null) {
				return theResourceV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ResourceV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceV1beta1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ResourceV1beta1Package.ALLOCATED_DEVICE_STATUS: return createAllocatedDeviceStatus();
			case ResourceV1beta1Package.ALLOCATION_RESULT: return createAllocationResult();
			case ResourceV1beta1Package.BASIC_DEVICE: return createBasicDevice();
			case ResourceV1beta1Package.CEL_DEVICE_SELECTOR: return createCELDeviceSelector();
			case ResourceV1beta1Package.CAPACITY_REQUEST_POLICY: return createCapacityRequestPolicy();
			case ResourceV1beta1Package.CAPACITY_REQUEST_POLICY_RANGE: return createCapacityRequestPolicyRange();
			case ResourceV1beta1Package.CAPACITY_REQUIREMENTS: return createCapacityRequirements();
			case ResourceV1beta1Package.COUNTER: return createCounter();
			case ResourceV1beta1Package.COUNTER_SET: return createCounterSet();
			case ResourceV1beta1Package.DEVICE: return createDevice();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION: return createDeviceAllocationConfiguration();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT: return createDeviceAllocationResult();
			case ResourceV1beta1Package.DEVICE_ATTRIBUTE: return createDeviceAttribute();
			case ResourceV1beta1Package.DEVICE_CAPACITY: return createDeviceCapacity();
			case ResourceV1beta1Package.DEVICE_CLAIM: return createDeviceClaim();
			case ResourceV1beta1Package.DEVICE_CLAIM_CONFIGURATION: return createDeviceClaimConfiguration();
			case ResourceV1beta1Package.DEVICE_CLASS: return createDeviceClass();
			case ResourceV1beta1Package.DEVICE_CLASS_CONFIGURATION: return createDeviceClassConfiguration();
			case ResourceV1beta1Package.DEVICE_CLASS_LIST: return createDeviceClassList();
			case ResourceV1beta1Package.DEVICE_CLASS_SPEC: return createDeviceClassSpec();
			case ResourceV1beta1Package.DEVICE_CONSTRAINT: return createDeviceConstraint();
			case ResourceV1beta1Package.DEVICE_COUNTER_CONSUMPTION: return createDeviceCounterConsumption();
			case ResourceV1beta1Package.DEVICE_REQUEST: return createDeviceRequest();
			case ResourceV1beta1Package.DEVICE_REQUEST_ALLOCATION_RESULT: return createDeviceRequestAllocationResult();
			case ResourceV1beta1Package.DEVICE_SELECTOR: return createDeviceSelector();
			case ResourceV1beta1Package.DEVICE_SUB_REQUEST: return createDeviceSubRequest();
			case ResourceV1beta1Package.DEVICE_TAINT: return createDeviceTaint();
			case ResourceV1beta1Package.DEVICE_TOLERATION: return createDeviceToleration();
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA: return createNetworkDeviceData();
			case ResourceV1beta1Package.NODE_ALLOCATABLE_RESOURCE_MAPPING: return createNodeAllocatableResourceMapping();
			case ResourceV1beta1Package.OPAQUE_DEVICE_CONFIGURATION: return createOpaqueDeviceConfiguration();
			case ResourceV1beta1Package.RESOURCE_CLAIM: return createResourceClaim();
			case ResourceV1beta1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE: return createResourceClaimConsumerReference();
			case ResourceV1beta1Package.RESOURCE_CLAIM_LIST: return createResourceClaimList();
			case ResourceV1beta1Package.RESOURCE_CLAIM_SPEC: return createResourceClaimSpec();
			case ResourceV1beta1Package.RESOURCE_CLAIM_STATUS: return createResourceClaimStatus();
			case ResourceV1beta1Package.RESOURCE_CLAIM_TEMPLATE: return createResourceClaimTemplate();
			case ResourceV1beta1Package.RESOURCE_CLAIM_TEMPLATE_LIST: return createResourceClaimTemplateList();
			case ResourceV1beta1Package.RESOURCE_CLAIM_TEMPLATE_SPEC: return createResourceClaimTemplateSpec();
			case ResourceV1beta1Package.RESOURCE_POOL: return createResourcePool();
			case ResourceV1beta1Package.RESOURCE_SLICE: return createResourceSlice();
			case ResourceV1beta1Package.RESOURCE_SLICE_LIST: return createResourceSliceList();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC: return createResourceSliceSpec();
			case ResourceV1beta1Package.DEVICE_ATTRIBUTE_MAP_ENTRY: return (EObject)createDeviceAttributeMapEntry();
			case ResourceV1beta1Package.DEVICE_CAPACITY_MAP_ENTRY: return (EObject)createDeviceCapacityMapEntry();
			case ResourceV1beta1Package.NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY: return (EObject)createNodeAllocatableResourceMappingMapEntry();
			case ResourceV1beta1Package.QUANTITY_MAP_ENTRY: return (EObject)createQuantityMapEntry();
			case ResourceV1beta1Package.COUNTER_MAP_ENTRY: return (EObject)createCounterMapEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocatedDeviceStatus createAllocatedDeviceStatus() {
		AllocatedDeviceStatusImpl allocatedDeviceStatus = new AllocatedDeviceStatusImpl();
		return allocatedDeviceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationResult createAllocationResult() {
		AllocationResultImpl allocationResult = new AllocationResultImpl();
		return allocationResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BasicDevice createBasicDevice() {
		BasicDeviceImpl basicDevice = new BasicDeviceImpl();
		return basicDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CELDeviceSelector createCELDeviceSelector() {
		CELDeviceSelectorImpl celDeviceSelector = new CELDeviceSelectorImpl();
		return celDeviceSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityRequestPolicy createCapacityRequestPolicy() {
		CapacityRequestPolicyImpl capacityRequestPolicy = new CapacityRequestPolicyImpl();
		return capacityRequestPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityRequestPolicyRange createCapacityRequestPolicyRange() {
		CapacityRequestPolicyRangeImpl capacityRequestPolicyRange = new CapacityRequestPolicyRangeImpl();
		return capacityRequestPolicyRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityRequirements createCapacityRequirements() {
		CapacityRequirementsImpl capacityRequirements = new CapacityRequirementsImpl();
		return capacityRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Counter createCounter() {
		CounterImpl counter = new CounterImpl();
		return counter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterSet createCounterSet() {
		CounterSetImpl counterSet = new CounterSetImpl();
		return counterSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice() {
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceAllocationConfiguration createDeviceAllocationConfiguration() {
		DeviceAllocationConfigurationImpl deviceAllocationConfiguration = new DeviceAllocationConfigurationImpl();
		return deviceAllocationConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceAllocationResult createDeviceAllocationResult() {
		DeviceAllocationResultImpl deviceAllocationResult = new DeviceAllocationResultImpl();
		return deviceAllocationResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceAttribute createDeviceAttribute() {
		DeviceAttributeImpl deviceAttribute = new DeviceAttributeImpl();
		return deviceAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceCapacity createDeviceCapacity() {
		DeviceCapacityImpl deviceCapacity = new DeviceCapacityImpl();
		return deviceCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceClaim createDeviceClaim() {
		DeviceClaimImpl deviceClaim = new DeviceClaimImpl();
		return deviceClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceClaimConfiguration createDeviceClaimConfiguration() {
		DeviceClaimConfigurationImpl deviceClaimConfiguration = new DeviceClaimConfigurationImpl();
		return deviceClaimConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceClass createDeviceClass() {
		DeviceClassImpl deviceClass = new DeviceClassImpl();
		return deviceClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceClassConfiguration createDeviceClassConfiguration() {
		DeviceClassConfigurationImpl deviceClassConfiguration = new DeviceClassConfigurationImpl();
		return deviceClassConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceClassList createDeviceClassList() {
		DeviceClassListImpl deviceClassList = new DeviceClassListImpl();
		return deviceClassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceClassSpec createDeviceClassSpec() {
		DeviceClassSpecImpl deviceClassSpec = new DeviceClassSpecImpl();
		return deviceClassSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceConstraint createDeviceConstraint() {
		DeviceConstraintImpl deviceConstraint = new DeviceConstraintImpl();
		return deviceConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceCounterConsumption createDeviceCounterConsumption() {
		DeviceCounterConsumptionImpl deviceCounterConsumption = new DeviceCounterConsumptionImpl();
		return deviceCounterConsumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceRequest createDeviceRequest() {
		DeviceRequestImpl deviceRequest = new DeviceRequestImpl();
		return deviceRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceRequestAllocationResult createDeviceRequestAllocationResult() {
		DeviceRequestAllocationResultImpl deviceRequestAllocationResult = new DeviceRequestAllocationResultImpl();
		return deviceRequestAllocationResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceSelector createDeviceSelector() {
		DeviceSelectorImpl deviceSelector = new DeviceSelectorImpl();
		return deviceSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceSubRequest createDeviceSubRequest() {
		DeviceSubRequestImpl deviceSubRequest = new DeviceSubRequestImpl();
		return deviceSubRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaint createDeviceTaint() {
		DeviceTaintImpl deviceTaint = new DeviceTaintImpl();
		return deviceTaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceToleration createDeviceToleration() {
		DeviceTolerationImpl deviceToleration = new DeviceTolerationImpl();
		return deviceToleration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkDeviceData createNetworkDeviceData() {
		NetworkDeviceDataImpl networkDeviceData = new NetworkDeviceDataImpl();
		return networkDeviceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeAllocatableResourceMapping createNodeAllocatableResourceMapping() {
		NodeAllocatableResourceMappingImpl nodeAllocatableResourceMapping = new NodeAllocatableResourceMappingImpl();
		return nodeAllocatableResourceMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpaqueDeviceConfiguration createOpaqueDeviceConfiguration() {
		OpaqueDeviceConfigurationImpl opaqueDeviceConfiguration = new OpaqueDeviceConfigurationImpl();
		return opaqueDeviceConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaim createResourceClaim() {
		ResourceClaimImpl resourceClaim = new ResourceClaimImpl();
		return resourceClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimConsumerReference createResourceClaimConsumerReference() {
		ResourceClaimConsumerReferenceImpl resourceClaimConsumerReference = new ResourceClaimConsumerReferenceImpl();
		return resourceClaimConsumerReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimList createResourceClaimList() {
		ResourceClaimListImpl resourceClaimList = new ResourceClaimListImpl();
		return resourceClaimList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimSpec createResourceClaimSpec() {
		ResourceClaimSpecImpl resourceClaimSpec = new ResourceClaimSpecImpl();
		return resourceClaimSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimStatus createResourceClaimStatus() {
		ResourceClaimStatusImpl resourceClaimStatus = new ResourceClaimStatusImpl();
		return resourceClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimTemplate createResourceClaimTemplate() {
		ResourceClaimTemplateImpl resourceClaimTemplate = new ResourceClaimTemplateImpl();
		return resourceClaimTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimTemplateList createResourceClaimTemplateList() {
		ResourceClaimTemplateListImpl resourceClaimTemplateList = new ResourceClaimTemplateListImpl();
		return resourceClaimTemplateList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClaimTemplateSpec createResourceClaimTemplateSpec() {
		ResourceClaimTemplateSpecImpl resourceClaimTemplateSpec = new ResourceClaimTemplateSpecImpl();
		return resourceClaimTemplateSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePool createResourcePool() {
		ResourcePoolImpl resourcePool = new ResourcePoolImpl();
		return resourcePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceSlice createResourceSlice() {
		ResourceSliceImpl resourceSlice = new ResourceSliceImpl();
		return resourceSlice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceSliceList createResourceSliceList() {
		ResourceSliceListImpl resourceSliceList = new ResourceSliceListImpl();
		return resourceSliceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceSliceSpec createResourceSliceSpec() {
		ResourceSliceSpecImpl resourceSliceSpec = new ResourceSliceSpecImpl();
		return resourceSliceSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, DeviceAttribute> createDeviceAttributeMapEntry() {
		DeviceAttributeMapEntryImpl deviceAttributeMapEntry = new DeviceAttributeMapEntryImpl();
		return deviceAttributeMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, DeviceCapacity> createDeviceCapacityMapEntry() {
		DeviceCapacityMapEntryImpl deviceCapacityMapEntry = new DeviceCapacityMapEntryImpl();
		return deviceCapacityMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, NodeAllocatableResourceMapping> createNodeAllocatableResourceMappingMapEntry() {
		NodeAllocatableResourceMappingMapEntryImpl nodeAllocatableResourceMappingMapEntry = new NodeAllocatableResourceMappingMapEntryImpl();
		return nodeAllocatableResourceMappingMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, Quantity> createQuantityMapEntry() {
		QuantityMapEntryImpl quantityMapEntry = new QuantityMapEntryImpl();
		return quantityMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, Counter> createCounterMapEntry() {
		CounterMapEntryImpl counterMapEntry = new CounterMapEntryImpl();
		return counterMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceV1beta1Package getResourceV1beta1Package() {
		return (ResourceV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ResourceV1beta1Package getPackage() {
		return ResourceV1beta1Package.eINSTANCE;
	}

} //ResourceV1beta1FactoryImpl
