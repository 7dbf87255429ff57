package io.pilothouse.runtime.controllers.replicaset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.ReplicaSetStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.ControllerRefManager;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.DependentRouting;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;
import io.pilothouse.runtime.controllers.Pods;

/**
 * Keeps the number of pods of each ReplicaSet at {@code spec.replicas}, as upstream's {@code ReplicaSetController}:
 * claims the active pods its selector matches, creates missing pods from the template in slow-start batches (1, 2,
 * 4, ...; a failed batch stops the rest), deletes surplus pods in {@link ActivePodsWithRanks} order, at most
 * {@value #BURST_REPLICAS} per sync, and reports the status. The synchronous store makes upstream's expectations
 * unnecessary: the informers have seen every write before the next sync.
 */
public final class ReplicaSetController extends InformerController {

    /** Upstream's cap of pod creations or deletions per sync. */
    static final int BURST_REPLICAS = 500;

    private Informer<ReplicaSet> replicaSets;
    private Informer<Pod> pods;

    @Override
    public String name() {
        return "replicaset-controller";
    }

    @Override
    protected void startInformers() {
        replicaSets = Informer.start(context(), AppsV1Package.Literals.REPLICA_SET,
                new Informer.Handler<>() {
                    @Override
                    public void onAdd(ReplicaSet rs) {
                        enqueue(Informer.key(rs.getMetadata()));
                    }

                    @Override
                    public void onUpdate(ReplicaSet old, ReplicaSet current) {
                        enqueue(Informer.key(current.getMetadata()));
                    }

                    @Override
                    public void onDelete(ReplicaSet rs) {
                        enqueue(Informer.key(rs.getMetadata()));
                    }
                });
        pods = Informer.start(context(), CoreV1Package.Literals.POD,
                new DependentRouting<>(replicaSets, CoreV1Package.Literals.POD, ReplicaSetController::selects,
                        this::enqueue));
    }

    @Override
    protected void sync(String key) {
        ReplicaSet rs = replicaSets.get(key);
        if (rs == null) {
            return;
        }
        Instant now = context().clock().now();
        List<Pod> active = claimPods(rs);
        ApiException manageError = null;
        if (rs.getMetadata().getDeletionTimestamp() == null) {
            try {
                manageReplicas(rs, active, now);
            } catch (ApiException e) {
                manageError = e;
            }
        }
        ReplicaSetStatus status = ReplicaSetStatuses.calculate(rs, active, terminating(rs), manageError, now);
        ReplicaSet current = replicaSets.get(key);
        if (current != null && !EcoreUtil.equals(current.getStatus(), status)) {
            context().store().updateStatusShared(KindInfo.of(current.eClass()).withStatus(current, status));
        }
        if (manageError != null) {
            throw manageError;
        }
        ReplicaSetStatuses.nextAvailabilityCheck(rs, active, now).ifPresent(delay -> enqueueAfter(key, delay));
    }

    /**
     * Claims the active pods the ReplicaSet controls and the active orphans of its namespace, in name order (the
     * informer lists in key order, which is name order when they are all of one namespace).
     */
    private List<Pod> claimPods(ReplicaSet rs) {
        String namespace = rs.getMetadata().getNamespace();
        List<Pod> candidates = new ArrayList<>();
        boolean byName = true;
        for (Pod pod : pods.controlledBy(rs.getMetadata().getUid())) {
            if (Pods.isActive(pod)) {
                candidates.add(pod);
                byName &= namespace.equals(pod.getMetadata().getNamespace());
            }
        }
        for (Pod pod : pods.orphans(namespace)) {
            if (Pods.isActive(pod)) {
                candidates.add(pod);
                byName = false;
            }
        }
        if (!byName) {
            candidates.sort(Comparator.comparing(pod -> pod.getMetadata().getName()));
        }
        ControllerRefManager manager = new ControllerRefManager(context().store(), rs, rs.getSpec().getSelector(),
                () -> canAdopt(rs));
        return manager.claim(candidates);
    }

    private boolean canAdopt(ReplicaSet rs) {
        try {
            ReplicaSet fresh = context().store().get(AppsV1Package.Literals.REPLICA_SET,
                    rs.getMetadata().getNamespace(), rs.getMetadata().getName());
            return fresh.getMetadata().getUid().equals(rs.getMetadata().getUid())
                    && fresh.getMetadata().getDeletionTimestamp() == null;
        } catch (ApiException e) {
            return false;
        }
    }

