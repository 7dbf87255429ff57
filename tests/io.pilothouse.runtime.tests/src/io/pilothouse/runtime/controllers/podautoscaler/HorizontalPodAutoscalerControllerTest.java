package io.pilothouse.runtime.controllers.podautoscaler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.controllers.ControllerFixtures;

class HorizontalPodAutoscalerControllerTest {

    /** Every running pod uses the same cpu; nothing else is measured. */
    static final class UniformUsage implements MetricsSource {

        long cpu;

        @Override
        public OptionalLong podResourceUsage(Pod pod, String resource, String container) {
            return "Running".equals(pod.getStatus() == null ? null : pod.getStatus().getPhase())
                    && "cpu".equals(resource) ? OptionalLong.of(cpu) : OptionalLong.empty();
        }

        @Override
        public OptionalLong podMetric(Pod pod, String metric) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong objectMetric(String namespace, CrossVersionObjectReference object, String metric) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong externalMetric(String namespace, String metric, LabelSelector selector) {
            return OptionalLong.empty();
        }
    }

    private final UniformUsage usage = new UniformUsage();
    private final Cluster cluster = ControllerFixtures.cluster();

    @Test
    void scalesUpAtTheNextSyncAndDownOnlyAfterTheStabilizationWindow() {
        cluster.add(new HorizontalPodAutoscalerController(usage));
        cluster.store().create(Manifests.load("hpa", "web.yaml").get(0));
        ControllerFixtures.settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        usage.cpu = 100;
        advanceTo(60);
        cluster.store().create(Manifests.load("hpa", "web-hpa.yaml").get(0));
        ControllerFixtures.settle(cluster);
        assertEquals("2/2 cpu=50% (100m) AbleToScale=True/ReadyForNewScale ScalingActive=True/ValidMetricFound "
                + "ScalingLimited=False/DesiredWithinRange last=null", describe());

        usage.cpu = 200;
        advanceTo(74);
        assertEquals(2, replicas());
        advanceTo(75);
        assertEquals(4, replicas());
        assertEquals("2/4 cpu=100% (200m) AbleToScale=True/SucceededRescale ScalingActive=True/ValidMetricFound "
                + "ScalingLimited=False/DesiredWithinRange last=2026-01-01T00:01:15Z", describe());
        ControllerFixtures.markAllReady(cluster, "default");

        usage.cpu = 50;
        advanceTo(90);
        assertEquals(4, replicas());
        assertEquals("4/4 cpu=25% (50m) AbleToScale=True/ScaleDownStabilized ScalingActive=True/ValidMetricFound "
                + "ScalingLimited=False/DesiredWithinRange last=2026-01-01T00:01:15Z", describe());
        advanceTo(374);
        assertEquals(4, replicas());
        advanceTo(375);
        assertEquals(2, replicas());
        assertEquals(List.of("SuccessfulRescale: New size: 4; reason: cpu resource utilization (percentage of "
                + "request) above target", "SuccessfulRescale: New size: 2; reason: All metrics below target"),
                ControllerFixtures.events(cluster).stream().filter(e -> e.startsWith("SuccessfulRescale")).toList());
    }

    @Test
    void reportsMissingRequestsAsAnInactiveScaling() {
        cluster.add(new HorizontalPodAutoscalerController(usage));
        Deployment deployment = (Deployment) Manifests.load("hpa", "web.yaml").get(0);
        deployment.getSpec().getTemplate().getSpec().getContainers().get(0).setResources(null);
        cluster.store().create(deployment);
        ControllerFixtures.settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        usage.cpu = 100;
        advanceTo(60);
        cluster.store().create(Manifests.load("hpa", "web-hpa.yaml").get(0));
        ControllerFixtures.settle(cluster);
        HorizontalPodAutoscaler hpa = hpa();
        assertEquals("the HPA was unable to compute the replica count: missing request for cpu in container app "
                + "of Pod " + ControllerFixtures.pods(cluster, "default").get(0).getMetadata().getName(),
                hpa.getStatus().getConditions().get(1).getMessage());
        assertEquals("FailedGetResourceMetric", hpa.getStatus().getConditions().get(1).getReason());
    }

    @Test
    void isDeterministic() {
        assertEquals(runTwice(), runTwice());
    }

    private List<String> runTwice() {
        HorizontalPodAutoscalerControllerTest run = new HorizontalPodAutoscalerControllerTest();
        run.scalesUpAtTheNextSyncAndDownOnlyAfterTheStabilizationWindow();
        return ControllerFixtures.events(run.cluster);
    }

    private void advanceTo(long seconds) {
        cluster.advance(Duration.between(cluster.clock().now(), VirtualClock.EPOCH.plusSeconds(seconds)));
        ControllerFixtures.settle(cluster);
    }

    private int replicas() {
        return ControllerFixtures.deployment(cluster, "default", "web").getSpec().getReplicas();
    }

    private HorizontalPodAutoscaler hpa() {
        return cluster.store().get(AutoscalingV2Package.Literals.HORIZONTAL_POD_AUTOSCALER, "default", "web");
    }

    private String describe() {
        HorizontalPodAutoscalerStatus status = hpa().getStatus();
        StringBuilder text = new StringBuilder(status.getCurrentReplicas() + "/" + status.getDesiredReplicas());
        status.getCurrentMetrics().forEach(m -> text.append(' ').append(m.getResource().getName()).append('=')
                .append(m.getResource().getCurrent().getAverageUtilization()).append("% (")
                .append(m.getResource().getCurrent().getAverageValue()).append(')'));
        status.getConditions().forEach(c -> text.append(' ').append(c.getType()).append('=').append(c.getStatus())
                .append('/').append(c.getReason()));
        return text.append(" last=").append(status.getLastScaleTime()).toString();
    }
}
