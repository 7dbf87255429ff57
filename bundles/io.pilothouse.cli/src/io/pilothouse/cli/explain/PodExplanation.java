package io.pilothouse.cli.explain;

import java.util.Comparator;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.SchedulingAttempt;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.NodeScore;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.PluginStatus;

/**
 * A pod's latest scheduling attempt arranged for printing: the evaluated nodes and the scored nodes in name order,
 * and what preemption did.
 *
 * @param attempt    the attempt
 * @param filter     each evaluated node with the status of each Filter plugin that ran (or was skipped), in profile
 *                   order
 * @param scores     the scored nodes
 * @param preemption what preemption did
 */
record PodExplanation(SchedulingAttempt attempt, List<NodeFilter> filter, List<NodeScore> scores,
        Preemption preemption) {

    /** The start of the PostFilter part of a FailedScheduling message, as DefaultPreemption writes it. */
    private static final String PREEMPTION_PREFIX = "preemption: ";

    /**
     * The Filter statuses of one node.
     *
     * @param node     the node name
     * @param statuses the statuses of the plugins up to the first that rejected the pod
     */
    record NodeFilter(String node, List<PluginStatus> statuses) {}

    /** What preemption did in the attempt. */
    enum Outcome {
        /** The pod was scheduled. */
        NotNeeded,
        /** Victims are evicted on the nominated node; the pod waits for the room they leave. */
        Nominated,
        /** Preemption found no node where evicting pods would make the pod fit. */
        Failed,
        /** No PostFilter plugin ran: the attempt failed with an error or the profile has none. */
        NotAttempted
    }

    /**
     * @param outcome       what preemption did
     * @param nominatedNode the node the pod is nominated to, {@code null} unless nominated
     * @param message       why preemption failed, {@code null} unless it failed
     */
    record Preemption(Outcome outcome, String nominatedNode, String message) {}

    /** The explanation of a pod's attempt; the pod tells whether preemption nominated a node. */
    static PodExplanation of(SchedulingAttempt attempt, Pod pod) {
        List<NodeFilter> filter = attempt.nodes().stream().map(SchedulingAttempt.NodeFilterResult::node).distinct()
                .sorted().map(node -> new NodeFilter(node, attempt.filterStatuses(node))).toList();
        List<NodeScore> scores = attempt.scores().stream().sorted(Comparator.comparing(NodeScore::node)).toList();
        return new PodExplanation(attempt, filter, scores, preemption(attempt, pod));
    }

    /**
     * Whether the attempt still holds its per-node detail: the scheduler drops the Filter outcomes and the score
     * table of older successful attempts, and a successful attempt always evaluated a node.
     */
    boolean detailKept() {
        return attempt.chosenNode() == null || !attempt.nodes().isEmpty();
    }

    private static Preemption preemption(SchedulingAttempt attempt, Pod pod) {
        if (attempt.chosenNode() != null) {
            return new Preemption(Outcome.NotNeeded, null, null);
        }
        String nominated = pod.getStatus() == null ? null : pod.getStatus().getNominatedNodeName();
        if (nominated != null && !nominated.isEmpty()) {
            return new Preemption(Outcome.Nominated, nominated, null);
        }
        int start = attempt.message() == null ? -1 : attempt.message().indexOf(PREEMPTION_PREFIX);
        if (start >= 0) {
            return new Preemption(Outcome.Failed, null,
                    attempt.message().substring(start + PREEMPTION_PREFIX.length()));
        }
        return new Preemption(Outcome.NotAttempted, null, null);
    }
}
