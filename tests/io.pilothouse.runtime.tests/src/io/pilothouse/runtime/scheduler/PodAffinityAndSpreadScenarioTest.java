package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * InterPodAffinity and PodTopologySpread end to end: five replicas on three nodes in three zones, and the default
 * constraints.
 */
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

    /**
     * The system default constraints (hostname maxSkew 3, zone maxSkew 5, ScheduleAnyway) with the selector of the
     * pod's Service: with one replica on node-a1, node-a2 and node-b1 are equal by hostname, and the zone count sends
     * the next replica to zone-b (without it, the tie would go to node-a2, whose name sorts first).
     */
    @Test
    void defaultConstraintsSpreadOverZones() {
        Scenario scenario = new Scenario();
        for (EObject object : SchedulerTestObjects.objects("""
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: default}
                spec: {selector: {app: web}, ports: [{port: 80}]}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: node-a1, labels: {kubernetes.io/hostname: node-a1, topology.kubernetes.io/zone: a}}
                status: {allocatable: {cpu: "8", memory: 16Gi, pods: "110"}}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: node-a2, labels: {kubernetes.io/hostname: node-a2, topology.kubernetes.io/zone: a}}
                status: {allocatable: {cpu: "8", memory: 16Gi, pods: "110"}}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: node-b1, labels: {kubernetes.io/hostname: node-b1, topology.kubernetes.io/zone: b}}
                status: {allocatable: {cpu: "8", memory: 16Gi, pods: "110"}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web-1, namespace: default, labels: {app: web}}
                spec: {nodeName: node-a1, containers: [{name: c, image: nginx}]}
                """)) {
            scenario.create(object);
        }
        scenario.cluster.settle();
        scenario.create(SchedulerTestObjects.objects("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web-2, namespace: default, labels: {app: web}}
                spec: {containers: [{name: c, image: nginx}]}
                """).get(0));
        scenario.cluster.settle();

        assertEquals("node-b1", scenario.nodeName("web-2"));
    }

    private static List<String> nodes(Scenario scenario) {
        List<String> nodes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            nodes.add(scenario.nodeName("web-" + i));
        }
        return nodes;
    }
}
