package io.pilothouse.runtime.api;

import static io.pilothouse.runtime.api.TestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;

class WatchTest {

    private final ObjectStore store = new ObjectStore(new VirtualClock());

    private static String describe(WatchEvent event) {
        Pod pod = (Pod) event.object();
        return event.type() + " " + pod.getMetadata().getName() + "@" + pod.getMetadata().getResourceVersion();
    }

    @Test
    void deliversTheChangesOfOneKindInOrder() {
        List<String> events = new ArrayList<>();
        store.create(pod("default", "before", "nginx"));
        store.watch(CoreV1Package.Literals.POD, event -> events.add(describe(event)));
        store.create(TestObjects.namespace("other"));
        Pod web = store.create(pod("default", "web", "nginx"));
        web.getMetadata().getLabels().put("a", "b");
        store.update(web);
        store.delete(CoreV1Package.Literals.POD, "default", "web");
        assertEquals(List.of("ADDED web@7", "MODIFIED web@8", "DELETED web@9"), events);
    }

    @Test
    void keepsResourceVersionOrderWhenListenersWrite() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        store.watch(CoreV1Package.Literals.POD, event -> {
            first.add(describe(event));
            Pod pod = (Pod) event.object();
            if (event.type() == WatchEvent.Type.ADDED && pod.getMetadata().getName().equals("web")) {
                store.create(pod("default", "child", "nginx"));
            }
        });
        store.watch(CoreV1Package.Literals.POD, event -> second.add(describe(event)));
        store.create(pod("default", "web", "nginx"));
        assertEquals(List.of("ADDED web@5", "ADDED child@6"), first);
        assertEquals(first, second);
    }

    @Test
    void announcesTheLastFinalizerUpdateAndTheRemovalBeforeWritesOfListeners() {
        List<String> events = new ArrayList<>();
        store.watch(CoreV1Package.Literals.POD, event -> {
            events.add(describe(event));
            Pod pod = (Pod) event.object();
            if (event.type() == WatchEvent.Type.MODIFIED && pod.getMetadata().getFinalizers().isEmpty()) {
                store.create(pod("default", "replacement", "nginx"));
            }
        });
        Pod web = pod("default", "web", "nginx");
        web.getMetadata().getFinalizers().add("example.com/hold");
        store.create(web);
        Pod marked = store.delete(CoreV1Package.Literals.POD, "default", "web");
        marked.getMetadata().getFinalizers().clear();
        store.update(marked);
        assertEquals(List.of("ADDED web@5", "MODIFIED web@6", "MODIFIED web@7", "DELETED web@8",
                "ADDED replacement@9"), events);
    }

    @Test
    void handsEveryListenerTheStoredObjectWhichTheNextWriteReplaces() {
        List<Pod> seen = new ArrayList<>();
        store.watch(CoreV1Package.Literals.POD, event -> seen.add((Pod) event.object()));
        store.watch(CoreV1Package.Literals.POD, event -> seen.add((Pod) event.object()));
        Pod web = store.create(pod("default", "web", "nginx"));
        web.getMetadata().getLabels().put("a", "b");
        store.update(web);
        assertSame(seen.get(0), seen.get(1));
        assertSame(seen.get(2), seen.get(3));
        assertEquals(List.of("5", "6"), List.of(seen.get(0).getMetadata().getResourceVersion(),
                seen.get(2).getMetadata().getResourceVersion()));
        assertEquals(Map.of(), seen.get(0).getMetadata().getLabels().map());
        assertEquals(Map.of("a", "b"), seen.get(2).getMetadata().getLabels().map());
    }

    @Test
    void stopsDelivering() {
        List<String> events = new ArrayList<>();
        Watch watch = store.watch(CoreV1Package.Literals.POD, event -> events.add(describe(event)));
        store.create(pod("default", "a", "nginx"));
        watch.stop();
        store.create(pod("default", "b", "nginx"));
        assertEquals(List.of("ADDED a@5"), events);
    }
}
