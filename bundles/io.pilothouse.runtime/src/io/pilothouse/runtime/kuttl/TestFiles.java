package io.pilothouse.runtime.kuttl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;

/** The YAML of test files: documents as trees, KUTTL's own objects, and manifests as objects of the model. */
final class TestFiles {

    /** The API group of KUTTL's own kinds. */
    static final String KUTTL_GROUP = "kuttl.dev/";

    private static final KindRegistry REGISTRY = KindRegistry.builtIn();

    private TestFiles() {}

    /** The documents of a file, each a mapping; empty documents are skipped. */
    static List<YamlMapping> documents(Path file) throws IOException {
        return documents(load(file), file);
    }

    /** A file's documents and the objects they describe. */
    static LoadResult load(Path file) throws IOException {
        return new ManifestLoader(REGISTRY).load(file);
    }

    /** The documents of a loaded file, each a mapping; empty documents are skipped. */
    static List<YamlMapping> documents(LoadResult result, Path file) throws IOException {
        List<YamlMapping> documents = new ArrayList<>();
        for (YamlDocument document : result.documents()) {
            if (document.root() instanceof YamlMapping mapping) {
                documents.add(mapping);
            } else if (document.root() != null && !isNull(document.root())) {
                throw new IOException(file + ": a document is not a mapping");
            }
        }
        if (documents.isEmpty() && result.hasErrors()) {
            throw new IOException(firstError(result).map(Diagnostic::toString).orElse(file + ": invalid YAML"));
        }
        return documents;
    }

    /** Whether a document is a KUTTL object of the kind. */
    static boolean isKuttl(YamlMapping document, String kind) {
        return string(document, "apiVersion").startsWith(KUTTL_GROUP) && string(document, "kind").equals(kind);
    }

    /** The object of the model a document describes. */
    static EObject object(YamlMapping document, Path file) throws IOException {
        LoadResult result = new ManifestLoader(REGISTRY).loadText(ManifestWriter.yaml(List.of(document)),
                file.toString());
        if (result.hasErrors() || result.objects().size() != 1) {
            throw new IOException(file + ": " + firstError(result).map(Diagnostic::message).orElse("no object"));
        }
        return result.objects().get(0);
    }

    /** A string field of a mapping, empty when absent or not a string. */
    static String string(YamlMapping mapping, String key) {
        return mapping.get(key) instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING
                ? scalar.text()
                : "";
    }

    /** A timeout in seconds, or the default when absent. */
    static Duration seconds(YamlNode node, Path file, Duration absent) throws IOException {
        if (node == null) {
            return absent;
        }
        if (!(node instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.INT) {
            throw new IOException(file + ": timeout " + PartialMatch.flow(node) + " is not a number of seconds");
        }
        return Duration.ofSeconds(Long.parseLong(scalar.text()));
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL;
    }

    private static Optional<Diagnostic> firstError(LoadResult result) {
        return result.diagnostics().stream().filter(diagnostic -> diagnostic.severity() == Diagnostic.Severity.ERROR)
                .findFirst();
    }
}
