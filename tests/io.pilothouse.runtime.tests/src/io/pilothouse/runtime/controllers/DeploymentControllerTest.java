package io.pilothouse.runtime.controllers;

import static io.pilothouse.runtime.controllers.ControllerFixtures.deployment;
import static io.pilothouse.runtime.controllers.ControllerFixtures.events;
import static io.pilothouse.runtime.controllers.ControllerFixtures.markReady;
import static io.pilothouse.runtime.controllers.ControllerFixtures.pods;
import static io.pilothouse.runtime.controllers.ControllerFixtures.settle;
import static io.pilothouse.runtime.controllers.DeploymentRollingUpdateTest.conditions;
import static io.pilothouse.runtime.controllers.DeploymentRollingUpdateTest.replicaSet;
import static io.pilothouse.runtime.controllers.DeploymentRollingUpdateTest.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.controllers.deployment.DeploymentRollouts;

class DeploymentControllerTest {

    private static Cluster rolledOut(String fixture, String namespace) {
        Cluster cluster = ControllerFixtures.cluster();
        cluster.store().create(ControllerFixtures.<Deployment>load(fixture));
        settle(cluster);
        markReady(cluster, namespace, 100);
        return cluster;
    }

    private static void change(Cluster cluster, String name, Consumer<Deployment> change) {
        Deployment d = deployment(cluster, "default", name);
        change.accept(d);
        cluster.store().update(d);
    }

    private static void image(Cluster cluster, String name, String image) {
        change(cluster, name, d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(image));
    }

    private static List<ReplicaSet> replicaSets(Cluster cluster) {
        return cluster.store().list(AppsV1Package.Literals.REPLICA_SET, "default", null);
    }

