package io.pilothouse.runtime.api;

import static io.pilothouse.runtime.api.TestObjects.deployment;
import static io.pilothouse.runtime.api.TestObjects.namespace;
import static io.pilothouse.runtime.api.TestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Factory;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;
import io.pilothouse.model.types.Time;

/** Creating, reading and listing. */
class ObjectStoreTest {

    private final ObjectStore store = new ObjectStore(new VirtualClock());

    @Test
    void startsWithTheInitialNamespacesActive() {
        List<Namespace> namespaces = store.list(CoreV1Package.Literals.NAMESPACE, null, null);
        assertEquals(List.of("default", "kube-node-lease", "kube-public", "kube-system"),
                namespaces.stream().map(ns -> ns.getMetadata().getName()).toList());
        assertEquals(List.of("1", "4", "3", "2"),
                namespaces.stream().map(ns -> ns.getMetadata().getResourceVersion()).toList());
        namespaces.forEach(ns -> assertEquals("Active", ns.getStatus().getPhase()));
        namespaces.forEach(ns -> assertEquals("v1", ns.getApiVersion()));
        assertEquals("4", store.resourceVersion());
    }

    @Test
    void fillsTheSystemFieldsOnCreate() {
        store.clock().advance(Duration.ofMillis(1500));
        Pod created = store.create(pod(null, "web", "nginx"));
        assertEquals("default", created.getMetadata().getNamespace());
        assertEquals("5", created.getMetadata().getResourceVersion());
        assertEquals(1L, created.getMetadata().getGeneration());
        assertEquals(Time.valueOf("2026-01-01T00:00:01Z"), created.getMetadata().getCreationTimestamp());
        assertEquals("v1", created.getApiVersion());
        assertEquals("Pod", created.getKind());
        assertEquals(36, created.getMetadata().getUid().length());
        assertEquals(List.of("6", "7", "8"), Stream.of("a", "b", "c")
                .map(name -> store.create(pod("default", name, "nginx")).getMetadata().getResourceVersion())
                .toList());
    }

    @Test
    void makesTheSameUidsAndNamesFromTheSameCalls() {
        assertEquals(script(new ObjectStore(new VirtualClock())), script(new ObjectStore(new VirtualClock())));
        List<String> first = script(new ObjectStore(new VirtualClock()));
        assertEquals(first.size(), first.stream().distinct().count());
    }

    @Test
    void pinsUidsAndGeneratedNames() {
        assertEquals("454b9f27-b1ca-3ce5-ba77-a30f294dbfe4", ((Namespace) store.get(CoreV1Package.Literals.NAMESPACE,
                null, "default")).getMetadata().getUid());
        assertEquals("f33d34ce-3c70-3e82-9e60-1459b5bfbe13",
                store.create(pod(null, "web", "nginx")).getMetadata().getUid());
        Pod generated = pod("default", null, "nginx");
        generated.getMetadata().setGenerateName("web-");
        assertEquals(List.of("web-kmcgb", "web-bnx5m", "web-nwcwd"), Stream.of(1, 2, 3)
                .map(i -> store.create(generated).getMetadata().getName()).toList());
    }

    @Test
    void keysObjectsByKindNamespaceAndName() {
        Pod created = store.create(pod(null, "web", "nginx"));
        assertEquals(new ObjectKey(new GroupVersionKind("", "v1", "Pod"), "default", "web"), ObjectKey.of(created));
        assertEquals("Pod default/web", ObjectKey.of(created).toString());
        Namespace system = store.get(CoreV1Package.Literals.NAMESPACE, null, "kube-system");
        assertEquals("Namespace kube-system", ObjectKey.of(system).toString());
    }

    private static List<String> script(ObjectStore store) {
        Pod web = store.create(pod("default", "web", "nginx"));
        store.delete(CoreV1Package.Literals.POD, "default", "web");
        Pod again = store.create(pod("default", "web", "nginx"));
        Pod generated = TestObjects.pod("default", null, "nginx");
        generated.getMetadata().setGenerateName("web-");
        Pod named = store.create(generated);
        return List.of(web.getMetadata().getUid(), again.getMetadata().getUid(), named.getMetadata().getUid(),
                named.getMetadata().getName());
    }

