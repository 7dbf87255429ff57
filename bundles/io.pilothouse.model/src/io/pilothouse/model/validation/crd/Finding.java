package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.validation.Rule;

/** A problem found in a custom resource, before it becomes a {@link Diagnostic}. */
record Finding(Rule rule, String message, SourceRange location, boolean blocksValidationRules) {

    static Finding of(Rule rule, FieldError error, SourceRange location) {
        return new Finding(rule, error.message(), location, error.blocksValidationRules());
    }

    Diagnostic toDiagnostic() {
        return new Diagnostic(rule.severity(), rule.code(), message, location);
    }

    /** @return where {@code node} was read from, or {@code fallback} for a node added by defaulting */
    static SourceRange at(YamlNode node, SourceRange fallback) {
        return node != null && node.range() != null ? node.range() : fallback;
    }
}
