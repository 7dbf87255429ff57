package io.pilothouse.runtime.controllers.disruption;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.Condition;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Factory;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;
import io.pilothouse.runtime.controllers.Pods;
import io.pilothouse.runtime.controllers.podautoscaler.Scale;

/**
 * kube-controller-manager's disruption controller: for each PodDisruptionBudget, the pods it selects, how many
 * are healthy (ready, not being deleted, not just evicted), how many must be (minAvailable, or the controllers'
 * replicas less maxUnavailable, percentages rounded up) and so how many disruptions are allowed, with the
 * DisruptionAllowed condition. Evictions older than two minutes leave {@code disruptedPods}.
 */
public final class DisruptionController extends InformerController {

    /** How long an eviction counts in {@code disruptedPods} without the pod being deleted, as upstream. */
    static final Duration DELETION_TIMEOUT = Duration.ofMinutes(2);

    private Informer<PodDisruptionBudget> budgets;
    private Informer<Pod> pods;

    @Override
    public String name() {
        return "disruption-controller";
    }

    @Override
    protected void startInformers() {
        budgets = Informer.start(context(), PolicyV1Package.Literals.POD_DISRUPTION_BUDGET,
                new Informer.Handler<>() {
                    @Override
                    public void onAdd(PodDisruptionBudget pdb) {
                        enqueue(key(pdb));
                    }

                    @Override
                    public void onUpdate(PodDisruptionBudget old, PodDisruptionBudget current) {
                        enqueue(key(current));
                    }
                });
        pods = Informer.start(context(), CoreV1Package.Literals.POD, new Informer.Handler<>() {
            @Override
            public void onAdd(Pod pod) {
                enqueueBudgetsOf(pod);
            }

            @Override
            public void onUpdate(Pod old, Pod current) {
                enqueueBudgetsOf(current);
            }

            @Override
            public void onDelete(Pod pod) {
                enqueueBudgetsOf(pod);
            }
        });
    }

    @Override
    protected void sync(String key) {
        PodDisruptionBudget cached = budgets.get(key);
        if (cached == null) {
            return;
        }
        PodDisruptionBudget pdb = EcoreUtil.copy(cached);
        Instant now = context().clock().now();
        if (pdb.getStatus() == null) {
            pdb.setStatus(PolicyV1Factory.eINSTANCE.createPodDisruptionBudgetStatus());
        }
        PodDisruptionBudgetStatus status = pdb.getStatus();
        List<Pod> selected = selected(pdb);
        int[] expected;
        try {
            expected = expectedCount(pdb, selected);
        } catch (IllegalStateException e) {
            events().record(pdb, EventRecorder.WARNING, "CalculateExpectedPodCountFailed",
                    "Failed to calculate the number of expected pods: " + e.getMessage());
            status.setDisruptionsAllowed(0);
            condition(status, false, "SyncFailed", e.getMessage(), pdb.getMetadata().getGeneration(), now);
            context().store().updateStatus(pdb);
            return;
        }
        Instant nextExpiry = expireDisruptedPods(status, selected, now);
        int healthy = 0;
        for (Pod pod : selected) {
            if (pod.getMetadata().getDeletionTimestamp() == null && !status.getDisruptedPods().containsKey(
                    pod.getMetadata().getName()) && Pods.isReady(pod)) {
                healthy++;
            }
        }
        int allowed = expected[0] <= 0 ? 0 : Math.max(0, healthy - expected[1]);
        status.setCurrentHealthy(healthy);
        status.setDesiredHealthy(expected[1]);
        status.setExpectedPods(expected[0]);
        status.setDisruptionsAllowed(allowed);
        status.setObservedGeneration(pdb.getMetadata().getGeneration());
        condition(status, allowed > 0, allowed > 0 ? "SufficientPods" : "InsufficientPods", "",
                pdb.getMetadata().getGeneration(), now);
        if (!EcoreUtil.equals(cached.getStatus(), status)) {
            context().store().updateStatus(pdb);
        }
        if (nextExpiry != null) {
            enqueueAfter(key, Duration.between(now, nextExpiry));
        }
    }

