package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.YamlDocument;
import java.nio.file.Path;
import java.util.List;

/** Loading of CustomResourceDefinitions and custom resources for the tests of this package. */
final class CrdFixtures {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.of(List.of()));

    private CrdFixtures() {}

    /** @return the documents of a file under {@code resources/validation/crd} of the test bundle */
    static List<YamlDocument> fixture(String name) {
        return LOADER.load(Path.of("resources", "validation", "crd", name)).documents();
    }

    static List<YamlDocument> files(List<Path> paths) {
        return paths.stream().map(LOADER::load).map(LoadResult::documents).flatMap(List::stream).toList();
    }

    static YamlDocument document(String text) {
        return LOADER.loadText(text, "cr.yaml").documents().getFirst();
    }

    /** @return the diagnostics as {@code line:column code message}, one per line */
    static String render(List<Diagnostic> diagnostics) {
        return String.join("\n", diagnostics.stream().map(diagnostic -> diagnostic.location().line() + ":"
                + diagnostic.location().column() + " " + diagnostic.code() + " " + diagnostic.message()).toList());
    }
}
