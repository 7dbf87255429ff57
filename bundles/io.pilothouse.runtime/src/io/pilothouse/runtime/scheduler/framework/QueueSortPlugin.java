package io.pilothouse.runtime.scheduler.framework;

import java.time.Instant;

/** Orders the active queue. */
public interface QueueSortPlugin extends Plugin {

    /** Whether {@code first} is scheduled before {@code second}; both were queued at the given instants. */
    boolean less(PodInfo first, Instant firstQueued, PodInfo second, Instant secondQueued);
}
