package io.pilothouse.runtime.controllers.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;

/**
 * Scaling a Deployment whose replicas changed, as upstream's {@code scale} in {@code sync.go}: a single active (or
 * else the newest) ReplicaSet takes the whole count; a saturated new ReplicaSet empties the old ones; during a
 * rolling update the change is spread over the active ReplicaSets in proportion to their share of the
 * {@code max-replicas} they were sized for, the leftover going to the largest.
 */
final class ProportionalScaler {

    private ProportionalScaler() {}

    static void scale(DeploymentSync sync) {
        Deployment d = sync.d;
        int replicas = DeploymentSpecs.replicas(d);
        ReplicaSet activeOrLatest = activeOrLatest(sync);
        if (activeOrLatest != null) {
            if (ReplicaSets.replicas(activeOrLatest) != replicas) {
                sync.scaleAndRecordEvent(activeOrLatest, replicas);
            }
            return;
        }
        if (ReplicaSets.isSaturated(d, sync.newRS)) {
            for (ReplicaSet old : ReplicaSets.active(sync.oldRSs)) {
                sync.scaleAndRecordEvent(old, 0);
            }
            return;
        }
        if (!DeploymentSpecs.isRollingUpdate(d)) {
            return;
        }
        List<ReplicaSet> active = ReplicaSets.active(sync.allRSs());
        int allowed = replicas > 0 ? replicas + DeploymentSpecs.maxSurge(d) : 0;
        int toAdd = allowed - ReplicaSets.specReplicas(active);
        String operation = "";
        if (toAdd > 0) {
            active.sort(ReplicaSets.BY_SIZE_NEWER);
            operation = "up";
        } else if (toAdd < 0) {
            active.sort(ReplicaSets.BY_SIZE_OLDER);
            operation = "down";
        }
        Map<ReplicaSet, Integer> sizes = new LinkedHashMap<>();
        int added = 0;
        for (ReplicaSet rs : active) {
            int proportion = toAdd == 0 ? 0 : proportion(d, rs, toAdd, added);
            sizes.put(rs, ReplicaSets.replicas(rs) + proportion);
            added += proportion;
        }
        boolean first = true;
        for (Map.Entry<ReplicaSet, Integer> entry : new ArrayList<>(sizes.entrySet())) {
            int size = entry.getValue();
            if (first && toAdd != 0) {
                size = Math.max(0, size + toAdd - added);
            }
            first = false;
            sync.scale(entry.getKey(), size, operation);
        }
    }

    /** Upstream's {@code FindActiveOrLatest}: the only active ReplicaSet, or the newest when none is active. */
    private static ReplicaSet activeOrLatest(DeploymentSync sync) {
        if (sync.newRS == null && sync.oldRSs.isEmpty()) {
            return null;
        }
        List<ReplicaSet> active = ReplicaSets.active(sync.allRSs());
        if (active.size() == 1) {
            return active.get(0);
        }
        if (!active.isEmpty()) {
            return null;
        }
        if (sync.newRS != null) {
            return sync.newRS;
        }
        return sync.oldRSs.stream().max(ReplicaSets.BY_CREATION).orElseThrow();
    }

    /** Upstream's {@code GetProportion}: the ReplicaSet's share, bounded by what is left to add or remove. */
    static int proportion(Deployment d, ReplicaSet rs, int toAdd, int added) {
        if (ReplicaSets.replicas(rs) == 0 || toAdd == 0 || toAdd == added) {
            return 0;
        }
        int fraction = fraction(d, rs);
        int allowed = toAdd - added;
        return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
    }

    /** The change that keeps the ReplicaSet's share of the Deployment's maximum size. */
    private static int fraction(Deployment d, ReplicaSet rs) {
        int replicas = DeploymentSpecs.replicas(d);
        int size = ReplicaSets.replicas(rs);
        if (replicas == 0) {
            return -size;
        }
        int maxReplicas = replicas + DeploymentSpecs.maxSurge(d);
        Integer before = Annotations.maxReplicas(rs);
        int annotated = before == null || before == 0 ? RolloutStatus.intValue(d.getStatus().getReplicas()) : before;
        if (annotated == 0) {
            return 0;
        }
        double newSize = (double) (size * maxReplicas) / annotated;
        return (int) Math.round(newSize) - size;
    }
}
