package io.pilothouse.runtime.api;

import java.time.Instant;
import java.util.Objects;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.core.v1.PodStatus;
import io.pilothouse.model.types.Time;

/**
 * Sets a pod's {@code PodScheduled} condition as upstream's {@code podutil.UpdatePodCondition} (the scheduler when a
 * pod does not fit, the binding subresource when it is bound): the transition time
 * moves only when the status changes; nothing changes when status, reason, message and observed generation are
 * already the same.
 */
public final class PodScheduledCondition {

    public static final String TYPE = "PodScheduled";
    public static final String REASON_UNSCHEDULABLE = "Unschedulable";
    public static final String REASON_SCHEDULER_ERROR = "SchedulerError";

    private PodScheduledCondition() {}

    /**
     * Sets the condition on the pod (in memory).
     *
     * @return whether the pod changed
     */
    public static boolean set(Pod pod, String status, String reason, String message, Instant now) {
        if (pod.getStatus() == null) {
            pod.setStatus(CoreV1Factory.eINSTANCE.createPodStatus());
        }
        PodStatus podStatus = pod.getStatus();
        Long generation = pod.getMetadata().getGeneration();
        PodCondition existing = null;
        for (PodCondition condition : podStatus.getConditions()) {
            if (TYPE.equals(condition.getType())) {
                existing = condition;
            }
        }
        if (existing == null) {
            existing = CoreV1Factory.eINSTANCE.createPodCondition();
            existing.setType(TYPE);
            podStatus.getConditions().add(existing);
        } else if (status.equals(existing.getStatus()) && Objects.equals(reason, existing.getReason())
                && Objects.equals(message, existing.getMessage())
                && Objects.equals(generation, existing.getObservedGeneration())) {
            return false;
        }
        if (!status.equals(existing.getStatus())) {
            existing.setLastTransitionTime(Time.of(now));
        }
        existing.setStatus(status);
        existing.setReason(reason);
        existing.setMessage(message);
        existing.setObservedGeneration(generation);
        existing.setLastProbeTime(null);
        return true;
    }
}
