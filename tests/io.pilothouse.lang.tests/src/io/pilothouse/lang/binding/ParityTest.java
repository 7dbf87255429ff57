package io.pilothouse.lang.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ManifestParsing;
import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.DiagnosticCodes;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifest language and the model's loader read every document to the same value tree, and fail on the same
 * streams: on the whole shared corpus ({@code -Dpilothouse.shared.data}) and on a generated corpus of tricky YAML.
 */
class ParityTest {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    static Stream<String> tricky() {
        return TrickyYaml.cases().stream();
    }

    static Stream<Path> corpus() throws IOException {
        String data = System.getProperty("pilothouse.shared.data");
        Assumptions.assumeTrue(data != null && Files.isDirectory(Path.of(data, "corpus")),
                "skipped: set -Dpilothouse.shared.data to the shared data folder to check the manifest corpus");
        try (Stream<Path> files = Files.walk(Path.of(data, "corpus"))) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("tricky")
    void readsTrickyYamlAsTheLoaderDoes(String yaml) {
        assertSameValues(yaml);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void readsTheCorpusAsTheLoaderDoes(Path file) throws IOException {
        assertSameValues(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void assertSameValues(String yaml) {
        LoadResult expected = LOADER.loadText(yaml, "case.yaml");
        LoadResult actual = ManifestParsing.load(yaml, "case.yaml");
        boolean loaderFailed = hasSyntaxError(expected.diagnostics());
        boolean languageFailed = ManifestParsing.parse(yaml).hasSyntaxErrors() || hasSyntaxError(actual.diagnostics());
        assertEquals(loaderFailed, languageFailed, () -> "syntax errors differ for:\n" + yaml + "\nloader: "
                + expected.diagnostics() + "\nlanguage: " + ManifestParsing.parse(yaml).getSyntaxErrors());
        if (!loaderFailed) {
            assertEquals(ValueTrees.text(expected.documents()), ValueTrees.text(actual.documents()),
                    () -> "values differ for:\n" + yaml);
        }
    }

    private static boolean hasSyntaxError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.code().equals(DiagnosticCodes.YAML_SYNTAX));
    }
}
