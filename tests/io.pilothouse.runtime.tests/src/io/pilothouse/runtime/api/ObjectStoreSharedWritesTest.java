package io.pilothouse.runtime.api;

import static io.pilothouse.runtime.api.TestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodStatus;

/** The writes that hand the object over and return the stored object instead of copies. */
class ObjectStoreSharedWritesTest {

    private final ObjectStore store = new ObjectStore(new VirtualClock());

    @Test
    void createSharedStoresTheObjectItselfAsCreateWould() {
        Pod copied = store.create(pod("default", "a", "nginx"));
        Pod handedOver = pod("default", "b", "nginx");

        Pod stored = store.createShared(handedOver);

        assertSame(handedOver, stored);
        assertSame(stored, store.peek(CoreV1Package.Literals.POD, "default", "b"));
        assertEquals(copied.getStatus().getPhase(), stored.getStatus().getPhase());
        assertEquals("6", stored.getMetadata().getResourceVersion());
    }

    @Test
    void updateStatusSharedMovesTheStatusIntoTheStoredObject() {
        Pod created = store.create(pod("default", "web", "nginx"));
        PodStatus status = EcoreUtil.copy(created.getStatus());
        status.setPhase("Running");
        Pod write = KindInfo.of(CoreV1Package.Literals.POD).withStatus(created, status);

        Pod stored = store.updateStatusShared(write);

        assertSame(stored, store.peek(CoreV1Package.Literals.POD, "default", "web"));
        assertSame(status, stored.getStatus());
        assertNull(write.getStatus());
        assertEquals("Running", stored.getStatus().getPhase());
        assertEquals("nginx", stored.getSpec().getContainers().get(0).getImage());
        assertEquals("6", stored.getMetadata().getResourceVersion());
    }

    @Test
    void updateStatusSharedOfTheSameStatusWritesNothing() {
        Pod created = store.create(pod("default", "web", "nginx"));
        Pod stored = store.peek(CoreV1Package.Literals.POD, "default", "web");

        Pod result = store.updateStatusShared(KindInfo.of(CoreV1Package.Literals.POD).withStatus(created,
                EcoreUtil.copy(created.getStatus())));

        assertSame(stored, result);
        assertEquals("5", store.resourceVersion());
    }

    @Test
    void updateStatusSharedChecksTheResourceVersion() {
        Pod created = store.create(pod("default", "web", "nginx"));
        created.getMetadata().setResourceVersion("4");
        PodStatus status = CoreV1Factory.eINSTANCE.createPodStatus();

        ApiException conflict = assertThrows(ApiException.class, () -> store.updateStatusShared(
                KindInfo.of(CoreV1Package.Literals.POD).withStatus(created, status)));

        assertEquals(409, conflict.code());
    }

    @Test
    void copyingWritesStillHandOutCopies() {
        Pod created = store.create(pod("default", "web", "nginx"));
        created.getStatus().setPhase("Running");

        Pod written = store.updateStatus(created);

        assertNotSame(written, store.peek(CoreV1Package.Literals.POD, "default", "web"));
        assertTrue(EcoreUtil.equals(written, store.peek(CoreV1Package.Literals.POD, "default", "web")));
    }
}
