package io.pilothouse.runtime.controllers.deployment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentCondition;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.ControllerRefManager;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.DependentRouting;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * Rolls Deployments out through ReplicaSets, as upstream's {@code DeploymentController}: claims the ReplicaSets
 * the selector matches, then, in upstream's order, reports a Deployment being deleted, records pause and resume,
 * scales a paused Deployment or one whose replicas changed ({@link ProportionalScaler}), and otherwise rolls out
 * with its strategy ({@link RollingUpdate}, {@link Recreate}). A failing sync is retried at most 15 times.
 */
public final class DeploymentController extends InformerController {

    private static final int MAX_RETRIES = 15;

    private Informer<Deployment> deployments;
    private Informer<ReplicaSet> replicaSets;
    private Informer<Pod> pods;

    @Override
    public String name() {
        return "deployment-controller";
    }

    @Override
    protected int maxRetries() {
        return MAX_RETRIES;
    }

    @Override
    protected void startInformers() {
        deployments = Informer.start(context(), AppsV1Package.Literals.DEPLOYMENT, new Informer.Handler<>() {
            @Override
            public void onAdd(Deployment d) {
                enqueue(Informer.key(d.getMetadata()));
            }

            @Override
            public void onUpdate(Deployment old, Deployment current) {
                enqueue(Informer.key(current.getMetadata()));
            }

            @Override
            public void onDelete(Deployment d) {
                enqueue(Informer.key(d.getMetadata()));
            }
        });
        replicaSets = Informer.start(context(), AppsV1Package.Literals.REPLICA_SET,
                new DependentRouting<>(deployments, AppsV1Package.Literals.REPLICA_SET,
                        (Deployment d, ReplicaSet rs) -> d.getSpec() != null && LabelSelectors
                                .matches(d.getSpec().getSelector(), rs.getMetadata().getLabels().map()),
                        this::enqueue));
        pods = Informer.start(context(), CoreV1Package.Literals.POD, new Informer.Handler<>() {
            @Override
            public void onDelete(Pod pod) {
                enqueueRecreateWithoutPods(pod);
            }
        });
    }

    /** A Recreate Deployment waits for its old pods to go: the last one gone wakes it. */
    private void enqueueRecreateWithoutPods(Pod pod) {
        String namespace = pod.getMetadata().getNamespace();
        ReplicaSet rs = replicaSets.controllerOf(namespace, ControllerRefs.controllerOf(pod.getMetadata()));
        Deployment d = rs == null
                ? null
                : deployments.controllerOf(namespace, ControllerRefs.controllerOf(rs.getMetadata()));
        if (d == null || !DeploymentSpecs.isRecreate(d)) {
            return;
        }
        for (ReplicaSet owned : replicaSets.controlledBy(d.getMetadata().getUid())) {
            if (!pods.controlledBy(owned.getMetadata().getUid()).isEmpty()) {
                return;
            }
        }
        enqueue(Informer.key(d.getMetadata()));
    }

    @Override
    protected void sync(String key) {
        Deployment cached = deployments.get(key);
        if (cached == null) {
            return;
        }
        Deployment d = EcoreUtil.copy(cached);
        if (selectsAll(d)) {
            events().record(d, EventRecorder.WARNING, "SelectingAll",
                    "This deployment is selecting all pods. A non-empty selector is required.");
            return;
        }
        DeploymentSync sync = new DeploymentSync(context().store(), events(), requeue(key), d, claimReplicaSets(d));
        if (d.getMetadata().getDeletionTimestamp() != null) {
            sync.resolveReplicaSets(false);
            sync.syncDeploymentStatus();
            return;
        }
        checkPausedConditions(sync);
        if (DeploymentSpecs.paused(sync.d) || isScalingEvent(sync)) {
            scaleOnly(sync);
        } else if (DeploymentSpecs.isRecreate(sync.d)) {
            Recreate.rollout(sync, rs -> pods.controlledBy(rs.getMetadata().getUid()));
        } else {
            RollingUpdate.rollout(sync);
        }
    }

    private DeploymentSync.Requeue requeue(String key) {
        return new DeploymentSync.Requeue() {
            @Override
            public void after(Duration delay) {
                enqueueAfter(key, delay);
            }

            @Override
            public void rateLimited() {
                enqueueRateLimited(key);
            }
        };
    }

    private static boolean selectsAll(Deployment d) {
        LabelSelector selector = d.getSpec().getSelector();
        return selector != null && EcoreUtil.equals(selector, MetaV1Factory.eINSTANCE.createLabelSelector());
    }

    private List<ReplicaSet> claimReplicaSets(Deployment d) {
        List<ReplicaSet> candidates = new ArrayList<>(replicaSets.controlledBy(d.getMetadata().getUid()));
        candidates.addAll(replicaSets.orphans(d.getMetadata().getNamespace()));
        ControllerRefManager manager = new ControllerRefManager(context().store(), d, d.getSpec().getSelector(),
                () -> canAdopt(d));
        return manager.claim(candidates);
    }

    private boolean canAdopt(Deployment d) {
        try {
            Deployment fresh = context().store().get(AppsV1Package.Literals.DEPLOYMENT,
                    d.getMetadata().getNamespace(), d.getMetadata().getName());
            return fresh.getMetadata().getUid().equals(d.getMetadata().getUid())
                    && fresh.getMetadata().getDeletionTimestamp() == null;
        } catch (ApiException e) {
            return false;
        }
    }

    /** Records pausing and resuming in the Progressing condition, unless the rollout has timed out. */
    private static void checkPausedConditions(DeploymentSync sync) {
        if (!DeploymentSpecs.hasProgressDeadline(sync.d)) {
            return;
        }
        DeploymentCondition condition = sync.condition(DeploymentConditions.PROGRESSING);
        if (condition != null && DeploymentConditions.TIMED_OUT.equals(condition.getReason())) {
            return;
        }
        boolean pausedRecorded = condition != null && DeploymentConditions.PAUSED.equals(condition.getReason());
        boolean paused = DeploymentSpecs.paused(sync.d);
        if (paused == pausedRecorded) {
            return;
        }
        DeploymentConditions.set(sync.d.getStatus(), DeploymentConditions.create(DeploymentConditions.PROGRESSING,
                "Unknown", paused ? DeploymentConditions.PAUSED : DeploymentConditions.RESUMED,
                paused ? "Deployment is paused" : "Deployment is resumed", sync.now));
        sync.writeStatus();
    }

    /** Whether an active ReplicaSet was sized for another replica count ({@code isScalingEvent}). */
    private static boolean isScalingEvent(DeploymentSync sync) {
        sync.resolveReplicaSets(false);
        int replicas = DeploymentSpecs.replicas(sync.d);
        for (ReplicaSet rs : ReplicaSets.active(sync.allRSs())) {
            Integer desired = Annotations.desiredReplicas(rs);
            if (desired != null && desired != replicas) {
                return true;
            }
        }
        return false;
    }

    /** Upstream's {@code sync}: scale, clean up old revisions when paused, and write the status. */
    private static void scaleOnly(DeploymentSync sync) {
        sync.resolveReplicaSets(false);
        ProportionalScaler.scale(sync);
        if (DeploymentSpecs.paused(sync.d)) {
            sync.cleanupDeployment();
        }
        sync.syncDeploymentStatus();
    }

}
