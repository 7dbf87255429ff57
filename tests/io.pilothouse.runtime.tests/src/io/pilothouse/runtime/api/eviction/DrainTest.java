package io.pilothouse.runtime.api.eviction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.controllers.ControllerFixtures;
import io.pilothouse.runtime.controllers.disruption.DisruptionController;
import io.pilothouse.runtime.controllers.podautoscaler.Manifests;

class DrainTest {

    private final Cluster cluster = ControllerFixtures.cluster();

    private List<Pod> start() {
        cluster.add(new DisruptionController());
        for (EObject object : Manifests.load("disruption", "frontend.yaml")) {
            cluster.store().create(object);
        }
        ControllerFixtures.settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        return ControllerFixtures.pods(cluster, "default");
    }

    @Test
    void budgetStatusCountsTheHealthyPods() {
        start();
        PodDisruptionBudget pdb = pdb();
        assertEquals("healthy 2/2 expected 2 allowed 0 generation 1 DisruptionAllowed=False/InsufficientPods",
                "healthy " + pdb.getStatus().getCurrentHealthy() + "/" + pdb.getStatus().getDesiredHealthy()
                        + " expected " + pdb.getStatus().getExpectedPods() + " allowed "
                        + pdb.getStatus().getDisruptionsAllowed() + " generation "
                        + pdb.getStatus().getObservedGeneration() + " DisruptionAllowed="
                        + pdb.getStatus().getConditions().get(0).getStatus() + "/"
                        + pdb.getStatus().getConditions().get(0).getReason());
    }

    @Test
    void evictionViolatingTheBudgetIsRefusedWith429() {
        Pod pod = start().get(0);
        ApiException refused = assertThrows(ApiException.class, () -> new Evictions(cluster.store()).evict(
                "default", pod.getMetadata().getName(), null));
        assertEquals(429, refused.code());
        assertEquals(Evictions.VIOLATION, refused.getMessage());
        assertEquals("DisruptionBudget: The disruption budget frontend needs 2 healthy pods and has 2 currently",
                refused.status().getDetails().getCauses().get(0).getReason() + ": "
                        + refused.status().getDetails().getCauses().get(0).getMessage());
    }

    @Test
    void drainIsBlockedByTheBudgetButCordonsTheNode() {
        List<Pod> pods = start();
        Drain.Result result = new Drain(cluster.store()).drain("node-1");
        assertEquals(List.of(), result.evicted());
        assertEquals(pods.stream().map(p -> "error when evicting pods/\"" + p.getMetadata().getName()
                + "\" -n \"default\": " + Evictions.VIOLATION).toList(), result.failed());
        Node node = cluster.store().get(CoreV1Package.Literals.NODE, "", "node-1");
        assertEquals(Boolean.TRUE, node.getSpec().getUnschedulable());
    }

    @Test
    void evictionAllowedByTheBudgetRecordsTheDisruptedPod() {
        start();
        Deployment deployment = ControllerFixtures.deployment(cluster, "default", "frontend");
        deployment.getSpec().setReplicas(3);
        cluster.store().update(deployment);
        ControllerFixtures.settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        assertEquals(1, pdb().getStatus().getDisruptionsAllowed());
        String victim = ControllerFixtures.pods(cluster, "default").get(0).getMetadata().getName();
        new Evictions(cluster.store()).evict("default", victim, null);
        assertEquals("2026-01-01T00:00:00Z", pdb().getStatus().getDisruptedPods().get(victim).toString());
        assertEquals(0, pdb().getStatus().getDisruptionsAllowed());
    }

    private PodDisruptionBudget pdb() {
        return cluster.store().get(PolicyV1Package.Literals.POD_DISRUPTION_BUDGET, "default", "frontend");
    }
}
