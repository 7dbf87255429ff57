package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import java.util.List;

import io.pilothouse.runtime.scheduler.framework.PodInfo;

/**
 * A node where preemption makes the pod fit, as upstream's {@code candidate}.
 *
 * @param nodeName         the node
 * @param victims          the pods to evict, by decreasing importance
 * @param numPDBViolations how many victims evicting would violate a PodDisruptionBudget
 */
public record Candidate(String nodeName, List<PodInfo> victims, int numPDBViolations) {

    /** Copies the victims. */
    public Candidate {
        victims = List.copyOf(victims);
    }
}
