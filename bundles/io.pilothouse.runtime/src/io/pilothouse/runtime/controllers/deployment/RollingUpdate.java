package io.pilothouse.runtime.controllers.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;

/**
 * The RollingUpdate strategy, as upstream's {@code rolling.go}: scale the new ReplicaSet up within maxSurge, else
 * scale old ReplicaSets down within maxUnavailable (unhealthy replicas first), else clean up old revisions.
 */
final class RollingUpdate {

    private RollingUpdate() {}

    static void rollout(DeploymentSync sync) {
        sync.resolveReplicaSets(true);
        if (reconcileNewReplicaSet(sync) || reconcileOldReplicaSets(sync)) {
            RolloutStatus.sync(sync);
            return;
        }
        if (RolloutStatus.complete(sync.d, sync.d.getStatus())) {
            sync.cleanupDeployment();
        }
        RolloutStatus.sync(sync);
    }

    /** The new ReplicaSet's size within the surge ({@code NewRSNewReplicas}); Recreate wants every replica. */
    static int newRSNewReplicas(Deployment d, List<ReplicaSet> all, ReplicaSet newRS) {
        int replicas = DeploymentSpecs.replicas(d);
        if (!DeploymentSpecs.isRollingUpdate(d)) {
            return replicas;
        }
        int current = ReplicaSets.specReplicas(all);
        int maxTotal = replicas + DeploymentSpecs.maxSurge(d);
        if (current >= maxTotal) {
            return ReplicaSets.replicas(newRS);
        }
        int scaleUp = Math.min(maxTotal - current, replicas - ReplicaSets.replicas(newRS));
        return ReplicaSets.replicas(newRS) + scaleUp;
    }

    private static boolean reconcileNewReplicaSet(DeploymentSync sync) {
        int replicas = DeploymentSpecs.replicas(sync.d);
        int current = ReplicaSets.replicas(sync.newRS);
        if (current == replicas) {
            return false;
        }
        if (current > replicas) {
            return sync.scaleAndRecordEvent(sync.newRS, replicas);
        }
        return sync.scaleAndRecordEvent(sync.newRS, newRSNewReplicas(sync.d, sync.allRSs(), sync.newRS));
    }

    private static boolean reconcileOldReplicaSets(DeploymentSync sync) {
        List<ReplicaSet> old = ReplicaSets.active(sync.oldRSs);
        if (ReplicaSets.specReplicas(old) == 0) {
            return false;
        }
        Deployment d = sync.d;
        int allPods = ReplicaSets.specReplicas(sync.allRSs());
        int minAvailable = DeploymentSpecs.replicas(d) - DeploymentSpecs.maxUnavailable(d);
        int newUnavailable = ReplicaSets.replicas(sync.newRS) - ReplicaSets.availableReplicas(sync.newRS);
        int maxScaledDown = allPods - minAvailable - newUnavailable;
        if (maxScaledDown <= 0) {
            return false;
        }
        int cleanedUp = cleanupUnhealthyReplicas(sync, old, maxScaledDown);
        Set<String> names = old.stream().map(rs -> rs.getMetadata().getName()).collect(Collectors.toSet());
        List<ReplicaSet> cleaned = sync.oldRSs.stream().filter(rs -> names.contains(rs.getMetadata().getName()))
                .toList();
        int scaledDown = scaleDownOldReplicaSets(sync, cleaned);
        return cleanedUp + scaledDown > 0;
    }

    /** Scales old ReplicaSets down by their unavailable replicas, oldest first, at most {@code maxCleanup}. */
    private static int cleanupUnhealthyReplicas(DeploymentSync sync, List<ReplicaSet> old, int maxCleanup) {
        List<ReplicaSet> sorted = new ArrayList<>(old);
        sorted.sort(ReplicaSets.BY_CREATION);
        int total = 0;
        for (ReplicaSet rs : sorted) {
            if (total >= maxCleanup) {
                break;
            }
            int replicas = ReplicaSets.replicas(rs);
            int available = ReplicaSets.availableReplicas(rs);
            if (replicas == 0 || replicas == available) {
                continue;
            }
            int count = Math.min(maxCleanup - total, replicas - available);
            sync.scaleAndRecordEvent(rs, replicas - count);
            total += count;
        }
        return total;
    }

    /**
     * Scales the given old ReplicaSets down, oldest first, as far as the availability of them and the new one stays
     * above the minimum.
     */
    private static int scaleDownOldReplicaSets(DeploymentSync sync, List<ReplicaSet> old) {
        Deployment d = sync.d;
        int minAvailable = DeploymentSpecs.replicas(d) - DeploymentSpecs.maxUnavailable(d);
        int available = ReplicaSets.availableReplicas(old) + ReplicaSets.availableReplicas(sync.newRS);
        if (available <= minAvailable) {
            return 0;
        }
        List<ReplicaSet> sorted = new ArrayList<>(old);
        sorted.sort(ReplicaSets.BY_CREATION);
        int target = available - minAvailable;
        int total = 0;
        for (ReplicaSet rs : sorted) {
            if (total >= target) {
                break;
            }
            int replicas = ReplicaSets.replicas(rs);
            int count = Math.min(replicas, target - total);
            sync.scaleAndRecordEvent(rs, replicas - count);
            total += count;
        }
        return total;
    }
}
