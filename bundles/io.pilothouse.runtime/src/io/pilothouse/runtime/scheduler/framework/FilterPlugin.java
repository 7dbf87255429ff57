package io.pilothouse.runtime.scheduler.framework;

/** Decides whether a pod may run on a node. It must not allocate when the node fits: it runs in the hot loop. */
public interface FilterPlugin extends Plugin {

    /** @return Success, or Unschedulable / UnschedulableAndUnresolvable with the reasons */
    Status filter(CycleState state, PodInfo pod, NodeInfo node);
}
