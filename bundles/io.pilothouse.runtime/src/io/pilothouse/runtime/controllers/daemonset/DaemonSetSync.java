package io.pilothouse.runtime.controllers.daemonset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Pods;

/**
 * One pass of upstream's {@code manage} and {@code syncNodes} over a DaemonSet: a node that should run the set's
 * pod and has none gets one; on a node where a pod may continue, failed pods are deleted (with backoff per node)
 * and so are succeeded ones, and of several running pods the oldest stays (with {@code maxSurge}, an old and a new
 * pod stay while the new one is not yet available); pods on nodes that no longer qualify, and unscheduled pods
 * pinned to nodes that are gone, are deleted. At most {@value #BURST_REPLICAS} pods are created and deleted per
 * pass, creations in slow-start batches of 1, 2, 4, ... that stop at the first failure.
 */
final class DaemonSetSync {

    static final int BURST_REPLICAS = 250;

    private final ObjectStore store;
    private final EventRecorder events;
    private final DaemonSet set;
    private final String hash;
    private final FailedPodBackoff backoff;
    private final Consumer<Duration> requeueAfter;
    private final Instant now;

    DaemonSetSync(ObjectStore store, EventRecorder events, DaemonSet set, String hash, FailedPodBackoff backoff,
            Consumer<Duration> requeueAfter) {
        this.store = store;
        this.events = events;
        this.set = set;
        this.hash = hash;
        this.backoff = backoff;
        this.requeueAfter = requeueAfter;
        this.now = store.clock().now();
    }

    /**
     * Creates and deletes pods so that each eligible node has one.
     *
     * @return whether any pod was created or deleted (the rolling update then waits for the next pass, as
     *         upstream waits for its expectations)
     */
    boolean manage(List<Node> nodes, NodeEligibility eligibility, Map<String, List<Pod>> byNode) {
        List<String> nodesNeedingPods = new ArrayList<>();
        List<Pod> podsToDelete = new ArrayList<>();
        Set<String> existing = new TreeSet<>();
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            existing.add(name);
            NodeEligibility.Placement placement = eligibility.check(node);
            List<Pod> pods = byNode.get(name);
            if (placement.shouldRun() && pods == null) {
                nodesNeedingPods.add(name);
            } else if (placement.shouldContinueRunning() && pods != null) {
                podsToDelete.addAll(excessPods(name, pods));
            } else if (!placement.shouldContinueRunning() && pods != null) {
                pods.stream().filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                        .forEach(podsToDelete::add);
            }
        }
        for (Map.Entry<String, List<Pod>> entry : byNode.entrySet()) {
            if (!existing.contains(entry.getKey())) {
                entry.getValue().stream().filter(pod -> isEmpty(pod.getSpec().getNodeName()))
                        .forEach(podsToDelete::add);
            }
        }
        syncNodes(podsToDelete, nodesNeedingPods);
        return !podsToDelete.isEmpty() || !nodesNeedingPods.isEmpty();
    }

    private List<Pod> excessPods(String nodeName, List<Pod> pods) {
        List<Pod> excess = new ArrayList<>();
        List<Pod> running = new ArrayList<>();
        for (Pod pod : pods) {
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            String phase = Pods.phase(pod);
            if (Pods.FAILED.equals(phase)) {
                String key = FailedPodBackoff.key(set.getMetadata().getUid(), nodeName);
                if (backoff.inBackoff(key, now)) {
                    requeueAfter.accept(backoff.delay(key));
                    continue;
                }
                backoff.next(key, now);
                events.record(set, EventRecorder.WARNING, "FailedDaemonPod", "Found failed daemon pod "
                        + pod.getMetadata().getNamespace() + '/' + pod.getMetadata().getName() + " on node "
                        + nodeName + ", will try to kill it");
                excess.add(pod);
            } else if (Pods.SUCCEEDED.equals(phase)) {
                excess.add(pod);
            } else {
                running.add(pod);
            }
        }
        if (running.size() <= 1) {
            return excess;
        }
        running.sort(DaemonPods.OLDEST_FIRST);
        if (!DaemonSetUpdates.allowsSurge(set)) {
            excess.addAll(running.subList(1, running.size()));
            return excess;
        }
        Pod oldestNew = null;
        Pod oldestOld = null;
        for (Pod pod : running) {
            boolean updated = DaemonPods.isUpdated(set, pod, hash);
            if (updated && oldestNew == null) {
                oldestNew = pod;
            } else if (!updated && oldestOld == null) {
                oldestOld = pod;
            } else {
                excess.add(pod);
            }
        }
        if (oldestNew != null && oldestOld != null && (!Pods.isReady(oldestOld)
                || Pods.isAvailable(oldestNew, DaemonSetUpdates.minReadySeconds(set), now))) {
            excess.add(oldestOld);
        }
        return excess;
    }

    /** Deletes the pods and creates pods pinned to the nodes, up to the burst limit of each. */
    void syncNodes(List<Pod> podsToDelete, List<String> nodesNeedingPods) {
        int createDiff = Math.min(nodesNeedingPods.size(), BURST_REPLICAS);
        ApiException failure = null;
        int position = 0;
        for (int batch = Math.min(createDiff, 1); batch > 0
                && failure == null; position += batch, batch = Math.min(2 * batch, createDiff - position)) {
            for (String nodeName : nodesNeedingPods.subList(position, position + batch)) {
                try {
                    createPod(nodeName);
                } catch (ApiException e) {
                    failure = failure == null ? e : failure;
                }
            }
        }
        for (Pod pod : podsToDelete.subList(0, Math.min(podsToDelete.size(), BURST_REPLICAS))) {
            try {
                deletePod(pod);
            } catch (ApiException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void createPod(String nodeName) {
        Pod created;
        try {
            created = store.create(DaemonPods.newPod(set, hash, nodeName));
        } catch (ApiException e) {
            events.record(set, EventRecorder.WARNING, "FailedCreate", "Error creating: " + e.getMessage());
            throw e;
        }
        events.record(set, EventRecorder.NORMAL, "SuccessfulCreate",
                "Created pod: " + created.getMetadata().getName());
    }

    private void deletePod(Pod pod) {
        String name = pod.getMetadata().getName();
        try {
            store.delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(), name);
        } catch (ApiException e) {
            if (e.code() == 404) {
                return;
            }
            events.record(set, EventRecorder.WARNING, "FailedDelete", "Error deleting: " + e.getMessage());
            throw e;
        }
        events.record(set, EventRecorder.NORMAL, "SuccessfulDelete", "Deleted pod: " + name);
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
