package io.pilothouse.runtime.controllers;

import static io.pilothouse.runtime.controllers.ControllerFixtures.deployment;
import static io.pilothouse.runtime.controllers.ControllerFixtures.events;
import static io.pilothouse.runtime.controllers.ControllerFixtures.markReady;
import static io.pilothouse.runtime.controllers.ControllerFixtures.pods;
import static io.pilothouse.runtime.controllers.ControllerFixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.runtime.Cluster;

/** The acceptance scenario: 10 replicas, maxSurge 3, maxUnavailable 2. */
class DeploymentRollingUpdateTest {

    static final String REVISION = "deployment.kubernetes.io/revision";

    /** (old RS replicas, new RS replicas, available) after each step, as upstream's arithmetic gives them. */
    @Test
    void rolloutKeepsWithinSurgeAndUnavailabilityAtEveryStep() {
        Cluster cluster = ControllerFixtures.cluster();
        cluster.store().create(ControllerFixtures.<Deployment>load("rolling-update.yaml"));
        settle(cluster);
        markReady(cluster, "default", 10);
        assertEquals("10/0/10", state(cluster));
        Deployment d = deployment(cluster, "default", "web");
        d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:1.28");
        cluster.store().update(d);
        settle(cluster);
        List<String> steps = new ArrayList<>(List.of(state(cluster)));
        for (int ready : List.of(3, 2, 3, 2)) {
            markReady(cluster, "default", ready);
            steps.add(state(cluster));
        }
        assertEquals(List.of("8/5/8", "5/8/8", "3/10/8", "0/10/8", "0/10/10"), steps);
        assertEquals(10, pods(cluster, "default").size());
        List<String> scaling = events(cluster).stream().filter(e -> e.startsWith("ScalingReplicaSet")).toList();
        String old = replicaSet(cluster, "1").getMetadata().getName();
        String updated = replicaSet(cluster, "2").getMetadata().getName();
        assertEquals(List.of(
                "ScalingReplicaSet: Scaled up replica set " + old + " from 0 to 10",
                "ScalingReplicaSet: Scaled up replica set " + updated + " from 0 to 3",
                "ScalingReplicaSet: Scaled down replica set " + old + " from 10 to 8",
                "ScalingReplicaSet: Scaled up replica set " + updated + " from 3 to 5",
                "ScalingReplicaSet: Scaled down replica set " + old + " from 8 to 5",
                "ScalingReplicaSet: Scaled up replica set " + updated + " from 5 to 8",
                "ScalingReplicaSet: Scaled down replica set " + old + " from 5 to 3",
                "ScalingReplicaSet: Scaled up replica set " + updated + " from 8 to 10",
                "ScalingReplicaSet: Scaled down replica set " + old + " from 3 to 0"), scaling);
    }

    @Test
    void completedRolloutReportsStatusAndConditions() {
        Cluster cluster = ControllerFixtures.cluster();
        cluster.store().create(ControllerFixtures.<Deployment>load("rolling-update.yaml"));
        settle(cluster);
        Deployment pending = deployment(cluster, "default", "web");
        String rsName = replicaSet(cluster, "1").getMetadata().getName();
        assertEquals("Available=False/MinimumReplicasUnavailable: Deployment does not have minimum availability.;"
                + "Progressing=True/ReplicaSetUpdated: ReplicaSet \"" + rsName + "\" is progressing.",
                conditions(pending));
        markReady(cluster, "default", 10);
        Deployment d = deployment(cluster, "default", "web");
        assertEquals("1", d.getMetadata().getAnnotations().get(REVISION));
        assertEquals("Available=True/MinimumReplicasAvailable: Deployment has minimum availability.;"
                + "Progressing=True/NewReplicaSetAvailable: ReplicaSet \"" + rsName
                + "\" has successfully progressed.", conditions(d));
        assertEquals(List.of(10, 10, 10, 10, 0), List.of(d.getStatus().getReplicas(),
                d.getStatus().getUpdatedReplicas(), d.getStatus().getReadyReplicas(),
                d.getStatus().getAvailableReplicas(), d.getStatus().getTerminatingReplicas()));
        assertEquals(1L, d.getStatus().getObservedGeneration());
        ReplicaSet rs = replicaSet(cluster, "1");
        assertEquals(rsName, "web-" + rs.getMetadata().getLabels().get("pod-template-hash"));
        assertEquals("10", rs.getMetadata().getAnnotations().get("deployment.kubernetes.io/desired-replicas"));
        assertEquals("13", rs.getMetadata().getAnnotations().get("deployment.kubernetes.io/max-replicas"));
        assertEquals(rs.getMetadata().getLabels().get("pod-template-hash"),
                pods(cluster, "default").get(0).getMetadata().getLabels().get("pod-template-hash"));
    }

    static String conditions(Deployment d) {
        return String.join(";", d.getStatus().getConditions().stream()
                .map(c -> c.getType() + "=" + c.getStatus() + "/" + c.getReason() + ": " + c.getMessage()).toList());
    }

    /** {@code old/new/available}: old is the sum over the ReplicaSets but the newest revision. */
    static String state(Cluster cluster) {
        List<ReplicaSet> sets = cluster.store().list(AppsV1Package.Literals.REPLICA_SET, "default", null);
        long newest = sets.stream().mapToLong(ReplicaSetsByRevision::revision).max().orElse(0);
        int old = 0;
        int current = 0;
        for (ReplicaSet rs : sets) {
            if (ReplicaSetsByRevision.revision(rs) == newest && sets.size() > 1) {
                current += rs.getSpec().getReplicas();
            } else {
                old += rs.getSpec().getReplicas();
            }
        }
        Integer available = deployment(cluster, "default", sets.isEmpty()
                ? "web"
                : sets.get(0).getMetadata().getOwnerReferences().get(0).getName()).getStatus().getAvailableReplicas();
        return old + "/" + current + "/" + (available == null ? 0 : available);
    }

    static ReplicaSet replicaSet(Cluster cluster, String revision) {
        List<ReplicaSet> sets = cluster.store().list(AppsV1Package.Literals.REPLICA_SET, "default", null);
        return sets.stream().filter(rs -> revision.equals(rs.getMetadata().getAnnotations().get(REVISION)))
                .findFirst().orElseThrow();
    }

    /** Reads the revision annotation. */
    static final class ReplicaSetsByRevision {

        private ReplicaSetsByRevision() {}

        static long revision(ReplicaSet rs) {
            return Long.parseLong(rs.getMetadata().getAnnotations().get(REVISION));
        }
    }
}
