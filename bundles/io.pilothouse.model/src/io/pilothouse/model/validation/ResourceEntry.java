package io.pilothouse.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.SourceMap;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.validation.ValidationReport.Status;

/** One resource of one validation run: the mapping it was read from, what it was bound to, what was found. */
final class ResourceEntry {

    final int input;
    final YamlMapping node;
    /** The bound resource, or {@code null} when its kind is missing or unknown. */
    final EObject object;
    final SourceMap sourceMap;
    final ObjectRef ref;
    /** The codes its {@code pilothouse.io/ignore} annotation suppresses. */
    final Set<String> ignored;
    final List<ValidationDiagnostic> diagnostics = new ArrayList<>();
    boolean skipped;
    /** Whether it could not be validated at all (unknown or missing kind, prohibited kind). */
    boolean failed;
    /** Whether a document check found its API version is no longer served (removed from Kubernetes). */
    boolean unservedApi;

    ResourceEntry(int input, YamlMapping node, EObject object, SourceMap sourceMap, ObjectRef ref,
            Set<String> ignored) {
        this.input = input;
        this.node = node;
        this.object = object;
        this.sourceMap = sourceMap;
        this.ref = ref;
        this.ignored = ignored;
    }

    boolean contains(SourceRange range) {
        SourceRange own = node.range();
        return own.file().equals(range.file()) && range.offset() >= own.offset()
                && range.offset() < Math.max(own.endOffset(), own.offset() + 1);
    }

    Status status() {
        if (skipped) {
            return Status.SKIPPED;
        }
        if (failed) {
            return Status.ERROR;
        }
        for (ValidationDiagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.ERROR) {
                return Status.INVALID;
            }
        }
        return Status.VALID;
    }
}
