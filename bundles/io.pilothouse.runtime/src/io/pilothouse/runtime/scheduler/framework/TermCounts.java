package io.pilothouse.runtime.scheduler.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The distinct terms of one kind that the pods in the snapshot carry (equal terms of different pods are one entry),
 * each with how many times it is carried per domain of its topology key: a pod counts in the domain of its node,
 * once per equal term it carries, while the node exists. Kept up to date by the snapshot (see
 * {@link Snapshot#termCounts}).
 *
 * @param <T> the kind of term; equal terms must mean the same
 */
public final class TermCounts<T extends TopologyTerm> {

    private final Function<PodInfo, List<T>> termsOf;
    private final Map<T, Entry> byTerm = new LinkedHashMap<>();

    TermCounts(Function<PodInfo, List<T>> termsOf) {
        this.termsOf = termsOf;
    }

    /** Calls {@code action} with each distinct term and its counts per domain, in the order the terms came. */
    public void forEach(BiConsumer<T, DomainCounts> action) {
        byTerm.forEach((term, entry) -> action.accept(term, entry.domains));
    }

    /** Counts (or, with a negative delta, uncounts) the terms of a pod on a node with these labels. */
    void count(PodInfo pod, Map<String, String> nodeLabels, int delta) {
        for (T term : termsOf.apply(pod)) {
            Entry entry = byTerm.computeIfAbsent(term, t -> new Entry(new DomainCounts(t.topologyKey())));
            entry.carried += delta;
            entry.domains.add(nodeLabels, delta);
            if (entry.carried == 0) {
                byTerm.remove(term);
            }
        }
    }

    /** Moves the terms of the pods of a node from the domains of its old labels to those of its new ones. */
    void moveNode(List<PodInfo> pods, Map<String, String> oldLabels, Map<String, String> newLabels) {
        for (PodInfo pod : pods) {
            for (T term : termsOf.apply(pod)) {
                DomainCounts domains = byTerm.get(term).domains;
                domains.add(oldLabels, -1);
                domains.add(newLabels, 1);
            }
        }
    }

    /** One term: how many times the pods carry it (on any node, existing or not), and per domain. */
    private static final class Entry {

        final DomainCounts domains;
        int carried;

        Entry(DomainCounts domains) {
            this.domains = domains;
        }
    }
}
