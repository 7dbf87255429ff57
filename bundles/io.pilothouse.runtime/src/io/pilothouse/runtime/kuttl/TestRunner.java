package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.apply.AppliedObject;
import io.pilothouse.runtime.preview.PreviewCluster;
import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * Runs test cases as KUTTL does, each against a fresh {@link PreviewCluster}, in virtual time: a step deletes its
 * objects, runs its commands ({@link StepCommands}: kubectl interpreted in-process, each command's timeout the
 * suite's unless it sets one), applies its objects, lets the cluster settle, and then waits, one virtual second at a
 * time up to its timeout, until every assert matches an object and no errors object does. A case stops at its first
 * failed step.
 * The scheduler runs the suite's profiles, if any; a step with a {@code KubeSchedulerConfiguration} among its
 * files configures the scheduler before it applies its objects, as {@code pilothouse preview} does (so the steps
 * before it are replayed with the new scheduler).
 */
public final class TestRunner {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final int NOT_FOUND = 404;

    private final Duration defaultTimeout;
    private final List<Profile> schedulerProfiles;

    /** A runner with the default scheduler whose steps wait up to the timeout unless they set their own. */
    public TestRunner(Duration defaultTimeout) {
        this(defaultTimeout, List.of());
    }

    /**
     * A runner whose steps wait up to the timeout unless they set their own.
     *
     * @param schedulerProfiles the profiles every case's scheduler starts with, empty for the default profile
     */
    public TestRunner(Duration defaultTimeout, List<Profile> schedulerProfiles) {
        this.defaultTimeout = defaultTimeout;
        this.schedulerProfiles = List.copyOf(schedulerProfiles);
    }

    /** Runs every case of a suite, in order. */
    public static List<CaseResult> run(TestSuite suite) {
        TestRunner runner = new TestRunner(suite.timeout(), suite.schedulerProfiles());
        return suite.cases().stream().map(runner::run).toList();
    }

    /** Runs one case against a fresh cluster. */
    public CaseResult run(TestCase testCase) {
        PreviewCluster cluster = new PreviewCluster();
        if (!schedulerProfiles.isEmpty()) {
            cluster.configureScheduler(schedulerProfiles);
        }
        List<StepResult> results = new ArrayList<>();
        for (TestStep step : testCase.steps()) {
            StepResult result = run(cluster, step);
            results.add(result);
            if (!result.passed()) {
                break;
            }
        }
        return new CaseResult(testCase.name(), results);
    }

    private StepResult run(PreviewCluster cluster, TestStep step) {
        Instant start = cluster.clock().now();
        Expectations expectations = new Expectations(cluster);
        List<String> failures = new ArrayList<>();
        if (!step.schedulerProfiles().isEmpty()) {
            cluster.configureScheduler(step.schedulerProfiles());
        }
        step.deletes().forEach(reference -> delete(cluster, reference, expectations).ifPresent(failures::add));
        if (failures.isEmpty() && !step.commands().isEmpty()) {
            cluster.settle();
            StepCommands.run(cluster, step.commands(), defaultTimeout).ifPresent(failures::add);
        }
        if (failures.isEmpty() && !step.apply().isEmpty()) {
            cluster.apply(step.apply()).stream().filter(applied -> applied.outcome() == AppliedObject.Outcome.FAILED)
                    .map(AppliedObject::toString).forEach(failures::add);
        }
        cluster.settle();
        if (!failures.isEmpty()) {
            return new StepResult(step.name(), Duration.between(start, cluster.clock().now()), failures);
        }
        Instant deadline = cluster.clock().now().plus(step.timeout() == null ? defaultTimeout : step.timeout());
        while (!expectations.hold(step) && cluster.clock().now().isBefore(deadline)) {
            cluster.advance(POLL_INTERVAL);
        }
        Duration elapsed = Duration.between(start, cluster.clock().now());
        return new StepResult(step.name(), elapsed, expectations.failures(step, elapsed));
    }

    private static Optional<String> delete(PreviewCluster cluster, ObjectReference reference,
            Expectations expectations) {
        EClass kind = expectations.kind(reference.apiVersion(), reference.kind());
        if (kind == null) {
            return Optional.of("delete: no built-in kind " + reference.apiVersion() + " " + reference.kind());
        }
        String namespace = !KindInfo.of(kind).namespaced()
                ? null
                : reference.namespace() == null ? Expectations.TEST_NAMESPACE : reference.namespace();
        List<String> names = reference.name() != null
                ? List.of(reference.name())
                : cluster.list(kind, namespace).stream()
                        .map(object -> KindInfo.of(kind).metadata(object).getName()).toList();
        for (String name : names) {
            try {
                cluster.delete(kind, namespace, name);
            } catch (ApiException e) {
                if (!Integer.valueOf(NOT_FOUND).equals(e.status().getCode())) {
                    return Optional.of("delete: " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }
}