    @Test
    void rollbackToRevisionOneReusesItsReplicaSetAsRevisionThree() {
        Cluster cluster = rolledOut("rolling-update.yaml", "default");
        String first = replicaSet(cluster, "1").getMetadata().getName();
        image(cluster, "web", "nginx:1.28");
        settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        assertEquals("0/10/10", state(cluster));
        String message = new DeploymentRollouts(cluster.store()).rollbackTo("default", "web", 1);
        assertEquals("deployment.apps/web rolled back", message);
        settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        ReplicaSet restored = replicaSet(cluster, "3");
        assertEquals(first, restored.getMetadata().getName());
        assertEquals("1", restored.getMetadata().getAnnotations().get("deployment.kubernetes.io/revision-history"));
        assertEquals(10, restored.getSpec().getReplicas());
        assertEquals(0, replicaSet(cluster, "2").getSpec().getReplicas());
        Deployment d = deployment(cluster, "default", "web");
        assertEquals("3", d.getMetadata().getAnnotations().get("deployment.kubernetes.io/revision"));
        assertEquals("nginx:1.27", d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
        assertTrue(pods(cluster, "default").stream().allMatch(pod -> pod.getMetadata().getName().startsWith(first)));
        assertEquals("deployment.apps/web skipped rollback (current template already matches revision 3)",
                new DeploymentRollouts(cluster.store()).rollbackTo("default", "web", 3));
    }

    @Test
    void recreateRemovesOldPodsBeforeCreatingNewOnes() {
        Cluster cluster = rolledOut("recreate.yaml", "default");
        String old = replicaSet(cluster, "1").getMetadata().getName();
        image(cluster, "db", "postgres:17");
        cluster.settle();
        assertEquals(1, replicaSets(cluster).size(), "no new ReplicaSet while old pods terminate");
        List<Pod> terminating = pods(cluster, "default");
        assertEquals(3, terminating.size());
        assertTrue(terminating.stream().allMatch(pod -> pod.getMetadata().getDeletionTimestamp() != null));
        settle(cluster);
        String created = replicaSet(cluster, "2").getMetadata().getName();
        List<String> scaling = events(cluster).stream().filter(e -> e.startsWith("ScalingReplicaSet")).toList();
        assertEquals(List.of("ScalingReplicaSet: Scaled up replica set " + old + " from 0 to 3",
                "ScalingReplicaSet: Scaled down replica set " + old + " from 3 to 0",
                "ScalingReplicaSet: Scaled up replica set " + created + " from 0 to 3"), scaling);
        assertTrue(pods(cluster, "default").stream().allMatch(p -> p.getMetadata().getName().startsWith(created)));
        assertEquals(3, pods(cluster, "default").size());
    }

    @Test
    void pausedDeploymentScalesButDoesNotRollOutUntilResumed() {
        Cluster cluster = rolledOut("rolling-update.yaml", "default");
        DeploymentRollouts rollouts = new DeploymentRollouts(cluster.store());
        rollouts.pause("default", "web");
        settle(cluster);
        image(cluster, "web", "nginx:1.28");
        change(cluster, "web", d -> d.getSpec().setReplicas(12));
        settle(cluster);
        assertEquals(1, replicaSets(cluster).size());
        assertEquals(12, replicaSet(cluster, "1").getSpec().getReplicas());
        assertTrue(conditions(deployment(cluster, "default", "web"))
                .contains("Progressing=Unknown/DeploymentPaused: Deployment is paused"));
        rollouts.resume("default", "web");
        settle(cluster);
        assertEquals(2, replicaSets(cluster).size());
        assertTrue(conditions(deployment(cluster, "default", "web"))
                .contains("Progressing=True/ReplicaSetUpdated"));
        assertEquals("10/5/10", state(cluster), "the 2 unready replicas scaled while paused go first");
    }

    @Test
    void scalingMidRolloutIsProportionalToMaxReplicas() {
        Cluster cluster = rolledOut("rolling-update.yaml", "default");
        image(cluster, "web", "nginx:1.28");
        settle(cluster);
        assertEquals("8/5/8", state(cluster));
        change(cluster, "web", d -> d.getSpec().setReplicas(20));
        settle(cluster);
        assertEquals("14/9/8", state(cluster));
        for (ReplicaSet rs : replicaSets(cluster)) {
            assertEquals("20", rs.getMetadata().getAnnotations().get("deployment.kubernetes.io/desired-replicas"));
            assertEquals("23", rs.getMetadata().getAnnotations().get("deployment.kubernetes.io/max-replicas"));
        }
    }

    @Test
    void progressDeadlineIsExceededAfterSixHundredSecondsWithoutProgress() {
        Cluster cluster = ControllerFixtures.cluster();
        cluster.store().create(ControllerFixtures.<Deployment>load("rolling-update.yaml"));
        settle(cluster);
        String rs = replicaSet(cluster, "1").getMetadata().getName();
        cluster.advance(Duration.ofSeconds(600));
        assertTrue(conditions(deployment(cluster, "default", "web")).contains("Progressing=True/ReplicaSetUpdated"));
        cluster.advance(Duration.ofSeconds(1));
        Deployment d = deployment(cluster, "default", "web");
        assertTrue(conditions(d).endsWith("Progressing=False/ProgressDeadlineExceeded: ReplicaSet \"" + rs
                + "\" has timed out progressing."), conditions(d));
        assertEquals("2026-01-01T00:10:01Z", d.getStatus().getConditions().get(1).getLastUpdateTime().toString());
    }

    @Test
    void revisionHistoryLimitKeepsTheNewestOldReplicaSets() {
        Cluster cluster = ControllerFixtures.cluster();
        Deployment web = ControllerFixtures.load("rolling-update.yaml");
        web.getSpec().setRevisionHistoryLimit(2);
        cluster.store().create(web);
        settle(cluster);
        markReady(cluster, "default", 100);
        for (String version : List.of("1.28", "1.29", "1.30", "1.31")) {
            image(cluster, "web", "nginx:" + version);
            settle(cluster);
            ControllerFixtures.markAllReady(cluster, "default");
        }
        List<String> revisions = replicaSets(cluster).stream()
                .map(rs -> rs.getMetadata().getAnnotations().get("deployment.kubernetes.io/revision")).sorted()
                .toList();
        assertEquals(List.of("3", "4", "5"), revisions);
    }

    @Test
    void identicalRunsGiveIdenticalNamesUidsAndEvents() {
        assertEquals(run(), run());
    }

    private static List<String> run() {
        Cluster cluster = rolledOut("rolling-update.yaml", "default");
        image(cluster, "web", "nginx:1.28");
        settle(cluster);
        ControllerFixtures.markAllReady(cluster, "default");
        List<String> trace = new ArrayList<>(events(cluster));
        for (Pod pod : pods(cluster, "default")) {
            trace.add(pod.getMetadata().getName() + " " + pod.getMetadata().getUid());
        }
        return trace;
    }
}
