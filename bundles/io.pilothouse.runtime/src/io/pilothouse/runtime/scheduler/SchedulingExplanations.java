package io.pilothouse.runtime.scheduler;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * The latest scheduling attempt of each pod, by {@code namespace/name}. A failed attempt keeps its detail (every
 * evaluated node's Filter outcome) while the pod waits; of the successful attempts, the latest
 * {@value #DETAILED_SUCCESSES} keep theirs (the Filter outcomes and the score table) and older ones keep their outcome
 * only ({@link SchedulingAttempt#withoutDetail()}), so that a cluster of many thousand pods does not hold a score
 * table per pod.
 */
public final class SchedulingExplanations {

    /** How many of the latest successful attempts keep their per-node detail. */
    public static final int DETAILED_SUCCESSES = 1_000;

    private final Map<String, SchedulingAttempt> latest = new HashMap<>();
    private final Queue<SchedulingAttempt> detailedSuccesses = new ArrayDeque<>();

    void record(SchedulingAttempt attempt) {
        latest.put(attempt.podKey(), attempt);
        if (attempt.chosenNode() == null) {
            return;
        }
        detailedSuccesses.add(attempt);
        if (detailedSuccesses.size() > DETAILED_SUCCESSES) {
            SchedulingAttempt oldest = detailedSuccesses.remove();
            latest.replace(oldest.podKey(), oldest, oldest.withoutDetail());
        }
    }

    void forget(String podKey) {
        latest.remove(podKey);
    }

    /** The latest attempt to schedule a pod. */
    public Optional<SchedulingAttempt> latest(String podKey) {
        return Optional.ofNullable(latest.get(podKey));
    }
}
