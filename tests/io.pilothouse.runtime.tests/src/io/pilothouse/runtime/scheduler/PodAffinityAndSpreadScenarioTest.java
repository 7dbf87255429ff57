package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** InterPodAffinity and PodTopologySpread end to end: five replicas on three nodes in three zones. */
class PodAffinityAndSpreadScenarioTest {

    private static final String ANTI_AFFINITY_MESSAGE = "0/3 nodes are available: 3 node(s) didn't match pod "
            + "anti-affinity rules. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption "
            + "victims found for incoming pod.";

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("anti-affinity-hostname.yaml", List.of("node-1", "node-2", "node-3", "", "")),
                Arguments.of("anti-affinity-zone.yaml", List.of("node-1", "node-2", "node-3", "", "")),
                Arguments.of("spread-zone-do-not-schedule.yaml",
                        List.of("node-1", "node-2", "node-3", "node-1", "node-2")),
                Arguments.of("spread-zone-schedule-anyway.yaml",
                        List.of("node-1", "node-2", "node-3", "node-1", "node-2")));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void placesEveryReplicaOnTheExpectedNode(String fixture, List<String> expectedNodes) {
        Scenario scenario = new Scenario().apply(fixture);
        assertEquals(expectedNodes, nodes(scenario));
        assertEquals(expectedNodes, nodes(new Scenario().apply(fixture)), "deterministic");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void pendingReplicasSayWhy(String fixture, List<String> expectedNodes) {
        Scenario scenario = new Scenario().apply(fixture);
        for (int i = 0; i < expectedNodes.size(); i++) {
            if (expectedNodes.get(i).isEmpty()) {
                String message = scenario.scheduler.explanations().latest("default/web-" + (i + 1)).orElseThrow()
                        .message();
                assertEquals(ANTI_AFFINITY_MESSAGE, message);
            }
        }
    }

    private static List<String> nodes(Scenario scenario) {
        List<String> nodes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            nodes.add(scenario.nodeName("web-" + i));
        }
        return nodes;
    }
}
