package io.pilothouse.runtime.kubelet;

import java.time.Instant;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeAddress;
import io.pilothouse.model.k8s.core.v1.NodeCondition;
import io.pilothouse.model.k8s.core.v1.NodeStatus;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.types.Time;

/**
 * The node status a kubelet posts: its addresses, capacity and allocatable when the Node has none (4 CPUs, 16Gi of
 * memory, 110 pods), and the conditions MemoryPressure, DiskPressure, PIDPressure (False) and Ready (True) with
 * upstream's reasons and messages. A condition already posted is left alone, heartbeat included: the simulation
 * posts the status only when something in it changes instead of every 10 s; {@link #post} is a heartbeat.
 */
public final class NodeStatusWriter {

    private static final List<String[]> CONDITIONS = List.of(
            new String[] {"MemoryPressure", "False", "KubeletHasSufficientMemory",
                    "kubelet has sufficient memory available"},
            new String[] {"DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"},
            new String[] {"PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"},
            new String[] {"Ready", "True", "KubeletReady", "kubelet is posting ready status"});
    private static final String[] NOT_READY = {"Ready", "False", "KubeletNotReady", "container runtime is down"};
    private static final List<String[]> DEFAULT_CAPACITY = List.of(new String[] {"cpu", "4"},
            new String[] {"memory", "16Gi"}, new String[] {"pods", "110"});

    private NodeStatusWriter() {}

    /** Fills what the node's status lacks. */
    static void fill(Node node, String hostIP, Instant now) {
        CoreV1Factory core = CoreV1Factory.eINSTANCE;
        if (node.getStatus() == null) {
            node.setStatus(core.createNodeStatus());
        }
        NodeStatus status = node.getStatus();
        if (status.getCapacity().isEmpty() && status.getAllocatable().isEmpty()) {
            for (String[] resource : DEFAULT_CAPACITY) {
                status.getCapacity().put(resource[0], Quantity.valueOf(resource[1]));
                status.getAllocatable().put(resource[0], Quantity.valueOf(resource[1]));
            }
        } else if (status.getAllocatable().isEmpty()) {
            status.getCapacity().forEach(entry -> status.getAllocatable().put(entry.getKey(), entry.getValue()));
        }
        if (status.getAddresses().isEmpty()) {
            status.getAddresses().add(address("InternalIP", hostIP));
            status.getAddresses().add(address("Hostname", node.getMetadata().getName()));
        }
        for (String[] fact : CONDITIONS) {
            if (status.getConditions().stream().noneMatch(c -> fact[0].equals(c.getType()))) {
                NodeCondition condition = core.createNodeCondition();
                condition.setType(fact[0]);
                condition.setStatus(fact[1]);
                condition.setReason(fact[2]);
                condition.setMessage(fact[3]);
                condition.setLastHeartbeatTime(Time.of(now));
                condition.setLastTransitionTime(Time.of(now));
                status.getConditions().add(condition);
            }
        }
    }

    /**
     * Posts the kubelet's conditions as of now, as a heartbeat: each gets {@code now} as its heartbeat time, and as
     * its transition time when its status changes; Ready is False ({@code KubeletNotReady}) for a kubelet that is
     * not ready.
     */
    public static void post(Node node, boolean ready, Instant now) {
        if (node.getStatus() == null) {
            node.setStatus(CoreV1Factory.eINSTANCE.createNodeStatus());
        }
        for (String[] fact : CONDITIONS) {
            String[] posted = ready || !NOT_READY[0].equals(fact[0]) ? fact : NOT_READY;
            NodeCondition condition = node.getStatus().getConditions().stream()
                    .filter(c -> posted[0].equals(c.getType())).findFirst().orElse(null);
            if (condition == null) {
                condition = CoreV1Factory.eINSTANCE.createNodeCondition();
                condition.setType(posted[0]);
                node.getStatus().getConditions().add(condition);
            }
            if (!posted[1].equals(condition.getStatus())) {
                condition.setLastTransitionTime(Time.of(now));
            }
            condition.setStatus(posted[1]);
            condition.setReason(posted[2]);
            condition.setMessage(posted[3]);
            condition.setLastHeartbeatTime(Time.of(now));
        }
    }

    private static NodeAddress address(String type, String value) {
        NodeAddress address = CoreV1Factory.eINSTANCE.createNodeAddress();
        address.setType(type);
        address.setAddress(value);
        return address;
    }
}
