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

/**
 * Runs test cases as KUTTL does, each against a fresh {@link PreviewCluster}, in virtual time: a step deletes its
 * objects, applies its objects, lets the cluster settle, and then waits, one virtual second at a time up to its
 * timeout, until every assert matches an object and no errors object does. A case stops at its first failed step.
 */
public final class TestRunner {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final int NOT_FOUND = 404;

    private final Duration defaultTimeout;

    /** A runner whose steps wait up to the timeout unless they set their own. */
    public TestRunner(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    /** Runs every case of a suite, in order. */
    public static List<CaseResult> run(TestSuite suite) {
        TestRunner runner = new TestRunner(suite.timeout());
        return suite.cases().stream().map(runner::run).toList();
    }

    /** Runs one case against a fresh cluster. */
    public CaseResult run(TestCase testCase) {
        PreviewCluster cluster = new PreviewCluster();
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
        step.deletes().forEach(reference -> delete(cluster, reference, expectations).ifPresent(failures::add));
        if (!step.apply().isEmpty()) {
            cluster.apply(step.apply()).stream().filter(applied -> applied.outcome() == AppliedObject.Outcome.FAILED)
                    .map(AppliedObject::toString).forEach(failures::add);
        }
        cluster.settle();
        if (!failures.isEmpty()) {
            return new StepResult(step.name(), Duration.ZERO, failures);
        }
        Instant deadline = start.plus(step.timeout() == null ? defaultTimeout : step.timeout());
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
