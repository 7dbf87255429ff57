package io.pilothouse.runtime.controllers.podautoscaler;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.kubelet.Kubelet;

/**
 * The simulation's metrics: resource usage from the kubelet ({@code pilothouse.io/cpu-usage} and
 * {@code memory-usage}), custom metrics from the annotation {@code pilothouse.io/metric.<name>} of the pod (Pods
 * metrics) or of the described object (Object metrics), external metrics from that annotation on the namespace.
 */
public final class KubeletMetricsSource implements MetricsSource {

    /** The prefix of the annotations that carry metric values. */
    public static final String METRIC_ANNOTATION = "pilothouse.io/metric.";

    private static final List<String> RESOURCES = List.of("cpu", "memory");

    private final Kubelet kubelet;
    private final ObjectStore store;

    public KubeletMetricsSource(Kubelet kubelet, ObjectStore store) {
        this.kubelet = kubelet;
        this.store = store;
    }

    @Override
    public OptionalLong podResourceUsage(Pod pod, String resource, String container) {
        int index = RESOURCES.indexOf(resource);
        Map<String, List<Quantity>> usage = kubelet.usage(pod.getMetadata().getNamespace(),
                pod.getMetadata().getName());
        if (index < 0 || usage.isEmpty() || container != null && !usage.containsKey(container)) {
            return OptionalLong.empty();
        }
        long total = 0;
        for (Map.Entry<String, List<Quantity>> entry : usage.entrySet()) {
            if (container == null || container.equals(entry.getKey())) {
                total += entry.getValue().get(index).milliValue();
            }
        }
        return OptionalLong.of(total);
    }

    @Override
    public OptionalLong podMetric(Pod pod, String metric) {
        return annotated(pod.getMetadata(), metric);
    }

    @Override
    public OptionalLong objectMetric(String namespace, CrossVersionObjectReference object, String metric) {
        for (var kind : List.of(AppsV1Package.Literals.DEPLOYMENT, AppsV1Package.Literals.STATEFUL_SET,
                AppsV1Package.Literals.REPLICA_SET, CoreV1Package.Literals.SERVICE, CoreV1Package.Literals.POD)) {
            KindInfo info = KindInfo.of(kind);
            if (info.gvk().kind().equals(object.getKind())) {
                try {
                    return annotated(info.metadata(store.get(kind, namespace, object.getName())), metric);
                } catch (ApiException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong externalMetric(String namespace, String metric, LabelSelector selector) {
        try {
            Namespace object = store.get(CoreV1Package.Literals.NAMESPACE, "", namespace);
            return annotated(object.getMetadata(), metric);
        } catch (ApiException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong annotated(ObjectMeta meta, String metric) {
        String value = meta.getAnnotations().get(METRIC_ANNOTATION + metric);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Quantity.valueOf(value).milliValue());
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
