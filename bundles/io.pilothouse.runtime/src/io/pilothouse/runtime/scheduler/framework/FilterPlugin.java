package io.pilothouse.runtime.scheduler.framework;

/** Decides whether a pod may run on a node. It must not allocate when the node fits: it runs in the hot loop. */
public interface FilterPlugin extends Plugin {

    /** @return Success, or Unschedulable / UnschedulableAndUnresolvable with the reasons */
    Status filter(CycleState state, PodInfo pod, NodeInfo node);

    /**
     * Whether Filter may run for several nodes at once: it reads only the cycle state, the pod info and the node info
     * (and what they hold) and writes nothing, and its PreFilter extensions change only the cycle state they are
     * given. The Filter search and the preemption dry runs spread over threads only when every Filter plugin that
     * runs for the pod says so.
     */
    default boolean filtersConcurrently() {
        return false;
    }
}
