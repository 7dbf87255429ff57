package io.pilothouse.runtime.controllers.podautoscaler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Factory;
import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus;
import io.pilothouse.model.k8s.autoscaling.v2.MetricSpec;
import io.pilothouse.model.k8s.autoscaling.v2.MetricStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;
import io.pilothouse.runtime.controllers.podautoscaler.MetricEvaluator.Proposal;
import io.pilothouse.runtime.controllers.podautoscaler.ReplicaCalculator.MetricException;

/**
 * kube-controller-manager's horizontal pod autoscaler (autoscaling/v2): every 15 s of virtual time it reads the
 * target's scale and the metrics of its pods, computes the replicas each metric asks for (the largest wins),
 * stabilizes and rate-limits that with the behavior, writes {@code spec.replicas} through the scale and reports
 * the conditions AbleToScale, ScalingActive and ScalingLimited, the current metrics and the
 * {@code SuccessfulRescale} events, with upstream's reasons and messages.
 */
public final class HorizontalPodAutoscalerController extends InformerController {

    /** Upstream's {@code --horizontal-pod-autoscaler-sync-period}. */
    public static final Duration SYNC_PERIOD = Duration.ofSeconds(15);
    /** Upstream's {@code --horizontal-pod-autoscaler-tolerance}. */
    public static final double TOLERANCE = 0.1;

    private final MetricsSource metrics;
    private final Map<String, ScalingBehavior> behaviors = new HashMap<>();
    private Informer<HorizontalPodAutoscaler> autoscalers;
    private Informer<Pod> pods;

    /** An autoscaler reading the given metrics. */
    public HorizontalPodAutoscalerController(MetricsSource metrics) {
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "horizontal-pod-autoscaler";
    }

    @Override
    protected void startInformers() {
        pods = Informer.start(context(), CoreV1Package.Literals.POD, new Informer.Handler<>() {
        });
        autoscalers = Informer.start(context(), AutoscalingV2Package.Literals.HORIZONTAL_POD_AUTOSCALER,
                new Informer.Handler<>() {
                    @Override
                    public void onAdd(HorizontalPodAutoscaler hpa) {
                        enqueue(Informer.key(hpa.getMetadata().getNamespace(), hpa.getMetadata().getName()));
                    }

                    @Override
                    public void onDelete(HorizontalPodAutoscaler hpa) {
                        behaviors.remove(Informer.key(hpa.getMetadata().getNamespace(),
                                hpa.getMetadata().getName()));
                    }
                });
    }

    @Override
    protected void sync(String key) {
        HorizontalPodAutoscaler cached = autoscalers.get(key);
        if (cached == null) {
            return;
        }
        enqueueAfter(key, SYNC_PERIOD);
        HorizontalPodAutoscaler hpa = EcoreUtil.copy(cached);
        if (hpa.getStatus() == null) {
            hpa.setStatus(AutoscalingV2Factory.eINSTANCE.createHorizontalPodAutoscalerStatus());
        }
        HorizontalPodAutoscalerStatus old = EcoreUtil.copy(hpa.getStatus());
        reconcile(key, hpa);
        if (!EcoreUtil.equals(old, hpa.getStatus())) {
            context().store().updateStatus(hpa);
        }
    }

    private void reconcile(String key, HorizontalPodAutoscaler hpa) {
        Instant now = context().clock().now();
        String namespace = hpa.getMetadata().getNamespace();
        Scale scale;
        try {
            scale = Scale.get(context().store(), hpa.getSpec().getScaleTargetRef().getKind(), namespace,
                    hpa.getSpec().getScaleTargetRef().getName());
        } catch (ApiException e) {
            String message = e.getMessage();
            condition(hpa, "AbleToScale", false, "FailedGetScale",
                    "the HPA controller was unable to get the target's current scale: " + message);
            events().record(hpa, EventRecorder.WARNING, "FailedGetScale", message);
            return;
        }
        condition(hpa, "AbleToScale", true, "SucceededGetScale",
                "the HPA controller was able to get the target's current scale");
        int current = scale.replicas();
        ScalingBehavior behavior = behaviors.computeIfAbsent(key, k -> new ScalingBehavior());
        behavior.recordInitial(current, now);
        int min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
        int max = hpa.getSpec().getMaxReplicas();
        int desired = 0;
        String reason = "";
        List<MetricStatus> statuses = new ArrayList<>();
        if (current == 0 && min != 0) {
            condition(hpa, "ScalingActive", false, "ScalingDisabled",
                    "scaling is disabled since the replica count of the target is zero");
        } else if (current > max) {
            reason = "Current number of replicas above Spec.MaxReplicas";
            desired = max;
        } else if (current < min) {
            reason = "Current number of replicas below Spec.MinReplicas";
            desired = min;
        } else {
            Proposal proposal = computeReplicas(hpa, scale, statuses);
            if (proposal == null) {
                setStatus(hpa, current, hpa.getStatus().getDesiredReplicas(), statuses, now, false);
                return;
            }
            desired = proposal.replicas();
            reason = desired > current ? proposal.name() + " above target" : "All metrics below target";
            ScalingBehavior.Outcome outcome = behavior.normalize(hpa.getSpec().getBehavior(), current, desired, min,
                    max, now);
            condition(hpa, "AbleToScale", true, outcome.stabilizedReason(), outcome.stabilizedMessage());
            condition(hpa, "ScalingLimited", outcome.limited(), outcome.limitReason(), outcome.limitMessage());
            desired = outcome.replicas();
        }
        boolean rescale = desired != current && !(current == 0 && min != 0);
        if (rescale) {
            try {
                scale.update(context().store(), desired);
            } catch (ApiException e) {
                condition(hpa, "AbleToScale", false, "FailedUpdateScale",
                        "the HPA controller was unable to update the target scale: " + e.getMessage());
                events().record(hpa, EventRecorder.WARNING, "FailedRescale",
                        "New size: " + desired + "; reason: " + reason + "; error: " + e.getMessage());
                setStatus(hpa, current, hpa.getStatus().getDesiredReplicas(), statuses, now, false);
                return;
            }
            condition(hpa, "AbleToScale", true, "SucceededRescale",
                    "the HPA controller was able to update the target scale to " + desired);
            events().record(hpa, EventRecorder.NORMAL, "SuccessfulRescale",
                    "New size: " + desired + "; reason: " + reason);
            behavior.recordScale(current, desired, now);
        } else {
            desired = current;
        }
        setStatus(hpa, current, desired, statuses, now, rescale);
    }

