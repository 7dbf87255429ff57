package io.pilothouse.model.validation;

import java.util.Set;

/**
 * What a validation run checks, as {@code pilothouse validate}'s options set it.
 *
 * @param strict               unknown fields are errors, not warnings
 * @param lint                 run the best-practice lints
 * @param ignoreMissingSchemas resources of unknown kinds are skipped instead of reported
 * @param skipKinds            kinds ({@code Kind} or {@code group/version/Kind}) that are not validated
 * @param rejectKinds          kinds that are reported as errors wherever they appear
 * @param ignoredCodes         diagnostic codes suppressed everywhere (the config file's list)
 */
public record ValidationOptions(boolean strict, boolean lint, boolean ignoreMissingSchemas, Set<String> skipKinds,
        Set<String> rejectKinds, Set<String> ignoredCodes) {

    /** Everything on: strict decoding off, lints on, nothing skipped. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(false, true, false, Set.of(), Set.of(),
            Set.of());

    public ValidationOptions {
        skipKinds = Set.copyOf(skipKinds);
        rejectKinds = Set.copyOf(rejectKinds);
        ignoredCodes = Set.copyOf(ignoredCodes);
    }
}
