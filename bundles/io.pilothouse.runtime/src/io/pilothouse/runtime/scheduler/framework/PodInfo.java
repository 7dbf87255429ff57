package io.pilothouse.runtime.scheduler.framework;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.Pod;

/**
 * A pod with what the scheduler computes from it once: its key, priority, requests (exact and with the scoring
 * defaults) and host ports. The pod must not change after the PodInfo is made.
 *
 * @param pod             the pod
 * @param key             {@code namespace/name}
 * @param priority        {@code spec.priority}, 0 when unset
 * @param request         the effective request
 * @param nonZeroRequest  the effective request with 100m CPU and 200Mi memory for containers that request none
 * @param hostPorts       the host ports it takes
 */
public record PodInfo(Pod pod, String key, int priority, Resource request, Resource nonZeroRequest,
        List<HostPort> hostPorts) {

    /** Computes the info of a pod. */
    public static PodInfo of(Pod pod) {
        Integer priority = pod.getSpec().getPriority();
        return new PodInfo(pod, keyOf(pod), priority == null ? 0 : priority, PodRequests.of(pod.getSpec(), false),
                PodRequests.of(pod.getSpec(), true), List.copyOf(HostPort.of(pod.getSpec())));
    }

    /** {@code namespace/name} of a pod. */
    public static String keyOf(Pod pod) {
        return pod.getMetadata().getNamespace() + '/' + pod.getMetadata().getName();
    }

    /** The pod's name. */
    public String name() {
        return pod.getMetadata().getName();
    }

    /** The pod's namespace. */
    public String namespace() {
        return pod.getMetadata().getNamespace();
    }
}
