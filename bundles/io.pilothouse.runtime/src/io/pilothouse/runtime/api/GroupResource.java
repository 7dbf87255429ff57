package io.pilothouse.runtime.api;

import java.util.Objects;

/**
 * A resource (the lowercase plural of a kind) within its group.
 *
 * @param group    the API group, {@code ""} for the core group
 * @param resource the resource ({@code pods}, {@code deployments})
 */
public record GroupResource(String group, String resource) {

    /** Checks that no part is null. */
    public GroupResource {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
    }

    /** As upstream prints a group resource in messages: {@code pods}, {@code deployments.apps}. */
    @Override
    public String toString() {
        return group.isEmpty() ? resource : resource + '.' + group;
    }
}
