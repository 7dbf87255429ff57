package io.pilothouse.runtime.controllers.replicaset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.controllers.Pods;

/**
 * The order in which a ReplicaSet deletes surplus pods, as upstream's {@code ActivePodsWithRanks} with the
 * {@code PodDeletionCost} and {@code LogarithmicScaleDown} features on: unassigned before assigned, Pending before
 * Unknown before Running, not ready before ready, lower {@value #DELETION_COST} first, more related pods on the same
 * node first, ready for a shorter time first, more container restarts first, newer first. Times are compared on a
 * log2 scale of their age, ties broken by uid. Upstream's sort is not stable; here equal pods keep their input
 * order (by name).
 */
final class ActivePodsWithRanks {

    /** The annotation that makes a pod cheaper or dearer to delete. */
    static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";

    private static final Map<String, Integer> PHASE_ORDER = Map.of(Pods.PENDING, 0, Pods.UNKNOWN, 1, Pods.RUNNING, 2);

    private ActivePodsWithRanks() {}

    /**
     * The first {@code count} pods to delete.
     *
     * @param pods    the ReplicaSet's active pods
     * @param related the active and inactive pods of the ReplicaSets with the same controller, to rank by how many
     *                share a node
     */
    static List<Pod> podsToDelete(List<Pod> pods, List<Pod> related, int count, Instant now) {
        Map<String, Integer> podsOnNode = new HashMap<>();
        for (Pod pod : related) {
            if (Pods.isActive(pod)) {
                podsOnNode.merge(nodeName(pod), 1, Integer::sum);
            }
        }
        List<Ranked> ranked = new ArrayList<>(pods.size());
        for (Pod pod : pods) {
            ranked.add(Ranked.of(pod, podsOnNode.getOrDefault(nodeName(pod), 0)));
        }
        ranked.sort(order(now));
        return ranked.subList(0, Math.min(count, ranked.size())).stream().map(Ranked::pod).toList();
    }

    /** A pod with the keys it is ranked by, read once rather than at every comparison of the sort. */
    private record Ranked(Pod pod, boolean assigned, int phase, boolean ready, int deletionCost, int podsOnNode,
            Instant readySince, int restarts, Instant created) {

        static Ranked of(Pod pod, int podsOnNode) {
            boolean ready = Pods.isReady(pod);
            return new Ranked(pod, !nodeName(pod).isEmpty(), phaseOrder(pod), ready,
                    ActivePodsWithRanks.deletionCost(pod), podsOnNode, ready ? Pods.readySince(pod) : null,
                    Pods.maxContainerRestarts(pod), ActivePodsWithRanks.created(pod));
        }
    }

    private static Comparator<Ranked> order(Instant now) {
        return Comparator.comparing(Ranked::assigned)
                .thenComparingInt(Ranked::phase)
                .thenComparing(Ranked::ready)
                .thenComparingInt(Ranked::deletionCost)
                .thenComparing(Ranked::podsOnNode, Comparator.reverseOrder())
                .thenComparing((a, b) -> a.ready() && b.ready()
                        ? compareTimes(a.readySince(), b.readySince(), a.pod(), b.pod(), now)
                        : 0)
                .thenComparing(Ranked::restarts, Comparator.reverseOrder())
                .thenComparing((a, b) -> compareTimes(a.created(), b.created(), a.pod(), b.pod(), now));
    }

    /** Pending, then Unknown, then Running; any other phase counts as Pending. */
    private static int phaseOrder(Pod pod) {
        String phase = Pods.phase(pod);
        return phase == null ? 0 : PHASE_ORDER.getOrDefault(phase, 0);
    }

    /** Newer (or unknown) first; on a log2 scale of the age, then by uid. */
    private static int compareTimes(Instant a, Instant b, Pod podA, Pod podB, Instant now) {
        if (a == null || b == null) {
            return a == null && b == null ? 0 : a == null ? -1 : 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        long difference = logarithmicRank(a, now) - logarithmicRank(b, now);
        if (difference == 0) {
            return podA.getMetadata().getUid().compareTo(podB.getMetadata().getUid());
        }
        return difference < 0 ? -1 : 1;
    }

    private static long logarithmicRank(Instant time, Instant now) {
        long age = Duration.between(time, now).toNanos();
        return age > 0 ? 63 - Long.numberOfLeadingZeros(age) : -1;
    }

    private static Instant created(Pod pod) {
        Time created = pod.getMetadata().getCreationTimestamp();
        return created == null ? null : created.toInstant();
    }

    private static int deletionCost(Pod pod) {
        String cost = pod.getMetadata().getAnnotations().get(DELETION_COST);
        if (cost == null) {
            return 0;
        }
        try {
            return Integer.parseInt(cost);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String nodeName(Pod pod) {
        String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
        return node == null ? "" : node;
    }
}
