package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a step.
 *
 * @param name     the step's name, such as {@code 00-install}
 * @param elapsed  the virtual time the step took
 * @param failures why the step failed, one text per failed assert, error or apply; empty when it passed
 */
public record StepResult(String name, Duration elapsed, List<String> failures) {

    public StepResult {
        failures = List.copyOf(failures);
    }

    /** Whether the step passed. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