    /** {@code [expectedPods, desiredHealthy]}, as upstream's {@code getExpectedPodCount}. */
    private int[] expectedCount(PodDisruptionBudget pdb, List<Pod> selected) {
        PodDisruptionBudgetSpec spec = pdb.getSpec();
        if (spec.getMaxUnavailable() != null) {
            int scale = expectedScale(pdb, selected);
            long unavailable = spec.getMaxUnavailable().scaledValue(scale, true);
            return new int[] {scale, (int) Math.max(0, scale - unavailable)};
        }
        if (spec.getMinAvailable() == null || spec.getMinAvailable().isInt()) {
            return new int[] {selected.size(), spec.getMinAvailable() == null
                    ? 0
                    : spec.getMinAvailable()
                            .intValue()};
        }
        int scale = expectedScale(pdb, selected);
        return new int[] {scale, (int) spec.getMinAvailable().scaledValue(scale, true)};
    }

    /** The replicas of the controllers of the selected pods, each counted once. */
    private int expectedScale(PodDisruptionBudget pdb, List<Pod> selected) {
        Map<String, Integer> scales = new TreeMap<>();
        for (Pod pod : selected) {
            OwnerReference owner = ControllerRefs.controllerOf(pod.getMetadata());
            Scale scale = owner == null ? null : scaleOf(pdb.getMetadata().getNamespace(), owner);
            if (scale == null) {
                throw new IllegalStateException("found no controllers for pod " + '"' + pod.getMetadata().getName()
                        + '"');
            }
            scales.put(KindInfo.of(scale.object().eClass()).metadata(scale.object()).getUid(), scale.replicas());
        }
        return scales.values().stream().mapToInt(Integer::intValue).sum();
    }

    private Scale scaleOf(String namespace, OwnerReference owner) {
        try {
            if ("ReplicaSet".equals(owner.getKind())) {
                ReplicaSet set = context().store().get(AppsV1Package.Literals.REPLICA_SET, namespace,
                        owner.getName());
                OwnerReference deployment = ControllerRefs.controllerOf(set.getMetadata());
                if (deployment != null && "Deployment".equals(deployment.getKind())) {
                    return Scale.get(context().store(), "Deployment", namespace, deployment.getName());
                }
                return Scale.of(set);
            }
            return Scale.get(context().store(), owner.getKind(), namespace, owner.getName());
        } catch (ApiException e) {
            return null;
        }
    }

    private static Instant expireDisruptedPods(PodDisruptionBudgetStatus status, List<Pod> selected,
            Instant now) {
        Instant next = null;
        for (String name : new ArrayList<>(status.getDisruptedPods().keySet())) {
            Pod pod = selected.stream().filter(p -> name.equals(p.getMetadata().getName())).findFirst()
                    .orElse(null);
            Instant expiry = status.getDisruptedPods().get(name).toInstant().plus(DELETION_TIMEOUT);
            if (pod == null || pod.getMetadata().getDeletionTimestamp() != null || !expiry.isAfter(now)) {
                status.getDisruptedPods().removeKey(name);
            } else if (next == null || expiry.isBefore(next)) {
                next = expiry;
            }
        }
        return next;
    }

    private List<Pod> selected(PodDisruptionBudget pdb) {
        if (pdb.getSpec().getSelector() == null) {
            return List.of();
        }
        return pods.inNamespace(pdb.getMetadata().getNamespace()).stream().filter(pod -> LabelSelectors.matches(
                pdb.getSpec().getSelector(), pod.getMetadata().getLabels().map())).toList();
    }

    private void enqueueBudgetsOf(Pod pod) {
        for (PodDisruptionBudget pdb : budgets.inNamespace(pod.getMetadata().getNamespace())) {
            if (pdb.getSpec().getSelector() != null && LabelSelectors.matches(pdb.getSpec().getSelector(),
                    pod.getMetadata().getLabels().map())) {
                enqueue(key(pdb));
            }
        }
    }

    /** Upstream's {@code apimeta.SetStatusCondition} for DisruptionAllowed. */
    static void condition(PodDisruptionBudgetStatus status, boolean allowed, String reason, String message,
            Long generation, Instant now) {
        Condition condition = status.getConditions().stream().filter(c -> "DisruptionAllowed".equals(c.getType()))
                .findFirst().orElse(null);
        String value = allowed ? "True" : "False";
        if (condition == null) {
            condition = MetaV1Factory.eINSTANCE.createCondition();
            condition.setType("DisruptionAllowed");
            status.getConditions().add(condition);
        }
        if (!value.equals(condition.getStatus())) {
            condition.setLastTransitionTime(Time.of(now));
        }
        condition.setStatus(value);
        condition.setReason(reason);
        condition.setMessage(message);
        condition.setObservedGeneration(generation);
    }

    private static String key(PodDisruptionBudget pdb) {
        return Informer.key(pdb.getMetadata().getNamespace(), pdb.getMetadata().getName());
    }
}
