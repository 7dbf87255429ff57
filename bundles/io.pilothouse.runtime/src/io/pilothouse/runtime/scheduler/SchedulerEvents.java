package io.pilothouse.runtime.scheduler;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventSeries;
import io.pilothouse.model.k8s.events.v1.EventsV1Factory;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.MicroTime;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Writes the scheduler's events.k8s.io/v1 Events, as upstream's events recorder: named
 * {@code <pod name>.<event time in Unix nanoseconds, hex>} (the next free number when taken), and an event isomorphic
 * to an earlier one (same regarding object, reason, action and reporting controller) becomes a series on it.
 * Upstream sends series updates on a 30-minute heartbeat; here they are written at once.
 */
final class SchedulerEvents {

    static final String NORMAL = "Normal";
    static final String WARNING = "Warning";

    /** Upstream's limit on event notes; longer notes are cut and end in {@code " ..."}. */
    static final int NOTE_LIMIT = 1024;

    private final ObjectStore store;
    /** The event of each series, by the regarding pod's uid, then by reason, action and reporting controller. */
    private final Map<String, Map<String, String>> series = new HashMap<>();

    SchedulerEvents(ObjectStore store) {
        this.store = store;
    }

    /** Records an event about a pod. */
    void record(Pod pod, String type, String reason, String action, String note, String controller) {
        Instant now = store.clock().now();
        String uid = pod.getMetadata().getUid();
        String key = reason + '\u0000' + action + '\u0000' + controller;
        Map<String, String> ofPod = series.get(uid);
        String existing = ofPod == null ? null : ofPod.get(key);
        if (existing != null && bumpSeries(pod.getMetadata().getNamespace(), existing, now)) {
            return;
        }
        Event event = EventsV1Factory.eINSTANCE.createEvent();
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setNamespace(pod.getMetadata().getNamespace());
        event.setMetadata(meta);
        event.setEventTime(MicroTime.of(now));
        event.setType(type);
        event.setReason(reason);
        event.setAction(action);
        event.setNote(truncate(note));
        event.setReportingController(controller);
        event.setReportingInstance(controller + "-pilothouse");
        event.setRegarding(reference(pod));
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        String name = pod.getMetadata().getName() + '.' + Long.toHexString(nanos);
        while (store.peek(EventsV1Package.Literals.EVENT, meta.getNamespace(), name) != null) {
            name = pod.getMetadata().getName() + '.' + Long.toHexString(++nanos);
        }
        meta.setName(name);
        store.createShared(event);
        series.computeIfAbsent(uid, u -> new HashMap<>()).put(key, name);
    }

    /** Forgets the series of a deleted pod. */
    void forget(Pod pod) {
        series.remove(pod.getMetadata().getUid());
    }

    private boolean bumpSeries(String namespace, String name, Instant now) {
        Event event;
        try {
            event = store.get(EventsV1Factory.eINSTANCE.createEvent().eClass(), namespace, name);
        } catch (ApiException e) {
            return false;
        }
        EventSeries eventSeries = event.getSeries();
        if (eventSeries == null) {
            eventSeries = EventsV1Factory.eINSTANCE.createEventSeries();
            eventSeries.setCount(1);
            event.setSeries(eventSeries);
        }
        eventSeries.setCount(eventSeries.getCount() + 1);
        eventSeries.setLastObservedTime(MicroTime.of(now));
        store.update(event);
        return true;
    }

    static String truncate(String note) {
        if (note.length() <= NOTE_LIMIT) {
            return note;
        }
        String suffix = " ...";
        return note.substring(0, NOTE_LIMIT - suffix.length()) + suffix;
    }

    private static ObjectReference reference(Pod pod) {
        ObjectReference reference = CoreV1Factory.eINSTANCE.createObjectReference();
        reference.setApiVersion("v1");
        reference.setKind("Pod");
        reference.setNamespace(pod.getMetadata().getNamespace());
        reference.setName(pod.getMetadata().getName());
        reference.setUid(pod.getMetadata().getUid());
        reference.setResourceVersion(pod.getMetadata().getResourceVersion());
        return reference;
    }
}
