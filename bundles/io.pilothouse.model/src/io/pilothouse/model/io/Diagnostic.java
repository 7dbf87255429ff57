package io.pilothouse.model.io;

/**
 * A problem found while reading or binding a manifest: an immutable value with a stable {@code code}
 * (see {@link DiagnosticCodes}) and the source range it refers to.
 */
public record Diagnostic(Severity severity, String code, String message, SourceRange location) {

    /** How serious a diagnostic is. */
    public enum Severity {
        ERROR, WARNING, INFO
    }

    static Diagnostic error(String code, String message, SourceRange location) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }

    static Diagnostic warning(String code, String message, SourceRange location) {
        return new Diagnostic(Severity.WARNING, code, message, location);
    }

    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + code
                + ']';
    }
}
