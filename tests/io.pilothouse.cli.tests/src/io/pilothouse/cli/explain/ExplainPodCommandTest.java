package io.pilothouse.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.cli.Main;

/**
 * {@code pilothouse explain pod} end to end over the three nodes of {@code resources/explain/cluster/} (node-a
 * tainted, node-b small, node-c free), against the golden outputs in {@code resources/explain/expected/}.
 */
class ExplainPodCommandTest {

    private static final String CLUSTER = "resources/explain/cluster";
    private static final Path EXPECTED = Path.of("resources/explain/expected");
    private static final String PREFIX = "pilothouse explain pod: ";

    private record Result(int code, String out, String err) {}

    private static Result explain(String... args) {
        List<String> command = new ArrayList<>(List.of("explain", "pod"));
        command.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
        return new Result(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    /**
     * web: rejected by the taint on node-a and for cpu on node-b, so node-c without scoring; batch: tolerates the
     * taint, every node fits and the scores pick node-a; huge: fits nowhere, and preemption cannot help.
     */
    @ParameterizedTest
    @CsvSource({"web, web.txt, table", "batch, batch.txt, table", "huge, huge.txt, table", "web, web.json, json",
            "batch, batch.json, json"})
    void printsTheLatestAttempt(String pod, String expected, String format) throws IOException {
        Result result = explain("default/" + pod, CLUSTER, "-o", format);
        assertEquals(0, result.code(), result::err);
        assertEquals("", result.err());
        assertEquals(Files.readString(EXPECTED.resolve(expected)), result.out());
    }

    @Test
    void theTableIsTheDefaultAndRunningOnKeepsTheLatestAttempt() throws IOException {
        Result result = explain("default/web", CLUSTER, "--until", "10m");
        assertEquals(0, result.code(), result::err);
        assertEquals(Files.readString(EXPECTED.resolve("web.txt")), result.out());
    }

    /** The urgent pod preempts the pod filling the one node: nominated at first, scheduled once the victim is gone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0s | 0/1 nodes are available: 1 Insufficient cpu. | nominated node node-a: the pod waits there for its \
            victims to terminate
            1m | <none>                                       | not needed
            """)
    void preemptionNominatesANode(String until, String failedScheduling, String preemption) {
        Result result = explain("default/urgent", "resources/explain/preemption", "--until", until);
        assertEquals(0, result.code(), result::err);
        assertEquals(List.of("FailedScheduling:   " + failedScheduling, "Preemption:         " + preemption),
                result.out().lines().skip(result.out().lines().count() - 2).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            default/absent | pod default/absent not found
            other/web      | pod other/web not found
            default/pinned | pod default/pinned was never attempted by the scheduler: spec.nodeName binds it to \
            node node-b
            default/lost   | pod default/lost was never attempted by the scheduler: no scheduler profile is named \
            "nobody": the pod stays Pending (profiles: [default-scheduler])
            """)
    void aPodWithoutAttemptExitsOne(String pod, String message) {
        Result result = explain(pod, CLUSTER);
        assertEquals(1, result.code());
        assertEquals("", result.out());
        assertEquals(PREFIX + message + "\n", result.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            web           | resources/explain/cluster | --until=1m   | the pod must be given as NAMESPACE/NAME, \
            not "web"
            default/web/x | resources/explain/cluster | --until=1m   | the pod must be given as NAMESPACE/NAME, \
            not "default/web/x"
            default/web   | resources/explain/absent  | --until=1m   | lstat resources/explain/absent: no such \
            file or directory
            default/web   | resources/explain/cluster | --until=soon | time: invalid duration "soon"
            """)
    void badArgumentsExitTwo(String pod, String path, String option, String message) {
        Result result = explain(pod, path, option);
        assertEquals(2, result.code());
        assertEquals(PREFIX + message + "\n", result.err());
    }

    @Test
    void invalidInputExitsTwoWithValidateDiagnostics() {
        Result result = explain("default/web", "resources/preview/invalid");
        assertEquals(2, result.code());
        assertEquals("", result.out());
        assertEquals(List.of("resources/preview/invalid/deployment.yaml:6:13", "resources/preview/invalid/"
                + "deployment.yaml:13:9"), result.err().lines().map(line -> line.split(": ", 2)[0]).toList());
    }

    @Test
    void anUnknownOutputFormatExitsTwo() {
        assertEquals(2, explain("default/web", CLUSTER, "-o", "yaml").code());
    }

    @Test
    void theExplanationIsDeterministic() {
        assertEquals(explain("default/batch", CLUSTER, "-o", "json"),
                explain("default/batch", CLUSTER, "-o", "json"));
    }
}
