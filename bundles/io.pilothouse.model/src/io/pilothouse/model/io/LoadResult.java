package io.pilothouse.model.io;

import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * What {@link ManifestLoader} read from one input.
 *
 * @param documents     the value trees of the documents that could be read
 * @param objects       the bound resources, {@code List} kinds unwrapped, in source order
 * @param sourceMap     where every bound object and feature value came from
 * @param unknownFields fields the schema does not know, kept for writing back
 * @param diagnostics   every problem found, in the order found
 */
public record LoadResult(List<YamlDocument> documents, List<EObject> objects, SourceMap sourceMap,
        UnknownFields unknownFields, List<Diagnostic> diagnostics) {

    public LoadResult {
        documents = List.copyOf(documents);
        objects = List.copyOf(objects);
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether any diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == Diagnostic.Severity.ERROR);
    }
}
