package io.pilothouse.runtime.controllers.podautoscaler;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Factory;
import io.pilothouse.model.k8s.autoscaling.v2.MetricSpec;
import io.pilothouse.model.k8s.autoscaling.v2.MetricStatus;
import io.pilothouse.model.k8s.autoscaling.v2.MetricTarget;
import io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.controllers.podautoscaler.ReplicaCalculator.MetricException;
import io.pilothouse.runtime.controllers.podautoscaler.ReplicaCalculator.Replicas;

/**
 * One metric of an autoscaler, as upstream's {@code computeReplicasForMetric}: the replicas it proposes, its name
 * for messages ({@code cpu resource utilization (percentage of request)}) and its status.
 */
final class MetricEvaluator {

    /** What a metric proposes. */
    record Proposal(int replicas, String name, MetricStatus status) {}

    private static final AutoscalingV2Factory AUTOSCALING = AutoscalingV2Factory.eINSTANCE;

    private final MetricsSource source;
    private final ReplicaCalculator calculator;
    private final String namespace;
    private final List<Pod> pods;

    MetricEvaluator(MetricsSource source, ReplicaCalculator calculator, String namespace, List<Pod> pods) {
        this.source = source;
        this.calculator = calculator;
        this.namespace = namespace;
        this.pods = pods;
    }

    /** The condition reason of a metric that failed, {@code FailedGetResourceMetric}. */
    static String failureReason(MetricSpec spec) {
        return "Failed" + (spec.getType() == null ? "" : "Get" + spec.getType()) + "Metric";
    }

    Proposal evaluate(MetricSpec spec, int current) {
        MetricStatus status = AUTOSCALING.createMetricStatus();
        status.setType(spec.getType());
        return switch (spec.getType() == null ? "" : spec.getType()) {
            case "Resource" -> resource(spec.getResource().getName(), null, spec.getResource().getTarget(), current,
                    status);
            case "ContainerResource" -> resource(spec.getContainerResource().getName(),
                    spec.getContainerResource().getContainer(), spec.getContainerResource().getTarget(), current,
                    status);
            case "Pods" -> pods(spec, current, status);
            case "Object" -> object(spec, current, status);
            case "External" -> external(spec, current, status);
            default -> throw new MetricException("unknown metric source type " + '"' + spec.getType() + '"');
        };
    }

    private Proposal resource(String resource, String container, MetricTarget target, int current,
            MetricStatus status) {
        Map<String, Long> samples = ReplicaCalculator.samples(pods,
                pod -> source.podResourceUsage(pod, resource, container));
        MetricValueStatus value = AUTOSCALING.createMetricValueStatus();
        String prefix = container == null ? resource : resource + " container";
        if (container == null) {
            status.setResource(AUTOSCALING.createResourceMetricStatus());
            status.getResource().setName(resource);
            status.getResource().setCurrent(value);
        } else {
            status.setContainerResource(AUTOSCALING.createContainerResourceMetricStatus());
            status.getContainerResource().setName(resource);
            status.getContainerResource().setContainer(container);
            status.getContainerResource().setCurrent(value);
        }
        if (target.getAverageValue() != null) {
            Replicas replicas = calculator.averageValue(current, target.getAverageValue().milliValue(),
                    "cpu".equals(resource), pods, samples);
            value.setAverageValue(milli(replicas.usage()));
            return new Proposal(replicas.count(), prefix + " resource", status);
        }
        if (target.getAverageUtilization() == null) {
            throw new MetricException("invalid resource metric source: neither an average utilization target nor "
                    + "an average value target was set");
        }
        Replicas replicas = calculator.resourceUtilization(current, target.getAverageUtilization(), resource,
                container, pods, samples);
        value.setAverageUtilization(replicas.utilization());
        value.setAverageValue(milli(replicas.usage()));
        return new Proposal(replicas.count(), prefix + " resource utilization (percentage of request)", status);
    }

    private Proposal pods(MetricSpec spec, int current, MetricStatus status) {
        String metric = spec.getPods().getMetric().getName();
        Map<String, Long> samples = ReplicaCalculator.samples(pods, pod -> source.podMetric(pod, metric));
        Replicas replicas = calculator.averageValue(current, spec.getPods().getTarget().getAverageValue()
                .milliValue(), false, pods, samples);
        status.setPods(AUTOSCALING.createPodsMetricStatus());
        status.getPods().setMetric(copy(spec.getPods().getMetric()));
        status.getPods().setCurrent(AUTOSCALING.createMetricValueStatus());
        status.getPods().getCurrent().setAverageValue(milli(replicas.usage()));
        return new Proposal(replicas.count(), "pods metric " + metric, status);
    }

    private Proposal object(MetricSpec spec, int current, MetricStatus status) {
        String metric = spec.getObject().getMetric().getName();
        long usage = source.objectMetric(namespace, spec.getObject().getDescribedObject(), metric)
                .orElseThrow(() -> new MetricException("unable to get metric " + metric + ": no metrics returned"));
        status.setObject(AUTOSCALING.createObjectMetricStatus());
        status.getObject().setMetric(copy(spec.getObject().getMetric()));
        status.getObject().setDescribedObject(copy(spec.getObject().getDescribedObject()));
        status.getObject().setCurrent(AUTOSCALING.createMetricValueStatus());
        Replicas replicas = totalProposal(spec.getObject().getTarget(), current, usage,
                status.getObject().getCurrent());
        return new Proposal(replicas.count(), spec.getObject().getDescribedObject().getKind() + " metric " + metric,
                status);
    }

    private Proposal external(MetricSpec spec, int current, MetricStatus status) {
        String metric = spec.getExternal().getMetric().getName();
        long usage = source.externalMetric(namespace, metric, spec.getExternal().getMetric().getSelector())
                .orElseThrow(() -> new MetricException("unable to get external metric " + namespace + "/" + metric
                        + ": no metrics returned from external metrics API"));
        status.setExternal(AUTOSCALING.createExternalMetricStatus());
        status.getExternal().setMetric(copy(spec.getExternal().getMetric()));
        status.getExternal().setCurrent(AUTOSCALING.createMetricValueStatus());
        Replicas replicas = totalProposal(spec.getExternal().getTarget(), current, usage,
                status.getExternal().getCurrent());
        return new Proposal(replicas.count(), "external metric " + metric, status);
    }

    private Replicas totalProposal(MetricTarget target, int current, long usage, MetricValueStatus value) {
        if (target.getAverageValue() != null) {
            Replicas replicas = calculator.averageOfTotal(current, target.getAverageValue().milliValue(), usage);
            value.setAverageValue(milli(replicas.usage()));
            return replicas;
        }
        if (target.getValue() == null) {
            throw new MetricException("invalid metric source: neither a value target nor an average value target "
                    + "was set");
        }
        value.setValue(milli(usage));
        return calculator.value(current, target.getValue().milliValue(), usage, pods);
    }

    private static <T extends EObject> T copy(T object) {
        return EcoreUtil.copy(object);
    }

    private static Quantity milli(long value) {
        return Quantity.valueOf(value + "m");
    }
}
