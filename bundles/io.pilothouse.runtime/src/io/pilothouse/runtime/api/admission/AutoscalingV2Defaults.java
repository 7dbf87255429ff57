package io.pilothouse.runtime.api.admission;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Factory;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.pilothouse.model.k8s.autoscaling.v2.MetricSpec;

/**
 * The defaults of upstream's autoscaling/v2 scheme: one replica at least, a CPU utilization target of 80% when no
 * metric is given, and, when a behavior is given, its unset rules filled in. The scale-down stabilization window
 * stays unset: the controller's own setting (300 s) applies then.
 */
final class AutoscalingV2Defaults implements GroupDefaults {

    private static final AutoscalingV2Factory AUTOSCALING = AutoscalingV2Factory.eINSTANCE;
    private static final int DEFAULT_CPU_UTILIZATION = 80;
    private static final int PERIOD_SECONDS = 15;
    private static final int HUNDRED_PERCENT = 100;
    private static final int SCALE_UP_PODS = 4;

    @Override
    public void apply(EObject object) {
        if (object instanceof HorizontalPodAutoscaler autoscaler && autoscaler.getSpec() != null) {
            apply(autoscaler.getSpec());
        }
    }

    private static void apply(HorizontalPodAutoscalerSpec spec) {
        if (spec.getMinReplicas() == null) {
            spec.setMinReplicas(1);
        }
        if (spec.getMetrics().isEmpty()) {
            MetricSpec metric = AUTOSCALING.createMetricSpec();
            metric.setType("Resource");
            metric.setResource(AUTOSCALING.createResourceMetricSource());
            metric.getResource().setName("cpu");
            metric.getResource().setTarget(AUTOSCALING.createMetricTarget());
            metric.getResource().getTarget().setType("Utilization");
            metric.getResource().getTarget().setAverageUtilization(DEFAULT_CPU_UTILIZATION);
            spec.getMetrics().add(metric);
        }
        if (spec.getBehavior() != null) {
            if (spec.getBehavior().getScaleUp() == null) {
                spec.getBehavior().setScaleUp(AUTOSCALING.createHPAScalingRules());
            }
            HPAScalingRules scaleUp = spec.getBehavior().getScaleUp();
            if (scaleUp.getStabilizationWindowSeconds() == null) {
                scaleUp.setStabilizationWindowSeconds(0);
            }
            if (scaleUp.getPolicies().isEmpty()) {
                scaleUp.getPolicies().add(policy("Pods", SCALE_UP_PODS));
                scaleUp.getPolicies().add(policy("Percent", HUNDRED_PERCENT));
            }
            if (spec.getBehavior().getScaleDown() == null) {
                spec.getBehavior().setScaleDown(AUTOSCALING.createHPAScalingRules());
            }
            HPAScalingRules scaleDown = spec.getBehavior().getScaleDown();
            if (scaleDown.getPolicies().isEmpty()) {
                scaleDown.getPolicies().add(policy("Percent", HUNDRED_PERCENT));
            }
            for (HPAScalingRules rules : new HPAScalingRules[] {scaleUp, scaleDown}) {
                if (rules.getSelectPolicy() == null) {
                    rules.setSelectPolicy("Max");
                }
            }
        }
    }

    private static HPAScalingPolicy policy(String type, int value) {
        HPAScalingPolicy policy = AUTOSCALING.createHPAScalingPolicy();
        policy.setType(type);
        policy.setValue(value);
        policy.setPeriodSeconds(PERIOD_SECONDS);
        return policy;
    }
}
