package io.pilothouse.runtime.scheduler.framework;

/** The last gate before binding: allow, deny, or wait (in virtual time) for someone to allow the pod. */
public interface PermitPlugin extends Plugin {

    PermitResult permit(CycleState state, PodInfo pod, String nodeName);
}
