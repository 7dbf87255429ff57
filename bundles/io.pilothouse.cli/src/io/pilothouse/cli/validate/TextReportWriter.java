package io.pilothouse.cli.validate;

import java.io.PrintWriter;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.ValidationReport.Status;

/**
 * One line per error and warning, each starting with {@code file:line:column}, and an optional summary line. Verbose
 * output adds the info diagnostics and a line per valid resource, as kubeconform's {@code -verbose} does.
 */
final class TextReportWriter implements ReportWriter {

    private final boolean verbose;

    TextReportWriter(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public void write(ValidationReport report, int files, boolean summary, PrintWriter out) {
        for (ValidationDiagnostic diagnostic : report.diagnostics()) {
            if (verbose || diagnostic.severity() != Severity.INFO) {
                out.println(ReportWriter.line(diagnostic));
            }
        }
        if (verbose) {
            for (ResourceResult resource : report.resources()) {
                if (resource.status() == Status.VALID) {
                    out.println(resource.file() + " - " + resource.object() + " is valid");
                }
            }
        }
        if (summary) {
            out.println(Summary.of(report, files));
        }
    }
}
