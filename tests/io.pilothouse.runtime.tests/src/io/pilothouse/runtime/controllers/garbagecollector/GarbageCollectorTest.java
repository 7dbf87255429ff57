package io.pilothouse.runtime.controllers.garbagecollector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.Deletions;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.WatchEvent;
import io.pilothouse.runtime.controllers.ControllerFixtures;

class GarbageCollectorTest {

    /** The objects of a fixture file of {@code resources/<area>/}. */
    static List<EObject> load(String area, String file) {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", area, file);
        LoadResult result = new ManifestLoader(KindRegistry.builtIn()).load(path);
        if (result.hasErrors() || result.objects().isEmpty()) {
            throw new IllegalStateException("cannot load " + path + ": " + result.documents());
        }
        return result.objects();
    }

    private static final class Scenario {
        final Cluster cluster = ControllerFixtures.cluster();
        final List<String> deleted = new ArrayList<>();

        Scenario() {
            cluster.add(new GarbageCollector());
            cluster.store().create(load("gc", "deployment.yaml").get(0));
            ControllerFixtures.settle(cluster);
            ControllerFixtures.markReady(cluster, "default", 2);
            for (var kind : List.of(CoreV1Package.Literals.POD, AppsV1Package.Literals.REPLICA_SET,
                    AppsV1Package.Literals.DEPLOYMENT)) {
                cluster.store().watch(kind, event -> {
                    if (event.type() == WatchEvent.Type.DELETED) {
                        deleted.add(event.object().eClass().getName() + "/"
                                + KindInfo.of(event.object().eClass()).metadata(event.object()).getName());
                    }
                });
            }
        }

        void delete(String policy) {
            cluster.store().delete(AppsV1Package.Literals.DEPLOYMENT, "default", "web",
                    policy == null ? MetaV1Factory.eINSTANCE.createDeleteOptions() : Deletions.propagation(policy));
        }

        List<ReplicaSet> replicaSets() {
            return cluster.store().list(AppsV1Package.Literals.REPLICA_SET, "default", null);
        }

        List<String> podNames() {
            return ControllerFixtures.pods(cluster, "default").stream().map(p -> p.getMetadata().getName()).toList();
        }
    }

    @Test
    void foregroundDeletesPodsThenReplicaSetThenDeployment() {
        Scenario scenario = new Scenario();
        String rs = scenario.replicaSets().get(0).getMetadata().getName();
        List<String> pods = scenario.podNames();
        scenario.delete(Deletions.FOREGROUND);
        Deployment marked = ControllerFixtures.deployment(scenario.cluster, "default", "web");
        assertEquals(List.of("foregroundDeletion"), marked.getMetadata().getFinalizers());
        assertEquals("2026-01-01T00:00:00Z", marked.getMetadata().getDeletionTimestamp().toString());
        scenario.cluster.settle();
        assertEquals(List.of("foregroundDeletion"), scenario.replicaSets().get(0).getMetadata().getFinalizers());
        assertEquals(List.of("foregroundDeletion"),
                ControllerFixtures.deployment(scenario.cluster, "default", "web").getMetadata().getFinalizers());
        ControllerFixtures.pods(scenario.cluster, "default")
                .forEach(pod -> assertNotNull(pod.getMetadata().getDeletionTimestamp()));
        assertEquals(List.of(), scenario.deleted);
        ControllerFixtures.settle(scenario.cluster);
        assertEquals(List.of("Pod/" + pods.get(0), "Pod/" + pods.get(1), "ReplicaSet/" + rs, "Deployment/web"),
                scenario.deleted);
    }

