package io.pilothouse.runtime.controllers.deployment;

import java.util.List;

import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.controllers.Pods;

/**
 * The Recreate strategy, as upstream's {@code recreate.go}: scale every old ReplicaSet to 0, wait until no old pod
 * runs, then create (or scale up) the new ReplicaSet.
 */
final class Recreate {

    /** The pods of one ReplicaSet, by its uid. */
    interface PodsOf {
        List<Pod> pods(ReplicaSet rs);
    }

    private Recreate() {}

    static void rollout(DeploymentSync sync, PodsOf podsOf) {
        sync.resolveReplicaSets(false);
        boolean scaledDown = false;
        for (ReplicaSet rs : ReplicaSets.active(sync.oldRSs)) {
            scaledDown |= sync.scaleAndRecordEvent(rs, 0);
        }
        if (scaledDown || oldPodsRunning(sync, podsOf)) {
            RolloutStatus.sync(sync);
            return;
        }
        if (sync.newRS == null) {
            sync.resolveReplicaSets(true);
        }
        sync.scaleAndRecordEvent(sync.newRS, DeploymentSpecs.replicas(sync.d));
        if (RolloutStatus.complete(sync.d, sync.d.getStatus())) {
            sync.cleanupDeployment();
        }
        RolloutStatus.sync(sync);
    }

    /** Whether an old ReplicaSet still reports pods, or has a pod that is not finished. */
    private static boolean oldPodsRunning(DeploymentSync sync, PodsOf podsOf) {
        if (ReplicaSets.actualReplicas(sync.oldRSs) > 0) {
            return true;
        }
        for (ReplicaSet rs : sync.oldRSs) {
            for (Pod pod : podsOf.pods(rs)) {
                String phase = Pods.phase(pod);
                if (!Pods.SUCCEEDED.equals(phase) && !Pods.FAILED.equals(phase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
