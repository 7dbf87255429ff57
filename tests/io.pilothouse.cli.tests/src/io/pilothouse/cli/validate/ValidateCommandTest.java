package io.pilothouse.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pilothouse.cli.Main;

/** {@code pilothouse validate} end to end, over the fixtures in {@code resources/validate/}. */
class ValidateCommandTest {

    private static final String VALID = "resources/validate/valid";
    private static final String INVALID = "resources/validate/invalid/deployment.yaml";
    private static final String BROKEN = "resources/validate/invalid/broken.yaml";
    private static final String WARNING = "resources/validate/warning/pod.yaml";

    private record Result(int code, String out, String err) {}

    private static Result validate(String... args) {
        List<String> command = new ArrayList<>(List.of("validate"));
        command.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
        return new Result(code, out.toString().replace(System.lineSeparator(), "\n"), err.toString());
    }

    @Test
    void aValidDirectoryPrintsOnlyTheSummary() {
        Result result = validate("-summary", VALID);
        assertEquals(0, result.code(), result::toString);
        assertEquals("Summary: 3 resources found in 2 files - Valid: 3, Invalid: 0, Errors: 0, Skipped: 0\n",
                result.out());
    }

    @Test
    void verboseOutputNamesEveryValidResource() {
        Result result = validate("-verbose", VALID);
        assertTrue(result.out().contains(VALID + "/config.yaml - ConfigMap/shop/settings is valid\n"), result::out);
        assertTrue(result.out().contains(VALID + "/service.json - ConfigMap/shop/from-json is valid\n"),
                result::out);
    }

    @Test
    void anInvalidResourceExitsOneWithFileLineAndColumn() {
        Result result = validate("--no-lint", INVALID);
        assertEquals(1, result.code(), result::toString);
        assertEquals(INVALID + ":15:9: error: spec.template.metadata.labels: Invalid value: "
                + "map[string]string{\"app\":\"frontend\"}: `selector` does not match template `labels` [K8S-API-001] "
                + "(Deployment/shop/web)\n", result.out());
    }

    @Test
    void aSyntaxErrorIsReportedAndTheOtherFilesStillValidated() {
        Result result = validate("-summary", BROKEN, VALID);
        assertEquals(1, result.code(), result::toString);
        assertEquals(BROKEN + ":7:8: error: found unexpected end of stream while scanning a quoted scalar started at "
                + "line 7, column 8 [YAML-SYNTAX]\n"
                + "Summary: 3 resources found in 3 files - Valid: 3, Invalid: 0, Errors: 0, Skipped: 0\n",
                result.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    a missing file         | nope.yaml                       | pilothouse validate: lstat nope.yaml: no such file or directory
                    an unsupported version | -kubernetes-version 1.35 x.yaml | -kubernetes-version 1.35 is not supported: Pilothouse models Kubernetes v1.36 only
                    no workers             | -n 0 x.yaml                     | -n must be at least 1, not 0
                    an unknown format      | -output xml x.yaml              | Invalid value for option '-output'
                    """)
    void usageAndInputErrorsExitTwo(String what, String args, String message) {
        Result result = validate(args.split(" "));
        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains(message), result::err);
    }

    @Test
    void skippedAndRejectedKinds() {
        Result skipped = validate("-summary", "-skip", "Deployment", INVALID);
        assertEquals(0, skipped.code(), skipped::toString);
        assertTrue(skipped.out().endsWith("Skipped: 1\n"), skipped::out);
        Result rejected = validate("-reject", "ConfigMap,Secret", VALID);
        assertEquals(1, rejected.code(), rejected::toString);
        assertTrue(rejected.out().contains("prohibited resource kind ConfigMap"), rejected::out);
    }

    @Test
    void warningsFailOnlyWhenAskedAndLintsCanBeTurnedOff() {
        Result warned = validate(WARNING);
        assertEquals(0, warned.code(), warned::toString);
        assertTrue(warned.out().contains("warning: ") && warned.out().contains("[LINT-LATEST-TAG]"), warned::out);
        assertEquals(1, validate("--warnings-as-errors", WARNING).code());
        Result quiet = validate("--no-lint", "--warnings-as-errors", WARNING);
        assertEquals(0, quiet.code(), quiet::toString);
        assertTrue(quiet.out().lines().noneMatch(line -> line.contains("[LINT-")), quiet::out);
    }

    @Test
    void standardInputIsRead() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(INVALID))));
            Result result = validate("-");
            assertEquals(1, result.code(), result::toString);
            assertTrue(result.out().startsWith("stdin:"), result::out);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void jsonOutputDoesNotDependOnTheNumberOfWorkers() throws Exception {
        Result one = validate("-output", "json", "-n", "1", VALID, INVALID, WARNING);
        Result two = validate("-output", "json", "-n", "2", VALID, INVALID, WARNING);
        assertEquals(one.out(), two.out());
        JsonNode json = new ObjectMapper().readTree(one.out());
        assertEquals(5, json.get("resources").size());
        assertEquals(1, json.get("summary").get("invalid").asInt());
    }
}
