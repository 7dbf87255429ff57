package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.node;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeInfo;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's node_ports_test.go. */
class NodePortsTest {

    private final NodePorts plugin = new NodePorts();

    private static Pod withPorts(String name, String ports) {
        return pod(name, "  containers: [{name: c, image: nginx, ports: " + ports + "}]\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "different ports|[{containerPort: 80, hostPort: 8080}]|[{containerPort: 80, hostPort: 9090}]|Success",
            "same port, default IP and protocol|[{containerPort: 80, hostPort: 8080}]"
                    + "|[{containerPort: 80, hostPort: 8080}]|Unschedulable",
            "same port, other protocol|[{containerPort: 80, hostPort: 8080, protocol: UDP}]"
                    + "|[{containerPort: 80, hostPort: 8080, protocol: TCP}]|Success",
            "same port, other specific IPs|[{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]"
                    + "|[{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.2}]|Success",
            "same port and IP|[{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]"
                    + "|[{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]|Unschedulable",
            "0.0.0.0 taken, specific IP wanted|[{containerPort: 80, hostPort: 8080, hostIP: 0.0.0.0}]"
                    + "|[{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]|Unschedulable",
            "specific IP taken, 0.0.0.0 wanted|[{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]"
                    + "|[{containerPort: 80, hostPort: 8080}]|Unschedulable",
            "container ports without host ports do not conflict|[{containerPort: 80}]|[{containerPort: 80}]|Success"})
    void filter(String name, String existing, String wanted, String code) {
        PodInfo pod = PodInfo.of(withPorts("p", wanted));
        CycleState state = new CycleState();
        Status preFilter = plugin.preFilter(state, pod, new PreFilterResult[1]);
        Status status = preFilter.isSkip()
                ? Status.SUCCESS
                : plugin.filter(state, pod, nodeInfo(node("n", ""), withPorts("existing", existing)));
        assertEquals(code, status.code().upstreamName());
        if (!status.isSuccess()) {
            assertEquals("node(s) didn't have free ports for the requested pod ports", status.message());
        }
    }

    @Test
    void preFilterSkipsPodsWithoutHostPorts() {
        assertTrue(plugin.preFilter(new CycleState(), PodInfo.of(withPorts("p", "[{containerPort: 80}]")),
                new PreFilterResult[1]).isSkip());
    }
}
