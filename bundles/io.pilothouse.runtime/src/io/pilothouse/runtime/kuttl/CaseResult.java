package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a test case: the steps that ran, up to and including the first that failed.
 *
 * @param name the test case's name
 */
public record CaseResult(String name, List<StepResult> steps) {

    public CaseResult {
        steps = List.copyOf(steps);
    }

    /** Whether every step passed. */
    public boolean passed() {
        return steps.stream().allMatch(StepResult::passed);
    }

    /** The virtual time the case took. */
    public Duration elapsed() {
        return steps.stream().map(StepResult::elapsed).reduce(Duration.ZERO, Duration::plus);
    }
}
