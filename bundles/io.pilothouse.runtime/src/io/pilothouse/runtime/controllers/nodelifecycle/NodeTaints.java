package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeCondition;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.types.Time;

/**
 * The taints the node lifecycle controller owns, as upstream's NoSchedule and NoExecute tainting passes compute
 * them from the node's conditions (and {@code spec.unschedulable}). A taint it adds gets {@code timeAdded}; a taint
 * it already has keeps its own.
 */
final class NodeTaints {

    static final String NOT_READY = "node.kubernetes.io/not-ready";
    static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
    static final String NO_SCHEDULE = "NoSchedule";
    static final String NO_EXECUTE = "NoExecute";

    /** Condition type to the taint key of each status that taints, as upstream's nodeConditionToTaintKeyStatusMap. */
    private static final Map<String, Map<String, String>> CONDITION_TAINTS = Map.of(
            "Ready", Map.of("False", NOT_READY, "Unknown", UNREACHABLE),
            "MemoryPressure", Map.of("True", "node.kubernetes.io/memory-pressure"),
            "DiskPressure", Map.of("True", "node.kubernetes.io/disk-pressure"),
            "NetworkUnavailable", Map.of("True", "node.kubernetes.io/network-unavailable"),
            "PIDPressure", Map.of("True", "node.kubernetes.io/pid-pressure"));
    private static final List<String> OWNED_NO_SCHEDULE = List.of(NOT_READY, UNREACHABLE, UNSCHEDULABLE,
            "node.kubernetes.io/memory-pressure", "node.kubernetes.io/disk-pressure",
            "node.kubernetes.io/network-unavailable", "node.kubernetes.io/pid-pressure");

    private NodeTaints() {}

    /**
     * The node's taints as the controller wants them: the taints it does not own unchanged and in place, then
     * those it owns that the conditions call for, in condition order. The NoExecute taint of a node that is not
     * Ready comes only when the node has one already (swapped between {@code not-ready} and {@code unreachable}) or
     * when the zone's queue lets it be added.
     *
     * @param addNoExecute whether a NoExecute taint may be added to a node without one
     */
    static List<Taint> desired(Node node, Instant now, boolean addNoExecute) {
        List<Taint> current = node.getSpec() == null ? List.of() : node.getSpec().getTaints();
        List<Taint> result = new ArrayList<>();
        for (Taint taint : current) {
            if (!owned(taint)) {
                result.add(taint);
            }
        }
        List<String[]> wanted = new ArrayList<>();
        if (node.getStatus() != null) {
            for (NodeCondition condition : node.getStatus().getConditions()) {
                String key = CONDITION_TAINTS.getOrDefault(condition.getType(), Map.of()).get(condition.getStatus());
                if (key != null) {
                    wanted.add(new String[] {key, NO_SCHEDULE});
                }
            }
            if (addNoExecute || hasNoExecuteTaint(node)) {
                readyTaintKey(node).ifPresent(key -> wanted.add(new String[] {key, NO_EXECUTE}));
            }
        }
        if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            wanted.add(new String[] {UNSCHEDULABLE, NO_SCHEDULE});
        }
        for (String[] taint : wanted) {
            result.add(current.stream().filter(t -> taint[0].equals(t.getKey()) && taint[1].equals(t.getEffect()))
                    .findFirst().orElseGet(() -> taint(taint[0], taint[1], now)));
        }
        return result;
    }

    /** Whether the node has the controller's {@code not-ready} or {@code unreachable} NoExecute taint. */
    static boolean hasNoExecuteTaint(Node node) {
        return node.getSpec() != null && node.getSpec().getTaints().stream().anyMatch(NodeTaints::ownedNoExecute);
    }

    /** The node's taints without the controller's NoExecute taints, as upstream's {@code markNodeAsReachable}. */
    static List<Taint> withoutNoExecute(Node node) {
        return node.getSpec() == null
                ? List.of()
                : node.getSpec().getTaints().stream().filter(t -> !ownedNoExecute(t)).toList();
    }

    private static Optional<String> readyTaintKey(Node node) {
        return node.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst()
                .map(c -> CONDITION_TAINTS.get("Ready").get(c.getStatus()));
    }

    private static boolean owned(Taint taint) {
        return NO_SCHEDULE.equals(taint.getEffect()) && OWNED_NO_SCHEDULE.contains(taint.getKey())
                || ownedNoExecute(taint);
    }

    private static boolean ownedNoExecute(Taint taint) {
        return NO_EXECUTE.equals(taint.getEffect())
                && (NOT_READY.equals(taint.getKey()) || UNREACHABLE.equals(taint.getKey()));
    }

    private static Taint taint(String key, String effect, Instant now) {
        Taint taint = CoreV1Factory.eINSTANCE.createTaint();
        taint.setKey(key);
        taint.setEffect(effect);
        taint.setTimeAdded(Time.of(now));
        return taint;
    }
}
