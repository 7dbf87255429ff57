package io.pilothouse.runtime.scheduler.framework;

/** Runs when no node fits, to make room (preemption). */
public interface PostFilterPlugin extends Plugin {

    /** @param filteredNodeStatuses the Filter status of each node that did not fit */
    PostFilterResult postFilter(CycleState state, PodInfo pod, NodeToStatus filteredNodeStatuses);
}
