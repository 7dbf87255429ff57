package io.pilothouse.runtime.scheduler.framework;

import java.util.List;

/**
 * The cluster events after which a pod this plugin rejected may have become schedulable: the queue moves such a pod
 * out of the unschedulable pool only on one of them (upstream's QueueingHints, without per-event hint functions).
 */
public interface EnqueueExtensions extends Plugin {

    List<ClusterEvent> eventsToRegister();
}
