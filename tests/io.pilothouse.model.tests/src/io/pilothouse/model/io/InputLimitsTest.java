package io.pilothouse.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input gives diagnostics, never an exception, a hang or an exhausted heap. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsTest {

    private static final ManifestLoader LOADER = new ManifestLoader(TestModel.REGISTRY);
    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";

    private static LoadResult loadBytes(byte[] bytes) {
        return LOADER.load(new ByteArrayInputStream(bytes), "input.yaml");
    }

    private static List<String> codes(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void rejectsBinaryInput() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        LoadResult result = loadBytes(bytes);
        assertEquals(List.of(DiagnosticCodes.IO_BINARY), codes(result));
        assertEquals("the input is binary, not YAML or JSON (NUL byte at byte offset 8)",
                result.diagnostics().get(0).message());
    }

    @Test
    void reportsInvalidUtf8AndStillReadsTheOtherDocuments() {
        byte[] broken = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\u00C3(d\n".getBytes(
                StandardCharsets.ISO_8859_1);
        byte[] good = ("---\n" + CONFIG_MAP).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[broken.length + good.length];
        System.arraycopy(broken, 0, bytes, 0, broken.length);
        System.arraycopy(good, 0, bytes, broken.length, good.length);
        LoadResult result = loadBytes(bytes);
        assertEquals(List.of(DiagnosticCodes.IO_ENCODING), codes(result));
        assertEquals("input.yaml:4:10", result.diagnostics().get(0).location().toString());
        assertEquals(1, result.objects().size());
        assertEquals(1, result.documents().size());
    }

    @Test
    void warnsAboutAnEmptyInput() {
        for (String text : List.of("", "\n\n", "# just a comment\n", "---\n---\n")) {
            LoadResult result = LOADER.loadText(text, "empty.yaml");
            assertEquals(List.of(DiagnosticCodes.YAML_EMPTY), codes(result), text);
            assertEquals(Diagnostic.Severity.WARNING, result.diagnostics().get(0).severity());
        }
    }

    @Test
    void rejectsAFiftyMegabyteFileBeforeReadingIt(@TempDir Path directory) throws Exception {
        Path big = directory.resolve("big.yaml");
        byte[] line = "key: value value value value value value value value value value value\n".getBytes(
                StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        LoadResult result = LOADER.load(big);
        assertEquals(List.of(DiagnosticCodes.IO_TOO_LARGE), codes(result));
        assertTrue(result.diagnostics().get(0).message().endsWith("more than the limit of 33554432 bytes"));
        LoadResult streamed = LOADER.load(Files.newInputStream(big), "stdin");
        assertEquals(List.of(DiagnosticCodes.IO_TOO_LARGE), codes(streamed));
    }

    @Test
    void honoursAConfiguredSizeLimitForEveryKindOfInput() {
        ManifestLoader small = new ManifestLoader(TestModel.REGISTRY, new LoadLimits(10, 100, 1000));
        assertEquals(List.of(DiagnosticCodes.IO_TOO_LARGE), codes(small.loadText(CONFIG_MAP, "-")));
        assertEquals(List.of(DiagnosticCodes.IO_TOO_LARGE), codes(small.load(new StringReader(CONFIG_MAP), "-")));
        assertEquals(List.of(DiagnosticCodes.IO_TOO_LARGE), codes(small.load(
                new ByteArrayInputStream(CONFIG_MAP.getBytes(StandardCharsets.UTF_8)), "-")));
    }

    @Test
    void stopsABillionLaughsAliasBombAndReadsTheNextDocument() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        LoadResult result = LOADER.loadText(bomb + "---\n" + CONFIG_MAP, "bomb.yaml");
        assertEquals(List.of(DiagnosticCodes.YAML_TOO_MANY_NODES), codes(result));
        assertEquals(7, result.diagnostics().get(0).location().line());
        assertEquals(1, result.objects().size());
    }

    @Test
    void stopsNestingTenThousandLevelsDeep() {
        String flow = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String block = "a:\n" + "- ".repeat(10_000) + "x\n";
        String json = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        for (String text : List.of(flow + "---\n" + CONFIG_MAP, block + "---\n" + CONFIG_MAP)) {
            LoadResult result = LOADER.loadText(text, "deep.yaml");
            assertEquals(List.of(DiagnosticCodes.YAML_TOO_DEEP), codes(result));
            assertEquals("document nests deeper than 1000 levels", result.diagnostics().get(0).message());
            assertEquals(1, result.objects().size());
        }
        LoadResult result = LOADER.loadText(json, "deep.json");
        assertEquals(List.of(DiagnosticCodes.YAML_TOO_DEEP), codes(result));
        assertEquals(1, result.diagnostics().get(0).location().line());
    }

    @Test
    void bindsAndWritesNestingJustWithinTheLimit() {
        int levels = LoadLimits.DEFAULTS.maxDepth() - 2;
        String spec = "{\"a\": ".repeat(levels) + "1" + "}".repeat(levels);
        String text = "{\"apiVersion\": \"example.com/v1\", \"kind\": \"Widget\", \"spec\": " + spec + "}";
        LoadResult result = LOADER.loadText(text, "deep.json");
        assertEquals(List.of(), result.diagnostics());
        ManifestWriter writer = new ManifestWriter(TestModel.REGISTRY);
        String yaml = writer.toYaml(result.objects(), result.unknownFields());
        LoadResult again = LOADER.loadText(yaml, "deep.yaml");
        assertEquals(List.of(), again.diagnostics());
        assertEquals(writer.toJson(result.objects(), result.unknownFields()),
                writer.toJson(again.objects(), again.unknownFields()));
    }

    @Test
    void readsAOneMegabyteLine() {
        String value = "x".repeat(1024 * 1024);
        LoadResult result = LOADER.loadText("apiVersion: v1\nkind: ConfigMap\ndata:\n  big: " + value
                + "\n  after: 1 MB\n", "wide.yaml");
        assertEquals(List.of(), result.diagnostics());
        YamlMapping data = (YamlMapping) ((YamlMapping) result.documents().get(0).root()).get("data");
        assertEquals(value.length(), ((YamlScalar) data.get("big")).text().length());
        assertEquals(new SourceRange("wide.yaml", 5, 3, 1_048_623, 5), data.entry("after").keyRange());
    }

    @Test
    void reportsAControlCharacter() {
        LoadResult result = LOADER.loadText("a: b\u0007c\n", "bell.yaml");
        assertEquals(List.of(DiagnosticCodes.YAML_SYNTAX), codes(result));
        assertEquals("control character U+0007 is not allowed", result.diagnostics().get(0).message());
        assertEquals("bell.yaml:1:5", result.diagnostics().get(0).location().toString());
    }

    @Test
    void reportsAMissingFileWithoutThrowing(@TempDir Path directory) {
        LoadResult result = LOADER.load(directory.resolve("missing.yaml"));
        assertEquals(List.of(DiagnosticCodes.IO_READ), codes(result));
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        LoadResult result = loadBytes(CONFIG_MAP.getBytes(StandardCharsets.UTF_16));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.objects().size());
    }
}
