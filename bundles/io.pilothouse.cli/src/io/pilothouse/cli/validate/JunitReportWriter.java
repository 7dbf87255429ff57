package io.pilothouse.cli.validate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.ValidationReport.Status;

/**
 * JUnit XML as CI systems read it: a test suite per file, a test case per resource; an invalid resource fails with
 * its error diagnostics, a resource that could not be validated is an error, a skipped one is skipped. Problems
 * outside any resource (YAML syntax) are an error test case named after the file.
 */
final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, int files, boolean summary, PrintWriter out) {
        Map<String, List<ResourceResult>> byFile = new LinkedHashMap<>();
        for (ResourceResult resource : report.resources()) {
            byFile.computeIfAbsent(resource.file(), file -> new ArrayList<>()).add(resource);
        }
        Map<String, List<ValidationDiagnostic>> fileProblems = new LinkedHashMap<>();
        for (ValidationDiagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.object() == null && diagnostic.severity() == Severity.ERROR) {
                fileProblems.computeIfAbsent(diagnostic.range().file(), file -> new ArrayList<>()).add(diagnostic);
                byFile.putIfAbsent(diagnostic.range().file(), new ArrayList<>());
            }
        }
        Summary counts = Summary.of(report, files);
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.printf(
                "<testsuites name=\"pilothouse validate\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">%n",
                counts.resources() + fileProblems.size(), counts.invalid(), counts.errors() + fileProblems.size(),
                counts.skipped());
        byFile.forEach((file, resources) -> writeSuite(file, resources, fileProblems.getOrDefault(file, List.of()),
                out));
        out.println("</testsuites>");
    }

    private static void writeSuite(String file, List<ResourceResult> resources, List<ValidationDiagnostic> problems,
            PrintWriter out) {
        long failures = resources.stream().filter(resource -> resource.status() == Status.INVALID).count();
        long errors = resources.stream().filter(resource -> resource.status() == Status.ERROR).count()
                + (problems.isEmpty() ? 0 : 1);
        long skipped = resources.stream().filter(resource -> resource.status() == Status.SKIPPED).count();
        out.printf("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">%n",
                escape(file), resources.size() + (problems.isEmpty() ? 0 : 1), failures, errors, skipped);
        if (!problems.isEmpty()) {
            writeCase(file, file, "error", problems, out);
        }
        for (ResourceResult resource : resources) {
            String outcome = switch (resource.status()) {
                case VALID -> null;
                case INVALID -> "failure";
                case ERROR -> "error";
                case SKIPPED -> "skipped";
            };
            List<ValidationDiagnostic> errorsOnly = resource.diagnostics().stream()
                    .filter(diagnostic -> diagnostic.severity() == Severity.ERROR).toList();
            writeCase(file, resource.object().toString(), outcome, errorsOnly, out);
        }
        out.println("  </testsuite>");
    }

    private static void writeCase(String file, String name, String outcome, List<ValidationDiagnostic> diagnostics,
            PrintWriter out) {
        out.printf("    <testcase classname=\"%s\" name=\"%s\"", escape(file), escape(name));
        if (outcome == null) {
            out.println("/>");
            return;
        }
        out.println(">");
        if (outcome.equals("skipped")) {
            out.println("      <skipped/>");
        } else {
            String message = diagnostics.isEmpty() ? outcome : diagnostics.get(0).message();
            String type = diagnostics.isEmpty() ? outcome : diagnostics.get(0).code();
            out.printf("      <%s message=\"%s\" type=\"%s\">", outcome, escape(message), escape(type));
            for (ValidationDiagnostic diagnostic : diagnostics) {
                out.print(escape(ReportWriter.line(diagnostic)));
                out.print("&#10;");
            }
            out.printf("</%s>%n", outcome);
        }
        out.println("    </testcase>");
    }

    /** Escapes text for an XML attribute or element; characters XML 1.0 cannot hold become U+FFFD. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\n' -> escaped.append("&#10;");
                case '\t' -> escaped.append("&#9;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c < 0x20 ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }
}
