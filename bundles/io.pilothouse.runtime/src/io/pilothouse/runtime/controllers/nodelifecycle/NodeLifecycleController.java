package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeCondition;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * kube-controller-manager's node lifecycle controller. A node whose kubelet has stopped posting (see
 * {@link NodeHeartbeats}) gets its Ready, MemoryPressure, DiskPressure and PIDPressure conditions set to Unknown
 * ({@code NodeStatusUnknown}) once {@link #NODE_MONITOR_GRACE_PERIOD} has passed since the Ready condition's last
 * heartbeat, with a {@code NodeNotReady} event. Every node carries the NoSchedule taints its conditions call for
 * ({@link NodeTaints}) at once. The NoExecute taint of a node that is not Ready ({@code not-ready} or
 * {@code unreachable}) goes through its zone's rate-limited queue ({@link ZoneTainter}), whose rate follows the
 * zone's state ({@link ZoneDisruption}); it is swapped for the other one at once when the Ready status changes
 * between False and Unknown, and removed at once when the node is Ready again.
 * <p>
 * Upstream monitors every 5 s (node-monitor-period) and runs the tainting queues every 100 ms; here a monitor pass
 * over all nodes runs whenever a node changes, when a grace period ends and when a queue's limiter has a token
 * again, all in virtual time.
 */
public final class NodeLifecycleController extends InformerController {

    /** kube-controller-manager's {@code --node-monitor-grace-period} default since v1.32. */
    public static final Duration NODE_MONITOR_GRACE_PERIOD = Duration.ofSeconds(50);

    static final String NODE_STATUS_UNKNOWN = "NodeStatusUnknown";
    static final String STOPPED_POSTING = "Kubelet stopped posting node status.";
    /** The label that keeps a node out of its zone's disruption count. */
    static final String EXCLUDE_DISRUPTION = "node.kubernetes.io/exclude-disruption";
    private static final String MONITOR = "monitor";
    private static final List<String> KUBELET_CONDITIONS = List.of("Ready", "MemoryPressure", "DiskPressure",
            "PIDPressure");

    private final ZoneDisruption zones = new ZoneDisruption();
    private Informer<Node> nodes;

    @Override
    public String name() {
        return "node-lifecycle-controller";
    }

    /** The state of each zone, by upstream's zone key ({@code region:\0:zone}, empty for nodes without either). */
    public Map<String, ZoneState> zoneStates() {
        return zones.states();
    }

    /** What upstream logs about zones and disruption mode, in order. */
    public List<String> log() {
        return zones.log();
    }

    @Override
    protected void startInformers() {
        nodes = Informer.start(context(), CoreV1Package.Literals.NODE, new Informer.Handler<>() {

            @Override
            public void onAdd(Node node) {
                enqueue(MONITOR);
            }

            @Override
            public void onUpdate(Node old, Node current) {
                enqueue(MONITOR);
            }

            @Override
            public void onDelete(Node node) {
                enqueue(MONITOR);
            }
        });
    }

    @Override
    protected void sync(String key) {
        Instant now = context().clock().now();
        Instant recheck = null;
        Map<String, List<Boolean>> readyByZone = new TreeMap<>();
        List<Node> all = nodes.inNamespace("");
        for (Node observed : all) {
            Node node = observed;
            NodeCondition ready = condition(node, "Ready");
            if (NodeHeartbeats.stopped(node) && ready != null && !"Unknown".equals(ready.getStatus())) {
                Instant deadline = probeTime(node, ready).plus(NODE_MONITOR_GRACE_PERIOD);
                if (now.isBefore(deadline)) {
                    recheck = earliest(recheck, deadline);
                } else {
                    node = markUnknown(node, "True".equals(ready.getStatus()), now);
                    ready = condition(node, "Ready");
                }
            }
            String zone = zoneKey(node);
            ZoneTainter tainter = zones.tainter(zone, now);
            boolean isReady = ready != null && "True".equals(ready.getStatus());
            if (!node.getMetadata().getLabels().containsKey(EXCLUDE_DISRUPTION)) {
                readyByZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(isReady);
            }
            if (isReady) {
                tainter.remove(node.getMetadata().getName());
            } else if (ready != null && !NodeTaints.hasNoExecuteTaint(node)) {
                tainter.add(node.getMetadata().getName());
            }
            setTaints(node, NodeTaints.desired(node, now, false));
        }
        if (zones.handle(readyByZone, now)) {
            for (Node node : nodes.inNamespace("")) {
                zones.tainter(zoneKey(node), now).remove(node.getMetadata().getName());
                setTaints(node, NodeTaints.withoutNoExecute(node));
            }
        }
        for (String zone : readyByZone.keySet()) {
            recheck = earliest(recheck, zones.tainter(zone, now).tryTaint(now, name -> taint(name, now)));
        }
        if (recheck != null) {
            enqueueAfter(MONITOR, Duration.between(now, recheck));
        }
    }

    /** The tainting queue's action: the NoExecute taint of a node that is still not Ready. */
    private void taint(String name, Instant now) {
        Node node = nodes.get(name);
        if (node != null) {
            setTaints(node, NodeTaints.desired(node, now, true));
        }
    }

    private void setTaints(Node node, List<Taint> taints) {
        List<Taint> current = node.getSpec() == null ? List.of() : node.getSpec().getTaints();
        if (EcoreUtil.equals(taints, current)) {
            return;
        }
        Node updated = EcoreUtil.copy(node);
        if (updated.getSpec() == null) {
            updated.setSpec(CoreV1Factory.eINSTANCE.createNodeSpec());
        }
        List<Taint> copies = List.copyOf(EcoreUtil.copyAll(taints));
        updated.getSpec().getTaints().clear();
        updated.getSpec().getTaints().addAll(copies);
        context().store().update(updated);
    }

    private Node markUnknown(Node node, boolean wasReady, Instant now) {
        Node updated = EcoreUtil.copy(node);
        for (String type : KUBELET_CONDITIONS) {
            NodeCondition condition = condition(updated, type);
            if (condition != null && !"Unknown".equals(condition.getStatus())) {
                condition.setStatus("Unknown");
                condition.setReason(NODE_STATUS_UNKNOWN);
                condition.setMessage(STOPPED_POSTING);
                condition.setLastTransitionTime(Time.of(now));
            }
        }
        Node stored = context().store().updateStatus(updated);
        if (wasReady) {
            String name = node.getMetadata().getName();
            events().record(node, EventRecorder.NORMAL, "NodeNotReady",
                    "Node " + name + " status is now: NodeNotReady");
        }
        return stored;
    }

    /**
     * Upstream's {@code GetZoneKey}: the region and zone labels (the deprecated {@code failure-domain.beta} ones
     * first) joined by {@code :\0:}, empty when neither is set.
     */
    static String zoneKey(Node node) {
        Map<String, String> labels = node.getMetadata().getLabels().map();
        String zone = labels.getOrDefault("failure-domain.beta.kubernetes.io/zone",
                labels.getOrDefault("topology.kubernetes.io/zone", ""));
        String region = labels.getOrDefault("failure-domain.beta.kubernetes.io/region",
                labels.getOrDefault("topology.kubernetes.io/region", ""));
        return region.isEmpty() && zone.isEmpty() ? "" : region + ":\0:" + zone;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b != null && b.isBefore(a) ? b : a;
    }

    private static Instant probeTime(Node node, NodeCondition ready) {
        return ready.getLastHeartbeatTime() != null
                ? ready.getLastHeartbeatTime().toInstant()
                : node.getMetadata().getCreationTimestamp().toInstant();
    }

    private static NodeCondition condition(Node node, String type) {
        if (node.getStatus() == null) {
            return null;
        }
        return node.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst()
                .orElse(null);
    }
}
