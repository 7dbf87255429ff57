package io.pilothouse.runtime.scheduler.framework;

/** Runs once per scheduling cycle before the filters: precomputes data into the cycle state, may narrow the nodes. */
public interface PreFilterPlugin extends Plugin {

    /**
     * @param result where the plugin may narrow the nodes ({@link PreFilterResult#ALL_NODES} when it does not)
     * @return Success, Skip (its Filter does not run for this pod), or a rejection of the pod on every node
     */
    Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result);
}
