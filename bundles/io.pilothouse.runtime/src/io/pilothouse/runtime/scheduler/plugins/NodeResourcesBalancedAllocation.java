package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreScorePlugin;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Favors nodes whose resources would be used evenly with the pod: 100 × (1 − the standard deviation of the requested
 * fractions). Skipped for pods that request none of the resources.
 */
public final class NodeResourcesBalancedAllocation implements PreScorePlugin, ScorePlugin {

    public static final String NAME = "NodeResourcesBalancedAllocation";

    private static final String PRE_SCORE_KEY = "PreScore" + NAME;

    private final ResourceAllocation allocation;

    /** @param resources the resources to balance (default cpu and memory) */
    public NodeResourcesBalancedAllocation(List<ResourceSpec> resources) {
        allocation = new ResourceAllocation(List.copyOf(resources), true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        ResourceAllocation.Vectors vectors = allocation.vectors(pod);
        if (!vectors.requestsAny()) {
            return Status.SKIP;
        }
        state.write(PRE_SCORE_KEY, vectors);
        return Status.SUCCESS;
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        ResourceAllocation.Vectors vectors = state.read(PRE_SCORE_KEY, ResourceAllocation.Vectors.class);
        allocation.fill(node, vectors);
        return ResourceScorers.balanced(vectors.requested(), vectors.allocatable(), vectors.fractions());
    }
}
