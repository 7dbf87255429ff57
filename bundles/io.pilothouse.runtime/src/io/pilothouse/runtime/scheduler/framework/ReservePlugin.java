package io.pilothouse.runtime.scheduler.framework;

/** Reserves what the pod takes on the chosen node before binding; undoes it when the binding cycle fails. */
public interface ReservePlugin extends Plugin {

    Status reserve(CycleState state, PodInfo pod, String nodeName);

    void unreserve(CycleState state, PodInfo pod, String nodeName);
}
