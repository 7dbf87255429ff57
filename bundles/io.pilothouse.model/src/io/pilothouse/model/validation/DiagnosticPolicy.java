package io.pilothouse.model.validation;

import java.util.Map;
import java.util.Set;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule.Family;

/**
 * Which diagnostics a run keeps and at which severity: the options' ignored codes and lint switch, and the
 * configuration's per-code severity overrides.
 */
record DiagnosticPolicy(ValidationOptions options, Map<String, Severity> overrides) {

    DiagnosticPolicy {
        overrides = Map.copyOf(overrides);
    }

    boolean enabled(Rule rule) {
        return options.lint() || rule.family() != Family.LINT;
    }

    boolean suppressed(String code, ResourceEntry entry) {
        return options.ignoredCodes().contains(code) || entry != null && entry.ignored.contains(code);
    }

    Severity severity(String code, Severity severity) {
        return overrides.getOrDefault(code, severity);
    }

    /** @return whether a kind is named by a set of {@code Kind} or {@code apiVersion/Kind} entries */
    static boolean names(Set<String> kinds, ObjectRef ref) {
        return !kinds.isEmpty() && (kinds.contains(ref.kind()) || kinds.contains(ref.apiVersion() + '/' + ref.kind()));
    }
}
