package io.pilothouse.model.validation;

/** The identity of a resource as kubectl names it: apiVersion, kind, namespace (empty when cluster-scoped), name. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

    /** @return {@code Kind/name} or {@code Kind/namespace/name}, as diagnostics show it */
    @Override
    public String toString() {
        return namespace.isEmpty() ? kind + '/' + name : kind + '/' + namespace + '/' + name;
    }
}
