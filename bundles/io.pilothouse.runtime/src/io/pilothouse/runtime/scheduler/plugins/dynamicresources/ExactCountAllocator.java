package io.pilothouse.runtime.scheduler.plugins.dynamicresources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSelector;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;
import io.pilothouse.model.k8s.resource.v1.AllocationResult;
import io.pilothouse.model.k8s.resource.v1.Device;
import io.pilothouse.model.k8s.resource.v1.DeviceAllocationConfiguration;
import io.pilothouse.model.k8s.resource.v1.DeviceClaimConfiguration;
import io.pilothouse.model.k8s.resource.v1.DeviceClass;
import io.pilothouse.model.k8s.resource.v1.DeviceClassConfiguration;
import io.pilothouse.model.k8s.resource.v1.DeviceRequest;
import io.pilothouse.model.k8s.resource.v1.DeviceRequestAllocationResult;
import io.pilothouse.model.k8s.resource.v1.DeviceSelector;
import io.pilothouse.model.k8s.resource.v1.DeviceSubRequest;
import io.pilothouse.model.k8s.resource.v1.ExactDeviceRequest;
import io.pilothouse.model.k8s.resource.v1.OpaqueDeviceConfiguration;
import io.pilothouse.model.k8s.resource.v1.ResourceClaim;
import io.pilothouse.model.k8s.resource.v1.ResourceSlice;
import io.pilothouse.model.k8s.resource.v1.ResourceSliceSpec;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Factory;
import io.pilothouse.runtime.scheduler.plugins.NodeSelectorMatcher;

/**
 * A first allocator: it takes the first free devices, in slice and device order, of the slices available on the
 * node, for each request in turn ({@code ExactCount} with its count, default 1; {@code All} takes every matching
 * device; {@code firstAvailable} tries the subrequests in order). A device matches a request when it matches the
 * selectors of the request's device class and of the request; of CEL selectors only the form
 * {@code device.driver == "name"} is understood, any other expression matches no device. Capacity, counters,
 * constraints, taints and admin access are not considered.
 */
public final class ExactCountAllocator implements DeviceAllocator {

    private static final Pattern DRIVER_EQUALS = Pattern
            .compile("\\s*device\\.driver\\s*==\\s*([\"'])([^\"']*)\\1\\s*");
    private static final String MODE_ALL = "All";

    @Override
    public List<AllocationResult> allocate(Node node, List<ResourceClaim> claims, Inventory inventory) {
        List<ResourceSlice> slices = new ArrayList<>();
        for (ResourceSlice slice : inventory.slices()) {
            if (availableOn(slice.getSpec(), node)) {
                slices.add(slice);
            }
        }
        Set<DeviceId> taken = new HashSet<>(inventory.allocated());
        List<AllocationResult> allocations = new ArrayList<>();
        for (ResourceClaim claim : claims) {
            AllocationResult allocation = ResourceV1Factory.eINSTANCE.createAllocationResult();
            allocation.setDevices(ResourceV1Factory.eINSTANCE.createDeviceAllocationResult());
            List<ResourceSlice> used = new ArrayList<>();
            for (DeviceRequest request : claim.getSpec().getDevices().getRequests()) {
                if (!allocateRequest(request, slices, inventory, taken, allocation, used)) {
                    return null;
                }
            }
            for (DeviceClaimConfiguration config : claim.getSpec().getDevices().getConfig()) {
                addConfig(allocation, "FromClaim", config.getRequests(), config.getOpaque());
            }
            allocation.setNodeSelector(nodeSelector(used, node));
            allocations.add(allocation);
        }
        return allocations;
    }

