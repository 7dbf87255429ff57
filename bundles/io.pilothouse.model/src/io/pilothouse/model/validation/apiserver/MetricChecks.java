package io.pilothouse.model.validation.apiserver;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package.Literals;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.pilothouse.model.k8s.autoscaling.v2.MetricSpec;
import io.pilothouse.model.k8s.autoscaling.v2.MetricTarget;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;

/**
 * kube-apiserver's rules for autoscaling/v2 metrics: the source named by {@code type} is set and no other is, and
 * the target asks for what the source supports (raw value or utilization) with positive numbers.
 */
final class MetricChecks {

    private static final Map<String, EStructuralFeature> SOURCES = sources();

    private MetricChecks() {}

    static void check(HorizontalPodAutoscalerSpec spec, Reporter reporter) {
        for (MetricSpec metric : spec.getMetrics()) {
            EStructuralFeature expected = SOURCES.get(metric.getType());
            if (expected != null && metric.eGet(expected) == null) {
                reporter.report(ApiServerRules.AUTOSCALER_METRIC, FieldErrors.required(FieldPaths.of(metric, expected),
                        "must populate information for the given metric source"), metric, Literals.METRIC_SPEC__TYPE);
            }
            for (EStructuralFeature source : SOURCES.values()) {
                if (source != expected && metric.eGet(source) instanceof EObject present) {
                    reporter.report(ApiServerRules.AUTOSCALER_METRIC, FieldErrors.forbidden(
                            FieldPaths.of(metric, source), "must populate the given metric source only"), present,
                            null);
                }
            }
            if (expected != null && metric.eGet(expected) instanceof EObject source) {
                target(source, reporter);
            }
        }
    }

    private static void target(EObject source, Reporter reporter) {
        if (!(source.eGet(source.eClass().getEStructuralFeature("target")) instanceof MetricTarget target)) {
            return;
        }
        positive(target, Literals.METRIC_TARGET__VALUE, reporter);
        positive(target, Literals.METRIC_TARGET__AVERAGE_VALUE, reporter);
        Integer utilization = target.getAverageUtilization();
        if (utilization != null && utilization < 1) {
            reporter.report(ApiServerRules.AUTOSCALER_METRIC, FieldErrors.invalid(FieldPaths.of(target,
                    Literals.METRIC_TARGET__AVERAGE_UTILIZATION), utilization, "must be greater than 0"), target,
                    Literals.METRIC_TARGET__AVERAGE_UTILIZATION);
        }
        String path = FieldPaths.of(target);
        String problem = switch (source.eClass().getName()) {
            case "ResourceMetricSource", "ContainerResourceMetricSource" -> utilizationOrAverage(target, path);
            case "PodsMetricSource" -> target.getAverageValue() == null
                    ? FieldErrors.required(path + ".averageValue",
                            "must specify a positive target averageValue")
                    : null;
            default -> valueOrAverage(target, path, source.eClass().getName().startsWith("External"));
        };
        if (problem != null) {
            reporter.report(ApiServerRules.AUTOSCALER_METRIC, problem, target, null);
        }
    }

    private static String utilizationOrAverage(MetricTarget target, String path) {
        if (target.getAverageUtilization() == null && target.getAverageValue() == null) {
            return FieldErrors.required(path + ".averageUtilization",
                    "must set either a target raw value or a target utilization");
        }
        if (target.getAverageUtilization() != null && target.getAverageValue() != null) {
            return FieldErrors.forbidden(path + ".averageValue",
                    "may not set both a target raw value and a target utilization");
        }
        return null;
    }

    private static String valueOrAverage(MetricTarget target, String path, boolean external) {
        if (target.getValue() == null && target.getAverageValue() == null) {
            return FieldErrors.required(path + ".averageValue", external
                    ? "must set either a target value for metric or a per-pod target"
                    : "must set either a target value or averageValue");
        }
        if (external && target.getValue() != null && target.getAverageValue() != null) {
            return FieldErrors.forbidden(path + ".value",
                    "may not set both a target value for metric and a per-pod target");
        }
        return null;
    }

    private static void positive(MetricTarget target, EStructuralFeature feature, Reporter reporter) {
        if (target.eGet(feature) instanceof Quantity quantity && quantity.asBigDecimal().signum() != 1) {
            reporter.report(ApiServerRules.AUTOSCALER_METRIC, FieldErrors.invalid(FieldPaths.of(target, feature),
                    quantity.toString(), "must be positive"), target, feature);
        }
    }

    private static Map<String, EStructuralFeature> sources() {
        Map<String, EStructuralFeature> sources = new LinkedHashMap<>();
        sources.put("ContainerResource", Literals.METRIC_SPEC__CONTAINER_RESOURCE);
        sources.put("External", Literals.METRIC_SPEC__EXTERNAL);
        sources.put("Object", Literals.METRIC_SPEC__OBJECT);
        sources.put("Pods", Literals.METRIC_SPEC__PODS);
        sources.put("Resource", Literals.METRIC_SPEC__RESOURCE);
        return sources;
    }
}
