package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.node;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeInfo;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/** NodeUnschedulable, NodeName and SchedulingGates, after their upstream tests. */
class SmallFiltersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "schedulable node|false|[]|Success|",
            "unschedulable node|true|[]|UnschedulableAndUnresolvable|node(s) were unschedulable",
            "toleration of the unschedulable taint|true|[{key: node.kubernetes.io/unschedulable, operator: Exists,"
                    + " effect: NoSchedule}]|Success|",
            "toleration of everything|true|[{operator: Exists}]|Success|",
            "toleration of another effect|true|[{key: node.kubernetes.io/unschedulable, operator: Exists,"
                    + " effect: NoExecute}]|UnschedulableAndUnresolvable|node(s) were unschedulable"})
    void nodeUnschedulable(String name, boolean unschedulable, String tolerations, String code, String reason) {
        Status status = new NodeUnschedulable().filter(new CycleState(),
                PodInfo.of(pod("p", "  tolerations: " + tolerations + "\n  containers: [{name: c}]\n")),
                nodeInfo(node("n1", "spec: {unschedulable: " + unschedulable + "}\n")));
        assertEquals(code, status.code().upstreamName());
        assertEquals(reason == null ? "" : reason, status.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no node name|''|Success|",
            "same node|n1|Success|",
            "other node|n2|UnschedulableAndUnresolvable|node(s) didn't match the requested node name"})
    void nodeName(String name, String nodeName, String code, String reason) {
        Status status = new NodeName().filter(new CycleState(),
                PodInfo.of(pod("p", "  nodeName: " + nodeName + "\n  containers: [{name: c}]\n")),
                nodeInfo(node("n1", "")));
        assertEquals(code, status.code().upstreamName());
        assertEquals(reason == null ? "" : reason, status.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no gates|[]|Success|",
            "one gate|[{name: example.com/foo}]|UnschedulableAndUnresolvable"
                    + "|waiting for scheduling gates: [example.com/foo]",
            "two gates|[{name: a}, {name: b}]|UnschedulableAndUnresolvable|waiting for scheduling gates: [a b]"})
    void schedulingGates(String name, String gates, String code, String reason) {
        Status status = new SchedulingGates().preEnqueue(
                PodInfo.of(pod("p", "  schedulingGates: " + gates + "\n  containers: [{name: c}]\n")));
        assertEquals(code, status.code().upstreamName());
        assertEquals(reason == null ? "" : reason, status.message());
    }
}
