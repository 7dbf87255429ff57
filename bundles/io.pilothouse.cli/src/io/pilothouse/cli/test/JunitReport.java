package io.pilothouse.cli.test;

import java.util.List;

import io.pilothouse.runtime.kuttl.CaseResult;
import io.pilothouse.runtime.kuttl.StepResult;

/** The JUnit XML report of {@code pilothouse test}: a test suite per test case, a test case per step. */
final class JunitReport {

    private JunitReport() {}

    static String of(List<CaseResult> results) {
        long failures = results.stream().flatMap(result -> result.steps().stream())
                .filter(step -> !step.passed()).count();
        long tests = results.stream().mapToLong(result -> result.steps().size()).sum();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"pilothouse test\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\">\n");
        for (CaseResult result : results) {
            long failed = result.steps().stream().filter(step -> !step.passed()).count();
            xml.append("  <testsuite name=\"").append(escape(result.name())).append("\" tests=\"")
                    .append(result.steps().size()).append("\" failures=\"").append(failed).append("\" time=\"")
                    .append(TextReport.seconds(result.elapsed())).append("\">\n");
            result.steps().forEach(step -> testCase(result.name(), step, xml));
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void testCase(String caseName, StepResult step, StringBuilder xml) {
        xml.append("    <testcase classname=\"").append(escape(caseName)).append("\" name=\"")
                .append(escape(step.name())).append("\" time=\"").append(TextReport.seconds(step.elapsed()))
                .append('"');
        if (step.passed()) {
            xml.append("/>\n");
            return;
        }
        String message = step.failures().get(0).lines().findFirst().orElse("");
        xml.append(">\n      <failure message=\"").append(escape(message)).append("\">")
                .append(escape(String.join("\n", step.failures()))).append("</failure>\n    </testcase>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
