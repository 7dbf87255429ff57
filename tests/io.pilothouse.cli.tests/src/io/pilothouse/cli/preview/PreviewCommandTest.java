package io.pilothouse.cli.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.cli.Main;

/** {@code pilothouse preview} end to end, against the golden outputs in {@code resources/preview/expected/}. */
class PreviewCommandTest {

    private static final String SHOP = "resources/preview/shop";
    private static final Path EXPECTED = Path.of("resources/preview/expected");

    private record Result(int code, String out, String err) {}

    private static Result preview(String... args) {
        List<String> command = new ArrayList<>(List.of("preview"));
        command.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
        return new Result(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void wideOutputShowsPodsDeploymentsAndEventsWithTheirVirtualAge() throws IOException {
        Result result = preview(SHOP, "--until", "5m");
        assertEquals(0, result.code(), result::err);
        assertEquals(Files.readString(EXPECTED.resolve("shop-wide.txt")), result.out());
    }

    @Test
    void yamlOutputIsAListOfEveryObjectWithItsStatus() throws IOException {
        Result result = preview(SHOP, "-o", "yaml");
        assertEquals(0, result.code(), result::err);
        assertEquals(Files.readString(EXPECTED.resolve("shop-list.yaml")), result.out());
    }

    @Test
    void jsonOutputHoldsTheSameList() {
        Result result = preview(SHOP, "-o", "json");
        assertEquals(0, result.code(), result::err);
        assertTrue(result.out().startsWith("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n"), result::out);
        assertTrue(result.out().endsWith(
                "    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"),
                result::out);
    }

    @Test
    void aSchedulerConfigurationAmongTheInputsConfiguresItsProfiles() {
        Result result = preview("resources/preview/profiles", "-o", "wide");
        assertEquals(0, result.code(), result::err);
        List<String> pods = result.out().lines().filter(line -> line.startsWith("default ")).toList();
        assertTrue(pods.stream().anyMatch(line -> line.matches("default +packed .* small")), result::out);
        assertTrue(pods.stream().anyMatch(line -> line.matches("default +spread .* big")), result::out);
    }

    @Test
    void thePreviewIsDeterministic() {
        assertEquals(preview(SHOP, "-o", "json", "--until", "1h"), preview(SHOP, "-o", "json", "--until", "1h"));
    }

    @Test
    void invalidInputExitsOneWithValidateDiagnostics() {
        Result result = preview("resources/preview/invalid");
        assertEquals(1, result.code());
        assertEquals("", result.out());
        assertEquals("""
                resources/preview/invalid/deployment.yaml:6:13: error: spec.replicas: Invalid value: -1: must be \
                greater than or equal to 0 [K8S-API-023] (Deployment/web)
                resources/preview/invalid/deployment.yaml:13:9: error: spec.template.metadata.labels: Invalid value: \
                map[string]string{"app":"other"}: `selector` does not match template `labels` [K8S-API-001] \
                (Deployment/web)
                """, result.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            resources/preview/absent | --until=1m   | lstat resources/preview/absent: no such file or directory
            resources/preview/shop   | --until=soon | time: invalid duration "soon"
            """)
    void usageAndInputErrorsExitTwo(String path, String option, String message) {
        Result result = preview(path, option);
        assertEquals(2, result.code());
        assertEquals("pilothouse preview: " + message + "\n", result.err());
    }

    @ParameterizedTest
    @CsvSource({"0,0s", "119,119s", "120,2m", "125,2m5s", "600,10m", "10799,179m", "10800,3h", "14700,4h5m",
            "172799,47h", "183600,2d3h", "691200,8d", "63072000,2y", "63158400,2y1d", "252460800,8y"})
    void agesUseKubectlsShortFormat(long seconds, String age) {
        assertEquals(age, Ages.of(Duration.ofSeconds(seconds)));
    }
}
