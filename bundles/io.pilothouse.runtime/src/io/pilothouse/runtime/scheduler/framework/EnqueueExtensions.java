package io.pilothouse.runtime.scheduler.framework;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.Pod;

/**
 * The cluster events after which a pod this plugin rejected may have become schedulable: the queue moves such a pod
 * out of the unschedulable pool only on one of them, and only when the plugin's queueing hint for the event says so
 * (upstream's {@code ClusterEventWithHint}).
 */
public interface EnqueueExtensions extends Plugin {

    List<ClusterEvent> eventsToRegister();

    /**
     * The queueing hint: whether an incoming event matching one of {@link #eventsToRegister()} may make the pod
     * schedulable ({@code Queue}) or surely not ({@code QueueSkip}). Without a hint every matching event queues.
     */
    default boolean isSchedulableAfter(Pod pod, ClusterEvent event) {
        return true;
    }
}
