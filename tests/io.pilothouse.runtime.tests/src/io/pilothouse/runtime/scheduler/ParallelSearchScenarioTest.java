package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.Parallelizer;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.profile.PluginConfig;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * Spreading the Filter search and the preemption dry runs over threads changes how fast pods schedule, never where
 * or what the scheduler says about them: the same cluster scheduled in order and on four threads ends the same.
 */
class ParallelSearchScenarioTest {

    /**
     * Full nodes (four low-priority pods of 900m CPU each on 4 CPUs, in three zones), then pods of priority 10 that
     * need 3 CPUs, spread over the zones and apart from each other by hostname: each must preempt, with the
     * InterPodAffinity and PodTopologySpread dry-run extensions at work, and the dry runs stop at 100 candidates.
     */
    @Test
    void preemptingOnFourThreadsEndsAsPreemptingInOrder() {
        Consumer<Scenario> workload = scenario -> {
            createNodes(scenario, 400);
            for (int i = 0; i < 1600; i++) {
                scenario.create(SchedulerTestObjects.pod(String.format("low-%04d", i), """
                          terminationGracePeriodSeconds: 0
                          containers:
                          - {name: c, image: pause, resources: {requests: {cpu: 900m, memory: 500Mi}}}
                        """));
            }
            scenario.cluster.settle();
            for (int i = 0; i < 150; i++) {
                scenario.create(SchedulerTestObjects.objects(String.format("""
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: pod-%03d, namespace: default, labels: {app: high}}
                        spec:
                          priority: 10
                          topologySpreadConstraints:
                          - {maxSkew: 100, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule,
                             labelSelector: {matchLabels: {app: high}}}
                          affinity:
                            podAntiAffinity:
                              requiredDuringSchedulingIgnoredDuringExecution:
                              - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: high}}}
                          containers:
                          - {name: c, image: pause, resources: {requests: {cpu: 3, memory: 500Mi}}}
                        """, i)).get(0));
            }
        };
        assertSameOutcome(workload, 150, Profile.defaultProfile(), PluginRegistry.inTree());
    }

    /**
     * Nodes of which a slow Filter plugin rejects every third: each search must go past 276 nodes (the share
     * searched of 600) to find as many feasible ones, and stops there, wherever the threads were.
     */
    @Test
    void searchingOnFourThreadsStopsWhereSearchingInOrderStops() {
        PluginRegistry registry = PluginRegistry.inTree();
        registry.register(SlowEveryThirdNodeRejected.NAME, (args, context) -> new SlowEveryThirdNodeRejected());
        Consumer<Scenario> workload = scenario -> {
            createNodes(scenario, 600);
            for (int i = 0; i < 40; i++) {
                scenario.create(SchedulerTestObjects.podRequesting(String.format("pod-%03d", i), "cpu: 10m"));
            }
        };
        assertSameOutcome(workload, 40, Profile.defaultProfile().with(PluginConfig.of(SlowEveryThirdNodeRejected.NAME)),
                registry);
    }

    /** Rejects the nodes whose number is a multiple of 3, taking 2 µs per node. */
    private static final class SlowEveryThirdNodeRejected implements FilterPlugin {

        static final String NAME = "SlowEveryThirdNodeRejected";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
            long end = System.nanoTime() + 2_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            int number = Integer.parseInt(node.name().substring("node-".length()));
            return number % 3 == 0 ? Status.unschedulable("every third node") : Status.SUCCESS;
        }

        @Override
        public boolean filtersConcurrently() {
            return true;
        }
    }

    private static void assertSameOutcome(Consumer<Scenario> workload, int pods, Profile profile,
            PluginRegistry registry) {
        Outcome inOrder = run(workload, pods, profile, registry, Parallelizer.SEQUENTIAL);
        Parallelizer fourThreads = new Parallelizer(4);
        Outcome spread = run(workload, pods, profile, registry, fourThreads);

        assertTrue(fourThreads.spreads() >= pods, "searches spread: " + fourThreads.spreads());
        assertEquals(pods, inOrder.placements().stream().filter(line -> line.contains(" on node-")).count(),
                "every pod ran: " + inOrder.placements());
        assertEquals(inOrder.placements(), spread.placements());
        assertEquals(inOrder.events(), spread.events());
        assertEquals(inOrder.explanations(), spread.explanations());
    }

    /** What came out of a run: each pod's node, the events, and each pod's latest explanation. */
    private record Outcome(List<String> placements, List<String> events, List<SchedulingAttempt> explanations) {}

    private static Outcome run(Consumer<Scenario> workload, int pods, Profile profile, PluginRegistry registry,
            Parallelizer parallelizer) {
        Scenario scenario = new Scenario(new Scheduler(List.of(profile), registry, parallelizer));
        workload.accept(scenario);
        scenario.cluster.settle();
        for (int second = 0; second < 60; second++) {
            scenario.cluster.advance(Duration.ofSeconds(1));
        }
        List<String> placements = new ArrayList<>();
        List<SchedulingAttempt> explanations = new ArrayList<>();
        for (int i = 0; i < pods; i++) {
            String name = String.format("pod-%03d", i);
            placements.add(name + " on " + scenario.nodeName(name));
            explanations.add(scenario.scheduler.explanations().latest("default/" + name).orElseThrow());
        }
        return new Outcome(placements, scenario.events(), explanations);
    }

    /** Nodes {@code node-000} ... of 4 CPUs, in three zones. */
    private static void createNodes(Scenario scenario, int count) {
        for (int i = 0; i < count; i++) {
            String name = String.format("node-%03d", i);
            scenario.create(SchedulerTestObjects.node(name, "  labels: {kubernetes.io/hostname: " + name
                    + ", topology.kubernetes.io/zone: zone-" + i % 3 + "}\nstatus:\n  allocatable: {cpu: \"4\","
                    + " memory: 32Gi, pods: \"110\"}\n"));
        }
    }
}
