package io.pilothouse.runtime.controllers.deployment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentCondition;
import io.pilothouse.model.k8s.apps.v1.DeploymentStatus;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.ReplicaSetSpec;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;

/**
 * One sync of one Deployment: a working copy of it and of its ReplicaSets, and upstream's shared steps
 * ({@code getAllReplicaSetsAndSyncRevision}, {@code scaleReplicaSet}, {@code cleanupDeployment},
 * {@code syncDeploymentStatus}). Every write goes to the store at once and its result replaces the working copy.
 */
final class DeploymentSync {

    static final String SCALING_REPLICA_SET = "ScalingReplicaSet";

    /** How a sync asks to be run again. */
    interface Requeue {

        /** Once the delay has passed in virtual time. */
        void after(Duration delay);

        /** After the key's backoff. */
        void rateLimited();
    }

    final ObjectStore store;
    final EventRecorder events;
    final Instant now;
    final Requeue requeue;
    Deployment d;
    /** The claimed ReplicaSets, oldest first. */
    final List<ReplicaSet> rsList;
    ReplicaSet newRS;
    /** Every ReplicaSet but the new one, oldest first. */
    List<ReplicaSet> oldRSs = List.of();

    DeploymentSync(ObjectStore store, EventRecorder events, Requeue requeue, Deployment d, List<ReplicaSet> rsList) {
        this.store = store;
        this.events = events;
        this.requeue = requeue;
        this.now = store.clock().now();
        this.d = d;
        this.rsList = new ArrayList<>(rsList);
        this.rsList.sort(ReplicaSets.BY_CREATION);
        if (d.getStatus() == null) {
            d.setStatus(AppsV1Factory.eINSTANCE.createDeploymentStatus());
        }
    }

    /** The old ReplicaSets then the new one, when there is one. */
    List<ReplicaSet> allRSs() {
        List<ReplicaSet> all = new ArrayList<>(oldRSs);
        if (newRS != null) {
            all.add(newRS);
        }
        return all;
    }

    /** Finds the new and old ReplicaSets and syncs the revision; creates the new one when asked. */
    void resolveReplicaSets(boolean createIfMissing) {
        ReplicaSet existing = ReplicaSets.findNew(d, rsList);
        List<ReplicaSet> old = new ArrayList<>();
        for (ReplicaSet rs : rsList) {
            if (rs != existing) {
                old.add(rs);
            }
        }
        oldRSs = old;
        long newRevision = Annotations.maxRevision(oldRSs) + 1;
        if (existing != null) {
            newRS = syncExisting(existing, newRevision);
        } else {
            newRS = createIfMissing ? createNew(newRevision) : null;
        }
    }

    /**
     * Brings the new ReplicaSet's annotations and minReadySeconds in line; the update carries its metadata and spec
     * (the store keeps the stored status), and they are copied once they are known to change.
     */
    private ReplicaSet syncExisting(ReplicaSet existing, long newRevision) {
        ReplicaSet copy = AppsV1Factory.eINSTANCE.createReplicaSet();
        copy.setMetadata(EcoreUtil.copy(existing.getMetadata()));
        boolean annotationsUpdated = Annotations.setNewReplicaSetAnnotations(d, copy, newRevision, true);
        int minReadySeconds = DeploymentSpecs.minReadySeconds(d);
        if (annotationsUpdated || !Integer.valueOf(minReadySeconds).equals(existing.getSpec().getMinReadySeconds())) {
            copy.setSpec(EcoreUtil.copy(existing.getSpec()));
            copy.getSpec().setMinReadySeconds(minReadySeconds);
            return replace(existing, store.update(copy));
        }
        boolean needsUpdate = Annotations.setDeploymentRevision(d,
                existing.getMetadata().getAnnotations().get(Annotations.REVISION));
        if (DeploymentSpecs.hasProgressDeadline(d)
                && DeploymentConditions.get(d.getStatus(), DeploymentConditions.PROGRESSING) == null) {
            DeploymentConditions.set(d.getStatus(), DeploymentConditions.create(DeploymentConditions.PROGRESSING,
                    "True", DeploymentConditions.FOUND_NEW_RS,
                    "Found new replica set \"" + existing.getMetadata().getName() + "\"", now));
            needsUpdate = true;
        }
        if (needsUpdate) {
            writeStatus();
        }
        return existing;
    }

