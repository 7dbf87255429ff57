package io.pilothouse.runtime.controllers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;

/**
 * Upstream's {@code backoffRecord} of a Job: the failures since the last success and the finish time of the last
 * one, from which replacement pods wait 10 s doubling per failure up to 6 min.
 */
record BackoffRecord(int failuresAfterLastSuccess, Instant lastFailure) {

    /** Upstream's {@code DefaultJobPodFailureBackOff}. */
    static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);
    /** Upstream's {@code MaxJobPodFailureBackOff}. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(6);
    static final BackoffRecord NONE = new BackoffRecord(0, null);

    /** Upstream's {@code newBackoffRecord}: this record after newly counted succeeded and failed pods. */
    BackoffRecord next(List<Pod> succeeded, List<Pod> failed) {
        List<Instant> failures = failed.stream().map(BackoffRecord::finishedTime).sorted().toList();
        if (succeeded.isEmpty()) {
            return failures.isEmpty()
                    ? this
                    : new BackoffRecord(failuresAfterLastSuccess + failures.size(), failures.getLast());
        }
        Instant lastSuccess = succeeded.stream().map(BackoffRecord::finishedTime).max(Comparator.naturalOrder())
                .orElseThrow();
        List<Instant> after = failures.stream().filter(time -> time.isAfter(lastSuccess)).toList();
        return after.isEmpty() ? NONE : new BackoffRecord(after.size(), after.getLast());
    }

    /** Upstream's {@code getRemainingTime}: how long replacements still wait at {@code now}. */
    Duration remaining(Instant now) {
        if (failuresAfterLastSuccess == 0) {
            return Duration.ZERO;
        }
        Duration backoff = DEFAULT_BACKOFF;
        for (int i = 1; i < failuresAfterLastSuccess && backoff.compareTo(MAX_BACKOFF) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        backoff = backoff.compareTo(MAX_BACKOFF) < 0 ? backoff : MAX_BACKOFF;
        Duration remaining = backoff.minus(Duration.between(lastFailure, now));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /**
     * Upstream's {@code getFinishedTime}: the latest container finish when all containers finished, else the
     * transition to {@code Ready=False}, else the deletion time less the grace period, else the creation time.
     */
    static Instant finishedTime(Pod pod) {
        Instant containers = pod.getStatus() == null
                ? null
                : containersFinished(pod.getStatus()
                        .getContainerStatuses());
        if (containers != null) {
            return containers;
        }
        if (pod.getStatus() != null) {
            for (PodCondition condition : pod.getStatus().getConditions()) {
                if ("Ready".equals(condition.getType()) && "False".equals(condition.getStatus())
                        && condition.getLastTransitionTime() != null) {
                    return condition.getLastTransitionTime().toInstant();
                }
            }
        }
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            Long grace = pod.getMetadata().getDeletionGracePeriodSeconds();
            return pod.getMetadata().getDeletionTimestamp().toInstant().minusSeconds(grace == null ? 0 : grace);
        }
        return pod.getMetadata().getCreationTimestamp().toInstant();
    }

    private static Instant containersFinished(List<ContainerStatus> statuses) {
        Instant latest = null;
        for (ContainerStatus status : statuses) {
            if (status.getState() == null || status.getState().getTerminated() == null
                    || status.getState().getTerminated().getFinishedAt() == null) {
                return null;
            }
            Instant finished = status.getState().getTerminated().getFinishedAt().toInstant();
            latest = latest == null || finished.isAfter(latest) ? finished : latest;
        }
        return latest;
    }
}
