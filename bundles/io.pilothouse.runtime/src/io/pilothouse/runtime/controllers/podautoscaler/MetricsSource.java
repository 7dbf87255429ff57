package io.pilothouse.runtime.controllers.podautoscaler;

import java.time.Duration;
import java.util.OptionalLong;

import io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;

/**
 * What the HorizontalPodAutoscaler reads in place of the resource, custom and external metrics APIs. Values are in
 * thousandths of the metric's unit (millicores for cpu, millibytes for memory); an empty value means the metric is
 * not available. Samples are taken now and cover {@link #WINDOW}.
 */
public interface MetricsSource {

    /** The window a sample covers, as metrics-server's default resolution. */
    Duration WINDOW = Duration.ofSeconds(15);

    /** The usage of a resource by the running containers of a pod, or of one container when it is not null. */
    OptionalLong podResourceUsage(Pod pod, String resource, String container);

    /** A per-pod custom metric ({@code Pods} metric source). */
    OptionalLong podMetric(Pod pod, String metric);

    /** A metric describing an object of the namespace ({@code Object} metric source). */
    OptionalLong objectMetric(String namespace, CrossVersionObjectReference object, String metric);

    /** The total of an external metric as seen from a namespace ({@code External} metric source). */
    OptionalLong externalMetric(String namespace, String metric, LabelSelector selector);
}
