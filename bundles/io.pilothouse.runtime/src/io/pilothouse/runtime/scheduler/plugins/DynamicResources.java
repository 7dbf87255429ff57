package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodResourceClaim;
import io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus;
import io.pilothouse.model.k8s.resource.v1.AllocationResult;
import io.pilothouse.model.k8s.resource.v1.DeviceRequest;
import io.pilothouse.model.k8s.resource.v1.DeviceRequestAllocationResult;
import io.pilothouse.model.k8s.resource.v1.DeviceSubRequest;
import io.pilothouse.model.k8s.resource.v1.ResourceClaim;
import io.pilothouse.model.k8s.resource.v1.ResourceClaimConsumerReference;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Factory;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeToStatus;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.Listers;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PostFilterPlugin;
import io.pilothouse.runtime.scheduler.framework.PostFilterResult;
import io.pilothouse.runtime.scheduler.framework.PreBindPlugin;
import io.pilothouse.runtime.scheduler.framework.PreEnqueuePlugin;
import io.pilothouse.runtime.scheduler.framework.PreFilterPlugin;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.ReservePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.dynamicresources.DeviceAllocator;
import io.pilothouse.runtime.scheduler.plugins.dynamicresources.DeviceAllocator.DeviceId;

/**
 * Dynamic resource allocation, as upstream's DynamicResources: a pod's {@code spec.resourceClaims} must exist
 * (PreEnqueue); allocated claims restrict the pod to the nodes of {@code status.allocation.nodeSelector}; the
 * unallocated ones must be allocatable on the node by the {@link DeviceAllocator} (Filter), are held for the pod at
 * Reserve and written at PreBind ({@code status.allocation}, {@code status.reservedFor} and the delete-protection
 * finalizer). When no node fits, PostFilter deallocates one allocated claim that kept the pod off a node and
 * that no other consumer uses, so that the next attempt may allocate it elsewhere. Extended resources backed by
 * devices are not simulated.
 */
