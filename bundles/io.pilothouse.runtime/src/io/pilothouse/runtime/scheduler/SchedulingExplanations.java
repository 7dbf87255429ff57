package io.pilothouse.runtime.scheduler;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The latest scheduling attempt of each pod, by {@code namespace/name}. */
public final class SchedulingExplanations {

    private final Map<String, SchedulingAttempt> latest = new HashMap<>();

    void record(SchedulingAttempt attempt) {
        latest.put(attempt.podKey(), attempt);
    }

    void forget(String podKey) {
        latest.remove(podKey);
    }

    /** The latest attempt to schedule a pod. */
    public Optional<SchedulingAttempt> latest(String podKey) {
        return Optional.ofNullable(latest.get(podKey));
    }
}
