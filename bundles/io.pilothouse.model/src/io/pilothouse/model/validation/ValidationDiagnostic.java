package io.pilothouse.model.validation;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.SourceRange;

/**
 * A validation finding: stable code, severity, message, exact source range, the resource it is about ({@code null}
 * for problems outside any resource, such as YAML syntax) and, where one exists, a machine-applicable fix
 * ({@code null} otherwise).
 */
public record ValidationDiagnostic(Severity severity, String code, String message, SourceRange range,
        ObjectRef object, Fix fix) {

    /** Lifts a loader diagnostic (syntax, decoding, limits) into a validation diagnostic. */
    public static ValidationDiagnostic of(Diagnostic diagnostic, ObjectRef object) {
        return new ValidationDiagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.message(),
                diagnostic.location(), object, null);
    }
}
