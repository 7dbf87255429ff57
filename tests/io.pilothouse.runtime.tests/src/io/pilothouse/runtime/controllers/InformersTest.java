package io.pilothouse.runtime.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;

/** One informer per kind for the controllers of a cluster, as client-go's shared informer factory. */
class InformersTest {

    private final ObjectStore store = new ObjectStore(new VirtualClock());
    private final ControllerContext context = new ControllerContext(store, store.clock(), new Informers(store));
    private final List<String> heard = new ArrayList<>();

    @Test
    void controllersShareOneCacheAndHearChangesInTheOrderTheyStarted() {
        store.create(pod("b"));
        store.create(pod("a"));
        Informer<Pod> first = Informer.start(context, CoreV1Package.Literals.POD, handler("first"));
        store.create(pod("c"));

        Informer<Pod> second = Informer.start(context, CoreV1Package.Literals.POD, handler("second"));
        store.create(pod("d"));
        store.delete(CoreV1Package.Literals.POD, "default", "a");

        assertSame(first, second);
        assertEquals(List.of("first add a", "first add b", "first add c", "second add a", "second add b",
                "second add c", "first add d", "second add d", "first delete a", "second delete a"), heard);
        assertEquals(List.of("b", "c", "d"),
                second.inNamespace("default").stream().map(pod -> pod.getMetadata().getName()).toList());
        assertSame(store.peek(CoreV1Package.Literals.POD, "default", "d"), first.get("default/d"));
    }

    @Test
    void contextsWithoutSharedInformersKeepTheirOwn() {
        ControllerContext other = new ControllerContext(store, store.clock());

        assertNotSame(Informer.start(context, CoreV1Package.Literals.POD, handler("first")),
                Informer.start(other, CoreV1Package.Literals.POD, handler("second")));
    }

    private Informer.Handler<Pod> handler(String name) {
        return new Informer.Handler<>() {
            @Override
            public void onAdd(Pod pod) {
                heard.add(name + " add " + pod.getMetadata().getName());
            }

            @Override
            public void onDelete(Pod pod) {
                heard.add(name + " delete " + pod.getMetadata().getName());
            }
        };
    }

    private static Pod pod(String name) {
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        pod.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        pod.getMetadata().setNamespace("default");
        pod.getMetadata().setName(name);
        pod.setSpec(CoreV1Factory.eINSTANCE.createPodSpec());
        return pod;
    }
}
