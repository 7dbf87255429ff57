package io.pilothouse.runtime.scheduler.plugins;

import io.pilothouse.runtime.scheduler.framework.BindPlugin;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Binds the pod by writing a Binding to the API: here, through the scheduler's {@link PodBinder}. */
public final class DefaultBinder implements BindPlugin {

    public static final String NAME = "DefaultBinder";

    private final PodBinder binder;

    public DefaultBinder(PodBinder binder) {
        this.binder = binder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status bind(CycleState state, PodInfo pod, String nodeName) {
        return binder.bind(pod, nodeName);
    }

    /** Writes the binding of a pod to a node. */
    @FunctionalInterface
    public interface PodBinder {

        /** @return Success, or Error with the API's message */
        Status bind(PodInfo pod, String nodeName);
    }
}