    /** The largest proposal of the metrics, or {@code null} when they cannot be trusted (conditions set). */
    private Proposal computeReplicas(HorizontalPodAutoscaler hpa, Scale scale, List<MetricStatus> statuses) {
        if (scale.selector() == null) {
            condition(hpa, "ScalingActive", false, "InvalidSelector", "the HPA target's scale is missing a selector");
            events().record(hpa, EventRecorder.WARNING, "SelectorRequired", "selector is required");
            return null;
        }
        List<Pod> selected = pods.inNamespace(hpa.getMetadata().getNamespace()).stream()
                .filter(pod -> LabelSelectors.matches(scale.selector(), pod.getMetadata().getLabels().map()))
                .toList();
        MetricEvaluator evaluator = new MetricEvaluator(metrics, new ReplicaCalculator(TOLERANCE,
                context().clock().now()), hpa.getMetadata().getNamespace(), selected);
        Proposal best = null;
        int invalid = 0;
        String firstReason = null;
        String firstError = null;
        for (MetricSpec spec : hpa.getSpec().getMetrics()) {
            try {
                Proposal proposal = evaluator.evaluate(spec, scale.replicas());
                statuses.add(proposal.status());
                if (best == null || proposal.replicas() > best.replicas()) {
                    best = proposal;
                }
            } catch (MetricException e) {
                statuses.add(AutoscalingV2Factory.eINSTANCE.createMetricStatus());
                events().record(hpa, EventRecorder.WARNING, MetricEvaluator.failureReason(spec), e.getMessage());
                if (invalid++ == 0) {
                    firstReason = MetricEvaluator.failureReason(spec);
                    firstError = e.getMessage();
                }
            }
        }
        int count = hpa.getSpec().getMetrics().size();
        if (invalid >= count || invalid > 0 && best.replicas() < scale.replicas()) {
            condition(hpa, "ScalingActive", false, firstReason,
                    "the HPA was unable to compute the replica count: " + firstError);
            events().record(hpa, EventRecorder.WARNING, "FailedComputeMetricsReplicas", "invalid metrics ("
                    + invalid + " invalid out of " + count + "), first error is: " + firstError);
            return null;
        }
        condition(hpa, "ScalingActive", true, "ValidMetricFound",
                "the HPA was able to successfully calculate a replica count from " + best.name());
        return best;
    }

    private static void setStatus(HorizontalPodAutoscaler hpa, int current, Integer desired,
            List<MetricStatus> statuses, Instant now, boolean rescale) {
        HorizontalPodAutoscalerStatus status = hpa.getStatus();
        status.setCurrentReplicas(current);
        status.setDesiredReplicas(desired == null ? 0 : desired);
        status.getCurrentMetrics().clear();
        status.getCurrentMetrics().addAll(statuses);
        if (rescale) {
            status.setLastScaleTime(Time.of(now));
        }
    }

    /** Upstream's {@code setConditionInList}: the transition time moves only when the status changes. */
    private void condition(HorizontalPodAutoscaler hpa, String type, boolean value, String reason, String message) {
        String status = value ? "True" : "False";
        HorizontalPodAutoscalerCondition condition = hpa.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType())).findFirst().orElse(null);
        if (condition == null) {
            condition = AutoscalingV2Factory.eINSTANCE.createHorizontalPodAutoscalerCondition();
            condition.setType(type);
            hpa.getStatus().getConditions().add(condition);
        }
        if (!status.equals(condition.getStatus())) {
            condition.setLastTransitionTime(Time.of(context().clock().now()));
        }
        condition.setStatus(status);
        condition.setReason(reason);
        condition.setMessage(message);
    }
}
