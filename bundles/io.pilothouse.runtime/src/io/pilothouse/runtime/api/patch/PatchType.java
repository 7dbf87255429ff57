package io.pilothouse.runtime.api.patch;

import java.util.Objects;

/**
 * How a patch is applied, with the field manager the change is recorded for (upstream's {@code fieldManager} of
 * {@code PatchOptions}) and, for an apply, whether conflicts are overridden ({@code force}).
 *
 * @param format       the patch format
 * @param fieldManager the manager that owns what the patch sets
 * @param force        whether an apply takes fields other managers own
 */
public record PatchType(Format format, String fieldManager, boolean force) {

    /** The patch formats ({@code Content-Type}s of a PATCH). */
    public enum Format {
        /** {@code application/merge-patch+json}: RFC 7386. */
        JSON_MERGE,
        /** {@code application/strategic-merge-patch+json}. */
        STRATEGIC_MERGE,
        /** {@code application/apply-patch+yaml}: server-side apply of a configuration (JSON is YAML). */
        APPLY
    }

    /** The field manager {@code kubectl patch} sends. */
    public static final String KUBECTL_PATCH = "kubectl-patch";

    /** {@code kubectl patch --type merge}. */
    public static final PatchType JSON_MERGE = new PatchType(Format.JSON_MERGE, KUBECTL_PATCH, false);

    /** {@code kubectl patch} (the strategic type is its default). */
    public static final PatchType STRATEGIC_MERGE = new PatchType(Format.STRATEGIC_MERGE, KUBECTL_PATCH, false);

    /** Checks that the format and the manager are set. */
    public PatchType {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fieldManager, "fieldManager");
        if (fieldManager.isEmpty()) {
            throw new IllegalArgumentException("a field manager is required");
        }
    }

    /** A server-side apply as a manager, forced or not ({@code kubectl apply --server-side [--force-conflicts]}). */
    public static PatchType apply(String fieldManager, boolean force) {
        return new PatchType(Format.APPLY, fieldManager, force);
    }
}
