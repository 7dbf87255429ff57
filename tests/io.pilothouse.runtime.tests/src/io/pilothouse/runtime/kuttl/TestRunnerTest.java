package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test cases of {@code resources/kuttl/cases/} run in virtual time, with their exact outcomes. */
class TestRunnerTest {

    private static CaseResult run(String name) throws IOException {
        TestSuite suite = SuiteReader.read(SuiteReaderTest.KUTTL.resolve("cases"));
        TestCase testCase = suite.cases().stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow();
        return new TestRunner(suite.timeout()).run(testCase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            scale         | 00-install:0s:pass,01-scale:0s:pass
            config-errors | 00-config:0s:pass,01-delete:0s:pass
            leftover      | 00-config:3s:fail
            missing       | 00-config:30s:fail
            unnamed       | 00-config:30s:fail
            """)
    void stepsRunInOrderInVirtualTime(String name, String steps) throws IOException {
        CaseResult result = run(name);
        assertEquals(steps, String.join(",", result.steps().stream().map(step -> step.name() + ":"
                + step.elapsed().toSeconds() + "s:" + (step.passed() ? "pass" : "fail")).toList()));
        assertEquals(!steps.contains("fail"), result.passed());
    }

    @Test
    void anErrorsObjectThatStillExistsFailsAtTheStepTimeout() throws IOException {
        assertEquals(List.of("errors 00-errors.yaml: ConfigMap default/settings exists after 3s"),
                run("leftover").steps().get(0).failures());
    }

    @Test
    void aMissingNamedObjectShowsTheClosestObjectOfItsKind() throws IOException {
        assertEquals(List.of("""
                assert 00-assert.yaml: ConfigMap default/third not found after 30s; closest: ConfigMap default/first
                --- expected
                +++ actual
                 metadata:
                -  name: third
                +  name: first"""), run("missing").steps().get(0).failures());
    }

    @Test
    void anUnnamedAssertShowsTheBestPartialMatch() throws IOException {
        assertEquals(List.of("""
                assert 00-assert.yaml: no ConfigMap in default matches after 30s; closest: ConfigMap default/second
                --- expected
                +++ actual
                 data:
                -  size: "3"
                +  size: "2\""""), run("unnamed").steps().get(0).failures());
    }

    @Test
    void aStepTimeoutOverridesTheSuiteTimeout() throws IOException {
        TestCase leftover = SuiteReader.read(SuiteReaderTest.KUTTL).cases().get(1);
        assertEquals(Duration.ofSeconds(3), new TestRunner(Duration.ofSeconds(10)).run(leftover).elapsed());
    }

    @Test
    void runsAreDeterministic() throws IOException {
        TestSuite suite = SuiteReader.read(SuiteReaderTest.KUTTL);
        assertEquals(TestRunner.run(suite), TestRunner.run(suite));
    }
}
