package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFit;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFitArgs;
import io.pilothouse.runtime.scheduler.plugins.ResourceSpec;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy;
import io.pilothouse.runtime.scheduler.profile.PluginConfig;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;

/** End-to-end scheduling through the cluster, from the fixtures under resources/scheduler. */
class SchedulerScenarioTest {

    private static final String TAINT_MESSAGE = "0/3 nodes are available: 1 Insufficient cpu, "
            + "2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/3 nodes are available: "
            + "1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.";
    private static final String NODE_AFFINITY_MESSAGE = "0/3 nodes are available: 3 node(s) didn't match Pod's "
            + "node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption "
            + "is not helpful for scheduling.";

    @Test
    void untoleratedTaintThenToleration() {
        Scenario scenario = new Scenario().apply("taints.yaml");
        assertEquals("", scenario.nodeName("web-abc"));
        assertEquals("False Unschedulable: " + TAINT_MESSAGE, scenario.podScheduled("web-abc"));
        assertEquals(List.of("Warning FailedScheduling web-abc: " + TAINT_MESSAGE), scenario.events());
        assertEquals("unschedulablePods", scenario.scheduler.queuePlaceOf("default/web-abc"));

        Pod pod = scenario.pod("web-abc");
        Toleration toleration = CoreV1Factory.eINSTANCE.createToleration();
        toleration.setKey("dedicated");
        toleration.setValue("gpu");
        toleration.setEffect("NoSchedule");
        pod.getSpec().getTolerations().add(toleration);
        scenario.update(pod);
        assertEquals("backoffQ", scenario.scheduler.queuePlaceOf("default/web-abc"), "1 s backoff after attempt 1");

        scenario.cluster.advance(Duration.ofSeconds(1));
        assertEquals("node-2", scenario.nodeName("web-abc"));
        assertEquals("True null: null", scenario.podScheduled("web-abc"));
        assertEquals(List.of("Warning FailedScheduling web-abc: " + TAINT_MESSAGE,
                "Normal Scheduled web-abc: Successfully assigned default/web-abc to node-2"), scenario.events());
    }

    @Test
    void explanationsRecordFilterStatusesPerNode() {
        Scenario scenario = new Scenario().apply("taints.yaml");
        SchedulingAttempt attempt = scenario.scheduler.explanations().latest("default/web-abc").orElseThrow();
        assertEquals(1, attempt.attempt());
        assertEquals(3, attempt.nodes().size());
        assertEquals(TAINT_MESSAGE, attempt.message());
        assertEquals(List.of(
                new SchedulingAttempt.PluginStatus("NodeUnschedulable", Code.SUCCESS, List.of()),
                new SchedulingAttempt.PluginStatus("NodeName", Code.SUCCESS, List.of()),
                new SchedulingAttempt.PluginStatus("TaintToleration", Code.SUCCESS, List.of()),
                new SchedulingAttempt.PluginStatus("NodeAffinity", Code.SKIP, List.of()),
                new SchedulingAttempt.PluginStatus("NodePorts", Code.SKIP, List.of()),
                new SchedulingAttempt.PluginStatus("NodeResourcesFit", Code.UNSCHEDULABLE,
                        List.of("Insufficient cpu"))),
                attempt.filterStatuses("node-1"));
        assertEquals(Code.UNSCHEDULABLE_AND_UNRESOLVABLE,
                attempt.filterStatuses("node-3").get(2).code());
    }

    @Test
    void preferNoScheduleTaintLowersTheScore() {
        Scenario scenario = new Scenario().apply("prefer-no-schedule.yaml");
        assertEquals("node-b", scenario.nodeName("app"));
        SchedulingAttempt attempt = scenario.scheduler.explanations().latest("default/app").orElseThrow();
        SchedulingAttempt.PluginScore taintScore = attempt.scoreOf("node-a").plugins().get(0);
        assertEquals(new SchedulingAttempt.PluginScore("TaintToleration", 1, 0, 3, 0), taintScore);
        assertEquals(new SchedulingAttempt.PluginScore("TaintToleration", 0, 100, 3, 300),
                attempt.scoreOf("node-b").plugins().get(0));
        assertEquals("node-b", attempt.chosenNode());
    }

    @Test
    void requiredTermsAreOredAndPreferredTermsDecide() {
        Scenario scenario = new Scenario().apply("node-affinity.yaml");
        assertEquals("zone-c-1", scenario.nodeName("pinned"));
        assertEquals("", scenario.nodeName("nowhere"));
        assertEquals("False Unschedulable: " + NODE_AFFINITY_MESSAGE, scenario.podScheduled("nowhere"));
        assertTrue(scenario.events().contains("Warning FailedScheduling nowhere: " + NODE_AFFINITY_MESSAGE));
    }

