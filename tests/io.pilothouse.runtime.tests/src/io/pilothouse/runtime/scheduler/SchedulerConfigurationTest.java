package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.io.LoadLimits;
import io.pilothouse.model.io.ManifestParser;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFitArgs;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy;
import io.pilothouse.runtime.scheduler.profile.PluginConfig;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;
import io.pilothouse.runtime.scheduler.profile.SchedulerConfiguration;

/** Profiles from a KubeSchedulerConfiguration, and scheduling through them. */
class SchedulerConfigurationTest {

    private static YamlNode parse(String text) {
        return new ManifestParser(LoadLimits.DEFAULTS).parse(text, "config.yaml").documents().get(0).root();
    }

    private static List<Profile> fixture(String name) {
        try (InputStream in = SchedulerConfigurationTest.class.getResourceAsStream("/scheduler/" + name)) {
            return SchedulerConfiguration.read(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    PluginRegistry.inTree());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void twoProfilesScheduleBySchedulerName() {
        List<Profile> profiles = fixture("two-profiles-config.yaml");
        assertEquals(List.of("default-scheduler:50", "bin-packing:0"),
                profiles.stream().map(p -> p.schedulerName() + ":" + p.percentageOfNodesToScore()).toList());
        Profile binPacking = profiles.get(1);
        PluginConfig fit = binPacking.plugins().stream().filter(p -> p.name().equals("NodeResourcesFit"))
                .findFirst().orElseThrow();
        assertEquals(2, fit.weight());
        assertEquals(ScoringStrategy.Type.MOST_ALLOCATED, ((NodeResourcesFitArgs) fit.args()).scoringStrategy().type());
        assertEquals(false, binPacking.plugins().stream().anyMatch(p -> p.name().equals("ImageLocality")));
        assertEquals(true, binPacking.plugins().stream().anyMatch(p -> p.name().equals("DefaultPreemption")));

        Scenario scenario = new Scenario(new Scheduler(profiles, PluginRegistry.inTree())).apply("bin-packing.yaml");
        assertEquals("big", scenario.nodeName("spread"));
        assertEquals("small", scenario.nodeName("packed"));
    }

    @Test
    void leastAllocatedThroughConfigurationSpreads() {
        List<Profile> profiles = SchedulerConfiguration.read(parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - schedulerName: bin-packing
                  pluginConfig:
                  - name: NodeResourcesFit
                    args: {scoringStrategy: {type: LeastAllocated}}
                - schedulerName: default-scheduler
                """), PluginRegistry.inTree());
        Scenario scenario = new Scenario(new Scheduler(profiles, PluginRegistry.inTree())).apply("bin-packing.yaml");
        assertEquals("big", scenario.nodeName("spread"));
        assertEquals("big", scenario.nodeName("packed"));
    }

    @Test
    void withoutProfilesTheDefaultProfileIsUsed() {
        List<Profile> profiles = SchedulerConfiguration.read(parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                """), PluginRegistry.inTree());
        assertEquals(1, profiles.size());
        assertEquals("default-scheduler", profiles.get(0).schedulerName());
    }

    /**
     * System spreads by score (the third pod goes to zone-b), an empty List does not spread at all, and a List
     * DoNotSchedule constraint keeps the fourth pod out of zone-a.
     */
    static Stream<Arguments> spreadDefaults() {
        return Stream.of(
                Arguments.of("{}", List.of("node-1", "node-1", "node-2", "node-1"), null),
                Arguments.of("{defaultingType: System}", List.of("node-1", "node-1", "node-2", "node-1"), null),
                Arguments.of("{defaultingType: List}", List.of("node-1", "node-1", "node-1", "node-1"), null),
                Arguments.of("""
                        defaultingType: List
                        defaultConstraints:
                        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule}
                        """, List.of("node-1", "node-2", "node-1", ""),
                        "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread "
                                + "constraints. no new claims to deallocate, preemption: 0/2 nodes are available: 2 "
                                + "No preemption victims found for incoming pod."));
    }

    @ParameterizedTest
    @MethodSource("spreadDefaults")
    void podTopologySpreadArgsGiveTheDefaultConstraints(String args, List<String> nodes, String pending) {
        String config = """
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - pluginConfig:
                  - name: PodTopologySpread
                    args:
                """ + args.indent(6);
        List<Profile> profiles = SchedulerConfiguration.read(parse(config), PluginRegistry.inTree());
        Scenario scenario = new Scenario(new Scheduler(profiles, PluginRegistry.inTree()))
                .apply("default-spread.yaml");
        assertEquals(nodes, Stream.of("web-1", "web-2", "web-3", "web-4").map(scenario::nodeName).toList());
        assertEquals(pending, scenario.scheduler.explanations().latest("default/web-4").orElseThrow().message());
    }

    static Stream<Arguments> invalidConfigurations() {
        String head = "apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n";
        return Stream.of(
                Arguments.of("apiVersion: kubescheduler.config.k8s.io/v1beta3\nkind: KubeSchedulerConfiguration\n",
                        "config.yaml:1:13: apiVersion: Unsupported value: \"kubescheduler.config.k8s.io/v1beta3\": "
                                + "supported values: \"kubescheduler.config.k8s.io/v1\""),
                Arguments.of(head + "percentageOfNodesToScore: 120\n",
                        "config.yaml:3:27: percentageOfNodesToScore: Invalid value: 120: not in valid range [0, 100]"),
                Arguments.of(head + "profiles:\n- schedulerName: a\n  plugins:\n    score:\n      enabled:\n"
                        + "      - name: Bogus\n",
                        "config.yaml:8:15: profiles[0].plugins.score.enabled[0].name: Invalid value: \"Bogus\": "
                                + "plugin does not exist"),
                Arguments.of(head + "profiles:\n- schedulerName: a\n- schedulerName: a\n",
                        "config.yaml:5:3: profiles[1].schedulerName: Duplicate value: \"a\""),
                Arguments.of(head + "profiles:\n- pluginConfig:\n  - name: NodeResourcesFit\n    args:\n"
                        + "      scoringStrategy: {type: Fullest}\n",
                        "config.yaml:7:31: profiles[0].pluginConfig.args.scoringStrategy.type: Unsupported value: "
                                + "\"Fullest\": supported values: \"LeastAllocated\", \"MostAllocated\", "
                                + "\"RequestedToCapacityRatio\""),
                Arguments.of(head + "profiles:\n- plugins:\n    scour: {}\n",
                        "config.yaml:5:12: profiles[0].plugins.scour: unknown extension point"));
    }

    @ParameterizedTest
    @MethodSource("invalidConfigurations")
    void invalidConfigurationsNameThePosition(String yaml, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SchedulerConfiguration.read(parse(yaml), PluginRegistry.inTree()));
        assertEquals(message, error.getMessage());
    }
}
