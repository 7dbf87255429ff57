package io.pilothouse.runtime.controllers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;

/** Pod facts the workload controllers use, as upstream's {@code podutil} and {@code controller.IsPodActive}. */
public final class Pods {

    /** Pod phases. */
    public static final String PENDING = "Pending";
    /** Pod phases. */
    public static final String RUNNING = "Running";
    /** Pod phases. */
    public static final String SUCCEEDED = "Succeeded";
    /** Pod phases. */
    public static final String FAILED = "Failed";
    /** Pod phases. */
    public static final String UNKNOWN = "Unknown";

    private Pods() {}

    /** Not finished and not being deleted. */
    public static boolean isActive(Pod pod) {
        String phase = phase(pod);
        return !SUCCEEDED.equals(phase) && !FAILED.equals(phase) && pod.getMetadata().getDeletionTimestamp() == null;
    }

    /** The phase, or {@code null}. */
    public static String phase(Pod pod) {
        return pod.getStatus() == null ? null : pod.getStatus().getPhase();
    }

    /** Whether the {@code Ready} condition is {@code True}. */
    public static boolean isReady(Pod pod) {
        PodCondition ready = readyCondition(pod);
        return ready != null && "True".equals(ready.getStatus());
    }

    /** When the pod became ready, or {@code null} when it is not ready or the time is unknown. */
    public static Instant readySince(Pod pod) {
        PodCondition ready = readyCondition(pod);
        if (ready == null || !"True".equals(ready.getStatus()) || ready.getLastTransitionTime() == null) {
            return null;
        }
        return ready.getLastTransitionTime().toInstant();
    }

    /** Ready for longer than {@code minReadySeconds} (strictly, as upstream's {@code IsPodAvailable}). */
    public static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
        if (!isReady(pod)) {
            return false;
        }
        if (minReadySeconds == 0) {
            return true;
        }
        Instant since = readySince(pod);
        return since != null && since.plus(Duration.ofSeconds(minReadySeconds)).isBefore(now);
    }

    /** The highest restart count of the pod's containers. */
    public static int maxContainerRestarts(Pod pod) {
        int max = 0;
        if (pod.getStatus() != null) {
            for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
                if (status.getRestartCount() != null) {
                    max = Math.max(max, status.getRestartCount());
                }
            }
        }
        return max;
    }

    private static PodCondition readyCondition(Pod pod) {
        if (pod.getStatus() == null) {
            return null;
        }
        List<PodCondition> conditions = pod.getStatus().getConditions();
        for (int i = 0; i < conditions.size(); i++) {
            if ("Ready".equals(conditions.get(i).getType())) {
                return conditions.get(i);
            }
        }
        return null;
    }
}