    @Test
    void mostAllocatedPacksWhereLeastAllocatedSpreads() {
        Profile binPacking = Profile.defaultProfile().named("bin-packing").with(new PluginConfig(
                NodeResourcesFit.NAME, 1, new NodeResourcesFitArgs(List.of(), List.of(),
                        new ScoringStrategy(ScoringStrategy.Type.MOST_ALLOCATED, ResourceSpec.DEFAULTS, List.of()))));
        Scenario scenario = new Scenario(new Scheduler(List.of(Profile.defaultProfile(), binPacking),
                PluginRegistry.inTree())).apply("bin-packing.yaml");
        assertEquals("big", scenario.nodeName("spread"));
        assertEquals("small", scenario.nodeName("packed"));
        SchedulingAttempt packed = scenario.scheduler.explanations().latest("default/packed").orElseThrow();
        assertEquals(137, packed.scoreOf("small").total() - 300);
        assertEquals(105, packed.scoreOf("big").total() - 300, "big already holds \"spread\"");
    }

    @Test
    void schedulingGatesHoldThePodUntilRemoved() {
        Scenario scenario = new Scenario().apply("gates-and-names.yaml");
        assertEquals("", scenario.nodeName("gated"));
        assertEquals("gated", scenario.scheduler.queuePlaceOf("default/gated"));
        assertTrue(scenario.scheduler.explanations().latest("default/gated").isEmpty());
        Pod pod = scenario.pod("gated");
        pod.getSpec().getSchedulingGates().clear();
        scenario.update(pod);
        assertEquals("node-1", scenario.nodeName("gated"));
    }

    @Test
    void unknownSchedulerNameLeavesThePodPendingWithAnEvent() {
        Scenario scenario = new Scenario().apply("gates-and-names.yaml");
        assertEquals("", scenario.nodeName("custom"));
        assertEquals("", scenario.podScheduled("custom"));
        assertEquals(List.of("Warning SchedulerNotFound custom: no scheduler profile is named \"my-scheduler\": "
                + "the pod stays Pending (profiles: [default-scheduler])"), scenario.events());
    }

    @Test
    void noNodes() {
        Scenario scenario = new Scenario();
        scenario.create(SchedulerTestObjects.podRequesting("lonely", ""));
        scenario.cluster.settle();
        assertEquals("False Unschedulable: no nodes available to schedule pods", scenario.podScheduled("lonely"));
        assertEquals("backoffQ", scenario.scheduler.queuePlaceOf("default/lonely"));
    }

    @Test
    void deletingAnAssignedPodMakesRoom() {
        Scenario scenario = new Scenario();
        scenario.create(SchedulerTestObjects.nodeWith("node-1", "1", "1Gi", 110));
        scenario.create(SchedulerTestObjects.podRequesting("first", "cpu: 800m"));
        scenario.cluster.settle();
        scenario.create(SchedulerTestObjects.podRequesting("second", "cpu: 800m"));
        scenario.cluster.settle();
        assertEquals("node-1", scenario.nodeName("first"));
        assertEquals("False Unschedulable: 0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, "
                + "preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
                scenario.podScheduled("second"));
        scenario.cluster.store().delete(CoreV1Factory.eINSTANCE.createPod().eClass(), "default", "first", 0L);
        assertEquals("backoffQ", scenario.scheduler.queuePlaceOf("default/second"));
        scenario.cluster.advance(Duration.ofSeconds(1));
        assertEquals("node-1", scenario.nodeName("second"), scenario.events().toString());
    }

    @Test
    void aCompletedPodMakesRoom() {
        Scenario scenario = new Scenario();
        scenario.create(SchedulerTestObjects.nodeWith("node-1", "1", "1Gi", 110));
        scenario.create(SchedulerTestObjects.podRequesting("job", "cpu: 800m"));
        scenario.cluster.settle();
        scenario.create(SchedulerTestObjects.podRequesting("next", "cpu: 800m"));
        scenario.cluster.settle();
        Pod job = scenario.pod("job");
        job.getStatus().setPhase("Succeeded");
        scenario.cluster.store().updateStatus(job);
        scenario.cluster.advance(Duration.ofSeconds(1));
        assertEquals("node-1", scenario.nodeName("next"));
    }

    @Test
    void unschedulablePodsAreRetriedAfterFiveMinutes() {
        Scenario scenario = new Scenario().apply("node-affinity.yaml");
        scenario.cluster.advance(Duration.ofMinutes(5));
        assertEquals(1, scenario.scheduler.explanations().latest("default/nowhere").orElseThrow().attempt());
        scenario.cluster.advance(Duration.ofSeconds(30));
        assertEquals(2, scenario.scheduler.explanations().latest("default/nowhere").orElseThrow().attempt());
        assertTrue(scenario.events().contains("Warning FailedScheduling nowhere: " + NODE_AFFINITY_MESSAGE
                + " (x2)"));
    }

    @Test
    void sameInputSameOutput() {
        assertEquals(run(), run());
    }

    private static List<String> run() {
        Scenario scenario = new Scenario();
        for (int n = 0; n < 5; n++) {
            scenario.create(SchedulerTestObjects.nodeWith("node-" + n, "2", "4Gi", 110));
        }
        for (int p = 0; p < 30; p++) {
            scenario.create(SchedulerTestObjects.podRequesting("pod-" + p, "cpu: 300m"));
        }
        scenario.cluster.settle();
        List<String> lines = new ArrayList<>(scenario.events());
        for (int p = 0; p < 30; p++) {
            lines.add("pod-" + p + " -> " + scenario.nodeName("pod-" + p));
        }
        return lines;
    }
}
