package io.pilothouse.runtime.scheduler.plugins.dynamicresources;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.resource.v1.AllocationResult;
import io.pilothouse.model.k8s.resource.v1.DeviceClass;
import io.pilothouse.model.k8s.resource.v1.ResourceClaim;
import io.pilothouse.model.k8s.resource.v1.ResourceSlice;

/**
 * Chooses devices for the unallocated resource claims of a pod on one node, as upstream's structured-parameters
 * allocator does for DynamicResources. Implementations must be deterministic: the same inventory gives the same
 * allocation.
 */
public interface DeviceAllocator {

    /**
     * Allocates all the claims on the node, or none.
     *
     * @return one allocation per claim, in the claims' order, or {@code null} when the node cannot satisfy them all
     */
    List<AllocationResult> allocate(Node node, List<ResourceClaim> claims, Inventory inventory);

    /**
     * What there is to allocate from.
     *
     * @param slices        every resource slice, by name
     * @param deviceClasses the device class of a name, {@code null} when it does not exist
     * @param allocated     the devices that allocated claims (and allocations in flight) hold
     */
    record Inventory(List<ResourceSlice> slices, Function<String, DeviceClass> deviceClasses,
            Set<DeviceId> allocated) {}

    /**
     * A device as allocation results name it.
     *
     * @param driver the driver of its slice
     * @param pool   the pool of its slice
     * @param device the device's name
     */
    record DeviceId(String driver, String pool, String device) {}
}