    private ReplicaSet createNew(long newRevision) {
        String hash = PodTemplateHash.compute(d.getSpec().getTemplate(), d.getStatus().getCollisionCount());
        ReplicaSet rs = AppsV1Factory.eINSTANCE.createReplicaSet();
        PodTemplateSpec template = EcoreUtil.copy(d.getSpec().getTemplate());
        if (template.getMetadata() == null) {
            template.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        }
        template.getMetadata().getLabels().put(ReplicaSets.POD_TEMPLATE_HASH, hash);
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setName(d.getMetadata().getName() + "-" + hash);
        meta.setNamespace(d.getMetadata().getNamespace());
        meta.getOwnerReferences().add(ControllerRefs.newControllerRef(d));
        meta.getLabels().putAll(template.getMetadata().getLabels().map());
        rs.setMetadata(meta);
        ReplicaSetSpec spec = AppsV1Factory.eINSTANCE.createReplicaSetSpec();
        spec.setMinReadySeconds(DeploymentSpecs.minReadySeconds(d));
        LabelSelector selector = EcoreUtil.copy(d.getSpec().getSelector());
        selector.getMatchLabels().put(ReplicaSets.POD_TEMPLATE_HASH, hash);
        spec.setSelector(selector);
        spec.setTemplate(template);
        spec.setReplicas(0);
        rs.setSpec(spec);
        List<ReplicaSet> all = new ArrayList<>(oldRSs);
        all.add(rs);
        int newReplicas = RollingUpdate.newRSNewReplicas(d, all, rs);
        spec.setReplicas(newReplicas);
        Annotations.setNewReplicaSetAnnotations(d, rs, newRevision, false);
        ReplicaSet created;
        boolean alreadyExists = false;
        try {
            created = store.create(rs);
        } catch (ApiException e) {
            if (e.code() != 409) {
                failedCreate(meta.getName(), e);
                throw e;
            }
            created = existingOrCollision(meta, e);
            alreadyExists = true;
        }
        if (!alreadyExists && newReplicas > 0) {
            events.record(d, EventRecorder.NORMAL, SCALING_REPLICA_SET,
                    "Scaled up replica set " + created.getMetadata().getName() + " from 0 to " + newReplicas);
        }
        boolean needsUpdate = Annotations.setDeploymentRevision(d, Long.toString(newRevision));
        if (!alreadyExists && DeploymentSpecs.hasProgressDeadline(d)) {
            DeploymentConditions.set(d.getStatus(), DeploymentConditions.create(DeploymentConditions.PROGRESSING,
                    "True", DeploymentConditions.NEW_RS_CREATED,
                    "Created new replica set \"" + created.getMetadata().getName() + "\"", now));
            needsUpdate = true;
        }
        if (needsUpdate) {
            writeStatus();
        }
        return created;
    }

    /** The stored ReplicaSet of that name when it is ours; otherwise a hash collision, counted before failing. */
    private ReplicaSet existingOrCollision(ObjectMeta meta, ApiException alreadyExists) {
        ReplicaSet existing = store.get(AppsV1Package.Literals.REPLICA_SET, meta.getNamespace(), meta.getName());
        if (ControllerRefs.isControlledBy(existing.getMetadata(), d.getMetadata().getUid())
                && ReplicaSets.equalIgnoreHash(d.getSpec().getTemplate(), existing.getSpec().getTemplate())) {
            return existing;
        }
        Integer count = d.getStatus().getCollisionCount();
        d.getStatus().setCollisionCount(count == null ? 1 : count + 1);
        writeStatus();
        throw alreadyExists;
    }

    private void failedCreate(String name, ApiException e) {
        String message = "Failed to create new replica set \"" + name + "\": " + e.getMessage();
        if (DeploymentSpecs.hasProgressDeadline(d)) {
            DeploymentConditions.set(d.getStatus(), DeploymentConditions.create(DeploymentConditions.PROGRESSING,
                    "False", DeploymentConditions.FAILED_RS_CREATE, message, now));
            try {
                writeStatus();
            } catch (ApiException ignored) {
                // upstream ignores this error too: the creation failure is the one to report
            }
        }
        events.record(d, EventRecorder.WARNING, DeploymentConditions.FAILED_RS_CREATE, message);
    }

