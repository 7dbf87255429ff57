package io.pilothouse.runtime.controllers.replicaset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition;
import io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.Pods;

/** The status a ReplicaSet reports, as upstream's {@code calculateStatus} in {@code replica_set_utils.go}. */
final class ReplicaSetStatuses {

    /** The condition type of failed pod creations or deletions. */
    static final String REPLICA_FAILURE = "ReplicaFailure";

    /** Upstream requeues just after a pod becomes available; virtual time needs only the smallest step. */
    private static final Duration AFTER = Duration.ofNanos(1);

    private ReplicaSetStatuses() {}

    /**
     * The new status: counts of the active pods, the {@code ReplicaFailure} condition while managing replicas fails,
     * {@code observedGeneration} the current generation.
     *
     * @param pods        the claimed active pods, as they were before this sync created or deleted any
     * @param terminating how many of the ReplicaSet's pods are being deleted
     */
    static ReplicaSetStatus calculate(ReplicaSet rs, List<Pod> pods, int terminating, ApiException error,
            Instant now) {
        ReplicaSetStatus status = rs.getStatus() == null
                ? AppsV1Factory.eINSTANCE.createReplicaSetStatus()
                : EcoreUtil.copy(rs.getStatus());
        Map<String, String> templateLabels = rs.getSpec().getTemplate().getMetadata() == null
                ? Map.of()
                : rs.getSpec().getTemplate().getMetadata().getLabels().map();
        int minReadySeconds = minReadySeconds(rs);
        int fullyLabeled = 0;
        int ready = 0;
        int available = 0;
        for (Pod pod : pods) {
            if (hasLabels(LabelSelectors.labels(pod.getMetadata()), templateLabels)) {
                fullyLabeled++;
            }
            if (Pods.isReady(pod)) {
                ready++;
                if (minReadySeconds == 0 || Pods.isAvailable(pod, minReadySeconds, now)) {
                    available++;
                }
            }
        }
        ReplicaSetCondition failure = condition(status, REPLICA_FAILURE);
        if (error != null && failure == null) {
            int diff = pods.size() - replicas(rs);
            String reason = diff < 0 ? "FailedCreate" : diff > 0 ? "FailedDelete" : "";
            setCondition(status, REPLICA_FAILURE, reason, error.getMessage(), now);
        } else if (error == null && failure != null) {
            status.getConditions().remove(failure);
        }
        status.setReplicas(pods.size());
        status.setFullyLabeledReplicas(orNull(fullyLabeled));
        status.setReadyReplicas(orNull(ready));
        status.setAvailableReplicas(orNull(available));
        status.setTerminatingReplicas(terminating);
        status.setObservedGeneration(rs.getMetadata().getGeneration());
        return status;
    }

    /** How long until the next ready pod passes {@code minReadySeconds}, if one is ready but not yet available. */
    static Optional<Duration> nextAvailabilityCheck(ReplicaSet rs, List<Pod> pods, Instant now) {
        int minReadySeconds = minReadySeconds(rs);
        if (minReadySeconds == 0) {
            return Optional.empty();
        }
        Duration next = null;
        for (Pod pod : pods) {
            Instant since = Pods.readySince(pod);
            if (since != null && !Pods.isAvailable(pod, minReadySeconds, now)) {
                Duration wait = Duration.between(now, since.plusSeconds(minReadySeconds)).plus(AFTER);
                next = next == null || wait.compareTo(next) < 0 ? wait : next;
            }
        }
        return Optional.ofNullable(next);
    }

    static int replicas(ReplicaSet rs) {
        Integer replicas = rs.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    static int minReadySeconds(ReplicaSet rs) {
        Integer seconds = rs.getSpec().getMinReadySeconds();
        return seconds == null ? 0 : seconds;
    }

    private static ReplicaSetCondition condition(ReplicaSetStatus status, String type) {
        for (ReplicaSetCondition condition : status.getConditions()) {
            if (type.equals(condition.getType())) {
                return condition;
            }
        }
        return null;
    }

    private static void setCondition(ReplicaSetStatus status, String type, String reason, String message,
            Instant now) {
        ReplicaSetCondition condition = AppsV1Factory.eINSTANCE.createReplicaSetCondition();
        condition.setType(type);
        condition.setStatus("True");
        condition.setReason(reason);
        condition.setMessage(message);
        condition.setLastTransitionTime(Time.of(now));
        status.getConditions().add(condition);
    }

    private static boolean hasLabels(Map<String, String> labels, Map<String, String> wanted) {
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Integer orNull(int count) {
        return count == 0 ? null : count;
    }
}
