package io.pilothouse.runtime.scheduler.plugins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinityTerms.Term;

/**
 * Counts per topology pair (node label key and value), as upstream's {@code topologyToMatchedTermCount}: pairs whose
 * count comes back to zero are removed. Lookups do not allocate.
 */
final class InterPodAffinityCounts {

    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private int size;

    /** Adds to the count of a pair. */
    void add(String key, String value, long delta) {
        Map<String, Long> values = counts.computeIfAbsent(key, k -> new HashMap<>());
        long updated = values.getOrDefault(value, 0L) + delta;
        if (updated == 0) {
            if (values.remove(value) != null) {
                size--;
            }
            if (values.isEmpty()) {
                counts.remove(key);
            }
        } else if (values.put(value, updated) == null) {
            size++;
        }
    }

    /** Adds {@code sign} to the node's pair of every term the pod matches ({@code updateWithAntiAffinityTerms}). */
    void addMatching(List<Term> terms, PodInfo pod, Map<String, String> namespaceLabels, NodeInfo node, int sign) {
        for (Term term : terms) {
            if (term.matches(pod, namespaceLabels)) {
                String value = node.labels().get(term.topologyKey());
                if (value != null) {
                    add(term.topologyKey(), value, sign);
                }
            }
        }
    }

    /** The count of a pair, 0 when absent. */
    long get(String key, String value) {
        Map<String, Long> values = counts.get(key);
        Long count = values == null ? null : values.get(value);
        return count == null ? 0 : count;
    }

    /** How many pairs have a count. */
    int size() {
        return size;
    }

    /** Whether a node with these labels is in a domain whose count is positive. */
    boolean anyPositive(Map<String, String> nodeLabels) {
        for (Map.Entry<String, Map<String, Long>> entry : counts.entrySet()) {
            String value = nodeLabels.get(entry.getKey());
            Long count = value == null ? null : entry.getValue().get(value);
            if (count != null && count > 0) {
                return true;
            }
        }
        return false;
    }

    /** A copy that changes independently. */
    InterPodAffinityCounts copy() {
        InterPodAffinityCounts copy = new InterPodAffinityCounts();
        counts.forEach((key, values) -> copy.counts.put(key, new HashMap<>(values)));
        copy.size = size;
        return copy;
    }
}
