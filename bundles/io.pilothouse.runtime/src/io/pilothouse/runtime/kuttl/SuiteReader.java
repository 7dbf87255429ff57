package io.pilothouse.runtime.kuttl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * Reads KUTTL test suites: a directory with a {@code kuttl-test.yaml} ({@code kind: TestSuite}) names its test
 * directories in {@code testDirs} (relative to it) and the step {@code timeout} in seconds; any other directory is
 * a test directory itself. Every subdirectory of a test directory is a test case, in name order. A
 * {@code KubeSchedulerConfiguration} in a YAML file of the directory read configures the scheduler of every case.
 */
public final class SuiteReader {

    /** The suite file KUTTL looks for. */
    public static final String SUITE_FILE = "kuttl-test.yaml";

    private SuiteReader() {}

    /**
     * Reads the test cases of a directory.
     *
     * @throws IOException when a file cannot be read or does not hold what KUTTL expects
     */
    public static TestSuite read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + ": not a directory");
        }
        Path suiteFile = directory.resolve(SUITE_FILE);
        List<Profile> profiles = SchedulerProfiles.inDirectory(directory);
        if (!Files.exists(suiteFile)) {
            return new TestSuite(casesIn(directory), TestSuite.DEFAULT_TIMEOUT, profiles);
        }
        YamlMapping suite = suiteMapping(suiteFile);
        Duration timeout = TestFiles.seconds(suite.get("timeout"), suiteFile, TestSuite.DEFAULT_TIMEOUT);
        List<TestCase> cases = new ArrayList<>();
        YamlNode testDirs = suite.get("testDirs");
        if (testDirs != null && !(testDirs instanceof YamlSequence)) {
            throw new IOException(suiteFile + ": testDirs is not a list");
        }
        List<YamlNode> dirs = testDirs == null ? List.of() : ((YamlSequence) testDirs).items();
        for (YamlNode dir : dirs) {
            if (!(dir instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.STRING) {
                throw new IOException(suiteFile + ": testDirs holds " + PartialMatch.flow(dir) + ", not a path");
            }
            cases.addAll(casesIn(directory.resolve(scalar.text()).normalize()));
        }
        return new TestSuite(cases, timeout, profiles);
    }

    private static YamlMapping suiteMapping(Path suiteFile) throws IOException {
        List<YamlMapping> documents = TestFiles.documents(suiteFile);
        if (documents.size() != 1 || !TestFiles.isKuttl(documents.get(0), "TestSuite")) {
            throw new IOException(suiteFile + ": expected one kuttl.dev TestSuite");
        }
        return documents.get(0);
    }

    private static List<TestCase> casesIn(Path testDir) throws IOException {
        if (!Files.isDirectory(testDir)) {
            throw new IOException(testDir + ": not a directory");
        }
        List<Path> caseDirs;
        try (Stream<Path> list = Files.list(testDir)) {
            caseDirs = list.filter(Files::isDirectory).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<TestCase> cases = new ArrayList<>();
        for (Path caseDir : caseDirs) {
            cases.add(new TestCase(caseDir.getFileName().toString(), StepReader.read(caseDir)));
        }
        return cases;
    }
}