    @Test
    void generatesNamesFromThePrefixAndTheUpstreamAlphabet() {
        Pod generated = pod("default", null, "nginx");
        generated.getMetadata().setGenerateName("web-");
        String name = store.create(generated).getMetadata().getName();
        assertTrue(name.matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}"), name);
        generated.getMetadata().setGenerateName("x".repeat(70));
        String longName = store.create(generated).getMetadata().getName();
        assertEquals(63, longName.length());
        assertTrue(longName.startsWith("x".repeat(58)), longName);
    }

    @Test
    void givesUpAfterEightTakenGeneratedNames() {
        ObjectStore probe = new ObjectStore(new VirtualClock());
        Pod generated = pod("default", null, "nginx");
        generated.getMetadata().setGenerateName("web-");
        List<String> next = Stream.of(1, 2, 3, 4, 5, 6, 7, 8)
                .map(i -> probe.create(generated).getMetadata().getName()).toList();
        next.forEach(name -> store.create(pod("default", name, "nginx")));
        ApiException conflict = assertThrows(ApiException.class, () -> store.create(generated));
        assertEquals(409, conflict.code());
        assertEquals("AlreadyExists", conflict.reason());
        assertEquals("pods \"" + next.get(7) + "\" already exists, the server was not able to generate a unique "
                + "name for the object", conflict.getMessage());
        assertEquals(1, conflict.status().getDetails().getRetryAfterSeconds());
    }

    @Test
    void clearsTheNamespaceOfClusterScopedObjects() {
        ClusterRole role = RbacV1Factory.eINSTANCE.createClusterRole();
        role.setMetadata(TestObjects.meta("default", "reader"));
        ClusterRole created = store.create(role);
        assertNull(created.getMetadata().getNamespace());
        assertEquals("reader", ((ClusterRole) store.get(RbacV1Package.Literals.CLUSTER_ROLE, "any", "reader"))
                .getMetadata().getName());
    }

    @Test
    void replacesTheStatusOnCreate() {
        Pod pod = pod("default", "web", "nginx");
        pod.setStatus(CoreV1Factory.eINSTANCE.createPodStatus());
        pod.getStatus().setPhase("Running");
        pod.getStatus().setPodIP("10.0.0.1");
        Pod created = store.create(pod);
        assertEquals("Pending", created.getStatus().getPhase());
        assertNull(created.getStatus().getPodIP());
    }

    static Stream<Arguments> rejectedCreates() {
        return Stream.of(
                Arguments.of(pod("nope", "web", "nginx"), (Consumer<ObjectStore>) s -> {}, 404, "NotFound",
                        "namespaces \"nope\" not found"),
                Arguments.of(pod("default", "web", "nginx"),
                        (Consumer<ObjectStore>) s -> s.create(pod("default", "web", "busybox")), 409, "AlreadyExists",
                        "pods \"web\" already exists"),
                Arguments.of(deployment("default", "web", 1),
                        (Consumer<ObjectStore>) s -> s.create(deployment(null, "web", 2)), 409, "AlreadyExists",
                        "deployments.apps \"web\" already exists"),
                Arguments.of(pod("default", null, "nginx"), (Consumer<ObjectStore>) s -> {}, 422, "Invalid",
                        "Pod \"\" is invalid: metadata.name: Required value: name or generateName is required"),
                Arguments.of(withResourceVersion(pod("default", "web", "nginx")), (Consumer<ObjectStore>) s -> {},
                        500, "InternalError",
                        "Internal error occurred: resourceVersion should not be set on objects to be created"),
                Arguments.of(namespace("default"), (Consumer<ObjectStore>) s -> {}, 409, "AlreadyExists",
                        "namespaces \"default\" already exists"),
                Arguments.of(pod("closing", "web", "nginx"), (Consumer<ObjectStore>) ObjectStoreTest::terminating,
                        403, "Forbidden", "pods \"web\" is forbidden: unable to create new content in namespace "
                                + "closing because it is being terminated"));
    }

