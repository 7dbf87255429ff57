package io.pilothouse.runtime.api;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.Pod;

/**
 * The grace period of a deletion, as upstream's pod strategy ({@code CheckGracefulDelete}) decides it: only a pod
 * bound to a node and not yet terminal is deleted gracefully, for the requested period or else its
 * {@code terminationGracePeriodSeconds} (30 when unset); every other object is deleted at once.
 */
final class PodGracefulDeletion {

    /** The grace period of a pod whose spec leaves it unset. */
    static final long DEFAULT_GRACE_PERIOD_SECONDS = 30;

    private PodGracefulDeletion() {}

    /** The grace period in seconds for deleting the object, {@code requested} unless {@code null}. */
    static long gracePeriodSeconds(EObject object, Long requested) {
        if (!(object instanceof Pod pod) || pod.getSpec() == null || pod.getSpec().getNodeName() == null
                || pod.getSpec().getNodeName().isEmpty() || isTerminal(pod)) {
            return 0;
        }
        if (requested != null) {
            return Math.max(0, requested);
        }
        Long specified = pod.getSpec().getTerminationGracePeriodSeconds();
        return specified == null ? DEFAULT_GRACE_PERIOD_SECONDS : Math.max(0, specified);
    }

    private static boolean isTerminal(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }
}
