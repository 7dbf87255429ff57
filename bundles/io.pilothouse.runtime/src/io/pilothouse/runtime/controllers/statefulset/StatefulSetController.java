package io.pilothouse.runtime.controllers.statefulset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.ControllerRefManager;
import io.pilothouse.runtime.controllers.DependentRouting;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * Runs StatefulSets as upstream's {@code StatefulSetController}: claims the pods whose names carry the set's
 * ordinals, keeps the set's {@code ControllerRevision}s ({@link StatefulSetRevisions}), lets {@link
 * StatefulSetSync} create, delete and update pods in ordinal order, writes the status ({@link
 * StatefulSetStatuses}) and then prunes the revision history.
 */
public final class StatefulSetController extends InformerController {

    private Informer<StatefulSet> sets;
    private Informer<Pod> pods;
    private Informer<PersistentVolumeClaim> claims;
    private Informer<ControllerRevision> revisions;
    private StatefulSetRevisions history;

    @Override
    public String name() {
        return "statefulset-controller";
    }

    @Override
    protected void startInformers() {
        history = new StatefulSetRevisions(context().store());
        claims = Informer.start(context(), CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM,
                new Informer.Handler<>() {
                });
        revisions = Informer.start(context(), AppsV1Package.Literals.CONTROLLER_REVISION,
                new Informer.Handler<>() {
                });
        sets = Informer.start(context(), AppsV1Package.Literals.STATEFUL_SET, new Informer.Handler<>() {
            @Override
            public void onAdd(StatefulSet set) {
                enqueue(Informer.key(set.getMetadata()));
            }

            @Override
            public void onUpdate(StatefulSet old, StatefulSet current) {
                enqueue(Informer.key(current.getMetadata()));
            }
        });
        pods = Informer.start(context(), CoreV1Package.Literals.POD,
                new DependentRouting<>(sets, CoreV1Package.Literals.POD,
                        (StatefulSet set, Pod pod) -> set.getSpec().getSelector() != null && LabelSelectors
                                .matches(set.getSpec().getSelector(), pod.getMetadata().getLabels().map()),
                        this::enqueue));
    }

    @Override
    protected void sync(String key) {
        StatefulSet set = sets.get(key);
        if (set == null || set.getSpec().getSelector() == null) {
            return;
        }
        List<Pod> owned = claimPods(set);
        List<ControllerRevision> ownedRevisions = revisions.controlledBy(set.getMetadata().getUid());
        StatefulSetRevisions.Revisions revision = history.resolve(set, ownedRevisions);
        StatefulSetSync sync = new StatefulSetSync(context().store(), events(), claims, set, revision);
        ApiException failure = null;
        if (set.getMetadata().getDeletionTimestamp() == null) {
            try {
                sync.run(owned);
            } catch (ApiException e) {
                failure = e;
            }
        }
        List<Pod> after = pods.controlledBy(set.getMetadata().getUid()).stream()
                .filter(pod -> StatefulPods.ordinalOf(set, pod) >= 0).toList();
        StatefulSetStatus status = StatefulSetStatuses.calculate(set, after, revision, context().clock().now());
        StatefulSet current = sets.get(key);
        if (current != null && !EcoreUtil.equals(current.getStatus(), status)) {
            StatefulSet next = EcoreUtil.copy(current);
            next.setStatus(status);
            context().store().updateStatus(next);
        }
        if (failure != null) {
            throw failure;
        }
        history.truncate(set, owned, ownedRevisions, revision);
        Optional.ofNullable(StatefulSetStatuses.nextAvailabilityCheck(set, after, context().clock().now()))
                .ifPresent(delay -> enqueueAfter(key, delay));
    }

    private List<Pod> claimPods(StatefulSet set) {
        List<Pod> candidates = new ArrayList<>(pods.controlledBy(set.getMetadata().getUid()));
        for (Pod orphan : pods.orphans(set.getMetadata().getNamespace())) {
            if (StatefulPods.ordinalOf(set, orphan) >= 0) {
                candidates.add(orphan);
            }
        }
        ControllerRefManager manager = new ControllerRefManager(context().store(), set, set.getSpec().getSelector(),
                () -> canAdopt(set));
        return manager.claim(candidates).stream().filter(pod -> StatefulPods.ordinalOf(set, pod) >= 0).toList();
    }

    private boolean canAdopt(StatefulSet set) {
        try {
            StatefulSet fresh = context().store().get(AppsV1Package.Literals.STATEFUL_SET,
                    set.getMetadata().getNamespace(), set.getMetadata().getName());
            return fresh.getMetadata().getUid().equals(set.getMetadata().getUid())
                    && fresh.getMetadata().getDeletionTimestamp() == null;
        } catch (ApiException e) {
            return false;
        }
    }

}