    @ParameterizedTest
    @MethodSource("rejectedCreates")
    void rejectsCreatesAsUpstreamDoes(EObject object, Consumer<ObjectStore> before, int code, String reason,
            String message) {
        before.accept(store);
        String version = store.resourceVersion();
        ApiException failure = assertThrows(ApiException.class, () -> store.create(object));
        assertEquals(code, failure.code());
        assertEquals(reason, failure.reason());
        assertEquals(message, failure.getMessage());
        assertEquals(version, store.resourceVersion());
    }

    private static Pod withResourceVersion(Pod pod) {
        pod.getMetadata().setResourceVersion("3");
        return pod;
    }

    private static void terminating(ObjectStore store) {
        Namespace closing = store.create(namespace("closing"));
        closing.getStatus().setPhase("Terminating");
        store.updateStatus(closing);
    }

    @Test
    void explainsTerminatingNamespacesInACause() {
        terminating(store);
        Pod generated = pod("closing", null, "nginx");
        generated.getMetadata().setGenerateName("web-");
        ApiException failure = assertThrows(ApiException.class, () -> store.create(generated));
        assertEquals("pods \"web-\" is forbidden: unable to create new content in namespace closing because it is "
                + "being terminated", failure.getMessage());
        var cause = failure.status().getDetails().getCauses().get(0);
        assertEquals("NamespaceTerminating", cause.getReason());
        assertEquals("namespace closing is being terminated", cause.getMessage());
        assertEquals("metadata.namespace", cause.getField());
    }

    @Test
    void reportsMissingObjectsWithTheirResource() {
        assertEquals("pods \"web\" not found", assertThrows(ApiException.class,
                () -> store.get(CoreV1Package.Literals.POD, "default", "web")).getMessage());
        assertEquals("deployments.apps \"web\" not found", assertThrows(ApiException.class,
                () -> store.get(AppsV1Package.Literals.DEPLOYMENT, "default", "web")).getMessage());
        store.create(pod("kube-system", "web", "nginx"));
        assertThrows(ApiException.class, () -> store.get(CoreV1Package.Literals.POD, "default", "web"));
    }

    @Test
    void handsOutCopies() {
        Pod input = pod("default", "web", "nginx");
        Pod created = store.create(input);
        input.getSpec().getContainers().get(0).setImage("changed");
        created.getSpec().getContainers().get(0).setImage("changed");
        Pod read = store.get(CoreV1Package.Literals.POD, "default", "web");
        read.getMetadata().getLabels().put("changed", "true");
        Pod again = store.get(CoreV1Package.Literals.POD, "default", "web");
        assertEquals("nginx", again.getSpec().getContainers().get(0).getImage());
        assertTrue(again.getMetadata().getLabels().isEmpty());
        assertNull(input.getMetadata().getUid());
    }

    @Test
    void listsInStorageKeyOrderWithNamespaceAndSelector() {
        store.create(namespace("a"));
        store.create(namespace("a-b"));
        for (String namespace : List.of("a", "a-b", "default")) {
            for (String name : List.of("z", "b", "a")) {
                Pod pod = pod(namespace, name, "nginx");
                pod.getMetadata().getLabels().put("tier", name.equals("z") ? "db" : "web");
                store.create(pod);
            }
        }
        assertEquals(List.of("a-b/a", "a-b/b", "a-b/z", "a/a", "a/b", "a/z", "default/a", "default/b", "default/z"),
                keys(store.list(CoreV1Package.Literals.POD, null, null)));
        assertEquals(List.of("a/a", "a/b", "a/z"), keys(store.list(CoreV1Package.Literals.POD, "a", null)));
        assertEquals(List.of("a-b/z", "a/z", "default/z"), keys(store.list(CoreV1Package.Literals.POD, null,
                LabelSelectorsTest.selector("tier=db", null))));
        assertEquals(List.of("default/a", "default/b"), keys(store.list(CoreV1Package.Literals.POD, "default",
                LabelSelectorsTest.selector(null, "tier NotIn db"))));
        assertEquals(List.of(), keys(store.list(CoreV1Package.Literals.POD, "other", null)));
    }

    private static List<String> keys(List<Pod> pods) {
        return pods.stream().map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).toList();
    }
}
