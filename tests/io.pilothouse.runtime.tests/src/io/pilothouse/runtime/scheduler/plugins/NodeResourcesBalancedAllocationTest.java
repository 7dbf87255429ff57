package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeInfo;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeWith;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.podRequesting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;

/** Cases after upstream's balanced_allocation_test.go. */
class NodeResourcesBalancedAllocationTest {

    private final NodeResourcesBalancedAllocation plugin = new NodeResourcesBalancedAllocation(ResourceSpec.DEFAULTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unevenly used node|cpu: 3000m, memory: '5000'|4000m|10000|87",
            "evenly used node|cpu: 3000m, memory: '5000'|6000m|10000|100",
            "over-requested fractions are capped at 1|cpu: 3000m, memory: '5000'|2000m|20000|62"})
    void score(String name, String requests, String cpu, String memory, long expected) {
        PodInfo pod = PodInfo.of(podRequesting("p", requests));
        NodeInfo node = nodeInfo(nodeWith("n", cpu, memory, 110));
        CycleState state = new CycleState();
        plugin.preScore(state, pod, List.of(node));
        assertEquals(expected, plugin.score(state, pod, node));
    }

    @Test
    void bestEffortPodsAreSkipped() {
        assertTrue(plugin.preScore(new CycleState(), PodInfo.of(podRequesting("p", "")), List.of()).isSkip());
    }
}
