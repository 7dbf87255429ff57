package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.node;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeInfo;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeWith;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.podRequesting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PodRequests;
import io.pilothouse.runtime.scheduler.framework.Resource;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy.Type;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy.UtilizationShapePoint;

/** Cases after upstream's fit_test.go, least/most_allocated_test.go and requested_to_capacity_ratio_test.go. */
class NodeResourcesFitTest {

    private static NodeInfo busyNode() {
        return nodeInfo(node("n1",
                "status:\n  allocatable: {cpu: '2', memory: 4Gi, pods: '2', example.com/gpu: '1'}\n"),
                podRequesting("existing", "cpu: '1', memory: 1Gi"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fits|cpu: '1', memory: 3Gi|||",
            "no requests fit||||",
            "cpu short|cpu: 1500m|||Insufficient cpu",
            "cpu and memory short|cpu: 1500m, memory: 4Gi|||Insufficient cpu;Insufficient memory",
            "extended resource short|example.com/gpu: '2'|||Insufficient example.com/gpu",
            "unknown extended resource short|example.com/fpga: '1'|||Insufficient example.com/fpga",
            "ignored resource|example.com/fpga: '1'|example.com/fpga||",
            "ignored resource group|example.com/fpga: '1'||example.com|"})
    void filterReasons(String name, String requests, String ignored, String ignoredGroup, String reasons) {
        NodeResourcesFit plugin = new NodeResourcesFit(new NodeResourcesFitArgs(
                ignored == null ? List.of() : List.of(ignored),
                ignoredGroup == null ? List.of() : List.of(ignoredGroup), ScoringStrategy.DEFAULT));
        Status status = plugin.filter(new CycleState(),
                PodInfo.of(podRequesting("p", requests == null ? "" : requests)), busyNode());
        assertEquals(reasons == null ? List.of() : List.of(reasons.split(";")), status.reasons());
        assertEquals(reasons == null ? "Success" : "Unschedulable", status.code().upstreamName());
    }

    @Test
    void podCountLimitComesFirst() {
        NodeInfo full = nodeInfo(nodeWith("n1", "2", "4Gi", 1), podRequesting("existing", "cpu: '1'"));
        NodeResourcesFit plugin = new NodeResourcesFit(NodeResourcesFitArgs.DEFAULT);
        assertEquals(List.of("Too many pods", "Insufficient cpu"),
                plugin.filter(new CycleState(), PodInfo.of(podRequesting("p", "cpu: '2'")), full).reasons());
        assertEquals(List.of("Too many pods"),
                plugin.filter(new CycleState(), PodInfo.of(podRequesting("p", "")), full).reasons());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "containers add up|containers: [{name: a, resources: {requests: {cpu: 100m}}},"
                    + " {name: b, resources: {requests: {cpu: 200m}}}]|300",
            "an init container larger than the app containers wins|initContainers: [{name: i,"
                    + " resources: {requests: {cpu: '1'}}}]\\ncontainers: [{name: a, resources: {requests: {cpu: 100m}}}]"
                    + "|1000",
            "sidecars run with the app and with later init containers|initContainers: [{name: s, restartPolicy: Always,"
                    + " resources: {requests: {cpu: 50m}}}, {name: i, resources: {requests: {cpu: 500m}}}]\\n"
                    + "containers: [{name: a, resources: {requests: {cpu: 100m}}},"
                    + " {name: b, resources: {requests: {cpu: 200m}}}]\\noverhead: {cpu: 10m}|560",
            "a limit without request counts as the request|containers: [{name: a, resources: {limits: {cpu: '1'}}}]"
                    + "|1000"})
    void podRequest(String name, String spec, long milliCpu) {
        String yaml = "  " + spec.replace("\\n", "\n  ") + "\n";
        assertEquals(milliCpu, PodRequests.of(pod("p", yaml).getSpec(), false).milliCpu());
    }

    @Test
    void nonZeroRequestUsesTheScoringDefaults() {
        Resource request = PodRequests.of(podRequesting("p", "").getSpec(), true);
        assertEquals(100, request.milliCpu());
        assertEquals(200L * 1024 * 1024, request.memory());
    }

    private static long[] scores(ScoringStrategy strategy, String podRequests, String... nodes) {
        NodeResourcesFit plugin = new NodeResourcesFit(new NodeResourcesFitArgs(List.of(), List.of(), strategy));
        PodInfo pod = PodInfo.of(podRequesting("p", podRequests));
        CycleState state = new CycleState();
        List<NodeInfo> infos = Arrays.stream(nodes).map(n -> n.split(","))
                .map(n -> nodeInfo(nodeWith(n[0], n[1], n[2], 110))).toList();
        plugin.preScore(state, pod, infos);
        return infos.stream().mapToLong(n -> plugin.score(state, pod, n)).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "LeastAllocated, differently sized nodes|LEAST_ALLOCATED|cpu: 3000m, memory: '5000'|37,50",
            "MostAllocated, differently sized nodes|MOST_ALLOCATED|cpu: 3000m, memory: '5000'|62,50",
            "LeastAllocated, nothing requested counts the defaults|LEAST_ALLOCATED||88,89",
            "RequestedToCapacityRatio, bin packing shape|REQUESTED_TO_CAPACITY_RATIO|cpu: 3000m, memory: '5000'|63,50"})
    void scoringStrategies(String name, Type type, String requests, String expected) {
        ScoringStrategy strategy = new ScoringStrategy(type, ResourceSpec.DEFAULTS,
                List.of(new UtilizationShapePoint(0, 0), new UtilizationShapePoint(100, 10)));
        long[] actual = scores(strategy, requests == null ? "" : requests, "node1,4000m,10000", "node2,6000m,10000");
        if (requests == null) {
            actual = scores(strategy, "", "node1,4000m,1Gi", "node2,6000m,1Gi");
        }
        assertEquals(expected, Arrays.toString(actual).replaceAll("[\\[\\] ]", ""));
    }

    @Test
    void weightsApplyPerResource() {
        ScoringStrategy strategy = new ScoringStrategy(Type.LEAST_ALLOCATED,
                List.of(new ResourceSpec("cpu", 3), new ResourceSpec("memory", 1)), List.of());
        assertEquals("31", Long.toString(scores(strategy, "cpu: 3000m, memory: '5000'", "node1,4000m,10000")[0]));
    }
}
