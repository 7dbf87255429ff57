package io.pilothouse.runtime.api;

import java.util.Objects;

/**
 * The group, version and kind of an API type ({@code apps/v1 Deployment}); the core group is the empty string.
 *
 * @param group   the API group, {@code ""} for the core group
 * @param version the version ({@code v1})
 * @param kind    the kind ({@code Deployment})
 */
public record GroupVersionKind(String group, String version, String kind) {

    /** Checks that no part is null. */
    public GroupVersionKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Parses the {@code apiVersion/kind} form of the model's {@code gvk} annotation ({@code v1/Pod},
     * {@code apps/v1/Deployment}).
     *
     * @throws IllegalArgumentException when the text has neither two nor three parts
     */
    public static GroupVersionKind parse(String apiVersionAndKind) {
        String[] parts = apiVersionAndKind.split("/", -1);
        return switch (parts.length) {
            case 2 -> new GroupVersionKind("", parts[0], parts[1]);
            case 3 -> new GroupVersionKind(parts[0], parts[1], parts[2]);
            default -> throw new IllegalArgumentException("not an apiVersion/kind: " + apiVersionAndKind);
        };
    }

    /** The {@code apiVersion} of a manifest: {@code v1} or {@code apps/v1}. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + '/' + version;
    }

    /** The group and kind, without the version. */
    public GroupKind groupKind() {
        return new GroupKind(group, kind);
    }

    /** {@code apiVersion/kind}, as the {@code gvk} annotation writes it. */
    @Override
    public String toString() {
        return apiVersion() + '/' + kind;
    }
}
