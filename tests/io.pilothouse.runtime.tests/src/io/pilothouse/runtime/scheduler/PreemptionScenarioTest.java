package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.kubelet.Kubelet;

/**
 * DefaultPreemption (in the default profile) end to end: the real scheduler and kubelet, victims deleted in virtual
 * time.
 */
class PreemptionScenarioTest {

    private static final String INSUFFICIENT = "0/2 nodes are available: 2 Insufficient cpu.";

    private static Scenario scenario() {
        Scenario scenario = new Scenario();
        scenario.cluster.add(new Kubelet());
        scenario.apply("preemption.yaml");
        scenario.cluster.store().update(bound(scenario.pod("low"), "n1"));
        scenario.cluster.store().update(bound(scenario.pod("mid"), "n2"));
        scenario.cluster.settle();
        return scenario;
    }

    private static Pod bound(Pod pod, String node) {
        pod.getSpec().setNodeName(node);
        return pod;
    }

    private static void createPod(Scenario scenario, String name, int priority, String extra) {
        scenario.create(SchedulerTestObjects.pod(name, "  priority: " + priority + "\n" + extra
                + "  containers:\n  - name: c\n    image: nginx\n    resources:\n      requests: {cpu: \"1\"}"));
        scenario.cluster.settle();
    }

    private static String disruptionTarget(Pod pod) {
        for (PodCondition condition : pod.getStatus().getConditions()) {
            if ("DisruptionTarget".equals(condition.getType())) {
                return condition.getStatus() + " " + condition.getReason() + ": " + condition.getMessage();
            }
        }
        return "";
    }

    private static boolean exists(Scenario scenario, String name) {
        try {
            scenario.pod(name);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Test
    void preemptsTheLowestPriorityVictimAndSchedulesOnceItIsGone() {
        Scenario scenario = scenario();
        createPod(scenario, "urgent", 100, "");
        Pod low = scenario.pod("low");
        assertNotNull(low.getMetadata().getDeletionTimestamp());
        assertEquals("True PreemptionByScheduler: default-scheduler: preempting to accommodate a higher priority pod",
                disruptionTarget(low));
        assertNull(scenario.pod("mid").getMetadata().getDeletionTimestamp());
        Pod urgent = scenario.pod("urgent");
        assertEquals("n1", urgent.getStatus().getNominatedNodeName());
        assertEquals("", scenario.nodeName("urgent"));
        assertEquals("False Unschedulable: " + INSUFFICIENT, scenario.podScheduled("urgent"));
        assertEquals(List.of("Normal Preempted low: Preempted by pod " + urgent.getMetadata().getUid()
                + " on node n1", "Warning FailedScheduling urgent: " + INSUFFICIENT),
                scenario.events().stream().filter(e -> e.contains("Preempted") || e.contains("FailedScheduling"))
                        .toList());

        scenario.cluster.advance(Duration.ofSeconds(14));
        assertEquals("", scenario.nodeName("urgent"));
        assertEquals(true, exists(scenario, "low"));
        scenario.cluster.advance(Duration.ofSeconds(1));
        assertEquals(false, exists(scenario, "low"));
        assertEquals("n1", scenario.nodeName("urgent"));
        assertEquals("n2", scenario.nodeName("mid"));
    }

    @Test
    void evictingAVictimAlsoEndsTheAntiAffinityConflictItCaused() {
        Scenario scenario = scenario();
        createPod(scenario, "shy", 100, """
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                      - labelSelector: {matchLabels: {app: low}}
                        topologyKey: kubernetes.io/hostname
                """);
        assertNotNull(scenario.pod("low").getMetadata().getDeletionTimestamp());
        assertNull(scenario.pod("mid").getMetadata().getDeletionTimestamp());
        assertEquals("n1", scenario.pod("shy").getStatus().getNominatedNodeName());
    }

    @Test
    void preemptionPolicyNeverDoesNotPreempt() {
        Scenario scenario = scenario();
        createPod(scenario, "polite", 100, "  preemptionPolicy: Never\n");
        assertEquals("False Unschedulable: " + INSUFFICIENT
                + " no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.",
                scenario.podScheduled("polite"));
        assertNull(scenario.pod("low").getMetadata().getDeletionTimestamp());
        assertNull(scenario.pod("polite").getStatus().getNominatedNodeName());
    }

    @Test
    void equalPriorityNeverPreempts() {
        Scenario scenario = scenario();
        createPod(scenario, "peer", 10, "");
        assertEquals("False Unschedulable: " + INSUFFICIENT + " no new claims to deallocate, preemption: 0/2 nodes "
                + "are available: 2 No preemption victims found for incoming pod.", scenario.podScheduled("peer"));
        assertNull(scenario.pod("low").getMetadata().getDeletionTimestamp());
    }

    @Test
    void nodesFilteredAsUnresolvableAreNotHelpful() {
        Scenario scenario = scenario();
        createPod(scenario, "picky", 100, "  nodeSelector: {disk: ssd}\n");
        assertEquals("False Unschedulable: 0/2 nodes are available: 2 node(s) didn't match Pod's node "
                + "affinity/selector. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption "
                + "is not helpful for scheduling.", scenario.podScheduled("picky"));
    }

    @Test
    void aDisruptionBudgetSteersThePreemptionToAnotherNode() {
        Scenario scenario = scenario();
        PodDisruptionBudget pdb = (PodDisruptionBudget) SchedulerTestObjects.objects("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: keep-low, namespace: default}
                spec:
                  minAvailable: 1
                  selector: {matchLabels: {app: low}}
                status: {disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1}
                """).get(0);
        scenario.cluster.store().create(pdb);
        scenario.cluster.store().updateStatus(pdb);
        createPod(scenario, "urgent", 100, "");
        assertNull(scenario.pod("low").getMetadata().getDeletionTimestamp());
        assertNotNull(scenario.pod("mid").getMetadata().getDeletionTimestamp());
        assertEquals("n2", scenario.pod("urgent").getStatus().getNominatedNodeName());
        scenario.cluster.advance(Duration.ofSeconds(20));
        assertEquals("n2", scenario.nodeName("urgent"));
    }

    @Test
    void sameInputSameEvents() {
        List<String> first = run();
        assertEquals(first, run());
    }

    private static List<String> run() {
        Scenario scenario = scenario();
        createPod(scenario, "urgent", 100, "");
        scenario.cluster.advance(Duration.ofSeconds(20));
        return scenario.events();
    }
}
