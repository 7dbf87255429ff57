package io.pilothouse.cli.explain;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.cli.explain.PodExplanation.NodeFilter;
import io.pilothouse.cli.preview.TextTable;
import io.pilothouse.runtime.scheduler.SchedulingAttempt;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.NodeScore;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.PluginScore;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.PluginStatus;
import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * The text form of an explanation: a summary, the Filter table (a row per evaluated node, a column per Filter
 * plugin), the Score table (raw, normalized and weighted score per plugin, the total, the chosen node marked with
 * {@code *}), the FailedScheduling message and what preemption did.
 */
final class AttemptText {

    private static final String NOT_RUN = "-";
    private static final String DETAIL_NOT_KEPT = "not kept: the scheduler keeps the per-node detail of its latest successful attempts only\n";

    private AttemptText() {}

    static String of(PodExplanation explanation) {
        SchedulingAttempt attempt = explanation.attempt();
        StringBuilder out = new StringBuilder();
        out.append(TextTable.of(List.of(
                List.of("Pod:", attempt.podKey()),
                List.of("Profile:", attempt.profile()),
                List.of("Attempt:", attempt.attempt() + " at " + attempt.time()),
                List.of("Nodes:", explanation.detailKept()
                        ? explanation.filter().size() + " evaluated of " + attempt.numAllNodes()
                        : attempt.numAllNodes() + " in the cluster"),
                List.of("PreFilter:", preFilter(attempt.preFilterStatus())),
                List.of("Result:", attempt.chosenNode() == null
                        ? "unschedulable"
                        : "scheduled on "
                                + attempt.chosenNode()))));
        out.append("\nFilter:\n");
        out.append(!explanation.detailKept()
                ? DETAIL_NOT_KEPT
                : explanation.filter().isEmpty() ? "no node was evaluated\n" : filterTable(explanation));
        out.append("\nScore (raw/normalized/weighted):\n");
        out.append(!explanation.detailKept()
                ? DETAIL_NOT_KEPT
                : explanation.scores().isEmpty() ? notScored(attempt) : scoreTable(explanation));
        out.append('\n');
        out.append(TextTable.of(List.of(
                List.of("FailedScheduling:", attempt.message() == null ? "<none>" : attempt.message()),
                List.of("Preemption:", preemption(explanation.preemption())))));
        return out.toString();
    }

    private static String filterTable(PodExplanation explanation) {
        List<String> plugins = explanation.attempt().filterPlugins();
        List<List<String>> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>(List.of("NODE"));
        headings.addAll(plugins);
        rows.add(headings);
        for (NodeFilter node : explanation.filter()) {
            List<String> row = new ArrayList<>(List.of(node.node()));
            for (int i = 0; i < plugins.size(); i++) {
                row.add(i < node.statuses().size() ? cell(node.statuses().get(i)) : NOT_RUN);
            }
            rows.add(row);
        }
        return TextTable.of(rows);
    }

    private static String scoreTable(PodExplanation explanation) {
        List<List<String>> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>(List.of("", "NODE"));
        explanation.scores().get(0).plugins()
                .forEach(plugin -> headings.add(plugin.plugin() + " (weight " + plugin.weight() + ")"));
        headings.add("TOTAL");
        rows.add(headings);
        for (NodeScore score : explanation.scores()) {
            List<String> row = new ArrayList<>();
            row.add(score.node().equals(explanation.attempt().chosenNode()) ? "*" : "");
            row.add(score.node());
            for (PluginScore plugin : score.plugins()) {
                row.add(plugin.raw() + "/" + plugin.normalized() + "/" + plugin.weighted());
            }
            row.add(Long.toString(score.total()));
            rows.add(row);
        }
        return TextTable.of(rows);
    }

    private static String notScored(SchedulingAttempt attempt) {
        return attempt.chosenNode() == null
                ? "not run: no node is feasible\n"
                : "not run: " + attempt.chosenNode() + " is the only feasible node\n";
    }

    private static String preemption(PodExplanation.Preemption preemption) {
        return switch (preemption.outcome()) {
            case NotNeeded -> "not needed";
            case Nominated -> "nominated node " + preemption.nominatedNode()
                    + ": the pod waits there for its victims to terminate";
            case Failed -> "failed: " + preemption.message();
            case NotAttempted -> "not attempted";
        };
    }

    private static String cell(PluginStatus status) {
        return cell(status.code(), status.reasons());
    }

    private static String preFilter(Status status) {
        String cell = cell(status.code(), status.reasons());
        return status.plugin().isEmpty() ? cell : cell + " (" + status.plugin() + ")";
    }

    /** {@code ok}, {@code skip}, or the code and the reasons, such as {@code Unschedulable: Insufficient cpu}. */
    private static String cell(Code code, List<String> reasons) {
        return switch (code) {
            case SUCCESS -> "ok";
            case SKIP -> "skip";
            default -> reasons.isEmpty()
                    ? code.upstreamName()
                    : code.upstreamName() + ": " + String.join(", ", reasons);
        };
    }
}
