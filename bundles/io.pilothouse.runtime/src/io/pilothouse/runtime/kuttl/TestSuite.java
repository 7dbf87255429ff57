package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;

/**
 * Test cases and the timeout of their steps.
 *
 * @param timeout how long in virtual time a step waits for its asserts, unless it sets its own
 */
public record TestSuite(List<TestCase> cases, Duration timeout) {

    /** KUTTL's default step timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public TestSuite {
        cases = List.copyOf(cases);
    }
}
