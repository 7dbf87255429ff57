package io.pilothouse.runtime.scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * The explanation of one scheduling attempt of a pod: the PreFilter outcome, each evaluated node's Filter outcome,
 * each scored node's raw, normalized and weighted score per plugin, the chosen node and, on failure, the
 * FailedScheduling message.
 *
 * @param podKey           {@code namespace/name}
 * @param attempt          the attempt number (1 for the first)
 * @param time             when it ran
 * @param profile          the scheduler name of the profile
 * @param numAllNodes      the nodes in the snapshot
 * @param preFilterStatus  the PreFilter outcome
 * @param filterPlugins    the Filter plugins in the order they run
 * @param skippedFilters   the Filter plugins skipped for this pod (their PreFilter returned Skip)
 * @param nodes            the evaluated nodes in evaluation order, each with the status that stopped it (Success
 *                         when it is feasible); empty once the detail is dropped ({@link #withoutDetail()})
 * @param scores           the score table, empty when fewer than two nodes were feasible or the detail is dropped
 * @param chosenNode       the node picked, {@code null} on failure
 * @param message          the FailedScheduling message, {@code null} on success
 */
public record SchedulingAttempt(String podKey, int attempt, Instant time, String profile, int numAllNodes,
        Status preFilterStatus, List<String> filterPlugins, Set<String> skippedFilters, List<NodeFilterResult> nodes,
        List<NodeScore> scores, String chosenNode, String message) {

    /**
     * The Filter outcome of one node.
     *
     * @param node   the node name
     * @param status Success, or the first status that was not
     */
    public record NodeFilterResult(String node, Status status) {}

    /**
     * One plugin's verdict on one node.
     *
     * @param plugin  the plugin
     * @param code    its status code
     * @param reasons its reasons
     */
    public record PluginStatus(String plugin, Code code, List<String> reasons) {}

    /**
     * The scores of one feasible node.
     *
     * @param node    the node name
     * @param plugins the score of each Score plugin, in plugin order
     * @param total   the sum of the weighted scores
     */
    public record NodeScore(String node, List<PluginScore> plugins, long total) {}

    /**
     * One Score plugin's score of one node.
     *
     * @param plugin     the plugin
     * @param raw        what Score returned
     * @param normalized after NormalizeScore, 0–100
     * @param weight     the plugin's weight
     * @param weighted   normalized × weight
     */
    public record PluginScore(String plugin, long raw, long normalized, int weight, long weighted) {}

    /**
     * Each Filter plugin's status on a node, in order: Skip for plugins skipped for this pod, Success for those that
     * passed, then the rejecting plugin's status; plugins after it did not run and are left out.
     *
     * @return empty when the node was not evaluated
     */
    public List<PluginStatus> filterStatuses(String node) {
        for (NodeFilterResult result : nodes) {
            if (result.node().equals(node)) {
                return statuses(result.status());
            }
        }
        return List.of();
    }

    private List<PluginStatus> statuses(Status stop) {
        List<PluginStatus> statuses = new ArrayList<>();
        for (String plugin : filterPlugins) {
            if (skippedFilters.contains(plugin)) {
                statuses.add(new PluginStatus(plugin, Code.SKIP, List.of()));
            } else if (plugin.equals(stop.plugin())) {
                statuses.add(new PluginStatus(plugin, stop.code(), stop.reasons()));
                return statuses;
            } else {
                statuses.add(new PluginStatus(plugin, Code.SUCCESS, List.of()));
            }
        }
        return statuses;
    }

    /** The same attempt with another FailedScheduling message (after PostFilter added to it). */
    public SchedulingAttempt withMessage(String newMessage) {
        return new SchedulingAttempt(podKey, attempt, time, profile, numAllNodes, preFilterStatus, filterPlugins,
                skippedFilters, nodes, scores, chosenNode, newMessage);
    }

    /** The same attempt without the per-node detail: no Filter outcomes, no score table. */
    public SchedulingAttempt withoutDetail() {
        return new SchedulingAttempt(podKey, attempt, time, profile, numAllNodes, preFilterStatus, filterPlugins,
                skippedFilters, List.of(), List.of(), chosenNode, message);
    }

    /** The scores of a node, {@code null} when it was not scored. */
    public NodeScore scoreOf(String node) {
        for (NodeScore score : scores) {
            if (score.node().equals(node)) {
                return score;
            }
        }
        return null;
    }
}
