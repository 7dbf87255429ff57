package io.pilothouse.runtime.kubelet;

import java.time.Instant;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Factory;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.MicroTime;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Records the kubelet's events about pods as {@code events.k8s.io/v1} Events in the pod's namespace. As upstream's
 * recorder, an event is named {@code <pod>.<unix nanoseconds in hex>}; events recorded at the same virtual instant
 * take the following nanoseconds, so names stay unique and in recording order.
 */
final class KubeletEvents {

    static final String NORMAL = "Normal";
    static final String WARNING = "Warning";

    private final ObjectStore store;
    private long lastNanos = Long.MIN_VALUE;

    KubeletEvents(ObjectStore store) {
        this.store = store;
    }

    /**
     * Records an event about a pod, or about one of its containers when {@code container} is not {@code null}.
     *
     * @param node the reporting kubelet's node
     */
    void record(Pod pod, String container, String node, String type, String reason, String note) {
        Instant now = store.clock().now();
        long nanos = Math.max(now.getEpochSecond() * 1_000_000_000L + now.getNano(), lastNanos + 1);
        ObjectMeta podMeta = pod.getMetadata();
        while (store.peek(EventsV1Package.Literals.EVENT, podMeta.getNamespace(), name(podMeta, nanos)) != null) {
            nanos++;
        }
        Event event = EventsV1Factory.eINSTANCE.createEvent();
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setNamespace(podMeta.getNamespace());
        meta.setName(name(podMeta, nanos));
        event.setMetadata(meta);
        ObjectReference regarding = CoreV1Factory.eINSTANCE.createObjectReference();
        regarding.setApiVersion("v1");
        regarding.setKind("Pod");
        regarding.setNamespace(podMeta.getNamespace());
        regarding.setName(podMeta.getName());
        regarding.setUid(podMeta.getUid());
        if (container != null) {
            regarding.setFieldPath(fieldPath(pod, container));
        }
        event.setRegarding(regarding);
        event.setEventTime(MicroTime.of(now));
        event.setReportingController("kubelet");
        event.setReportingInstance(node);
        event.setType(type);
        event.setReason(reason);
        event.setNote(note);
        store.createShared(event);
        lastNanos = nanos;
    }

    private static String name(ObjectMeta pod, long nanos) {
        return pod.getName() + "." + Long.toHexString(nanos);
    }

    /** {@code spec.containers{app}} or {@code spec.initContainers{init}}, as upstream's container references. */
    private static String fieldPath(Pod pod, String container) {
        boolean init = pod.getSpec().getInitContainers().stream().anyMatch(c -> container.equals(c.getName()));
        return (init ? "spec.initContainers{" : "spec.containers{") + container + "}";
    }
}
