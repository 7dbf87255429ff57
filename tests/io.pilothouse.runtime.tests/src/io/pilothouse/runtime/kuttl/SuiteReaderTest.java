package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading suites, test directories and the steps of test cases from {@code resources/kuttl/}. */
class SuiteReaderTest {

    static final Path KUTTL = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "kuttl");

    @Test
    void aSuiteFileNamesTheTestDirsAndTheTimeout() throws IOException {
        TestSuite suite = SuiteReader.read(KUTTL);
        assertEquals(Duration.ofSeconds(10), suite.timeout());
        assertEquals(List.of("config-errors", "leftover", "missing", "scale", "unnamed"),
                suite.cases().stream().map(TestCase::name).toList());
    }

    @Test
    void aTestDirWithoutSuiteFileHasTheDefaultTimeout() throws IOException {
        TestSuite suite = SuiteReader.read(KUTTL.resolve("cases"));
        assertEquals(Duration.ofSeconds(30), suite.timeout());
        assertEquals(5, suite.cases().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            scale         | 00-install,01-scale  | 0,0   | 2,1   | 1,1 | 0,0 | ,5s
            config-errors | 00-config,01-delete  | 0,1   | 1,0   | 0,0 | 1,1 | ,
            leftover      | 00-config            | 0     | 1     | 0   | 1   | 3s
            """)
    void stepsGroupTheFilesOfOneNumber(String name, String steps, String deletes, String applies, String asserts,
            String errors, String timeouts) throws IOException {
        TestCase testCase = SuiteReader.read(KUTTL.resolve("cases")).cases().stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        List<TestStep> read = testCase.steps();
        assertEquals(steps, String.join(",", read.stream().map(TestStep::name).toList()));
        assertEquals(deletes, join(read.stream().map(step -> step.deletes().size()).toList()));
        assertEquals(applies, join(read.stream().map(step -> step.apply().size()).toList()));
        assertEquals(asserts, join(read.stream().map(step -> step.asserts().size()).toList()));
        assertEquals(errors, join(read.stream().map(step -> step.errors().size()).toList()));
        assertEquals(timeouts == null ? "" : timeouts, join(read.stream()
                .map(step -> step.timeout() == null ? "" : step.timeout().toSeconds() + "s").toList()));
    }

    @Test
    void aDeleteNamesItsObject() throws IOException {
        TestStep step = SuiteReader.read(KUTTL.resolve("cases")).cases().get(0).steps().get(1);
        assertEquals(List.of(new ObjectReference("v1", "ConfigMap", null, "settings")), step.deletes());
    }

    static Stream<Arguments> invalidFiles() {
        String suite = "apiVersion: kuttl.dev/v1beta1\nkind: TestSuite\n";
        return Stream.of(
                Arguments.of("kuttl-test.yaml", suite + "testDirs: cases", "testDirs is not a list"),
                Arguments.of("kuttl-test.yaml", suite + "timeout: soon", "timeout soon is not a number of seconds"),
                Arguments.of("kuttl-test.yaml", "apiVersion: v1\nkind: ConfigMap", "expected one kuttl.dev TestSuite"),
                Arguments.of("kuttl-test.yaml", suite + "testDirs: [absent]", "not a directory"),
                Arguments.of("c/00-a.yaml", "apiVersion: example.com/v1\nkind: Widget",
                        "no matches for kind \"Widget\" in version \"example.com/v1\""),
                Arguments.of("c/00-a.yaml", "apiVersion: kuttl.dev/v1beta1\nkind: TestStep\ndelete: [x]",
                        "delete holds x, not an object reference"));
    }

    @ParameterizedTest
    @MethodSource("invalidFiles")
    void invalidFilesNameTheProblem(String file, String text, String message, @TempDir Path dir) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        IOException e = assertThrows(IOException.class, () -> SuiteReader.read(dir));
        assertEquals(message, Arrays.stream(e.getMessage().split(": ", 2)).skip(1).findFirst().orElseThrow());
    }

    private static String join(List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
