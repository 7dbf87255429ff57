package io.pilothouse.runtime.api;

import static io.pilothouse.runtime.api.TestObjects.deployment;
import static io.pilothouse.runtime.api.TestObjects.namespace;
import static io.pilothouse.runtime.api.TestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Time;

/** Updating, status updates, deleting and finalizers. */
class ObjectStoreUpdateTest {

    private final ObjectStore store = new ObjectStore(new VirtualClock());

    /** Each change is applied to a fresh copy of a created Deployment (resourceVersion 5, generation 1). */
    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("replicas", (Consumer<Deployment>) d -> d.getSpec().setReplicas(3), "6", 2L),
                Arguments.of("paused", (Consumer<Deployment>) d -> d.getSpec().setPaused(true), "6", 2L),
                Arguments.of("label", (Consumer<Deployment>) d -> d.getMetadata().getLabels().put("a", "b"), "6", 1L),
                Arguments.of("annotation",
                        (Consumer<Deployment>) d -> d.getMetadata().getAnnotations().put("a", "b"), "6", 1L),
                Arguments.of("status", (Consumer<Deployment>) d -> {
                    d.setStatus(AppsV1Factory.eINSTANCE.createDeploymentStatus());
                    d.getStatus().setReplicas(9);
                }, "5", 1L),
                Arguments.of("uid", (Consumer<Deployment>) d -> d.getMetadata().setUid("other"), "5", 1L),
                Arguments.of("nothing", (Consumer<Deployment>) d -> {}, "5", 1L),
                Arguments.of("no version", (Consumer<Deployment>) d -> {
                    d.getMetadata().setResourceVersion(null);
                    d.getSpec().setReplicas(4);
                }, "6", 2L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void bumpsGenerationOnSpecChangesOnly(String change, Consumer<Deployment> edit, String version,
            long generation) {
        Deployment created = store.create(deployment("default", "web", 1));
        edit.accept(created);
        Deployment updated = store.update(created);
        assertEquals(version, updated.getMetadata().getResourceVersion());
        assertEquals(generation, updated.getMetadata().getGeneration());
        assertNull(updated.getStatus());
        assertEquals(36, updated.getMetadata().getUid().length());
        assertEquals(version, store.resourceVersion());
    }

    @Test
    void rejectsStaleResourceVersions() {
        Pod created = store.create(pod("default", "web", "nginx"));
        Pod first = EcoreUtil.copy(created);
        first.getMetadata().getLabels().put("a", "1");
        store.update(first);
        created.getMetadata().getLabels().put("a", "2");
        ApiException conflict = assertThrows(ApiException.class, () -> store.update(created));
        assertEquals(409, conflict.code());
        assertEquals("Conflict", conflict.reason());
        assertEquals("Operation cannot be fulfilled on pods \"web\": the object has been modified; please apply "
                + "your changes to the latest version and try again", conflict.getMessage());
        assertEquals("pods", conflict.status().getDetails().getKind());
        assertThrows(ApiException.class, () -> store.updateStatus(created));
    }

    @Test
    void reportsUpdatesOfMissingObjects() {
        assertEquals("pods \"web\" not found",
                assertThrows(ApiException.class, () -> store.update(pod("default", "web", "x"))).getMessage());
    }

    @Test
    void updatesTheStatusOnly() {
        Pod created = store.create(pod("default", "web", "nginx"));
        created.setStatus(CoreV1Factory.eINSTANCE.createPodStatus());
        created.getStatus().setPhase("Running");
        created.getSpec().getContainers().get(0).setImage("ignored");
        created.getMetadata().getLabels().put("ignored", "true");
        Pod updated = store.updateStatus(created);
        assertEquals("Running", updated.getStatus().getPhase());
        assertEquals("nginx", updated.getSpec().getContainers().get(0).getImage());
        assertEquals(0, updated.getMetadata().getLabels().size());
        assertEquals(1L, updated.getMetadata().getGeneration());
        assertEquals("6", updated.getMetadata().getResourceVersion());
        assertEquals("6", store.updateStatus(updated).getMetadata().getResourceVersion());
    }

    @Test
    void deletesObjectsWithoutFinalizersAtOnce() {
        store.create(pod("default", "web", "nginx"));
        Pod deleted = store.delete(CoreV1Package.Literals.POD, "default", "web");
        assertEquals("6", deleted.getMetadata().getResourceVersion());
        assertEquals("pods \"web\" not found", assertThrows(ApiException.class,
                () -> store.delete(CoreV1Package.Literals.POD, "default", "web")).getMessage());
        assertEquals(List.of(), store.list(CoreV1Package.Literals.POD, null, null));
    }

    @Test
    void holdsDeletionWhileFinalizersRemain() {
        List<String> events = new ArrayList<>();
        store.watch(CoreV1Package.Literals.POD, event -> events.add(event.type() + " "
                + ((Pod) event.object()).getMetadata().getResourceVersion() + " "
                + ((Pod) event.object()).getMetadata().getFinalizers()));
        Pod pod = pod("default", "web", "nginx");
        pod.getMetadata().getFinalizers().addAll(List.of("example.com/a", "example.com/b"));
        store.create(pod);
        store.clock().advance(Duration.ofSeconds(30));
        Pod marked = store.delete(CoreV1Package.Literals.POD, "default", "web");
        assertEquals(Time.valueOf("2026-01-01T00:00:30Z"), marked.getMetadata().getDeletionTimestamp());
        assertEquals(0L, marked.getMetadata().getDeletionGracePeriodSeconds());
        assertEquals("6", store.<Pod>delete(CoreV1Package.Literals.POD, "default", "web").getMetadata()
                .getResourceVersion());
        marked.getMetadata().getFinalizers().remove("example.com/a");
        marked.getMetadata().setDeletionTimestamp(null);
        Pod kept = store.update(marked);
        assertEquals(Time.valueOf("2026-01-01T00:00:30Z"), kept.getMetadata().getDeletionTimestamp());
        kept.getMetadata().getFinalizers().clear();
        store.update(kept);
        assertThrows(ApiException.class, () -> store.get(CoreV1Package.Literals.POD, "default", "web"));
        assertEquals(List.of("ADDED 5 [example.com/a, example.com/b]", "MODIFIED 6 [example.com/a, example.com/b]",
                "MODIFIED 7 [example.com/b]", "MODIFIED 8 []", "DELETED 9 []"), events);
    }

    @Test
    void forbidsNewFinalizersOnObjectsBeingDeleted() {
        Pod pod = pod("default", "web", "nginx");
        pod.getMetadata().getFinalizers().add("example.com/a");
        store.create(pod);
        Pod marked = store.delete(CoreV1Package.Literals.POD, "default", "web");
        marked.getMetadata().getFinalizers().addAll(List.of("example.com/z", "example.com/c"));
        ApiException invalid = assertThrows(ApiException.class, () -> store.update(marked));
        assertEquals("Pod \"web\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the "
                + "object is being deleted, found new finalizers []string{\"example.com/c\", \"example.com/z\"}",
                invalid.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "default,         403, namespaces \"default\" is forbidden: this namespace may not be deleted",
            "kube-system,     403, namespaces \"kube-system\" is forbidden: this namespace may not be deleted",
            "kube-public,     403, namespaces \"kube-public\" is forbidden: this namespace may not be deleted",
            "missing,         404, namespaces \"missing\" not found",
    })
    void protectsTheImmortalNamespaces(String name, int code, String message) {
        ApiException failure = assertThrows(ApiException.class,
                () -> store.delete(CoreV1Package.Literals.NAMESPACE, null, name));
        assertEquals(code, failure.code());
        assertEquals(message, failure.getMessage());
    }

    @Test
    void deletesOtherNamespaces() {
        store.create(namespace("team"));
        store.delete(CoreV1Package.Literals.NAMESPACE, null, "kube-node-lease");
        store.delete(CoreV1Package.Literals.NAMESPACE, null, "team");
        assertEquals(List.of("default", "kube-public", "kube-system"),
                store.list(CoreV1Package.Literals.NAMESPACE, null, null).stream()
                        .map(ns -> ((Namespace) ns).getMetadata().getName()).toList());
    }
}