    private static boolean allocateRequest(DeviceRequest request, List<ResourceSlice> slices, Inventory inventory,
            Set<DeviceId> taken, AllocationResult allocation, List<ResourceSlice> used) {
        if (request.getExactly() != null) {
            ExactDeviceRequest exactly = request.getExactly();
            return allocateDevices(request.getName(), exactly.getDeviceClassName(), exactly.getSelectors(),
                    exactly.getAllocationMode(), exactly.getCount(), slices, inventory, taken, allocation, used);
        }
        for (DeviceSubRequest sub : request.getFirstAvailable()) {
            if (allocateDevices(request.getName() + "/" + sub.getName(), sub.getDeviceClassName(), sub.getSelectors(),
                    sub.getAllocationMode(), sub.getCount(), slices, inventory, taken, allocation, used)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allocateDevices(String requestName, String className, List<DeviceSelector> selectors,
            String mode, Long count, List<ResourceSlice> slices, Inventory inventory, Set<DeviceId> taken,
            AllocationResult allocation, List<ResourceSlice> used) {
        DeviceClass deviceClass = className == null ? null : inventory.deviceClasses().apply(className);
        if (deviceClass == null) {
            return false;
        }
        boolean all = MODE_ALL.equals(mode);
        long wanted = count == null ? 1 : count;
        List<DeviceRequestAllocationResult> results = new ArrayList<>();
        List<ResourceSlice> from = new ArrayList<>();
        for (ResourceSlice slice : slices) {
            ResourceSliceSpec spec = slice.getSpec();
            for (Device device : spec.getDevices()) {
                DeviceId id = new DeviceId(spec.getDriver(), spec.getPool().getName(), device.getName());
                if ((all || results.size() < wanted) && !taken.contains(id)
                        && matches(deviceClass.getSpec().getSelectors(), spec.getDriver())
                        && matches(selectors, spec.getDriver())) {
                    results.add(result(requestName, id));
                    from.add(slice);
                }
            }
        }
        if (results.isEmpty() || !all && results.size() < wanted) {
            return false;
        }
        for (DeviceRequestAllocationResult result : results) {
            taken.add(new DeviceId(result.getDriver(), result.getPool(), result.getDevice()));
        }
        allocation.getDevices().getResults().addAll(results);
        used.addAll(from);
        for (DeviceClassConfiguration config : deviceClass.getSpec().getConfig()) {
            addConfig(allocation, "FromClass", List.of(requestName), config.getOpaque());
        }
        return true;
    }

    private static DeviceRequestAllocationResult result(String requestName, DeviceId id) {
        DeviceRequestAllocationResult result = ResourceV1Factory.eINSTANCE.createDeviceRequestAllocationResult();
        result.setRequest(requestName);
        result.setDriver(id.driver());
        result.setPool(id.pool());
        result.setDevice(id.device());
        return result;
    }

    private static void addConfig(AllocationResult allocation, String source, List<String> requests,
            OpaqueDeviceConfiguration opaque) {
        DeviceAllocationConfiguration config = ResourceV1Factory.eINSTANCE.createDeviceAllocationConfiguration();
        config.setSource(source);
        config.getRequests().addAll(requests);
        config.setOpaque(opaque == null ? null : EcoreUtil.copy(opaque));
        allocation.getDevices().getConfig().add(config);
    }

    /** Whether every selector is {@code device.driver == "<driver>"}. */
    private static boolean matches(List<DeviceSelector> selectors, String driver) {
        for (DeviceSelector selector : selectors) {
            Matcher matcher = selector.getCel() == null || selector.getCel().getExpression() == null
                    ? null
                    : DRIVER_EQUALS.matcher(selector.getCel().getExpression());
            if (matcher == null || !matcher.matches() || !matcher.group(2).equals(driver)) {
                return false;
            }
        }
        return true;
    }

    private static boolean availableOn(ResourceSliceSpec spec, Node node) {
        if (Boolean.TRUE.equals(spec.getAllNodes())) {
            return true;
        }
        if (spec.getNodeName() != null) {
            return spec.getNodeName().equals(node.getMetadata().getName());
        }
        return spec.getNodeSelector() != null && anyTermMatches(spec.getNodeSelector(), node);
    }

    private static boolean anyTermMatches(NodeSelector selector, Node node) {
        for (NodeSelectorTerm term : selector.getNodeSelectorTerms()) {
            if (NodeSelectorMatcher.of(term).matches(node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the allocation can be used: the node itself when a device comes from a slice of that node, else the
     * node selector of a slice that has one, else anywhere ({@code null}).
     */
    private static NodeSelector nodeSelector(List<ResourceSlice> used, Node node) {
        NodeSelector fromSlice = null;
        for (ResourceSlice slice : used) {
            if (slice.getSpec().getNodeName() != null) {
                return nodeNameSelector(node.getMetadata().getName());
            }
            if (fromSlice == null && slice.getSpec().getNodeSelector() != null) {
                fromSlice = EcoreUtil.copy(slice.getSpec().getNodeSelector());
            }
        }
        return fromSlice;
    }

    private static NodeSelector nodeNameSelector(String nodeName) {
        NodeSelectorRequirement requirement = CoreV1Factory.eINSTANCE.createNodeSelectorRequirement();
        requirement.setKey(NodeSelectorMatcher.NAME_FIELD);
        requirement.setOperator("In");
        requirement.getValues().add(nodeName);
        NodeSelectorTerm term = CoreV1Factory.eINSTANCE.createNodeSelectorTerm();
        term.getMatchFields().add(requirement);
        NodeSelector selector = CoreV1Factory.eINSTANCE.createNodeSelector();
        selector.getNodeSelectorTerms().add(term);
        return selector;
    }
}
