package io.pilothouse.runtime.controllers.statefulset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.controllers.ControllerFixtures;

class StatefulSetControllerTest {

    static StatefulSet load() {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "statefulset",
                "web.yaml");
        return (StatefulSet) new ManifestLoader(KindRegistry.builtIn()).load(path).objects().get(0);
    }

    static Cluster cluster(StatefulSet set) {
        Cluster cluster = new Cluster();
        cluster.add(new StatefulSetController());
        cluster.store().create(set);
        cluster.settle();
        return cluster;
    }

    static StatefulSet get(Cluster cluster) {
        return cluster.store().get(AppsV1Package.Literals.STATEFUL_SET, "default", "web");
    }

    static Pod pod(Cluster cluster, String name) {
        return cluster.store().get(CoreV1Package.Literals.POD, "default", name);
    }

    /** The pods by name, each as {@code name} or {@code name(terminating)}. */
    static List<String> pods(Cluster cluster) {
        return ControllerFixtures.pods(cluster, "default").stream().map(pod -> pod.getMetadata().getName()
                + (pod.getMetadata().getDeletionTimestamp() == null ? "" : "(terminating)")).toList();
    }

    static void ready(Cluster cluster, String name) {
        ControllerFixtures.markReady(cluster, pod(cluster, name));
        cluster.settle();
    }

    static void finishTermination(Cluster cluster, String name) {
        cluster.store().delete(CoreV1Package.Literals.POD, "default", name, 0L);
        cluster.settle();
    }

    static void scale(Cluster cluster, int replicas) {
        StatefulSet set = get(cluster);
        set.getSpec().setReplicas(replicas);
        cluster.store().update(set);
        cluster.settle();
    }

    static void setImage(Cluster cluster, String image) {
        StatefulSet set = get(cluster);
        set.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(image);
        cluster.store().update(set);
        cluster.settle();
    }

    static List<String> events(Cluster cluster) {
        return ControllerFixtures.events(cluster);
    }

    @Test
    void orderedReadyCreatesEachPodOnlyWhenThePreviousIsReadyAndScalesDownFromTheHighest() {
        Cluster cluster = cluster(load());
        assertEquals(List.of("web-0"), pods(cluster));
        ready(cluster, "web-0");
        assertEquals(List.of("web-0", "web-1"), pods(cluster));
        ready(cluster, "web-1");
        assertEquals(List.of("web-0", "web-1", "web-2"), pods(cluster));
        ready(cluster, "web-2");
        assertEquals(List.of(3, 3, 3), Arrays.asList(get(cluster).getStatus().getReplicas(),
                get(cluster).getStatus().getReadyReplicas(), get(cluster).getStatus().getAvailableReplicas()));

        scale(cluster, 1);
        assertEquals(List.of("web-0", "web-1", "web-2(terminating)"), pods(cluster));
        finishTermination(cluster, "web-2");
        assertEquals(List.of("web-0", "web-1(terminating)"), pods(cluster));
        finishTermination(cluster, "web-1");
        assertEquals(List.of("web-0"), pods(cluster));
        assertEquals(List.of(
                "SuccessfulCreate: create Claim www-web-0 Pod web-0 in StatefulSet web success",
                "SuccessfulCreate: create Pod web-0 in StatefulSet web successful",
                "SuccessfulCreate: create Claim www-web-1 Pod web-1 in StatefulSet web success",
                "SuccessfulCreate: create Pod web-1 in StatefulSet web successful",
                "SuccessfulCreate: create Claim www-web-2 Pod web-2 in StatefulSet web success",
                "SuccessfulCreate: create Pod web-2 in StatefulSet web successful",
                "SuccessfulDelete: delete Pod web-2 in StatefulSet web successful",
                "SuccessfulDelete: delete Pod web-1 in StatefulSet web successful"), events(cluster));
    }

    @Test
    void podsCarryTheirStableIdentity() {
        StatefulSet set = load();
        set.getSpec().setOrdinals(AppsV1Factory.eINSTANCE.createStatefulSetOrdinals());
        set.getSpec().getOrdinals().setStart(5);
        set.getSpec().setPodManagementPolicy("Parallel");
        Cluster cluster = cluster(set);
        assertEquals(List.of("web-5", "web-6", "web-7"), pods(cluster));
        Pod pod = pod(cluster, "web-6");
        String revision = get(cluster).getStatus().getUpdateRevision();
        assertEquals(Map.of("app", "nginx", "statefulset.kubernetes.io/pod-name", "web-6",
                "apps.kubernetes.io/pod-index", "6", "controller-revision-hash", revision),
                new TreeMap<>(pod.getMetadata().getLabels().map()));
        assertEquals(List.of("web-6", "nginx"), List.of(pod.getSpec().getHostname(), pod.getSpec().getSubdomain()));
        assertEquals("www-web-6", pod.getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName());
        PersistentVolumeClaim claim = cluster.store().get(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, "default",
                "www-web-6");
        assertEquals(Map.of("app", "nginx"), Map.copyOf(claim.getMetadata().getLabels().map()));
        assertEquals(1, cluster.store().list(AppsV1Package.Literals.CONTROLLER_REVISION, "default", null).size());
        assertEquals(revision, get(cluster).getStatus().getCurrentRevision());
    }

    /** The claim owners under each retention policy, for a pod in scale and for one scaled away (condemned). */
    @ParameterizedTest
    @CsvSource({"Retain, Retain, '', ''", "Delete, Retain, StatefulSet, StatefulSet",
            "Retain, Delete, '', Pod", "Delete, Delete, StatefulSet, Pod"})
    void claimOwnersFollowTheRetentionPolicy(String whenDeleted, String whenScaled, String inScale,
            String condemned) {
        StatefulSet set = load();
        set.getSpec().setPodManagementPolicy("Parallel");
        set.getSpec().setReplicas(2);
        set.getSpec().setPersistentVolumeClaimRetentionPolicy(
                AppsV1Factory.eINSTANCE.createStatefulSetPersistentVolumeClaimRetentionPolicy());
        set.getSpec().getPersistentVolumeClaimRetentionPolicy().setWhenDeleted(whenDeleted);
        set.getSpec().getPersistentVolumeClaimRetentionPolicy().setWhenScaled(whenScaled);
        Cluster cluster = cluster(set);
        ready(cluster, "web-0");
        ready(cluster, "web-1");
        assertEquals(inScale, owners(cluster, "www-web-1"));
        scale(cluster, 1);
        assertEquals(List.of("web-0", "web-1(terminating)"), pods(cluster));
        assertEquals(condemned, owners(cluster, "www-web-1"));
        assertEquals(inScale, owners(cluster, "www-web-0"));
    }

    private static String owners(Cluster cluster, String claim) {
        PersistentVolumeClaim pvc = cluster.store().get(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, "default",
                claim);
        return String.join(",", pvc.getMetadata().getOwnerReferences().stream().map(ref -> ref.getKind()).toList());
    }

    @Test
    void partitionedRollingUpdateReplacesOnlyOrdinalsFromThePartitionHighestFirst() {
        StatefulSet set = load();
        set.getSpec().setUpdateStrategy(AppsV1Factory.eINSTANCE.createStatefulSetUpdateStrategy());
        set.getSpec().getUpdateStrategy().setType("RollingUpdate");
        set.getSpec().getUpdateStrategy().setRollingUpdate(
                AppsV1Factory.eINSTANCE.createRollingUpdateStatefulSetStrategy());
        set.getSpec().getUpdateStrategy().getRollingUpdate().setPartition(1);
        Cluster cluster = cluster(set);
        ready(cluster, "web-0");
        ready(cluster, "web-1");
        ready(cluster, "web-2");
        String oldRevision = get(cluster).getStatus().getCurrentRevision();
        setImage(cluster, "registry.k8s.io/nginx-slim:0.25");
        String newRevision = get(cluster).getStatus().getUpdateRevision();
        assertEquals(List.of("web-0", "web-1", "web-2(terminating)"), pods(cluster));
        finishTermination(cluster, "web-2");
        assertEquals(newRevision, StatefulPods.revisionOf(pod(cluster, "web-2")));
        assertEquals("registry.k8s.io/nginx-slim:0.25",
                pod(cluster, "web-2").getSpec().getContainers().get(0).getImage());
        assertEquals(List.of("web-0", "web-1", "web-2"), pods(cluster), "web-1 waits for web-2 to be ready");
        ready(cluster, "web-2");
        assertEquals(List.of("web-0", "web-1(terminating)", "web-2"), pods(cluster));
        finishTermination(cluster, "web-1");
        ready(cluster, "web-1");
        assertEquals(List.of("web-0", "web-1", "web-2"), pods(cluster), "web-0 is below the partition");
        assertEquals(oldRevision, StatefulPods.revisionOf(pod(cluster, "web-0")));
        StatefulSetStatus status = get(cluster).getStatus();
        assertEquals(List.of(3, 1, 2, oldRevision, newRevision), Arrays.asList(status.getReplicas(),
                status.getCurrentReplicas(), status.getUpdatedReplicas(), status.getCurrentRevision(),
                status.getUpdateRevision()));

        finishTermination(cluster, "web-0");
        assertEquals(oldRevision, StatefulPods.revisionOf(pod(cluster, "web-0")), "recreated at the old revision");
        assertEquals("registry.k8s.io/nginx-slim:0.24",
                pod(cluster, "web-0").getSpec().getContainers().get(0).getImage());
    }

    @Test
    void onDeleteLeavesOutdatedPodsUntilTheyAreDeleted() {
        StatefulSet set = load();
        set.getSpec().setUpdateStrategy(AppsV1Factory.eINSTANCE.createStatefulSetUpdateStrategy());
        set.getSpec().getUpdateStrategy().setType("OnDelete");
        set.getSpec().setReplicas(1);
        Cluster cluster = cluster(set);
        ready(cluster, "web-0");
        setImage(cluster, "registry.k8s.io/nginx-slim:0.25");
        assertEquals(List.of("web-0"), pods(cluster));
        assertNull(get(cluster).getStatus().getUpdatedReplicas());
        finishTermination(cluster, "web-0");
        assertEquals("registry.k8s.io/nginx-slim:0.25",
                pod(cluster, "web-0").getSpec().getContainers().get(0).getImage());
        assertNotNull(get(cluster).getStatus().getUpdatedReplicas());
    }

    @Test
    void sameInputGivesTheSameObjects() {
        List<String> first = run();
        assertEquals(first, run());
    }

    private static List<String> run() {
        StatefulSet set = load();
        set.getSpec().setPodManagementPolicy("Parallel");
        Cluster cluster = cluster(set);
        return cluster.store().<Pod>list(CoreV1Package.Literals.POD, null, null).stream()
                .map(pod -> pod.getMetadata().getUid() + " " + new TreeMap<>(pod.getMetadata().getLabels().map()))
                .toList();
    }
}
