package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * kube-controller-manager's node lifecycle controller: a node whose kubelet has stopped posting (see
 * {@link NodeHeartbeats}) gets its Ready, MemoryPressure, DiskPressure and PIDPressure conditions set to Unknown
 * ({@code NodeStatusUnknown}) once {@link #NODE_MONITOR_GRACE_PERIOD} has passed since the Ready condition's last
 * heartbeat, with a {@code NodeNotReady} event; and every node carries the taints its conditions call for
 * ({@link NodeTaints}): {@code not-ready} or {@code unreachable} with the effects NoSchedule and NoExecute, the
 * pressure taints and {@code unschedulable}.
 * <p>
 * Upstream polls every 5 s (node-monitor-period) and taints through a rate-limited queue; here the grace period
 * ends at its exact instant and the taints follow at once.
 */
public final class NodeLifecycleController extends InformerController {

    /** kube-controller-manager's {@code --node-monitor-grace-period} default since v1.32. */
    public static final Duration NODE_MONITOR_GRACE_PERIOD = Duration.ofSeconds(50);

    static final String NODE_STATUS_UNKNOWN = "NodeStatusUnknown";
    static final String STOPPED_POSTING = "Kubelet stopped posting node status.";
    private static final List<String> KUBELET_CONDITIONS = List.of("Ready", "MemoryPressure", "DiskPressure",
            "PIDPressure");

    private Informer<Node> nodes;

    @Override
    public String name() {
        return "node-lifecycle-controller";
    }

    @Override
    protected void startInformers() {
        nodes = Informer.start(context().store(), CoreV1Package.Literals.NODE, new Informer.Handler<>() {

            @Override
            public void onAdd(Node node) {
                enqueue(node.getMetadata().getName());
            }

            @Override
            public void onUpdate(Node old, Node current) {
                enqueue(current.getMetadata().getName());
            }
        });
    }

    @Override
    protected void sync(String key) {
        Node node = nodes.get(key);
        if (node == null) {
            return;
        }
        Instant now = context().clock().now();
        NodeCondition ready = condition(node, "Ready");
        if (NodeHeartbeats.stopped(node) && ready != null && !"Unknown".equals(ready.getStatus())) {
            Instant deadline = probeTime(node, ready).plus(NODE_MONITOR_GRACE_PERIOD);
            if (now.isBefore(deadline)) {
                enqueueAfter(key, Duration.between(now, deadline));
            } else {
                markUnknown(node, "True".equals(ready.getStatus()), now);
                return;
            }
        }
        List<Taint> taints = NodeTaints.desired(node, now);
        List<Taint> current = node.getSpec() == null ? List.of() : node.getSpec().getTaints();
        if (!EcoreUtil.equals(taints, current)) {
            Node updated = EcoreUtil.copy(node);
            if (updated.getSpec() == null) {
                updated.setSpec(CoreV1Factory.eINSTANCE.createNodeSpec());
            }
            List<Taint> copies = List.copyOf(EcoreUtil.copyAll(taints));
            updated.getSpec().getTaints().clear();
            updated.getSpec().getTaints().addAll(copies);
            context().store().update(updated);
        }
    }

    private void markUnknown(Node node, boolean wasReady, Instant now) {
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
        context().store().updateStatus(updated);
        if (wasReady) {
            String name = node.getMetadata().getName();
            events().record(node, EventRecorder.NORMAL, "NodeNotReady",
                    "Node " + name + " status is now: NodeNotReady");
        }
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
