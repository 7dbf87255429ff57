package io.pilothouse.runtime.scheduler.framework;

import java.util.Map;

/** Runs when no node fits, to make room (preemption). */
public interface PostFilterPlugin extends Plugin {

    /** @param filteredNodeStatuses the Filter status of each node that did not fit, by node name */
    PostFilterResult postFilter(CycleState state, PodInfo pod, Map<String, Status> filteredNodeStatuses);
}
