package io.pilothouse.runtime.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * A kind within its group, without version: the identity under which the store keeps objects.
 *
 * @param group the API group, {@code ""} for the core group
 * @param kind  the kind
 */
public record GroupKind(String group, String kind) implements Comparable<GroupKind> {

    private static final Comparator<GroupKind> ORDER = Comparator.comparing(GroupKind::group)
            .thenComparing(GroupKind::kind);

    /** Checks that no part is null. */
    public GroupKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public int compareTo(GroupKind other) {
        return ORDER.compare(this, other);
    }

    /** As upstream prints a group kind in messages: {@code Pod}, {@code Deployment.apps}. */
    @Override
    public String toString() {
        return group.isEmpty() ? kind : kind + '.' + group;
    }
}
