package io.pilothouse.cli.test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.pilothouse.runtime.kuttl.CaseResult;
import io.pilothouse.runtime.kuttl.StepResult;

/**
 * The text report of {@code pilothouse test}, in {@code go test -v}'s style: a result line per test case, then one
 * per step, the failures of a step indented under it, and {@code PASS} or {@code FAIL} at the end. Times are
 * virtual.
 */
final class TextReport {

    private static final String STEP_INDENT = "    ";
    private static final String FAILURE_INDENT = "        ";

    private TextReport() {}

    static String of(List<CaseResult> results) {
        StringBuilder text = new StringBuilder();
        for (CaseResult result : results) {
            text.append(line("", result.passed(), result.name(), result.elapsed()));
            for (StepResult step : result.steps()) {
                text.append(line(STEP_INDENT, step.passed(), result.name() + "/" + step.name(), step.elapsed()));
                for (String failure : step.failures()) {
                    failure.lines().forEach(line -> text.append(FAILURE_INDENT).append(line).append('\n'));
                }
            }
        }
        long failed = results.stream().filter(result -> !result.passed()).count();
        text.append(failed == 0 ? "PASS" : "FAIL").append(": ").append(results.size() - failed).append(" passed, ")
                .append(failed).append(" failed\n");
        return text.toString();
    }

    private static String line(String indent, boolean passed, String name, Duration elapsed) {
        return indent + (passed ? "--- PASS: " : "--- FAIL: ") + name + " (" + seconds(elapsed) + "s)\n";
    }

    /** Seconds with two decimals, as go test prints them. */
    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.2f", elapsed.toMillis() / 1000.0);
    }
}
