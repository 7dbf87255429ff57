package io.pilothouse.runtime.scheduler.framework;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * How many pods (or pod terms) the snapshot counts in each domain of one topology key: per value of that node label,
 * over the nodes that exist and have it. Domains whose count comes back to zero are dropped.
 */
public final class DomainCounts {

    private final String topologyKey;
    /** The counts by value: small counts are the shared boxes of {@link Integer#valueOf}, and lookups stay cheap. */
    private final Map<String, Integer> byValue = new HashMap<>();

    DomainCounts(String topologyKey) {
        this.topologyKey = topologyKey;
    }

    /** The node label whose values are the domains. */
    public String topologyKey() {
        return topologyKey;
    }

    /** The count of a domain, 0 when none. */
    public int get(String value) {
        if (byValue.isEmpty()) {
            return 0;
        }
        Integer count = byValue.get(value);
        return count == null ? 0 : count;
    }

    /** How many domains have a count. */
    public int size() {
        return byValue.size();
    }

    /** Calls {@code action} with each domain that has a count, and its count. */
    public void forEach(ObjIntConsumer<String> action) {
        byValue.forEach(action::accept);
    }

    /** Adds to the domain of a node with these labels; nothing for {@code null} (no node) or without the key. */
    void add(Map<String, String> nodeLabels, int delta) {
        String value = nodeLabels == null ? null : nodeLabels.get(topologyKey);
        if (value == null || delta == 0) {
            return;
        }
        byValue.merge(value, delta, (count, added) -> count + added == 0 ? null : count + added);
    }
}
