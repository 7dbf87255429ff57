package io.pilothouse.cli.validate;

import java.io.PrintWriter;
import java.util.Locale;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;

/** Writes a validation report in one of {@code pilothouse validate}'s output formats. */
public interface ReportWriter {

    /**
     * @param files   how many inputs were read
     * @param summary whether to end with a summary (the formats that always carry counts ignore it)
     */
    void write(ValidationReport report, int files, boolean summary, PrintWriter out);

    /**
     * @param verbose for the text format: also show info diagnostics and a line per valid resource
     * @return the writer for a {@code -output} value
     */
    static ReportWriter forFormat(OutputFormat format, boolean verbose) {
        return switch (format) {
            case text -> new TextReportWriter(verbose);
            case json -> new JsonReportWriter();
            case junit -> new JunitReportWriter();
            case tap -> new TapReportWriter();
            case sarif -> new SarifReportWriter();
        };
    }

    /** The output formats, named as on the command line. */
    enum OutputFormat {
        text, json, junit, tap, sarif
    }

    /** {@code error}, {@code warning} or {@code info}. */
    static String severityName(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** {@code file:line:column: severity: message [CODE] (Kind/namespace/name)}, the line every text format shows. */
    static String line(ValidationDiagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        text.append(diagnostic.range()).append(": ").append(severityName(diagnostic.severity())).append(": ")
                .append(diagnostic.message()).append(" [").append(diagnostic.code()).append(']');
        if (diagnostic.object() != null) {
            text.append(" (").append(diagnostic.object()).append(')');
        }
        return text.toString();
    }
}
