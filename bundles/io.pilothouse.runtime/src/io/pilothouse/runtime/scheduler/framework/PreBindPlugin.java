package io.pilothouse.runtime.scheduler.framework;

/** Prepares the binding (for example, provisions volumes). */
public interface PreBindPlugin extends Plugin {

    Status preBind(CycleState state, PodInfo pod, String nodeName);
}
