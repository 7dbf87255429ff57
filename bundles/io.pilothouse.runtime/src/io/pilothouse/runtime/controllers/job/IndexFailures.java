package io.pilothouse.runtime.controllers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;

import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * An Indexed Job's {@code backoffLimitPerIndex}, as upstream's job controller keeps it: each pod carries the failures
 * of its index before it ({@value #FAILURE_COUNT}, and those a pod failure policy ignored in {@value
 * #IGNORED_FAILURE_COUNT}); an index fails when a counted failure finds the count at the limit, or on a {@code
 * FailIndex} rule. A failed pod of an index that is neither finished nor running keeps its tracking finalizer until
 * its replacement exists (its counts pass on to it), and the replacement waits the per-index backoff: 10 s doubling
 * per failure of the index up to 6 min, from the failed pod's finish time.
 */
final class IndexFailures {

    static final String FAILURE_COUNT = "batch.kubernetes.io/job-index-failure-count";
    static final String IGNORED_FAILURE_COUNT = "batch.kubernetes.io/job-index-ignored-failure-count";

    private IndexFailures() {}

    /** Whether the Job limits the retries of each index. */
    static boolean hasBackoffLimitPerIndex(Job job) {
        return JobPods.isIndexed(job) && job.getSpec().getBackoffLimitPerIndex() != null;
    }

    /** Upstream's {@code isIndexFailed}: whether this failed pod fails its index. */
    static boolean failsIndex(Job job, Pod pod) {
        if (!JobPods.isFailed(job, pod)) {
            return false;
        }
        PodFailurePolicies.Match match = PodFailurePolicies.match(job.getSpec().getPodFailurePolicy(), pod);
        if (PodFailurePolicies.FAIL_INDEX.equals(match.action())) {
            return true;
        }
        return match.counted() && count(pod, FAILURE_COUNT) >= job.getSpec().getBackoffLimitPerIndex();
    }

    /**
     * Upstream's {@code getPodsWithDelayedDeletionPerIndex}: per index that is neither succeeded, failed nor
     * running, the failed tracked pod with the most failures and the latest finish time.
     */
    static Map<Integer, Pod> delayed(Job job, Collection<Pod> tracked, NavigableSet<Integer> succeeded,
            NavigableSet<Integer> failed, Set<Integer> running) {
        Map<Integer, Pod> delayed = new TreeMap<>();
        for (Pod pod : tracked) {
            int index = JobPods.completionIndex(pod);
            if (!JobPods.isFailed(job, pod) || succeeded.contains(index) || failed.contains(index)
                    || running.contains(index)) {
                continue;
            }
            Pod last = delayed.get(index);
            if (last == null || absoluteCount(last) <= absoluteCount(pod)
                    && !BackoffRecord.finishedTime(pod).isBefore(BackoffRecord.finishedTime(last))) {
                delayed.put(index, pod);
            }
        }
        return delayed;
    }

    /** Upstream's {@code getRemainingTimePerIndex}: how long the replacement of a failed pod still waits. */
    static Duration remaining(Pod replaced, Instant now) {
        if (replaced == null) {
            return Duration.ZERO;
        }
        return new BackoffRecord(absoluteCount(replaced) + 1, BackoffRecord.finishedTime(replaced)).remaining(now);
    }

    /** Writes the failure counts of a new pod that replaces {@code replaced} (none: a first pod of its index). */
    static void annotate(ObjectMeta meta, Job job, Pod replaced) {
        int failures = 0;
        int ignored = 0;
        if (replaced != null) {
            failures = count(replaced, FAILURE_COUNT);
            ignored = count(replaced, IGNORED_FAILURE_COUNT);
            if (PodFailurePolicies.match(job.getSpec().getPodFailurePolicy(), replaced).counted()) {
                failures++;
            } else {
                ignored++;
            }
        }
        meta.getAnnotations().put(FAILURE_COUNT, Integer.toString(failures));
        if (ignored > 0) {
            meta.getAnnotations().put(IGNORED_FAILURE_COUNT, Integer.toString(ignored));
        }
    }

    private static int absoluteCount(Pod pod) {
        return count(pod, FAILURE_COUNT) + count(pod, IGNORED_FAILURE_COUNT);
    }

    /** An annotation's count; a missing, unparsable or out-of-range value is 0, as upstream's {@code parseInt32}. */
    private static int count(Pod pod, String annotation) {
        String value = pod.getMetadata().getAnnotations().get(annotation);
        if (value == null || !value.matches("[0-9]{1,10}")) {
            return 0;
        }
        long parsed = Long.parseLong(value);
        return parsed > Integer.MAX_VALUE ? 0 : (int) parsed;
    }
}
