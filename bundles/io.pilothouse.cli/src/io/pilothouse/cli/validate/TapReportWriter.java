package io.pilothouse.cli.validate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.ValidationReport.Status;

/**
 * TAP version 13: a test point per resource (skipped ones with a SKIP directive) and one per file that has problems
 * outside any resource; the diagnostics follow each test point as a YAML block.
 */
final class TapReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, int files, boolean summary, PrintWriter out) {
        List<ValidationDiagnostic> outside = new ArrayList<>();
        for (ValidationDiagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.object() == null) {
                outside.add(diagnostic);
            }
        }
        out.println("TAP version 13");
        out.println("1.." + (report.resources().size() + (outside.isEmpty() ? 0 : 1)));
        int number = 0;
        if (!outside.isEmpty()) {
            number++;
            out.println("not ok " + number + " - files could not be read completely");
            writeDiagnostics(outside, out);
        }
        for (ResourceResult resource : report.resources()) {
            number++;
            String description = resource.file() + " (" + resource.object() + ")";
            boolean ok = resource.status() == Status.VALID || resource.status() == Status.SKIPPED;
            out.print((ok ? "ok " : "not ok ") + number + " - " + description);
            out.println(resource.status() == Status.SKIPPED ? " # SKIP kind skipped" : "");
            writeDiagnostics(resource.diagnostics(), out);
        }
        if (summary) {
            out.println("# " + Summary.of(report, files));
        }
    }

    private static void writeDiagnostics(List<ValidationDiagnostic> diagnostics, PrintWriter out) {
        if (diagnostics.isEmpty()) {
            return;
        }
        out.println("  ---");
        out.println("  diagnostics:");
        for (ValidationDiagnostic diagnostic : diagnostics) {
            out.println("    - '" + ReportWriter.line(diagnostic).replace("'", "''") + "'");
        }
        out.println("  ...");
    }
}
