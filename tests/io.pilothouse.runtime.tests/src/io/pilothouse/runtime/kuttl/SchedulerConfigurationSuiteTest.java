package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * A {@code KubeSchedulerConfiguration} next to the suite file of {@code resources/kuttl/scheduler/}, or among the
 * files of a step, configures the scheduler the cases run with.
 */
class SchedulerConfigurationSuiteTest {

    private static final Path SUITE = SuiteReaderTest.KUTTL.resolve("scheduler");

    private static TestCase testCase(TestSuite suite, String name) {
        return suite.cases().stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<Profile> profiles) {
        return profiles.stream().map(Profile::schedulerName).toList();
    }

    @Test
    void theSuiteAndAStepReadTheirConfigurations() throws IOException {
        TestSuite suite = SuiteReader.read(SUITE);
        assertEquals(List.of("default-scheduler", "bin-packing"), names(suite.schedulerProfiles()));
        assertEquals(List.of(), testCase(suite, "packing").steps().get(0).schedulerProfiles());
        TestStep stepConfig = testCase(suite, "step-config").steps().get(0);
        assertEquals(List.of("default-scheduler"), names(stepConfig.schedulerProfiles()));
        assertEquals(5, stepConfig.apply().size(), "the configuration is not an object to apply");
    }

    @ParameterizedTest
    @CsvSource({"packing", "step-config", "unknown-scheduler"})
    void casesRunWithTheConfiguredScheduler(String name) throws IOException {
        CaseResult result = TestRunner.run(SuiteReader.read(SUITE)).stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        assertEquals(List.of(), result.steps().get(0).failures());
        assertEquals(0, result.elapsed().toSeconds());
    }

    @Test
    void withoutTheSuiteConfigurationABinPackingPodStaysPending() throws IOException {
        TestSuite suite = SuiteReader.read(SUITE);
        CaseResult result = new TestRunner(suite.timeout()).run(testCase(suite, "packing"));
        assertEquals(List.of("""
                assert 00-assert.yaml: Pod default/packed: 1 field differs after 10s
                --- expected
                +++ actual
                 spec:
                -  nodeName: small"""), result.steps().get(0).failures());
    }

    @Test
    void anInvalidConfigurationInACaseNamesItsPosition(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/00-install.yaml"), """
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                percentageOfNodesToScore: 101
                """);
        IOException e = assertThrows(IOException.class, () -> SuiteReader.read(dir));
        assertEquals(dir.resolve("c/00-install.yaml") + ":3:27: percentageOfNodesToScore: Invalid value: 101: "
                + "not in valid range [0, 100]", e.getMessage());
    }
}
