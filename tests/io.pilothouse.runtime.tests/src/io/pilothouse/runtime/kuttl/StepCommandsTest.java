package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands of the steps of {@code resources/kuttl/command-cases/}, run as KUTTL runs them, in virtual time. */
class StepCommandsTest {

    private static final Path CASES = SuiteReaderTest.KUTTL.resolve("command-cases");
    private static final String SUPPORTED = "the runner interprets these commands in-process: "
            + String.join("; ", Kubectl.SUPPORTED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            exit-status     | 00-delete:0s:fail         | command "kubectl delete configmap missing" failed, exit \
            status 1\\nError from server (NotFound): configmaps "missing" not found
            ignored         | 00-config:0s:pass,01-commands:0s:pass |
            timeout         | 00-config:0s:pass,01-delete:7s:fail | command "kubectl delete configmap kept" \
            exceeded 7 sec timeout, context deadline exceeded\\nconfigmap "kept" deleted from default namespace
            unsupported     | 00-helm:0s:fail           | command "helm install web ./chart": not a kubectl \
            command; SUPPORTED
            script          | 00-script:0s:fail         | command "kubectl get pods -n $NAMESPACE": scripts are \
            not run; SUPPORTED
            expected-output | 00-config:0s:pass,01-uncordon:0s:fail | command "kubectl uncordon worker-a": the \
            output does not contain "node/worker-a uncordoned"\\nnode/worker-a already uncordoned
            """)
    void aStepFailsAtItsFirstFailingCommand(String name, String steps, String failure) throws IOException {
        CaseResult result = new TestRunner(TestSuite.DEFAULT_TIMEOUT)
                .run(new TestCase(name, StepReader.read(CASES.resolve(name))));
        assertEquals(steps, String.join(",", result.steps().stream().map(step -> step.name() + ":"
                + step.elapsed().toSeconds() + "s:" + (step.passed() ? "pass" : "fail")).toList()));
        List<String> expected = failure == null
                ? List.of()
                : List.of(failure.replace("\\n", "\n").replace("SUPPORTED", SUPPORTED));
        assertEquals(expected, result.steps().get(result.steps().size() - 1).failures());
    }
}
