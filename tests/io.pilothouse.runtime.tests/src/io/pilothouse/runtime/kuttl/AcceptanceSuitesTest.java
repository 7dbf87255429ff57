package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance suites of {@code resources/suites/}: every case directory of its test directories ({@code runtime},
 * {@code scheduler}) runs as one test, against a fresh cluster in virtual time; a failure shows the runner's report
 * of the case.
 */
class AcceptanceSuitesTest {

    private static final Path SUITES = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources",
            "suites");
    private static final List<String> TEST_DIRS = List.of("runtime", "scheduler");

    @TestFactory
    Stream<DynamicTest> everyCasePasses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String testDir : TEST_DIRS) {
            try (Stream<Path> cases = Files.list(SUITES.resolve(testDir))) {
                for (Path caseDir : cases.filter(Files::isDirectory).sorted().toList()) {
                    String name = testDir + "/" + caseDir.getFileName();
                    tests.add(DynamicTest.dynamicTest(name, () -> assertPasses(name, caseDir)));
                }
            }
        }
        return tests.stream();
    }

    private static void assertPasses(String name, Path caseDir) throws IOException {
        TestCase testCase = new TestCase(name, StepReader.read(caseDir));
        CaseResult result = new TestRunner(TestSuite.DEFAULT_TIMEOUT).run(testCase);
        assertTrue(result.passed(), () -> report(result));
    }

    /** The runner's report of a case: a line per step with its virtual time, the failures indented under it. */
    private static String report(CaseResult result) {
        StringBuilder text = new StringBuilder("\n");
        for (StepResult step : result.steps()) {
            text.append(step.passed() ? "--- PASS: " : "--- FAIL: ").append(result.name()).append('/')
                    .append(step.name()).append(" (").append(step.elapsed().toSeconds()).append("s)\n");
            step.failures().forEach(failure -> failure.lines().forEach(line -> text.append("    ").append(line)
                    .append('\n')));
        }
        return text.toString();
    }
}
