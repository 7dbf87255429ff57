package io.pilothouse.runtime.scheduler.framework;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a PreFilter plugin says about the nodes to look at: all of them ({@code nodeNames} null) or only the named
 * ones. The results of several plugins intersect.
 *
 * @param nodeNames the node names, sorted, or {@code null} for all nodes
 */
public record PreFilterResult(SortedSet<String> nodeNames) {

    /** The result that keeps every node. */
    public static final PreFilterResult ALL_NODES = new PreFilterResult(null);

    /** A result keeping only the named nodes. */
    public static PreFilterResult of(Set<String> names) {
        return new PreFilterResult(new TreeSet<>(names));
    }

    /** Whether every node is kept. */
    public boolean allNodes() {
        return nodeNames == null;
    }

    /** The nodes both results keep. */
    public PreFilterResult merge(PreFilterResult other) {
        if (allNodes()) {
            return other;
        }
        if (other.allNodes()) {
            return this;
        }
        SortedSet<String> both = new TreeSet<>(nodeNames);
        both.retainAll(other.nodeNames);
        return new PreFilterResult(both);
    }
}
