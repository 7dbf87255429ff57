package io.pilothouse.runtime.scheduler.framework;

import java.util.Set;

/** A pod held at Permit, waiting for the plugins that asked it to wait. */
public interface WaitingPod {

    /** The pod. */
    PodInfo pod();

    /** The plugins it still waits for. */
    Set<String> pendingPlugins();

    /** A plugin allows the pod; once none is pending, the binding goes on. */
    void allow(String plugin);

    /** A plugin rejects the pod: the binding fails with an Unschedulable status carrying the message. */
    void reject(String plugin, String message);
}
