package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;

import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * Test cases, the timeout of their steps and the scheduler they run with.
 *
 * @param timeout           how long in virtual time a step waits for its asserts, unless it sets its own
 * @param schedulerProfiles the profiles of the suite's {@code KubeSchedulerConfiguration}, empty for the default
 *                          scheduler
 */
public record TestSuite(List<TestCase> cases, Duration timeout, List<Profile> schedulerProfiles) {

    /** KUTTL's default step timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public TestSuite {
        cases = List.copyOf(cases);
        schedulerProfiles = List.copyOf(schedulerProfiles);
    }
}
