package io.pilothouse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.validation.references.CheckHarness;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;

/**
 * Every manifest of the shared corpus ({@code -Dpilothouse.shared.data=<dir>}, its {@code corpus} folder) validates
 * without an exception, gives the verdicts pinned in {@code resources/validation/corpus-verdicts.txt}, and survives
 * load → write → load: the same resources, no new problems, and the same text when written again (the writer sorts
 * map keys as kubectl does, so the first write may reorder them).
 */
class CorpusTest {

    private static final String VERDICTS = "corpus-verdicts.txt";

    /** Set to {@code true} to write the actual verdicts into the fixture instead of only comparing. */
    private static final String UPDATE = "pilothouse.updateFixtures";

    private static Path corpus() {
        String data = System.getProperty("pilothouse.shared.data");
        Path corpus = data == null ? null : Path.of(data, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus),
                "skipped: set -Dpilothouse.shared.data to the shared data folder to check the manifest corpus");
        return corpus;
    }

    private static List<Path> manifests(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")
                    || file.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void verdictsArePinned() throws IOException {
        Path corpus = corpus();
        List<String> actual = new ArrayList<>();
        Validator validator = new Validator(ValidationOptions.DEFAULTS);
        for (Path file : manifests(corpus)) {
            String name = corpus.relativize(file).toString().replace('\\', '/');
            LoadResult loaded = BuiltInModel.LOADER.loadText(Files.readString(file), name);
            ValidationReport report = validator.validate(List.of(loaded));
            if (report.resources().isEmpty()) {
                actual.add(name + "\t-\t-\t" + report.diagnostics().stream().map(ValidationDiagnostic::code)
                        .toList());
            }
            for (ResourceResult result : report.resources()) {
                actual.add(name + '\t' + result.object() + '\t' + result.status() + '\t'
                        + result.diagnostics().stream().map(ValidationDiagnostic::code).toList());
            }
        }
        String verdicts = String.join("\n", actual) + "\n";
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(CheckHarness.fixture(VERDICTS), verdicts, StandardCharsets.UTF_8);
        }
        assertEquals(expected(), verdicts, "the corpus verdicts changed: review the difference, then rerun with -D"
                + UPDATE + "=true to pin the new ones");
    }

    @Test
    void roundTripsLosslessly() throws IOException {
        Path corpus = corpus();
        ManifestWriter writer = new ManifestWriter(BuiltInModel.REGISTRY);
        for (Path file : manifests(corpus)) {
            LoadResult first = BuiltInModel.LOADER.load(file);
            String written = writer.toYaml(first.objects(), first.unknownFields());
            LoadResult second = BuiltInModel.LOADER.loadText(written, file.toString());
            assertEquals(first.objects().size(), second.objects().size(), file.toString());
            assertTrue(second.diagnostics().size() <= first.diagnostics().size(), file + ": "
                    + second.diagnostics());
            assertEquals(written, writer.toYaml(second.objects(), second.unknownFields()), file.toString());
            assertEquals(writer.toJson(first.objects(), first.unknownFields()),
                    writer.toJson(second.objects(), second.unknownFields()),
                    () -> file + " keeps every value, unknown fields included, on a round trip");
        }
    }

    private static String expected() throws IOException {
        return Files.readString(CheckHarness.fixture(VERDICTS), StandardCharsets.UTF_8);
    }
}