    /** Scales with an event when the size changes ({@code scaleReplicaSetAndRecordEvent}); whether it scaled. */
    boolean scaleAndRecordEvent(ReplicaSet rs, int newScale) {
        int current = ReplicaSets.replicas(rs);
        if (current == newScale) {
            return false;
        }
        return scale(rs, newScale, current < newScale ? "up" : "down");
    }

    /** Updates size and replicas annotations when either differs ({@code scaleReplicaSet}); whether it scaled. */
    boolean scale(ReplicaSet rs, int newScale, String operation) {
        int replicas = DeploymentSpecs.replicas(d);
        int maxReplicas = replicas + DeploymentSpecs.maxSurge(d);
        int oldScale = ReplicaSets.replicas(rs);
        boolean sizeNeedsUpdate = oldScale != newScale;
        if (!sizeNeedsUpdate && !Annotations.replicasNeedUpdate(rs, replicas, maxReplicas)) {
            return false;
        }
        ReplicaSet copy = EcoreUtil.copy(rs);
        copy.getSpec().setReplicas(newScale);
        Annotations.setReplicas(copy, replicas, maxReplicas);
        ReplicaSet updated = replace(rs, store.update(copy));
        if (sizeNeedsUpdate) {
            events.record(d, EventRecorder.NORMAL, SCALING_REPLICA_SET, "Scaled " + operation + " replica set "
                    + updated.getMetadata().getName() + " from " + oldScale + " to " + newScale);
        }
        return sizeNeedsUpdate;
    }

    /** Deletes the oldest revisions beyond {@code revisionHistoryLimit} that have no pods left. */
    void cleanupDeployment() {
        List<ReplicaSet> cleanable = new ArrayList<>();
        for (ReplicaSet rs : oldRSs) {
            if (rs.getMetadata().getDeletionTimestamp() == null) {
                cleanable.add(rs);
            }
        }
        int diff = cleanable.size() - DeploymentSpecs.revisionHistoryLimit(d);
        if (diff <= 0) {
            return;
        }
        cleanable.sort(ReplicaSets.BY_REVISION);
        for (ReplicaSet rs : cleanable.subList(0, diff)) {
            long observed = rs.getStatus() == null || rs.getStatus().getObservedGeneration() == null
                    ? 0
                    : rs.getStatus().getObservedGeneration();
            if (ReplicaSets.statusReplicas(rs) != 0 || ReplicaSets.replicas(rs) != 0
                    || rs.getMetadata().getGeneration() > observed) {
                continue;
            }
            try {
                store.delete(AppsV1Package.Literals.REPLICA_SET, rs.getMetadata().getNamespace(),
                        rs.getMetadata().getName());
            } catch (ApiException e) {
                if (e.code() != 404) {
                    throw e;
                }
            }
        }
    }

    /** Writes the calculated status when it differs ({@code syncDeploymentStatus}). */
    void syncDeploymentStatus() {
        DeploymentStatus status = RolloutStatus.calculate(this);
        if (!EcoreUtil.equals(d.getStatus(), status)) {
            d.setStatus(status);
            writeStatus();
        }
    }

    /**
     * Writes the working copy's annotations and status. Upstream's Deployment status update also takes the
     * annotations; this store's does not, so changed metadata (a sync changes only annotations and status) is
     * written first.
     */
    void writeStatus() {
        ObjectMeta meta = d.getMetadata();
        Deployment stored = store.peek(AppsV1Package.Literals.DEPLOYMENT, meta.getNamespace(), meta.getName());
        Deployment written = d;
        if (stored == null || !EcoreUtil.equals(stored.getMetadata(), meta)) {
            DeploymentStatus status = d.getStatus();
            written = store.update(d);
            written.setStatus(status);
        }
        d = store.updateStatus(written);
    }

    /** A condition of the working copy. */
    DeploymentCondition condition(String type) {
        return DeploymentConditions.get(d.getStatus(), type);
    }

    private ReplicaSet replace(ReplicaSet old, ReplicaSet updated) {
        int index = rsList.indexOf(old);
        if (index >= 0) {
            rsList.set(index, updated);
        }
        List<ReplicaSet> olds = new ArrayList<>(oldRSs);
        int oldIndex = olds.indexOf(old);
        if (oldIndex >= 0) {
            olds.set(oldIndex, updated);
            oldRSs = olds;
        }
        if (newRS == old) {
            newRS = updated;
        }
        return updated;
    }
}