    @Test
    void orphanKeepsTheReplicaSetAndItsPodsWithoutTheDeploymentReference() {
        Scenario scenario = new Scenario();
        List<String> pods = scenario.podNames();
        scenario.delete(Deletions.ORPHAN);
        assertEquals(List.of("orphan"),
                ControllerFixtures.deployment(scenario.cluster, "default", "web").getMetadata().getFinalizers());
        ControllerFixtures.settle(scenario.cluster);
        assertEquals(List.of("Deployment/web"), scenario.deleted);
        ReplicaSet rs = scenario.replicaSets().get(0);
        assertEquals(List.of(), rs.getMetadata().getOwnerReferences());
        assertEquals(pods, scenario.podNames());
        for (Pod pod : ControllerFixtures.pods(scenario.cluster, "default")) {
            assertEquals(List.of(rs.getMetadata().getUid()),
                    pod.getMetadata().getOwnerReferences().stream().map(OwnerReference::getUid).toList());
        }
    }

    @Test
    void backgroundRemovesTheOwnerFirst() {
        Scenario scenario = new Scenario();
        String rs = scenario.replicaSets().get(0).getMetadata().getName();
        List<String> pods = scenario.podNames();
        scenario.delete(null);
        assertEquals(List.of("Deployment/web"), scenario.deleted);
        assertEquals(404, assertThrows(ApiException.class,
                () -> ControllerFixtures.deployment(scenario.cluster, "default", "web")).code());
        ControllerFixtures.settle(scenario.cluster);
        assertEquals(List.of("Deployment/web", "ReplicaSet/" + rs, "Pod/" + pods.get(0), "Pod/" + pods.get(1)),
                scenario.deleted);
    }

    @Test
    void sameDeletionGivesTheSameHistory() {
        List<String> first = history();
        assertEquals(first, history());
    }

    private static List<String> history() {
        Scenario scenario = new Scenario();
        scenario.delete(Deletions.FOREGROUND);
        ControllerFixtures.settle(scenario.cluster);
        List<String> history = new ArrayList<>(scenario.deleted);
        history.add(scenario.cluster.store().resourceVersion());
        return history;
    }

    @Test
    void danglingReferenceDeletesTheDependentAndTheLastOwnerDecides() {
        Cluster cluster = new Cluster();
        cluster.add(new GarbageCollector());
        ConfigMap a = cluster.store().create(configMap("a"));
        ConfigMap b = cluster.store().create(configMap("b"));
        cluster.store().create(configMap("shared", a, b));
        cluster.store().create(configMap("dangling", configMap("gone")));
        cluster.settle();
        assertEquals(List.of("a", "b", "shared"), names(cluster));
        cluster.store().delete(CoreV1Package.Literals.CONFIG_MAP, "default", "a");
        cluster.settle();
        assertEquals(List.of("b", "shared"), names(cluster));
        ConfigMap shared = cluster.store().get(CoreV1Package.Literals.CONFIG_MAP, "default", "shared");
        assertEquals(List.of("b"), shared.getMetadata().getOwnerReferences().stream().map(OwnerReference::getName)
                .toList());
        cluster.store().delete(CoreV1Package.Literals.CONFIG_MAP, "default", "b");
        cluster.settle();
        assertEquals(List.of(), names(cluster));
    }

    private static List<String> names(Cluster cluster) {
        return cluster.store().<ConfigMap>list(CoreV1Package.Literals.CONFIG_MAP, "default", null).stream()
                .map(c -> c.getMetadata().getName()).toList();
    }

    private static ConfigMap configMap(String name, ConfigMap... owners) {
        ConfigMap configMap = CoreV1Factory.eINSTANCE.createConfigMap();
        configMap.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        configMap.getMetadata().setName(name);
        configMap.getMetadata().setNamespace("default");
        for (ConfigMap owner : owners) {
            OwnerReference reference = MetaV1Factory.eINSTANCE.createOwnerReference();
            reference.setApiVersion("v1");
            reference.setKind("ConfigMap");
            reference.setName(owner.getMetadata().getName());
            reference.setUid(owner.getMetadata().getUid() == null ? "0000-gone" : owner.getMetadata().getUid());
            configMap.getMetadata().getOwnerReferences().add(reference);
        }
        return configMap;
    }
}
