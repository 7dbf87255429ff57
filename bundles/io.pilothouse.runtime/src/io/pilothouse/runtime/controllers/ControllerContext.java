package io.pilothouse.runtime.controllers;

import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;

/** What a controller gets to work with: the API (the store with its watches) and the cluster's virtual clock. */
public record ControllerContext(ObjectStore store, VirtualClock clock) {}
