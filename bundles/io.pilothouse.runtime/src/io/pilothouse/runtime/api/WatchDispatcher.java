package io.pilothouse.runtime.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.eclipse.emf.ecore.EObject;

/**
 * Delivers the store's changes to the watchers of each kind, synchronously and in {@code resourceVersion} order.
 * A change made by a listener while an event is being delivered is queued and delivered after the events before
 * it, so every listener sees every event in order; the events of one write (an update that also removes the
 * object) are queued together before any is delivered. When a listener throws, the exception reaches the writer and
 * the events still queued are delivered with the next change.
 * <p>
 * Every listener receives the stored object itself, which the store never changes (it stores a new object on every
 * write): like the cache of a client-go shared informer, it is read only, and a listener copies it to change it.
 */
final class WatchDispatcher {

    private final Map<GroupKind, List<Registration>> registrations = new HashMap<>();
    private final Queue<Pending> pending = new ArrayDeque<>();
    private boolean dispatching;

    Watch register(GroupKind kind, WatchListener listener) {
        Registration registration = new Registration(kind, listener);
        List<Registration> updated = new ArrayList<>(registrations.getOrDefault(kind, List.of()));
        updated.add(registration);
        registrations.put(kind, List.copyOf(updated));
        return registration;
    }

    /** Queues an event; the object must not change afterwards (the listeners receive it). */
    void queue(GroupKind kind, WatchEvent.Type type, EObject object) {
        if (registrations.containsKey(kind)) {
            pending.add(new Pending(kind, type, object));
        }
    }

    /** Delivers the queued events in order, unless a delivery is under way (which then delivers them). */
    void deliver() {
        if (dispatching) {
            return;
        }
        dispatching = true;
        try {
            for (Pending next = pending.poll(); next != null; next = pending.poll()) {
                deliver(next);
            }
        } finally {
            dispatching = false;
        }
    }

    private void deliver(Pending event) {
        WatchEvent shared = new WatchEvent(event.type, event.object);
        for (Registration registration : registrations.getOrDefault(event.kind, List.of())) {
            if (!registration.stopped) {
                registration.listener.onEvent(shared);
            }
        }
    }

    private record Pending(GroupKind kind, WatchEvent.Type type, EObject object) {}

    private final class Registration implements Watch {

        private final GroupKind kind;
        private final WatchListener listener;
        private boolean stopped;

        Registration(GroupKind kind, WatchListener listener) {
            this.kind = kind;
            this.listener = listener;
        }

        @Override
        public void stop() {
            stopped = true;
            List<Registration> remaining = new ArrayList<>(registrations.getOrDefault(kind, List.of()));
            remaining.remove(this);
            if (remaining.isEmpty()) {
                registrations.remove(kind);
            } else {
                registrations.put(kind, List.copyOf(remaining));
            }
        }
    }
}
