package io.pilothouse.runtime.controllers.podautoscaler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.OptionalLong;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Factory;
import io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.kubelet.Kubelet;

/**
 * The simulation's metrics from {@code resources/hpa/metrics.yaml}, two seconds after the pods were created (so
 * {@code finished} has exited and {@code starting} has not started): values in thousandths of their unit, empty when
 * the metric is not available.
 */
class KubeletMetricsSourceTest {

    private final Cluster cluster = new Cluster();
    private final KubeletMetricsSource source;

    KubeletMetricsSourceTest() {
        Kubelet kubelet = new Kubelet();
        cluster.add(kubelet);
        for (EObject object : Manifests.load("hpa", "metrics.yaml")) {
            cluster.store().create(object);
        }
        cluster.advance(Duration.ofSeconds(2));
        source = new KubeletMetricsSource(kubelet, cluster.store());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            two-containers | cpu    | -       | 300
            two-containers | cpu    | app     | 250
            two-containers | memory | sidecar | 20971520000
            two-containers | memory | -       | 125829120000
            two-containers | cpu    | other   | -
            two-containers | gpu    | -       | -
            one-value      | cpu    | -       | 200
            one-value      | cpu    | sidecar | 100
            idle           | cpu    | -       | 0
            idle           | memory | app     | 0
            not-ready      | cpu    | -       | 400
            starting       | cpu    | -       | -
            finished       | cpu    | -       | -
            unbound        | cpu    | -       | -
            """)
    void resourceUsageIsTheSumOverTheRunningContainers(String pod, String resource, String container, Long usage) {
        assertEquals(optional(usage), source.podResourceUsage(pod(pod), resource, container));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            two-containers | requests-per-second | 12000
            one-value      | requests-per-second | 1500
            not-ready      | requests-per-second | -
            idle           | requests-per-second | -
            """)
    void podMetricsComeFromThePodsAnnotations(String pod, String metric, Long value) {
        assertEquals(optional(value), source.podMetric(pod(pod), metric));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Service    | frontend       | hits  | 2000000
            Service    | frontend       | other | -
            Service    | backend        | hits  | -
            Pod        | two-containers | requests-per-second | 12000
            Ingress    | frontend       | hits  | -
            """)
    void objectMetricsComeFromTheDescribedObject(String kind, String name, String metric, Long value) {
        CrossVersionObjectReference object = AutoscalingV2Factory.eINSTANCE.createCrossVersionObjectReference();
        object.setKind(kind);
        object.setName(name);
        assertEquals(optional(value), source.objectMetric("shop", object, metric));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            shop    | queue-length | 30000
            shop    | other        | -
            missing | queue-length | -
            """)
    void externalMetricsComeFromTheNamespace(String namespace, String metric, Long value) {
        assertEquals(optional(value), source.externalMetric(namespace, metric, null));
    }

    private Pod pod(String name) {
        return cluster.store().get(CoreV1Package.Literals.POD, "shop", name);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
