package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Resource;

/**
 * The allocatable and requested amounts the resource scorers compare, as upstream's {@code resourceAllocationScorer}:
 * a node's allocatable and its requests plus the pod's, per scored resource. An extended resource the pod does not
 * request, or one the node does not have, is left out (allocatable 0), and so is a name that is neither native nor
 * scalar. The kind of each resource is worked out once, not per node.
 */
final class ResourceAllocation {

    private static final int NONE = 0;
    private static final int CPU = 1;
    private static final int MEMORY = 2;
    private static final int EPHEMERAL_STORAGE = 3;
    private static final int SCALAR = 4;

    private final String[] names;
    private final int[] kinds;
    private final boolean useRequested;

    /**
     * An allocation over resources.
     *
     * @param resources    the scored resources
     * @param useRequested whether to count exact requests (BalancedAllocation) rather than requests with the defaults
     *                     for containers that request no CPU or memory (NodeResourcesFit)
     */
    ResourceAllocation(List<ResourceSpec> resources, boolean useRequested) {
        this.useRequested = useRequested;
        names = new String[resources.size()];
        kinds = new int[resources.size()];
        for (int i = 0; i < names.length; i++) {
            String name = resources.get(i).name();
            names[i] = name;
            kinds[i] = switch (name) {
                case Resource.CPU -> CPU;
                case Resource.MEMORY -> MEMORY;
                case Resource.EPHEMERAL_STORAGE -> EPHEMERAL_STORAGE;
                default -> Resource.isScalar(name) ? SCALAR : NONE;
            };
        }
    }

    /**
     * A pod's request of each scored resource, with room for a node's allocatable and requested amounts that
     * {@link #fill} overwrites for each node a cycle scores (one cycle scores one node at a time).
     */
    record Vectors(long[] podRequests, long[] allocatable, long[] requested, double[] fractions) {

        /** Whether the pod requests any of the resources. */
        boolean requestsAny() {
            for (long request : podRequests) {
                if (request != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The pod's request of each scored resource. */
    Vectors vectors(PodInfo pod) {
        Resource request = useRequested ? pod.request() : pod.nonZeroRequest();
        long[] requests = new long[names.length];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = request.get(names[i]);
        }
        return new Vectors(requests, new long[names.length], new long[names.length], new double[names.length]);
    }

    /** Fills the node's allocatable and requested amounts (with the pod) of each scored resource. */
    void fill(NodeInfo node, Vectors vectors) {
        long[] podRequests = vectors.podRequests();
        long[] allocatable = vectors.allocatable();
        long[] requested = vectors.requested();
        Resource nodeAllocatable = node.allocatable();
        Resource nodeRequested = useRequested ? node.requested() : node.nonZeroRequested();
        for (int i = 0; i < podRequests.length; i++) {
            allocatable[i] = 0;
            requested[i] = 0;
            switch (kinds[i]) {
                case CPU -> {
                    allocatable[i] = nodeAllocatable.milliCpu();
                    requested[i] = nodeRequested.milliCpu() + podRequests[i];
                }
                case MEMORY -> {
                    allocatable[i] = nodeAllocatable.memory();
                    requested[i] = nodeRequested.memory() + podRequests[i];
                }
                case EPHEMERAL_STORAGE -> {
                    allocatable[i] = nodeAllocatable.ephemeralStorage();
                    requested[i] = node.requested().ephemeralStorage() + podRequests[i];
                }
                case SCALAR -> {
                    if (podRequests[i] != 0 && nodeAllocatable.scalars().containsKey(names[i])) {
                        allocatable[i] = nodeAllocatable.get(names[i]);
                        requested[i] = node.requested().get(names[i]) + podRequests[i];
                    }
                }
            }
        }
    }
}
