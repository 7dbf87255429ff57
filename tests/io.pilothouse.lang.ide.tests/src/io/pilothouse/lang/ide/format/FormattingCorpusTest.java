package io.pilothouse.lang.ide.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formatting never changes what a manifest means: every file of the shared corpus and of {@code examples/} reads to
 * the same values through the model's loader before and after, and formatting twice gives the text of once.
 */
class FormattingCorpusTest {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        String shared = System.getProperty("pilothouse.shared.data");
        if (shared != null && Files.isDirectory(Path.of(shared, "corpus"))) {
            files.addAll(yamlFiles(Path.of(shared, "corpus")));
        }
        Path examples = Path.of(System.getProperty("pilothouse.examples", "../../examples"));
        if (Files.isDirectory(examples)) {
            files.addAll(yamlFiles(examples));
        }
        Assumptions.assumeFalse(files.isEmpty(), "no corpus: set -Dpilothouse.shared.data");
        return files;
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml")).sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void keepsValues(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String formatted = ManifestFormatter.format(text);
        LoadResult before = LOADER.loadText(text, file.toString());
        LoadResult after = LOADER.loadText(formatted, file.toString());
        assertTrue(ValueTreeEquality.same(before.documents(), after.documents()), file + " changed:\n" + formatted);
        assertEquals(formatted, ManifestFormatter.format(formatted), file + " formatted twice");
    }
}
