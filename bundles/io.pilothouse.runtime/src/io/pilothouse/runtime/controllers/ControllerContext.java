package io.pilothouse.runtime.controllers;

import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;

/**
 * What a controller gets to work with: the API (the store with its watches), the cluster's virtual clock and the
 * cluster's shared informers.
 */
public record ControllerContext(ObjectStore store, VirtualClock clock, Informers informers) {

    /** A context with informers of its own (for a controller that shares them with no other). */
    public ControllerContext(ObjectStore store, VirtualClock clock) {
        this(store, clock, new Informers(store));
    }
}
