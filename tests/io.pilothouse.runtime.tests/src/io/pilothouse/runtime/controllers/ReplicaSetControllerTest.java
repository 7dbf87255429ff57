package io.pilothouse.runtime.controllers;

import static io.pilothouse.runtime.controllers.ControllerFixtures.events;
import static io.pilothouse.runtime.controllers.ControllerFixtures.markReady;
import static io.pilothouse.runtime.controllers.ControllerFixtures.pods;
import static io.pilothouse.runtime.controllers.ControllerFixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.Cluster;

class ReplicaSetControllerTest {

    private static ReplicaSet get(Cluster cluster) {
        return cluster.store().get(AppsV1Package.Literals.REPLICA_SET, "default", "cache");
    }

    private static void scale(Cluster cluster, int replicas) {
        ReplicaSet rs = get(cluster);
        rs.getSpec().setReplicas(replicas);
        cluster.store().update(rs);
    }

    @Test
    void createsPodsFromTheTemplateOwnedByTheReplicaSet() {
        Cluster cluster = ControllerFixtures.cluster();
        cluster.store().create(ControllerFixtures.<ReplicaSet>load("replicaset.yaml"));
        cluster.settle();
        ReplicaSet rs = get(cluster);
        List<Pod> pods = pods(cluster, "default");
        assertEquals(3, pods.size());
        List<String> created = new ArrayList<>();
        for (Pod pod : pods) {
            assertTrue(pod.getMetadata().getName().matches("cache-[bcdfghjklmnpqrstvwxz2456789]{5}"));
            assertEquals(Map.of("app", "cache", "tier", "backend"), Map.copyOf(pod.getMetadata().getLabels().map()));
            OwnerReference owner = pod.getMetadata().getOwnerReferences().get(0);
            assertEquals(List.of("apps/v1", "ReplicaSet", "cache", rs.getMetadata().getUid(), "true", "true"),
                    List.of(owner.getApiVersion(), owner.getKind(), owner.getName(), owner.getUid(),
                            owner.getController().toString(), owner.getBlockOwnerDeletion().toString()));
            created.add("SuccessfulCreate: Created pod: " + pod.getMetadata().getName());
        }
        assertEquals(created.stream().sorted().toList(), events(cluster).stream().sorted().toList());
        assertEquals(List.of(3, 3, 1L), Arrays.asList(rs.getStatus().getReplicas(),
                rs.getStatus().getFullyLabeledReplicas(), rs.getStatus().getObservedGeneration()));
        assertNull(rs.getStatus().getReadyReplicas());
    }

    @Test
    void adoptsMatchingOrphansAndReleasesPodsThatStopMatching() {
        Cluster cluster = ControllerFixtures.cluster();
        Pod orphan = CoreV1Factory.eINSTANCE.createPod();
        orphan.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        orphan.getMetadata().setName("stray");
        orphan.getMetadata().getLabels().put("app", "cache");
        orphan.setSpec(EcoreUtil.copy(ControllerFixtures.<ReplicaSet>load("replicaset.yaml").getSpec().getTemplate()
                .getSpec()));
        cluster.store().create(orphan);
        cluster.store().create(ControllerFixtures.<ReplicaSet>load("replicaset.yaml"));
        cluster.settle();
        assertEquals(3, pods(cluster, "default").size());
        Pod stray = cluster.store().get(CoreV1Package.Literals.POD, "default",
                "stray");
        assertEquals("cache", stray.getMetadata().getOwnerReferences().get(0).getName());
        assertEquals(2, get(cluster).getStatus().getFullyLabeledReplicas());
        stray.getMetadata().getLabels().put("app", "other");
        cluster.store().update(stray);
        cluster.settle();
        stray = cluster.store().get(CoreV1Package.Literals.POD, "default", "stray");
        assertTrue(stray.getMetadata().getOwnerReferences().isEmpty());
        assertEquals(4, pods(cluster, "default").size());
    }

    @Test
    void availabilityWaitsForMinReadySecondsInVirtualTime() {
        Cluster cluster = ControllerFixtures.cluster();
        ReplicaSet rs = ControllerFixtures.load("replicaset.yaml");
        rs.getSpec().setMinReadySeconds(10);
        cluster.store().create(rs);
        cluster.settle();
        markReady(cluster, "default", 3);
        assertEquals(3, get(cluster).getStatus().getReadyReplicas());
        assertNull(get(cluster).getStatus().getAvailableReplicas());
        cluster.advance(Duration.ofSeconds(10));
        assertNull(get(cluster).getStatus().getAvailableReplicas(), "available only after, not at, 10 s");
        cluster.advance(Duration.ofSeconds(1));
        assertEquals(3, get(cluster).getStatus().getAvailableReplicas());
    }

    /**
     * Six pods, by name: unassigned, bound but Pending, Running not ready, ready with deletion cost -10, ready
     * 100 s later, ready with the first; scaled down, they go in that order.
     */
    @ParameterizedTest
    @CsvSource({"5, 0", "4, 0 1", "3, 0 1 2", "2, 0 1 2 3", "1, 0 1 2 3 4", "0, 0 1 2 3 4 5"})
    void scaleDownDeletesInUpstreamVictimOrder(int replicas, String victims) {
        Cluster cluster = ControllerFixtures.cluster();
        ReplicaSet rs = ControllerFixtures.load("replicaset.yaml");
        rs.getSpec().setReplicas(6);
        cluster.store().create(rs);
        cluster.settle();
        List<Pod> pods = pods(cluster, "default");
        int[] roles = {4, 1, 5, 0, 2, 3};
        Pod[] byRole = new Pod[6];
        for (int i = 0; i < 6; i++) {
            byRole[roles[i]] = pods.get(i);
        }
        Pod bound = EcoreUtil.copy(byRole[1]);
        bound.getSpec().setNodeName(ControllerFixtures.NODE);
        cluster.store().update(bound);
        markReady(cluster, byRole[2]);
        Pod notReady = cluster.store().get(CoreV1Package.Literals.POD, "default",
                byRole[2].getMetadata().getName());
        notReady.getStatus().getConditions().forEach(c -> c.setStatus("False"));
        cluster.store().updateStatus(notReady);
        Pod cheap = EcoreUtil.copy(byRole[3]);
        cheap.getMetadata().getAnnotations().put("controller.kubernetes.io/pod-deletion-cost", "-10");
        markReady(cluster, cluster.store().update(cheap));
        markReady(cluster, byRole[5]);
        cluster.advance(Duration.ofSeconds(100));
        markReady(cluster, byRole[4]);
        cluster.advance(Duration.ofSeconds(100));
        scale(cluster, replicas);
        cluster.settle();
        List<String> expected = Arrays.stream(victims.split(" "))
                .map(role -> "SuccessfulDelete: Deleted pod: " + byRole[Integer.parseInt(role)].getMetadata().getName())
                .toList();
        assertEquals(expected, events(cluster).stream().filter(e -> e.startsWith("SuccessfulDelete")).toList());
        settle(cluster);
        assertEquals(replicas, pods(cluster, "default").size());
    }
}
