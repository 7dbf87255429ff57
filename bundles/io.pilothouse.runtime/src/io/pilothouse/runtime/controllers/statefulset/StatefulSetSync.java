package io.pilothouse.runtime.controllers.statefulset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.Pods;

/**
 * One pass of upstream's {@code defaultStatefulSetControl.updateStatefulSet} over a set's claimed pods: the pods
 * with ordinals in {@code [start, start + replicas)} fill the replica slots, the others are condemned. Missing
 * replicas are created (with their claims), failed or succeeded ones deleted to be recreated; condemned pods are
 * deleted from the highest ordinal; then a {@code RollingUpdate} deletes outdated pods from the highest ordinal
 * down to the partition, at most {@code maxUnavailable} unavailable at once. With {@code OrderedReady} (monotonic)
 * each step waits until the pods before it are running and available, and does one thing per pass.
 */
final class StatefulSetSync {

    private static final String PARALLEL = "Parallel";
    private static final String ON_DELETE = "OnDelete";

    private final ObjectStore store;
    private final EventRecorder events;
    private final Informer<PersistentVolumeClaim> claims;
    private final StatefulSet set;
    private final StatefulSetRevisions.Revisions revisions;
    private final boolean monotonic;
    private final int minReadySeconds;
    private final Instant now;

    StatefulSetSync(ObjectStore store, EventRecorder events, Informer<PersistentVolumeClaim> claims, StatefulSet set,
            StatefulSetRevisions.Revisions revisions) {
        this.store = store;
        this.events = events;
        this.claims = claims;
        this.set = set;
        this.revisions = revisions;
        this.monotonic = !PARALLEL.equals(set.getSpec().getPodManagementPolicy());
        Integer minReady = set.getSpec().getMinReadySeconds();
        this.minReadySeconds = minReady == null ? 0 : minReady;
        this.now = store.clock().now();
    }

    void run(List<Pod> owned) {
        int start = StatefulPods.startOrdinal(set);
        Pod[] slots = new Pod[StatefulPods.replicas(set)];
        List<Pod> condemned = new ArrayList<>();
        for (Pod pod : owned) {
            int ordinal = StatefulPods.ordinalOf(set, pod);
            if (ordinal >= start && ordinal < start + slots.length) {
                slots[ordinal - start] = pod;
            } else {
                condemned.add(pod);
            }
        }
        condemned.sort(Comparator.comparingInt((Pod pod) -> StatefulPods.ordinalOf(set, pod)).reversed());
        for (int i = 0; i < slots.length; i++) {
            if (!processReplica(slots[i], start + i) && monotonic) {
                return;
            }
        }
        for (Pod pod : condemned) {
            updateClaimOwners(pod, true);
        }
        if (!processCondemned(slots, condemned) || isOnDelete()) {
            return;
        }
        rollingUpdate(slots, start);
    }

    /** @return whether the next replica may be processed in this pass */
    private boolean processReplica(Pod pod, int ordinal) {
        if (pod == null) {
            createPod(ordinal);
            return false;
        }
        String phase = Pods.phase(pod);
        if ((Pods.FAILED.equals(phase) || Pods.SUCCEEDED.equals(phase))
                && pod.getMetadata().getDeletionTimestamp() == null) {
            deletePod(pod);
            return false;
        }
        if (pod.getMetadata().getDeletionTimestamp() == null) {
            createMissingClaims(ordinal);
            updateClaimOwners(pod, false);
        }
        return isHealthy(pod);
    }