public final class DynamicResources
        implements
            PreEnqueuePlugin,
            PreFilterPlugin,
            FilterPlugin,
            ReservePlugin,
            PostFilterPlugin,
            PreBindPlugin,
            EnqueueExtensions {

    public static final String NAME = "DynamicResources";
    public static final String ERR_REASON_IN_USE = "resourceclaim in use";
    public static final String ERR_REASON_NOT_AVAILABLE = "resourceclaim not available on the node";
    public static final String ERR_REASON_CANNOT_ALLOCATE = "cannot allocate all claims";
    /** The finalizer that keeps an allocated claim until it is deallocated. */
    public static final String FINALIZER = "resource.kubernetes.io/delete-protection";
    /** How many consumers {@code status.reservedFor} may list. */
    public static final int RESERVED_FOR_MAX_SIZE = 256;

    private static final String STATE_KEY = NAME;

    private final Handle handle;
    private final ObjectStore store;
    private final DeviceAllocator allocator;
    /** Allocations made at Reserve and not written yet, by claim uid. */
    private final Map<String, AllocationResult> inFlight = new LinkedHashMap<>();

    /**
     * @param store     the API the claims' status is written to, {@code null} when there is none (PreBind then
     *                  fails)
     * @param allocator chooses devices for unallocated claims
     */
    public DynamicResources(Handle handle, ObjectStore store, DeviceAllocator allocator) {
        this.handle = handle;
        this.store = store;
        this.allocator = allocator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preEnqueue(PodInfo pod) {
        if (pod.pod().getSpec().getResourceClaims().isEmpty()) {
            return Status.SUCCESS;
        }
        try {
            claimsOf(pod.pod());
            return Status.SUCCESS;
        } catch (ClaimError e) {
            return Status.unresolvable(e.getMessage());
        }
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        state.write(STATE_KEY, ClaimsState.NONE);
        if (pod.pod().getSpec().getResourceClaims().isEmpty()) {
            return Status.SKIP;
        }
        List<ResourceClaim> claims;
        try {
            claims = claimsOf(pod.pod());
        } catch (ClaimError e) {
            return Status.unresolvable(e.getMessage());
        }
        if (claims.isEmpty()) {
            return Status.SKIP;
        }
        Map<Integer, List<NodeSelectorMatcher>> availableOn = new LinkedHashMap<>();
        List<ResourceClaim> toAllocate = new ArrayList<>();
        for (int index = 0; index < claims.size(); index++) {
            ResourceClaim claim = claims.get(index);
            AllocationResult allocation = claim.getStatus() == null ? null : claim.getStatus().getAllocation();
            if (allocation != null) {
                if (claim.getStatus().getReservedFor().size() >= RESERVED_FOR_MAX_SIZE
                        && !isReservedFor(claim, pod.pod())) {
                    return Status.unresolvable(ERR_REASON_IN_USE);
                }
                if (allocation.getNodeSelector() != null) {
                    availableOn.put(index, allocation.getNodeSelector().getNodeSelectorTerms().stream()
                            .map(NodeSelectorMatcher::of).toList());
                }
                continue;
            }
            if (inFlight.containsKey(claim.getMetadata().getUid())) {
                return Status.unresolvable("resource claim " + key(claim) + " is in the process of being allocated");
            }
            Status classes = validateDeviceClasses(claim);
            if (!classes.isSuccess()) {
                return classes;
            }
            toAllocate.add(claim);
        }
        state.write(STATE_KEY, new ClaimsState(claims, availableOn, toAllocate, inventory(), new HashMap<>(),
                new TreeSet<>()));
        return Status.SUCCESS;
    }

    private Status validateDeviceClasses(ResourceClaim claim) {
        if (claim.getSpec() == null || claim.getSpec().getDevices() == null) {
            return Status.SUCCESS;
        }
        for (DeviceRequest request : claim.getSpec().getDevices().getRequests()) {
            if (request.getExactly() != null) {
                Status status = validateDeviceClass(request.getExactly().getDeviceClassName(), request.getName());
                if (!status.isSuccess()) {
                    return status;
                }
            } else if (!request.getFirstAvailable().isEmpty()) {
                for (DeviceSubRequest sub : request.getFirstAvailable()) {
                    Status status = validateDeviceClass(sub.getDeviceClassName(),
                            request.getName() + "/" + sub.getName());
                    if (!status.isSuccess()) {
                        return status;
                    }
                }
            } else {
                return Status.unresolvable("resource claim " + key(claim) + ", request " + request.getName()
                        + ": unknown request type");
            }
        }
        return Status.SUCCESS;
    }

    private Status validateDeviceClass(String className, String requestName) {
        if (className == null || className.isEmpty()) {
            return Status.error("request " + requestName + ": unsupported request type");
        }
        if (handle.listers().deviceClass(className) == null) {
            return Status.unresolvable("request " + requestName + ": device class " + className
                    + " does not exist");
        }
        return Status.SUCCESS;
    }

    /** The slices, classes and the devices held by allocated claims and by allocations in flight. */
    private DeviceAllocator.Inventory inventory() {
        Listers listers = handle.listers();
        Set<DeviceId> allocated = new HashSet<>();
        for (ResourceClaim claim : listers.resourceClaims()) {
            if (claim.getStatus() != null && claim.getStatus().getAllocation() != null) {
                addDevices(claim.getStatus().getAllocation(), allocated);
            }
        }
        inFlight.values().forEach(allocation -> addDevices(allocation, allocated));
        return new DeviceAllocator.Inventory(listers.resourceSlices(), listers::deviceClass, allocated);
    }

    private static void addDevices(AllocationResult allocation, Set<DeviceId> devices) {
        if (allocation.getDevices() != null) {
            for (DeviceRequestAllocationResult result : allocation.getDevices().getResults()) {
                devices.add(new DeviceId(result.getDriver(), result.getPool(), result.getDevice()));
            }
        }
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        ClaimsState claims = state.read(STATE_KEY, ClaimsState.class);
        boolean available = true;
        for (Map.Entry<Integer, List<NodeSelectorMatcher>> terms : claims.availableOn().entrySet()) {
            if (!NodeSelectorMatcher.anyMatches(terms.getValue(), node.node())) {
                claims.unavailable().add(terms.getKey());
                available = false;
            }
        }
        if (!claims.toAllocate().isEmpty()) {
            List<AllocationResult> allocations = allocator.allocate(node.node(), claims.toAllocate(),
                    claims.inventory());
            if (allocations == null || allocations.size() != claims.toAllocate().size()) {
                return Status.unresolvable(ERR_REASON_CANNOT_ALLOCATE);
            }
            if (available) {
                claims.byNode().put(node.name(), allocations);
            }
        }
        return available ? Status.SUCCESS : Status.unresolvable(ERR_REASON_NOT_AVAILABLE);
    }

    /**
     * Deallocates the first claim (in {@code spec.resourceClaims} order; upstream picks one at random) that is
     * allocated, was not available on some node and is reserved for no other consumer.
     */
    @Override
    public PostFilterResult postFilter(CycleState state, PodInfo pod, NodeToStatus filteredNodeStatuses) {
        ClaimsState claims = claimsState(state);
        if (claims == null) {
            return new PostFilterResult(Status.error("not found"), null);
        }
        if (claims.claims().isEmpty()) {
            return new PostFilterResult(Status.unschedulable("no new claims to deallocate"), null);
        }
        for (int index : claims.unavailable()) {
            ResourceClaim claim = claims.claims().get(index);
            List<ResourceClaimConsumerReference> consumers = claim.getStatus().getReservedFor();
            if (consumers.isEmpty() || consumers.size() == 1
                    && pod.pod().getMetadata().getUid().equals(consumers.get(0).getUid())) {
                Status deallocated = deallocate(claim);
                return new PostFilterResult(deallocated.isSuccess()
                        ? Status.unschedulable("deallocation of ResourceClaim completed")
                        : deallocated, null);
            }
        }
        return new PostFilterResult(Status.unschedulable("still not schedulable"), null);
    }

    private Status deallocate(ResourceClaim claim) {
        if (store == null) {
            return Status.error("no API to write the resource claims to");
        }
        ResourceClaim updated = EcoreUtil.copy(claim);
        updated.getStatus().getReservedFor().clear();
        updated.getStatus().setAllocation(null);
        updated.getStatus().getDevices().clear();
        try {
            store.updateStatus(updated);
            return Status.SUCCESS;
        } catch (ApiException e) {
            return Status.error(e.getMessage());
        }
    }

    @Override
    public Status reserve(CycleState state, PodInfo pod, String nodeName) {
        ClaimsState claims = claimsState(state);
        if (claims == null || claims.toAllocate().isEmpty()) {
            return Status.SUCCESS;
        }
        List<AllocationResult> allocations = claims.byNode().get(nodeName);
        if (allocations == null) {
            return Status.error("claim allocation not found for node");
        }
        for (int i = 0; i < allocations.size(); i++) {
            inFlight.put(claims.toAllocate().get(i).getMetadata().getUid(), allocations.get(i));
        }
        return Status.SUCCESS;
    }

    @Override
    public void unreserve(CycleState state, PodInfo pod, String nodeName) {
        ClaimsState claims = claimsState(state);
        if (claims == null) {
            return;
        }
        for (ResourceClaim claim : claims.claims()) {
            inFlight.remove(claim.getMetadata().getUid());
            ResourceClaim current = handle.listers().resourceClaim(pod.namespace(),
                    claim.getMetadata().getName());
            if (store != null && current != null && current.getStatus() != null
                    && current.getStatus().getAllocation() != null
                    && isReservedFor(current, pod.pod())) {
                ResourceClaim updated = EcoreUtil.copy(current);
                updated.getStatus().getReservedFor()
                        .removeIf(consumer -> pod.pod().getMetadata().getUid().equals(consumer.getUid()));
                try {
                    store.updateStatus(updated);
                } catch (ApiException e) {
                    // As upstream, the failure is only logged: the next scheduling attempt unreserves again.
                }
            }
        }
    }

    @Override
    public Status preBind(CycleState state, PodInfo pod, String nodeName) {
        ClaimsState claims = claimsState(state);
        if (claims == null || claims.claims().isEmpty()) {
            return Status.SKIP;
        }
        if (store == null) {
            return Status.error("no API to write the resource claims to");
        }
        try {
            for (ResourceClaim claim : claims.claims()) {
                ResourceClaim current = handle.listers().resourceClaim(pod.namespace(),
                        claim.getMetadata().getName());
                if (current == null) {
                    return Status.error("resourceclaim.resource.k8s.io \"" + claim.getMetadata().getName()
                            + "\" not found");
                }
                if (!isReservedFor(current, pod.pod())) {
                    bindClaim(current, inFlight.get(current.getMetadata().getUid()), pod.pod());
                }
                inFlight.remove(current.getMetadata().getUid());
            }
        } catch (ApiException e) {
            return Status.error(e.getMessage());
        }
        return Status.SUCCESS;
    }

    /** Writes the allocation made at Reserve (if any) with the finalizer, and reserves the claim for the pod. */
    private void bindClaim(ResourceClaim claim, AllocationResult allocation, Pod pod) {
        ResourceClaim updated = claim;
        if (allocation != null && !claim.getMetadata().getFinalizers().contains(FINALIZER)) {
            updated = EcoreUtil.copy(claim);
            updated.getMetadata().getFinalizers().add(FINALIZER);
            updated = store.update(updated);
        }
        updated = EcoreUtil.copy(updated);
        if (updated.getStatus() == null) {
            updated.setStatus(ResourceV1Factory.eINSTANCE.createResourceClaimStatus());
        }
        if (allocation != null) {
            updated.getStatus().setAllocation(EcoreUtil.copy(allocation));
        }
        ResourceClaimConsumerReference consumer = ResourceV1Factory.eINSTANCE.createResourceClaimConsumerReference();
        consumer.setResource("pods");
        consumer.setName(pod.getMetadata().getName());
        consumer.setUid(pod.getMetadata().getUid());
        updated.getStatus().getReservedFor().add(consumer);
        store.updateStatus(updated);
    }

    private static ClaimsState claimsState(CycleState state) {
        try {
            return state.read(STATE_KEY, ClaimsState.class);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /**
     * The claims of a pod in the order of {@code spec.resourceClaims}, as upstream's
     * {@code foreachPodResourceClaim}; a template claim whose status names no claim is skipped.
     *
     * @throws ClaimError with upstream's message when a claim is missing, being deleted or not the pod's own
     */
    private List<ResourceClaim> claimsOf(Pod pod) {
        String namespace = pod.getMetadata().getNamespace();
        List<ResourceClaim> claims = new ArrayList<>();
        for (PodResourceClaim podClaim : pod.getSpec().getResourceClaims()) {
            String claimName;
            boolean mustCheckOwner = false;
            if (podClaim.getResourceClaimName() != null) {
                claimName = podClaim.getResourceClaimName();
            } else if (podClaim.getResourceClaimTemplateName() != null) {
                PodResourceClaimStatus status = templateStatus(pod, podClaim.getName());
                if (status == null) {
                    throw new ClaimError("pod \"" + namespace + "/" + pod.getMetadata().getName()
                            + "\": ResourceClaim not created yet");
                }
                claimName = status.getResourceClaimName();
                mustCheckOwner = true;
            } else {
                throw new ClaimError("pod \"" + namespace + "/" + pod.getMetadata().getName()
                        + "\", spec.resourceClaim \"" + podClaim.getName()
                        + "\": none of the supported fields are set");
            }
            if (claimName == null) {
                continue;
            }
            ResourceClaim claim = handle.listers().resourceClaim(namespace, claimName);
            if (claim == null) {
                throw new ClaimError("resourceclaim.resource.k8s.io \"" + claimName + "\" not found");
            }
            if (claim.getMetadata().getDeletionTimestamp() != null) {
                throw new ClaimError("resourceclaim \"" + claimName + "\" is being deleted");
            }
            String podUid = pod.getMetadata().getUid();
            if (mustCheckOwner && (podUid == null || !ControllerRefs.isControlledBy(claim.getMetadata(), podUid))) {
                throw new ClaimError("ResourceClaim " + key(claim) + " was not created for pod " + namespace + "/"
                        + pod.getMetadata().getName() + " (pod is not owner)");
            }
            claims.add(claim);
        }
        return claims;
    }

    private static PodResourceClaimStatus templateStatus(Pod pod, String name) {
        if (pod.getStatus() != null) {
            for (PodResourceClaimStatus status : pod.getStatus().getResourceClaimStatuses()) {
                if (name.equals(status.getName())) {
                    return status;
                }
            }
        }
        return null;
    }

    private static boolean isReservedFor(ResourceClaim claim, Pod pod) {
        if (claim.getStatus() != null) {
            for (ResourceClaimConsumerReference consumer : claim.getStatus().getReservedFor()) {
                if ("pods".equals(consumer.getResource()) && pod.getMetadata().getUid() != null
                        && pod.getMetadata().getUid().equals(consumer.getUid())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(ResourceClaim claim) {
        return claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName();
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.RESOURCE_CLAIM, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.RESOURCE_SLICE, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.DEVICE_CLASS, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL
                        | ClusterEvent.UPDATE_NODE_TAINT),
                new ClusterEvent(EventResource.UNSCHEDULED_POD, ClusterEvent.UPDATE_OTHER));
    }

    /** A claim queues the pod only when it is one of the pod's claims (upstream's claim change hint). */
    @Override
    public boolean isSchedulableAfter(Pod pod, ClusterEvent event) {
        if (event.resource() != EventResource.RESOURCE_CLAIM) {
            return true;
        }
        ResourceClaim claim = (ResourceClaim) event.object();
        if (!pod.getMetadata().getNamespace().equals(claim.getMetadata().getNamespace())) {
            return false;
        }
        for (PodResourceClaim podClaim : pod.getSpec().getResourceClaims()) {
            PodResourceClaimStatus status = templateStatus(pod, podClaim.getName());
            String claimName = podClaim.getResourceClaimName() != null
                    ? podClaim.getResourceClaimName()
                    : status == null ? null : status.getResourceClaimName();
            if (claim.getMetadata().getName().equals(claimName)) {
                return true;
            }
        }
        return false;
    }

    /** Why the claims of a pod cannot be used now; the message is upstream's. */
    private static final class ClaimError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ClaimError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The pod's claims found at PreFilter.
     *
     * @param claims      every claim of the pod
     * @param availableOn the compiled node selector terms of each allocated claim that has one, by claim index
     * @param toAllocate  the claims without allocation
     * @param inventory   what the allocator chooses from in this cycle
     * @param byNode      the allocations Filter found, by node
     * @param unavailable the indexes of the allocated claims Filter found not available on some node
     */
    private record ClaimsState(List<ResourceClaim> claims, Map<Integer, List<NodeSelectorMatcher>> availableOn,
            List<ResourceClaim> toAllocate, DeviceAllocator.Inventory inventory,
            Map<String, List<AllocationResult>> byNode, SortedSet<Integer> unavailable) {

        /** What PreFilter records before it knows the claims, and for a pod without any. */
        static final ClaimsState NONE = new ClaimsState(List.of(), Map.of(), List.of(), null, Map.of(),
                Collections.emptySortedSet());
    }
}
