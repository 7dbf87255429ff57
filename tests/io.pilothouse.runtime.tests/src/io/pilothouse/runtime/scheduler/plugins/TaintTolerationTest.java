package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.node;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeInfo;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's taint_toleration_test.go. */
class TaintTolerationTest {

    private final TaintToleration plugin = new TaintToleration();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no taints|[]|[]|Success|",
            "untolerated NoSchedule|[{key: dedicated, value: user1, effect: NoSchedule}]|[]"
                    + "|UnschedulableAndUnresolvable|node(s) had untolerated taint(s)",
            "tolerated by Equal|[{key: dedicated, value: user1, effect: NoSchedule}]"
                    + "|[{key: dedicated, operator: Equal, value: user1, effect: NoSchedule}]|Success|",
            "value differs|[{key: dedicated, value: user1, effect: NoSchedule}]"
                    + "|[{key: dedicated, operator: Equal, value: user2, effect: NoSchedule}]"
                    + "|UnschedulableAndUnresolvable|node(s) had untolerated taint(s)",
            "Exists tolerates any value|[{key: foo, value: bar, effect: NoSchedule}]"
                    + "|[{key: foo, operator: Exists, effect: NoSchedule}]|Success|",
            "empty key with Exists tolerates all|[{key: foo, value: bar, effect: NoExecute}]"
                    + "|[{operator: Exists}]|Success|",
            "effect differs|[{key: foo, value: bar, effect: NoExecute}]"
                    + "|[{key: foo, operator: Equal, value: bar, effect: NoSchedule}]"
                    + "|UnschedulableAndUnresolvable|node(s) had untolerated taint(s)",
            "PreferNoSchedule never filters|[{key: foo, value: bar, effect: PreferNoSchedule}]|[]|Success|",
            "any untolerated NoSchedule or NoExecute taint|[{key: a, value: '1', effect: PreferNoSchedule},"
                    + " {key: b, effect: NoSchedule}, {key: c, value: '3', effect: NoExecute}]|[]"
                    + "|UnschedulableAndUnresolvable|node(s) had untolerated taint(s)"})
    void filter(String name, String taints, String tolerations, String code, String reason) {
        NodeInfo node = nodeInfo(node("n1", "spec:\n  taints: " + taints + "\n"));
        PodInfo pod = PodInfo.of(pod("p", "  tolerations: " + tolerations
                + "\n  containers: [{name: c, image: nginx}]\n"));
        Status status = plugin.filter(new CycleState(), pod, node);
        assertEquals(code, status.code().upstreamName());
        assertEquals(reason == null ? List.of() : List.of(reason), status.reasons());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nodes with no taints score 100|[]|[]|[]|100,100",
            "fewer intolerable PreferNoSchedule taints score higher|[]|[{key: foo, value: bar, effect: PreferNoSchedule}]"
                    + "|[{key: foo, value: bar, effect: PreferNoSchedule}, {key: foo2, value: bar2,"
                    + " effect: PreferNoSchedule}]|50,0",
            "tolerated taints do not count|[{key: foo, operator: Equal, value: bar, effect: PreferNoSchedule}]"
                    + "|[{key: foo, value: bar, effect: PreferNoSchedule}]|[{key: x, effect: PreferNoSchedule}]|100,0",
            "NoSchedule taints are not scored|[]|[{key: foo, value: bar, effect: NoSchedule}]"
                    + "|[{key: foo, value: bar, effect: PreferNoSchedule}]|100,0"})
    void score(String name, String tolerations, String taints1, String taints2, String expected) {
        List<NodeInfo> nodes = List.of(nodeInfo(node("n1", "spec:\n  taints: " + taints1 + "\n")),
                nodeInfo(node("n2", "spec:\n  taints: " + taints2 + "\n")));
        PodInfo pod = PodInfo.of(pod("p", "  tolerations: " + tolerations
                + "\n  containers: [{name: c, image: nginx}]\n"));
        CycleState state = new CycleState();
        plugin.preScore(state, pod, nodes);
        long[] scores = {plugin.score(state, pod, nodes.get(0)), plugin.score(state, pod, nodes.get(1))};
        plugin.normalizeScore(state, pod, scores);
        assertArrayEquals(Arrays.stream(expected.split(",")).mapToLong(Long::parseLong).toArray(), scores);
    }
}
