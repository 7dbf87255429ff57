package io.pilothouse.runtime.api;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One change of a watched kind.
 *
 * @param type   what happened
 * @param object the object as stored by the write, shared by the store and every listener: read only (copy it to
 *               change it); for {@link Type#DELETED}, its last state with the {@code resourceVersion} of the
 *               deletion
 */
public record WatchEvent(Type type, EObject object) {

    /** Checks that no part is null. */
    public WatchEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
    }

    /** The event types of upstream's watch API. */
    public enum Type {
        /** The object was created. */
        ADDED,
        /** The object was changed. */
        MODIFIED,
        /** The object was removed. */
        DELETED
    }
}
