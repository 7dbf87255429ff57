package io.pilothouse.runtime.scheduler.plugins;

import java.time.Instant;

import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.QueueSortPlugin;

/** Orders the active queue by priority, highest first, then by the time the pod was queued, earliest first. */
public final class PrioritySort implements QueueSortPlugin {

    public static final String NAME = "PrioritySort";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean less(PodInfo first, Instant firstQueued, PodInfo second, Instant secondQueued) {
        return first.priority() > second.priority()
                || first.priority() == second.priority() && firstQueued.isBefore(secondQueued);
    }
}
