package io.pilothouse.runtime.scheduler.framework;

/** Decides whether a pod may enter the active queue at all (for example, scheduling gates). */
public interface PreEnqueuePlugin extends Plugin {

    /** @return Success to let the pod in; a rejection keeps it out until it is updated */
    Status preEnqueue(PodInfo pod);
}
