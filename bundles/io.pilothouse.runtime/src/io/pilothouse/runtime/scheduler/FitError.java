package io.pilothouse.runtime.scheduler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Why no node fits a pod, rendered as upstream's {@code FitError.Error()}:
 * {@code 0/N nodes are available: <PreFilter message>. } or the reason histogram (each reason counted once per node
 * that gave it, entries {@code "<count> <reason>"} sorted as strings, joined by {@code ", "}), then the PostFilter
 * message.
 *
 * @param numAllNodes   the number of nodes in the snapshot
 * @param preFilterMsg  the message of the PreFilter rejection, {@code ""} when PreFilter passed
 * @param nodeStatuses  the Filter status of each node that was evaluated and failed
 * @param absentStatus  the status of the nodes not evaluated (left out by a PreFilter narrowing), or {@code null}
 * @param postFilterMsg the PostFilter (preemption) message, {@code ""} when none ran
 */
public record FitError(int numAllNodes, String preFilterMsg, List<Status> nodeStatuses, Status absentStatus,
        String postFilterMsg) {

    /** The FailedScheduling message. */
    public String message() {
        StringBuilder message = new StringBuilder("0/").append(numAllNodes).append(" nodes are available:");
        if (!preFilterMsg.isEmpty()) {
            message.append(' ').append(preFilterMsg).append('.');
        } else {
            List<String> histogram = histogram();
            if (!histogram.isEmpty()) {
                message.append(' ').append(String.join(", ", histogram)).append('.');
            }
        }
        if (!postFilterMsg.isEmpty()) {
            message.append(' ').append(postFilterMsg);
        }
        return message.toString();
    }

    private List<String> histogram() {
        Map<Status, int[]> sameStatus = new IdentityHashMap<>();
        for (Status status : nodeStatuses) {
            sameStatus.computeIfAbsent(status, s -> new int[1])[0]++;
        }
        Map<String, Integer> counts = new TreeMap<>();
        sameStatus.forEach((status, count) -> {
            for (String reason : status.reasons()) {
                counts.merge(reason, count[0], Integer::sum);
            }
        });
        int absent = numAllNodes - nodeStatuses.size();
        if (absent > 0 && absentStatus != null) {
            for (String reason : absentStatus.reasons()) {
                counts.merge(reason, absent, Integer::sum);
            }
        }
        List<String> entries = new ArrayList<>();
        counts.forEach((reason, count) -> entries.add(count + " " + reason));
        entries.sort(null);
        return entries;
    }

    /** The same error with a PostFilter message. */
    public FitError withPostFilterMsg(String message) {
        return new FitError(numAllNodes, preFilterMsg, nodeStatuses, absentStatus, message);
    }
}
