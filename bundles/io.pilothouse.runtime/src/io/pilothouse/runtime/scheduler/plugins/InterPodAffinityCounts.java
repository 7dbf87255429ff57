package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.runtime.scheduler.framework.DomainCounts;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinityTerms.Term;

/**
 * Counts per topology pair (node label key and value), as upstream's {@code topologyToMatchedTermCount}: the sum of
 * the snapshot's domain counts that PreFilter picked (read as they are, since the snapshot does not change during a
 * scheduling cycle) and of the cycle's own changes (AddPod and RemovePod). A pair whose count is zero is absent.
 */
final class InterPodAffinityCounts {

    /** The topology keys of the snapshot's counts, each once. Shared by copies. */
    private final List<String> keys;
    /** The snapshot's counts of each of {@link #keys}; one listed twice counts twice. Shared by copies. */
    private final List<List<DomainCounts>> snapshot;
    private final Map<String, Map<String, Long>> changes;
    /**
     * Whether no pair has a count; {@code null} when not known since the last change. Volatile: Filter may work it
     * out on several threads at once.
     */
    private volatile Boolean empty;

    InterPodAffinityCounts() {
        this(new ArrayList<>(1), new ArrayList<>(1), new HashMap<>());
    }

    private InterPodAffinityCounts(List<String> keys, List<List<DomainCounts>> snapshot,
            Map<String, Map<String, Long>> changes) {
        this.keys = keys;
        this.snapshot = snapshot;
        this.changes = changes;
    }

    /** Adds the snapshot's counts of one topology key (during PreFilter, before any copy). */
    void addDomains(DomainCounts domains) {
        int index = keys.indexOf(domains.topologyKey());
        if (index < 0) {
            keys.add(domains.topologyKey());
            snapshot.add(new ArrayList<>(1));
            index = keys.size() - 1;
        }
        snapshot.get(index).add(domains);
        empty = null;
    }

    /** Adds to the count of a pair. */
    void add(String key, String value, long delta) {
        Map<String, Long> values = changes.computeIfAbsent(key, k -> new HashMap<>());
        long updated = values.getOrDefault(value, 0L) + delta;
        if (updated == 0) {
            values.remove(value);
            if (values.isEmpty()) {
                changes.remove(key);
            }
        } else {
            values.put(value, updated);
        }
        empty = null;
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
        return count(keys.indexOf(key), key, value);
    }

    /** The count of a pair whose key is {@code keys[index]} ({@code -1}: a key only the changes have). */
    private long count(int index, String key, String value) {
        long count = 0;
        if (index >= 0) {
            List<DomainCounts> domains = snapshot.get(index);
            for (int i = 0; i < domains.size(); i++) {
                count += domains.get(i).get(value);
            }
        }
        if (!changes.isEmpty()) {
            Map<String, Long> values = changes.get(key);
            Long change = values == null ? null : values.get(value);
            count += change == null ? 0 : change;
        }
        return count;
    }

    /** Whether no pair has a count (upstream's {@code len(counts) == 0}). */
    boolean isEmpty() {
        if (empty == null) {
            empty = !anyNonZero();
        }
        return empty;
    }

    private boolean anyNonZero() {
        for (Map.Entry<String, Map<String, Long>> entry : changes.entrySet()) {
            for (String value : entry.getValue().keySet()) {
                if (get(entry.getKey(), value) != 0) {
                    return true;
                }
            }
        }
        boolean[] found = new boolean[1];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int index = i;
            for (DomainCounts counts : snapshot.get(i)) {
                if (changes.containsKey(key)) {
                    counts.forEach((value, count) -> found[0] |= count(index, key, value) != 0);
                } else {
                    found[0] |= counts.size() > 0;
                }
            }
        }
        return found[0];
    }

    /** Whether a node with these labels is in a domain whose count is positive. */
    boolean anyPositive(Map<String, String> nodeLabels) {
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String value = nodeLabels.get(key);
            if (value != null && count(i, key, value) > 0) {
                return true;
            }
        }
        if (!changes.isEmpty()) {
            for (String key : changes.keySet()) {
                String value = nodeLabels.get(key);
                if (value != null && !keys.contains(key) && count(-1, key, value) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy whose changes are its own. */
    InterPodAffinityCounts copy() {
        Map<String, Map<String, Long>> copied = new HashMap<>();
        changes.forEach((key, values) -> copied.put(key, new HashMap<>(values)));
        InterPodAffinityCounts copy = new InterPodAffinityCounts(keys, snapshot, copied);
        copy.empty = empty;
        return copy;
    }
}
