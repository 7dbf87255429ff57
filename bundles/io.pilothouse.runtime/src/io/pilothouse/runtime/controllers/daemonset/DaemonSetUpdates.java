package io.pilothouse.runtime.controllers.daemonset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy;
import io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.runtime.controllers.Pods;

/**
 * The {@code RollingUpdate} strategy, as upstream's {@code rollingUpdate}. Without surge, old pods are deleted (and
 * recreated by the next pass) while fewer than {@code maxUnavailable} (default 1) of the desired nodes are
 * unavailable; unavailable old pods are replaced at once. With {@code maxSurge}, a new pod is created next to an old
 * one on up to {@code maxSurge} nodes at a time, and the old one is deleted when the new one is available. Nodes are
 * considered in name order (upstream's map order is random).
 */
final class DaemonSetUpdates {

    /** What a rolling update pass does. */
    record Plan(List<Pod> podsToDelete, List<String> nodesToCreate) {}

    private static final String ROLLING_UPDATE = "RollingUpdate";

    private DaemonSetUpdates() {}

    /** Whether the strategy is {@code RollingUpdate}, the default. */
    static boolean isRollingUpdate(DaemonSet set) {
        DaemonSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return strategy == null || strategy.getType() == null || ROLLING_UPDATE.equals(strategy.getType());
    }

    /** Whether a rolling update may run an extra pod on a node, as upstream's {@code AllowsSurge}. */
    static boolean allowsSurge(DaemonSet set) {
        return surgeCount(set, 1) != 0;
    }

    static int minReadySeconds(DaemonSet set) {
        Integer value = set.getSpec().getMinReadySeconds();
        return value == null ? 0 : value;
    }

    /** The deletions and creations of one pass. */
    static Plan plan(DaemonSet set, String hash, List<Node> nodes, NodeEligibility eligibility,
            Map<String, List<Pod>> byNode, Instant now) {
        Map<String, List<Pod>> candidates = new TreeMap<>(byNode);
        Map<String, Node> nodesByName = new TreeMap<>();
        int desired = 0;
        for (Node node : nodes) {
            nodesByName.put(node.getMetadata().getName(), node);
            if (eligibility.check(node).shouldRun()) {
                desired++;
                candidates.putIfAbsent(node.getMetadata().getName(), List.of());
            }
        }
        int maxSurge = surgeCount(set, desired);
        int maxUnavailable = unavailableCount(set, desired);
        if (desired > 0 && maxSurge == 0 && maxUnavailable == 0) {
            maxUnavailable = 1;
        }
        int minReady = minReadySeconds(set);
        return maxSurge == 0
                ? withoutSurge(set, hash, candidates, maxUnavailable, minReady, now)
                : withSurge(set, hash, candidates, nodesByName, eligibility, maxSurge, minReady, now);
    }

    private static Plan withoutSurge(DaemonSet set, String hash, Map<String, List<Pod>> byNode, int maxUnavailable,
            int minReady, Instant now) {
        int unavailable = 0;
        List<Pod> replacements = new ArrayList<>();
        List<Pod> candidates = new ArrayList<>();
        for (List<Pod> pods : byNode.values()) {
            Pod[] found = newAndOld(set, hash, pods);
            if (found == null || found[0] == null && found[1] == null || found[0] != null && found[1] != null) {
                unavailable++;
            } else if (found[0] != null) {
                if (!Pods.isAvailable(found[0], minReady, now)) {
                    unavailable++;
                }
            } else if (!Pods.isAvailable(found[1], minReady, now)) {
                replacements.add(found[1]);
            } else if (unavailable < maxUnavailable) {
                candidates.add(found[1]);
            }
        }
        int remaining = Math.min(Math.max(maxUnavailable - unavailable, 0), candidates.size());
        replacements.addAll(candidates.subList(0, remaining));
        return new Plan(replacements, List.of());
    }

    private static Plan withSurge(DaemonSet set, String hash, Map<String, List<Pod>> byNode,
            Map<String, Node> nodesByName, NodeEligibility eligibility, int maxSurge, int minReady, Instant now) {
        List<Pod> oldPodsToDelete = new ArrayList<>();
        List<Pod> shouldNotRun = new ArrayList<>();
        List<String> allowedNodes = new ArrayList<>();
        List<String> candidateNodes = new ArrayList<>();
        int surge = 0;
        for (Map.Entry<String, List<Pod>> entry : byNode.entrySet()) {
            Pod[] found = newAndOld(set, hash, entry.getValue());
            if (found == null || found[1] == null) {
                continue;
            }
            if (found[0] != null) {
                if (Pods.isAvailable(found[0], minReady, now)) {
                    oldPodsToDelete.add(found[1]);
                } else {
                    surge++;
                }
            } else if (!Pods.isAvailable(found[1], minReady, now)) {
                Node node = nodesByName.get(entry.getKey());
                if (node == null || !eligibility.check(node).shouldRun()) {
                    shouldNotRun.add(found[1]);
                } else {
                    allowedNodes.add(entry.getKey());
                }
            } else if (surge < maxSurge) {
                candidateNodes.add(entry.getKey());
            }
        }
        int remaining = Math.min(Math.max(maxSurge - surge, 0), candidateNodes.size());
        allowedNodes.addAll(candidateNodes.subList(0, remaining));
        oldPodsToDelete.addAll(shouldNotRun);
        return new Plan(oldPodsToDelete, allowedNodes);
    }

    /**
     * The node's one updated and one old pod ({@code [new, old]}, either may be {@code null}) among those not being
     * deleted, as upstream's {@code findUpdatedPodsOnNode}; {@code null} when there are two of a kind.
     */
    private static Pod[] newAndOld(DaemonSet set, String hash, List<Pod> pods) {
        Pod[] found = new Pod[2];
        for (Pod pod : pods) {
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            int slot = DaemonPods.isUpdated(set, pod, hash) ? 0 : 1;
            if (found[slot] != null) {
                return null;
            }
            found[slot] = pod;
        }
        return found;
    }

    private static int surgeCount(DaemonSet set, int desired) {
        RollingUpdateDaemonSet rolling = rolling(set);
        return rolling == null || rolling.getMaxSurge() == null ? 0 : scaled(rolling.getMaxSurge(), desired);
    }

    private static int unavailableCount(DaemonSet set, int desired) {
        RollingUpdateDaemonSet rolling = rolling(set);
        return rolling == null || rolling.getMaxUnavailable() == null
                ? 0
                : scaled(rolling.getMaxUnavailable(), desired);
    }

    private static RollingUpdateDaemonSet rolling(DaemonSet set) {
        DaemonSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return isRollingUpdate(set) && strategy != null ? strategy.getRollingUpdate() : null;
    }

    private static int scaled(IntOrString value, int total) {
        return (int) value.scaledValue(total, true);
    }
}
