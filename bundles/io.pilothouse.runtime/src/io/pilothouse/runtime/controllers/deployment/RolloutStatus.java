package io.pilothouse.runtime.controllers.deployment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentCondition;
import io.pilothouse.model.k8s.apps.v1.DeploymentStatus;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;

/**
 * A Deployment's status, as upstream's {@code calculateStatus} and {@code syncRolloutStatus}: counts from the
 * ReplicaSets, the Available condition, and the Progressing condition with its deadline in virtual time.
 */
final class RolloutStatus {

    private RolloutStatus() {}

    /** Counts, the collision count, and the Available condition; the other conditions are kept. */
    static DeploymentStatus calculate(DeploymentSync sync) {
        Deployment d = sync.d;
        List<ReplicaSet> all = sync.allRSs();
        int available = ReplicaSets.availableReplicas(all);
        int unavailable = Math.max(0, ReplicaSets.specReplicas(all) - available);
        DeploymentStatus status = AppsV1Factory.eINSTANCE.createDeploymentStatus();
        status.setObservedGeneration(d.getMetadata().getGeneration());
        status.setReplicas(orNull(ReplicaSets.actualReplicas(all)));
        status.setUpdatedReplicas(orNull(sync.newRS == null ? 0 : ReplicaSets.statusReplicas(sync.newRS)));
        int ready = 0;
        Integer terminating = null;
        for (ReplicaSet rs : all) {
            ready += ReplicaSets.readyReplicas(rs);
            if (rs.getStatus() != null && rs.getStatus().getTerminatingReplicas() != null) {
                terminating = (terminating == null ? 0 : terminating) + rs.getStatus().getTerminatingReplicas();
            }
        }
        status.setReadyReplicas(orNull(ready));
        status.setAvailableReplicas(orNull(available));
        status.setUnavailableReplicas(orNull(unavailable));
        status.setTerminatingReplicas(terminating);
        status.setCollisionCount(d.getStatus().getCollisionCount());
        for (DeploymentCondition condition : d.getStatus().getConditions()) {
            status.getConditions().add(EcoreUtil.copy(condition));
        }
        int replicas = DeploymentSpecs.replicas(d);
        if (available >= replicas - DeploymentSpecs.maxUnavailable(d)) {
            DeploymentConditions.set(status, DeploymentConditions.create(DeploymentConditions.AVAILABLE, "True",
                    DeploymentConditions.MINIMUM_AVAILABLE, "Deployment has minimum availability.", sync.now));
        } else {
            DeploymentConditions.set(status, DeploymentConditions.create(DeploymentConditions.AVAILABLE, "False",
                    DeploymentConditions.MINIMUM_UNAVAILABLE, "Deployment does not have minimum availability.",
                    sync.now));
        }
        return status;
    }

    /** Writes the status with the Progressing and ReplicaFailure conditions; requeues a rollout to check on. */
    static void sync(DeploymentSync sync) {
        Deployment d = sync.d;
        DeploymentStatus status = calculate(sync);
        boolean deadline = DeploymentSpecs.hasProgressDeadline(d);
        if (!deadline) {
            DeploymentConditions.remove(status, DeploymentConditions.PROGRESSING);
        }
        DeploymentCondition current = sync.condition(DeploymentConditions.PROGRESSING);
        boolean complete = intValue(status.getReplicas()) == intValue(status.getUpdatedReplicas())
                && current != null && DeploymentConditions.NEW_RS_AVAILABLE.equals(current.getReason());
        if (deadline && !complete) {
            progress(sync, status, current);
        }
        List<DeploymentCondition> failures = replicaFailures(sync);
        if (failures.isEmpty()) {
            DeploymentConditions.remove(status, DeploymentConditions.REPLICA_FAILURE);
        } else {
            DeploymentConditions.set(status, failures.get(0));
        }
        if (EcoreUtil.equals(d.getStatus(), status)) {
            requeueStuck(sync, status);
            return;
        }
        d.setStatus(status);
        sync.writeStatus();
    }

