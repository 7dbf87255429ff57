package io.pilothouse.model.validation.deprecation;

/**
 * One kind at one API version that v1.36 no longer serves or serves with a deprecation warning.
 *
 * @param apiVersion  the deprecated {@code apiVersion}
 * @param kind        the kind
 * @param deprecated  the release that deprecated it ({@code 1.21}), or {@code null} when it only matters that it
 *                    is removed
 * @param removed     the first release that no longer serves it, or {@code null} when no removal is scheduled
 * @param replacement the {@code apiVersion} and kind to use instead ({@code policy/v1 PodDisruptionBudget}), or
 *                    {@code null} when there is none
 * @param change      what changes besides the {@code apiVersion}, or {@code null} when replacing the
 *                    {@code apiVersion} is the whole conversion
 */
public record DeprecatedApi(String apiVersion, String kind, String deprecated, String removed, String replacement,
        String change) {

    /** @return whether v1.36 no longer serves it */
    public boolean isRemoved() {
        return removed != null && minor(removed) <= DeprecatedApis.SERVED_MINOR;
    }

    /** @return whether replacing the {@code apiVersion} converts a manifest */
    public boolean isMechanical() {
        return replacement != null && change == null && replacement.endsWith(' ' + kind);
    }

    /** @return the {@code apiVersion} of the replacement, or {@code null} */
    public String replacementApiVersion() {
        return replacement == null ? null : replacement.substring(0, replacement.indexOf(' '));
    }

    private static int minor(String release) {
        return Integer.parseInt(release.substring(release.indexOf('.') + 1));
    }
}
