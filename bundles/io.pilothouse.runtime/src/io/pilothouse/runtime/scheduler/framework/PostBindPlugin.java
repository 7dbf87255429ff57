package io.pilothouse.runtime.scheduler.framework;

/** Told after a successful binding. */
public interface PostBindPlugin extends Plugin {

    void postBind(CycleState state, PodInfo pod, String nodeName);
}
