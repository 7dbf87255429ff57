package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Resource;

/**
 * The allocatable and requested amounts the resource scorers compare, as upstream's {@code resourceAllocationScorer}:
 * a node's allocatable and its requests plus the pod's, per scored resource. An extended resource the pod does not
 * request, or one the node does not have, is left out (allocatable 0).
 *
 * @param resources    the scored resources
 * @param useRequested whether to count exact requests (BalancedAllocation) rather than requests with the defaults
 *                     for containers that request no CPU or memory (NodeResourcesFit)
 */
record ResourceAllocation(List<ResourceSpec> resources, boolean useRequested) {

    /** The pod's request of each scored resource. */
    long[] podRequests(PodInfo pod) {
        Resource request = useRequested ? pod.request() : pod.nonZeroRequest();
        long[] requests = new long[resources.size()];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = request.get(resources.get(i).name());
        }
        return requests;
    }

    /** Fills the node's allocatable and requested amounts (with the pod) of each scored resource. */
    void fill(NodeInfo node, long[] podRequests, long[] allocatable, long[] requested) {
        Resource nodeRequested = useRequested ? node.requested() : node.nonZeroRequested();
        for (int i = 0; i < podRequests.length; i++) {
            String name = resources.get(i).name();
            allocatable[i] = 0;
            requested[i] = 0;
            if (podRequests[i] == 0 && Resource.isScalar(name)) {
                continue;
            }
            switch (name) {
                case Resource.CPU, Resource.MEMORY -> {
                    allocatable[i] = node.allocatable().get(name);
                    requested[i] = nodeRequested.get(name) + podRequests[i];
                }
                default -> {
                    if (Resource.EPHEMERAL_STORAGE.equals(name)
                            || node.allocatable().scalars().containsKey(name)) {
                        allocatable[i] = node.allocatable().get(name);
                        requested[i] = node.requested().get(name) + podRequests[i];
                    }
                }
            }
        }
    }
}