    private int terminating(ReplicaSet rs) {
        int count = 0;
        for (Pod pod : pods.controlledBy(rs.getMetadata().getUid())) {
            String phase = Pods.phase(pod);
            if (pod.getMetadata().getDeletionTimestamp() != null && !Pods.SUCCEEDED.equals(phase)
                    && !Pods.FAILED.equals(phase)) {
                count++;
            }
        }
        return count;
    }

    private void manageReplicas(ReplicaSet rs, List<Pod> active, Instant now) {
        int diff = active.size() - ReplicaSetStatuses.replicas(rs);
        if (diff < 0) {
            createPods(rs, Math.min(-diff, BURST_REPLICAS));
        } else if (diff > 0) {
            List<Pod> victims = ActivePodsWithRanks.podsToDelete(active, relatedPods(rs),
                    Math.min(diff, BURST_REPLICAS), now);
            deletePods(rs, victims);
        }
    }

    /** Creates pods in batches of 1, 2, 4, ...; after a batch with a failure, the rest are not attempted. */
    private void createPods(ReplicaSet rs, int count) {
        int remaining = count;
        for (int batch = Math.min(remaining, 1); batch > 0; batch = Math.min(2 * batch, remaining)) {
            ApiException failure = null;
            for (int i = 0; i < batch; i++) {
                try {
                    createPod(rs);
                } catch (ApiException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            remaining -= batch;
        }
    }

    private void createPod(ReplicaSet rs) {
        Pod created;
        try {
            created = context().store().createShared(podFromTemplate(rs));
        } catch (ApiException e) {
            events().record(rs, EventRecorder.WARNING, "FailedCreate", "Error creating: " + e.getMessage());
            throw e;
        }
        events().record(rs, EventRecorder.NORMAL, "SuccessfulCreate",
                "Created pod: " + created.getMetadata().getName());
    }

    private static Pod podFromTemplate(ReplicaSet rs) {
        PodTemplateSpec template = rs.getSpec().getTemplate();
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setNamespace(rs.getMetadata().getNamespace());
        meta.setGenerateName(rs.getMetadata().getName() + "-");
        if (template.getMetadata() != null) {
            meta.getLabels().putAll(template.getMetadata().getLabels().map());
            meta.getAnnotations().putAll(template.getMetadata().getAnnotations().map());
            meta.getFinalizers().addAll(template.getMetadata().getFinalizers());
        }
        meta.getOwnerReferences().add(ControllerRefs.newControllerRef(rs));
        pod.setMetadata(meta);
        pod.setSpec(EcoreUtil.copy(template.getSpec()));
        return pod;
    }

    private void deletePods(ReplicaSet rs, List<Pod> victims) {
        ApiException failure = null;
        for (Pod victim : victims) {
            String name = victim.getMetadata().getName();
            try {
                context().store().delete(CoreV1Package.Literals.POD, victim.getMetadata().getNamespace(), name);
                events().record(rs, EventRecorder.NORMAL, "SuccessfulDelete", "Deleted pod: " + name);
            } catch (ApiException e) {
                if (e.code() != 404) {
                    events().record(rs, EventRecorder.WARNING, "FailedDelete", "Error deleting: " + e.getMessage());
                    failure = failure == null ? e : failure;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The pods of every ReplicaSet with the same controller (none when this one has no controller). */
    private List<Pod> relatedPods(ReplicaSet rs) {
        OwnerReference controller = ControllerRefs.controllerOf(rs.getMetadata());
        if (controller == null) {
            return List.of();
        }
        List<Pod> related = new ArrayList<>();
        for (ReplicaSet sibling : replicaSets.controlledBy(controller.getUid())) {
            if (Objects.equals(sibling.getMetadata().getNamespace(), rs.getMetadata().getNamespace())) {
                related.addAll(pods.controlledBy(sibling.getMetadata().getUid()));
            }
        }
        return related;
    }

    private static boolean selects(ReplicaSet rs, Pod pod) {
        return rs.getSpec() != null && rs.getSpec().getSelector() != null
                && LabelSelectors.matches(rs.getSpec().getSelector(), LabelSelectors.labels(pod.getMetadata()));
    }

}
