package io.pilothouse.runtime.controllers;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Factory;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Records events as kube-controller-manager's {@code record.EventRecorder} does, seen through events.k8s.io/v1: the
 * name is {@code <regarding name>.<hex nanoseconds of now>}, the legacy fields carry the timestamps, a count of 1
 * and the component. Upstream's nanoseconds differ between two events; here an event at the same instant as an
 * earlier one of the same object takes the next free nanosecond, so names stay unique and reproducible. Events are
 * best effort: a failed creation is dropped, as upstream drops it.
 */
public final class EventRecorder {

    /** Upstream's event types. */
    public static final String NORMAL = "Normal";
    /** Upstream's event types. */
    public static final String WARNING = "Warning";

    private static final int NANOS_PER_SECOND = 1_000_000_000;
    private static final int MAX_ATTEMPTS = 16;

    private final ObjectStore store;
    private final String component;
    private final Map<String, Long> lastNanos = new HashMap<>();

    /** A recorder for a component ({@code deployment-controller}). */
    public EventRecorder(ObjectStore store, String component) {
        this.store = store;
        this.component = component;
    }

    /** Records an event about an object. */
    public void record(EObject regarding, String type, String reason, String note) {
        KindInfo info = KindInfo.of(regarding.eClass());
        ObjectMeta meta = info.metadata(regarding);
        String namespace = meta.getNamespace() == null ? "default" : meta.getNamespace();
        Instant now = store.clock().now();
        String identity = namespace + '/' + meta.getName();
        long nanos = Math.max(now.getEpochSecond() * NANOS_PER_SECOND + now.getNano(),
                lastNanos.getOrDefault(identity, Long.MIN_VALUE) + 1);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++, nanos++) {
            String name = meta.getName() + '.' + Long.toHexString(nanos);
            if (store.peek(EventsV1Package.Literals.EVENT, namespace, name) != null) {
                continue;
            }
            try {
                store.createShared(event(info, meta, namespace, name, type, reason, note, now));
                lastNanos.put(identity, nanos);
            } catch (ApiException dropped) {
                // events are best effort, as upstream's recorder drops an event it cannot write
            }
            return;
        }
    }

    private Event event(KindInfo info, ObjectMeta regarding, String namespace, String name, String type,
            String reason, String note, Instant now) {
        Event event = EventsV1Factory.eINSTANCE.createEvent();
        event.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        event.getMetadata().setNamespace(namespace);
        event.getMetadata().setName(name);
        event.setRegarding(reference(info, regarding));
        event.setType(type);
        event.setReason(reason);
        event.setNote(note);
        event.setReportingController(component);
        event.setDeprecatedSource(CoreV1Factory.eINSTANCE.createEventSource());
        event.getDeprecatedSource().setComponent(component);
        event.setDeprecatedFirstTimestamp(Time.of(now));
        event.setDeprecatedLastTimestamp(Time.of(now));
        event.setDeprecatedCount(1);
        return event;
    }

    private static ObjectReference reference(KindInfo info, ObjectMeta meta) {
        ObjectReference reference = CoreV1Factory.eINSTANCE.createObjectReference();
        reference.setApiVersion(info.gvk().apiVersion());
        reference.setKind(info.gvk().kind());
        reference.setNamespace(meta.getNamespace());
        reference.setName(meta.getName());
        reference.setUid(meta.getUid());
        reference.setResourceVersion(meta.getResourceVersion());
        return reference;
    }
}
