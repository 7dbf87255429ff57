package io.pilothouse.runtime.scheduler.framework;

/**
 * A PreFilter plugin whose precomputed state can be updated for one more or one less pod on a node, without running
 * PreFilter again: used for the nominated pods and when preemption tries removing victims.
 */
public interface PreFilterExtensions extends PreFilterPlugin {

    /** Updates the plugin's state in {@code state} as if {@code podToAdd} ran on the node. */
    Status addPod(CycleState state, PodInfo podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo);

    /** Updates the plugin's state in {@code state} as if {@code podToRemove} were gone from the node. */
    Status removePod(CycleState state, PodInfo podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo);
}
