package io.pilothouse.model.validation;

import java.util.List;

import io.pilothouse.model.io.Diagnostic.Severity;

/**
 * The result of validating a set of inputs: one entry per resource (in source order) and every diagnostic,
 * including those outside any resource.
 */
public record ValidationReport(List<ResourceResult> resources, List<ValidationDiagnostic> diagnostics) {

    /** How one resource fared, as kubeconform reports it. */
    public enum Status {
        VALID, INVALID, ERROR, SKIPPED
    }

    /**
     * One resource's verdict: {@code INVALID} when it has an error diagnostic, {@code ERROR} when it could not be
     * read or its kind is unknown, {@code SKIPPED} for skipped kinds.
     */
    public record ResourceResult(String file, ObjectRef object, Status status, List<ValidationDiagnostic> diagnostics) {

        public ResourceResult {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public ValidationReport {
        resources = List.copyOf(resources);
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether any diagnostic has the given severity */
    public boolean has(Severity severity) {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == severity);
    }
}
