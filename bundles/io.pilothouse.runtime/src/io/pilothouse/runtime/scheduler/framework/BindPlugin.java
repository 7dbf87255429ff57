package io.pilothouse.runtime.scheduler.framework;

/** Binds the pod to the node; the first bind plugin that does not Skip binds. */
public interface BindPlugin extends Plugin {

    Status bind(CycleState state, PodInfo pod, String nodeName);
}
