package io.pilothouse.runtime.api.apply;

import java.util.List;
import java.util.Objects;

import io.pilothouse.model.k8s.meta.v1.Status;
import io.pilothouse.runtime.api.GroupVersionKind;

/**
 * What applying one object did.
 *
 * @param gvk       the object's group, version and kind
 * @param namespace its namespace, {@code ""} when cluster-scoped
 * @param name      its name
 * @param outcome   created, updated, unchanged or failed
 * @param error     the failure's status when it failed, else {@code null}
 * @param warnings  the admission warnings
 */
public record AppliedObject(GroupVersionKind gvk, String namespace, String name, Outcome outcome, Status error,
        List<String> warnings) {

    /** What happened to an object. */
    public enum Outcome {
        /** It did not exist and was created. */
        CREATED,
        /** It existed and was changed. */
        UPDATED,
        /** It existed and applying it changed nothing. */
        UNCHANGED,
        /** The API server rejected it. */
        FAILED
    }

    /** Checks the parts that may not be null and copies the warnings. */
    public AppliedObject {
        Objects.requireNonNull(gvk, "gvk");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(outcome, "outcome");
        warnings = List.copyOf(warnings);
    }

    /** {@code apps/v1/Deployment default/web created}, or the failure's message for a failed object. */
    @Override
    public String toString() {
        String key = gvk + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
        return outcome == Outcome.FAILED
                ? key + " failed: " + error.getMessage()
                : key + " " + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