    private static void progress(DeploymentSync sync, DeploymentStatus status, DeploymentCondition current) {
        Deployment d = sync.d;
        String subject = sync.newRS == null
                ? "Deployment \"" + d.getMetadata().getName() + "\""
                : "ReplicaSet \"" + sync.newRS.getMetadata().getName() + "\"";
        if (complete(d, status)) {
            DeploymentConditions.set(status, DeploymentConditions.create(DeploymentConditions.PROGRESSING, "True",
                    DeploymentConditions.NEW_RS_AVAILABLE, subject + " has successfully progressed.", sync.now));
        } else if (progressing(d, status)) {
            DeploymentCondition condition = DeploymentConditions.create(DeploymentConditions.PROGRESSING, "True",
                    DeploymentConditions.RS_UPDATED, subject + " is progressing.", sync.now);
            if (current != null) {
                if ("True".equals(current.getStatus())) {
                    condition.setLastTransitionTime(current.getLastTransitionTime());
                }
                DeploymentConditions.remove(status, DeploymentConditions.PROGRESSING);
            }
            DeploymentConditions.set(status, condition);
        } else if (timedOut(d, status, sync.now)) {
            DeploymentConditions.set(status, DeploymentConditions.create(DeploymentConditions.PROGRESSING, "False",
                    DeploymentConditions.TIMED_OUT, subject + " has timed out progressing.", sync.now));
        }
    }

    /** Every replica updated and available, and the latest generation observed. */
    static boolean complete(Deployment d, DeploymentStatus status) {
        int replicas = DeploymentSpecs.replicas(d);
        return intValue(status.getUpdatedReplicas()) == replicas && intValue(status.getReplicas()) == replicas
                && intValue(status.getAvailableReplicas()) == replicas
                && longValue(status.getObservedGeneration()) >= d.getMetadata().getGeneration();
    }

    private static boolean progressing(Deployment d, DeploymentStatus status) {
        DeploymentStatus old = d.getStatus();
        int oldOld = intValue(old.getReplicas()) - intValue(old.getUpdatedReplicas());
        int newOld = intValue(status.getReplicas()) - intValue(status.getUpdatedReplicas());
        return intValue(status.getUpdatedReplicas()) > intValue(old.getUpdatedReplicas()) || newOld < oldOld
                || intValue(status.getReadyReplicas()) > intValue(old.getReadyReplicas())
                || intValue(status.getAvailableReplicas()) > intValue(old.getAvailableReplicas());
    }

    private static boolean timedOut(Deployment d, DeploymentStatus status, Instant now) {
        DeploymentCondition condition = DeploymentConditions.get(status, DeploymentConditions.PROGRESSING);
        if (condition == null || DeploymentConditions.NEW_RS_AVAILABLE.equals(condition.getReason())) {
            return false;
        }
        if (DeploymentConditions.TIMED_OUT.equals(condition.getReason())) {
            return true;
        }
        return deadlineOf(d, condition).isBefore(now);
    }

    /** Upstream's {@code requeueStuckDeployment}: a second after the deadline, or soon when it is that close. */
    private static void requeueStuck(DeploymentSync sync, DeploymentStatus status) {
        Deployment d = sync.d;
        DeploymentCondition current = sync.condition(DeploymentConditions.PROGRESSING);
        if (!DeploymentSpecs.hasProgressDeadline(d) || current == null || complete(d, status)
                || DeploymentConditions.TIMED_OUT.equals(current.getReason())) {
            return;
        }
        Duration after = Duration.between(sync.now, deadlineOf(d, current));
        if (after.compareTo(Duration.ofSeconds(1)) < 0) {
            sync.requeue.rateLimited();
        } else {
            sync.requeue.after(after.plusSeconds(1));
        }
    }

    private static Instant deadlineOf(Deployment d, DeploymentCondition condition) {
        return condition.getLastUpdateTime().toInstant().plusSeconds(DeploymentSpecs.progressDeadlineSeconds(d));
    }

    /** The ReplicaFailure conditions of the new ReplicaSet, else of the others. */
    private static List<DeploymentCondition> replicaFailures(DeploymentSync sync) {
        List<DeploymentCondition> fromNew = sync.newRS == null ? List.of() : failures(List.of(sync.newRS));
        return fromNew.isEmpty() ? failures(sync.allRSs()) : fromNew;
    }

    private static List<DeploymentCondition> failures(List<ReplicaSet> sets) {
        return sets.stream().filter(rs -> rs.getStatus() != null)
                .flatMap(rs -> rs.getStatus().getConditions().stream())
                .filter(condition -> DeploymentConditions.REPLICA_FAILURE.equals(condition.getType()))
                .map(DeploymentConditions::fromReplicaSet).toList();
    }

    private static Integer orNull(int count) {
        return count == 0 ? null : count;
    }

    static int intValue(Integer value) {
        return value == null ? 0 : value;
    }

    private static long longValue(Long value) {
        return value == null ? 0 : value;
    }
}
