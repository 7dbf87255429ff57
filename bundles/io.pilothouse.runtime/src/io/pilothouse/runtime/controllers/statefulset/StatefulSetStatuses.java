package io.pilothouse.runtime.controllers.statefulset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetStatus;
import io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.controllers.Pods;

/**
 * A StatefulSet's status as upstream's {@code computeReplicaStatus} and {@code completeRollingUpdate}: every pod
 * counts in {@code replicas}, running and ready ones in {@code readyReplicas}, those ready for
 * {@code minReadySeconds} in {@code availableReplicas}; pods not being deleted count in {@code currentReplicas} or
 * {@code updatedReplicas} by their revision label. A rolling update is complete when every pod is updated and
 * ready; the update revision then becomes the current one. Counts of zero are left unset, as upstream's omitempty.
 */
final class StatefulSetStatuses {

    private StatefulSetStatuses() {}

    static StatefulSetStatus calculate(StatefulSet set, List<Pod> pods, StatefulSetRevisions.Revisions revisions,
            Instant now) {
        int replicas = 0;
        int ready = 0;
        int available = 0;
        int current = 0;
        int updated = 0;
        int minReadySeconds = minReadySeconds(set);
        for (Pod pod : pods) {
            replicas++;
            if (Pods.RUNNING.equals(Pods.phase(pod)) && Pods.isReady(pod)) {
                ready++;
                if (Pods.isAvailable(pod, minReadySeconds, now)) {
                    available++;
                }
            }
            if (pod.getMetadata().getDeletionTimestamp() == null) {
                String revision = StatefulPods.revisionOf(pod);
                if (revisions.current().equals(revision)) {
                    current++;
                }
                if (revisions.update().equals(revision)) {
                    updated++;
                }
            }
        }
        String currentRevision = revisions.current();
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        boolean rolling = strategy == null || !"OnDelete".equals(strategy.getType());
        if (rolling && updated == replicas && ready == replicas) {
            currentRevision = revisions.update();
            current = updated;
        }
        StatefulSetStatus status = AppsV1Factory.eINSTANCE.createStatefulSetStatus();
        status.setObservedGeneration(set.getMetadata().getGeneration());
        status.setReplicas(replicas);
        status.setReadyReplicas(positive(ready));
        status.setAvailableReplicas(positive(available));
        status.setCurrentReplicas(positive(current));
        status.setUpdatedReplicas(positive(updated));
        status.setCurrentRevision(currentRevision);
        status.setUpdateRevision(revisions.update());
        status.setCollisionCount(revisions.collisionCount());
        return status;
    }

    /** When a ready pod becomes available, so the status is written again then; {@code null} for none. */
    static Duration nextAvailabilityCheck(StatefulSet set, List<Pod> pods, Instant now) {
        int minReadySeconds = minReadySeconds(set);
        Duration next = null;
        for (Pod pod : pods) {
            Instant since = Pods.readySince(pod);
            if (minReadySeconds > 0 && since != null && !Pods.isAvailable(pod, minReadySeconds, now)) {
                Duration wait = Duration.between(now, since.plusSeconds(minReadySeconds)).plusSeconds(1);
                next = next == null || wait.compareTo(next) < 0 ? wait : next;
            }
        }
        return next;
    }

    private static int minReadySeconds(StatefulSet set) {
        Integer value = set.getSpec().getMinReadySeconds();
        return value == null ? 0 : value;
    }

    private static Integer positive(int count) {
        return count == 0 ? null : count;
    }
}