    /** @return whether the pass may go on to the rolling update */
    private boolean processCondemned(Pod[] slots, List<Pod> condemned) {
        Pod firstUnhealthy = firstUnhealthy(slots, condemned);
        for (Pod pod : condemned) {
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                if (monotonic) {
                    return false;
                }
                continue;
            }
            if (monotonic && !isHealthy(pod) && pod != firstUnhealthy) {
                return false;
            }
            deletePod(pod);
            if (monotonic) {
                return false;
            }
        }
        return true;
    }

    private Pod firstUnhealthy(Pod[] slots, List<Pod> condemned) {
        for (Pod pod : slots) {
            if (pod != null && !isHealthy(pod)) {
                return pod;
            }
        }
        return condemned.stream().filter(pod -> !isHealthy(pod)).findFirst().orElse(null);
    }

    private void rollingUpdate(Pod[] slots, int start) {
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        RollingUpdateStatefulSetStrategy rolling = strategy == null ? null : strategy.getRollingUpdate();
        int partition = rolling == null || rolling.getPartition() == null ? 0 : rolling.getPartition();
        int maxUnavailable = rolling == null || rolling.getMaxUnavailable() == null
                ? 1
                : (int) Math.max(1, rolling.getMaxUnavailable().scaledValue(slots.length, true));
        int unavailable = 0;
        for (int i = slots.length - 1; i >= partition; i--) {
            if (slots[i] == null || !isHealthy(slots[i])) {
                unavailable++;
            }
        }
        for (int i = slots.length - 1; i >= partition && unavailable < maxUnavailable; i--) {
            Pod pod = slots[i];
            if (!revisions.update().equals(StatefulPods.revisionOf(pod))
                    && pod.getMetadata().getDeletionTimestamp() == null) {
                deletePod(pod);
                if (isHealthy(pod)) {
                    unavailable++;
                }
            }
        }
    }

    private boolean isOnDelete() {
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return strategy != null && ON_DELETE.equals(strategy.getType());
    }

    /** Running, ready for {@code minReadySeconds}, and not being deleted: what {@code OrderedReady} waits for. */
    private boolean isHealthy(Pod pod) {
        return Pods.RUNNING.equals(Pods.phase(pod)) && pod.getMetadata().getDeletionTimestamp() == null
                && Pods.isAvailable(pod, minReadySeconds, now);
    }

    /** Pods below the partition (or, without one, within the current replicas) keep the current revision. */
    private boolean usesCurrentRevision(int ordinal) {
        if (isOnDelete() || revisions.current().equals(revisions.update())) {
            return false;
        }
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        RollingUpdateStatefulSetStrategy rolling = strategy == null ? null : strategy.getRollingUpdate();
        int partition = rolling == null || rolling.getPartition() == null ? 0 : rolling.getPartition();
        return ordinal < StatefulPods.startOrdinal(set) + partition;
    }

    private void createPod(int ordinal) {
        boolean current = usesCurrentRevision(ordinal);
        Pod pod = StatefulPods.newPod(set, current ? revisions.currentTemplate() : set.getSpec().getTemplate(),
                current ? revisions.current() : revisions.update(), ordinal);
        String name = pod.getMetadata().getName();
        try {
            createMissingClaims(ordinal);
            store.create(pod);
        } catch (ApiException e) {
            events.record(set, EventRecorder.WARNING, "FailedCreate", "create Pod " + name + " in StatefulSet "
                    + set.getMetadata().getName() + " failed error: " + e.getMessage());
            throw e;
        }
        events.record(set, EventRecorder.NORMAL, "SuccessfulCreate", "create Pod " + name + " in StatefulSet "
                + set.getMetadata().getName() + " successful");
    }

    private void createMissingClaims(int ordinal) {
        String namespace = set.getMetadata().getNamespace();
        for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
            PersistentVolumeClaim claim = StatefulPods.newClaim(set, template, ordinal);
            String claimName = claim.getMetadata().getName();
            if (claims.get(Informer.key(namespace, claimName)) != null) {
                continue;
            }
            ClaimRetention.apply(claim, set, null, false);
            String message = "Claim " + claimName + " Pod " + StatefulPods.podName(set, ordinal) + " in StatefulSet "
                    + set.getMetadata().getName();
            try {
                store.create(claim);
            } catch (ApiException e) {
                events.record(set, EventRecorder.WARNING, "FailedCreate", "create " + message + " failed error: "
                        + e.getMessage());
                throw e;
            }
            events.record(set, EventRecorder.NORMAL, "SuccessfulCreate", "create " + message + " success");
        }
    }

    private void updateClaimOwners(Pod pod, boolean condemned) {
        int ordinal = StatefulPods.ordinalOf(set, pod);
        for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
            PersistentVolumeClaim claim = claims.get(Informer.key(set.getMetadata().getNamespace(),
                    StatefulPods.claimName(set, template, ordinal)));
            if (claim != null) {
                PersistentVolumeClaim copy = EcoreUtil.copy(claim);
                if (ClaimRetention.apply(copy, set, pod, condemned)) {
                    store.update(copy);
                }
            }
        }
    }

    private void deletePod(Pod pod) {
        String name = pod.getMetadata().getName();
        try {
            store.delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(), name);
        } catch (ApiException e) {
            if (e.code() == 404) {
                return;
            }
            events.record(set, EventRecorder.WARNING, "FailedDelete", "delete Pod " + name + " in StatefulSet "
                    + set.getMetadata().getName() + " failed error: " + e.getMessage());
            throw e;
        }
        events.record(set, EventRecorder.NORMAL, "SuccessfulDelete", "delete Pod " + name + " in StatefulSet "
                + set.getMetadata().getName() + " successful");
    }
}
