package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

/**
 * The arguments of NodeResourcesBalancedAllocation, as upstream's {@code NodeResourcesBalancedAllocationArgs}.
 *
 * @param resources the resources to balance
 */
public record NodeResourcesBalancedAllocationArgs(List<ResourceSpec> resources) {

    /** The defaults: cpu and memory. */
    public static final NodeResourcesBalancedAllocationArgs DEFAULT = new NodeResourcesBalancedAllocationArgs(
            ResourceSpec.DEFAULTS);

    /** Copies the list. */
    public NodeResourcesBalancedAllocationArgs {
        resources = List.copyOf(resources);
    }
}
