package io.pilothouse.runtime.scheduler.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.runtime.scheduler.SchedulerTestObjects;

/** The Filter statuses of a search, by position in the node list and by name. */
class NodeToStatusTest {

    @Test
    void keepsTheRejectedNodesStatusesByPositionAndName() {
        Snapshot snapshot = new Snapshot();
        for (String name : List.of("node-d", "node-a", "node-c", "node-b")) {
            snapshot.putNode(SchedulerTestObjects.nodeWith(name, "4", "8Gi", 110));
        }
        Status cpu = Status.unschedulable("Insufficient cpu");
        Status taint = Status.unresolvable("node(s) had untolerated taint(s)");
        Status absent = Status.unresolvable("node(s) didn't satisfy plugin(s) [NodeAffinity]");
        NodeToStatus statuses = new NodeToStatus(snapshot.nodes(), absent);
        statuses.set(3, taint);
        statuses.set(1, cpu);

        assertEquals(List.of("node-a", "node-b", "node-c", "node-d"),
                statuses.nodes().stream().map(NodeInfo::name).toList());
        assertSame(cpu, statuses.get(1));
        assertSame(cpu, statuses.get("node-b"));
        assertSame(taint, statuses.get("node-d"));
        assertNull(statuses.get("node-a"));
        assertNull(statuses.get("node-c"));
        assertNull(statuses.get("node-e"));
        assertEquals(List.of(cpu, taint), statuses.rejected());
        assertSame(absent, statuses.absent());
    }
}
