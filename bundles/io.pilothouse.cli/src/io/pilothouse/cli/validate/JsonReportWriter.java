package io.pilothouse.cli.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.pilothouse.model.validation.ObjectRef;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.fix.SourceEdit;

/**
 * The report as one JSON document: every resource with its status and diagnostics, the diagnostics outside any
 * resource, and the summary counts. A diagnostic with a fix carries the fix's title and its edits of the source text.
 * Field order is fixed, so the same input gives the same bytes.
 */
final class JsonReportWriter implements ReportWriter {

    private final Function<ValidationDiagnostic, List<SourceEdit>> edits;

    /** A writer that shows fixes by title only, with no edits. */
    JsonReportWriter() {
        this(diagnostic -> List.of());
    }

    /** @param edits the edits of the source text carrying out a diagnostic's fix */
    JsonReportWriter(Function<ValidationDiagnostic, List<SourceEdit>> edits) {
        this.edits = edits;
    }

    @Override
    public void write(ValidationReport report, int files, boolean summary, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("resources");
            for (ResourceResult resource : report.resources()) {
                writeResource(json, resource);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (ValidationDiagnostic diagnostic : report.diagnostics()) {
                if (diagnostic.object() == null) {
                    writeDiagnostic(json, diagnostic);
                }
            }
            json.writeEndArray();
            writeSummary(json, Summary.of(report, files));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private void writeResource(JsonGenerator json, ResourceResult resource) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", resource.file());
        writeObject(json, resource.object());
        json.writeStringField("status", resource.status().name().toLowerCase(Locale.ROOT));
        json.writeArrayFieldStart("diagnostics");
        for (ValidationDiagnostic diagnostic : resource.diagnostics()) {
            writeDiagnostic(json, diagnostic);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeObject(JsonGenerator json, ObjectRef object) throws IOException {
        json.writeStringField("apiVersion", object.apiVersion());
        json.writeStringField("kind", object.kind());
        json.writeStringField("namespace", object.namespace());
        json.writeStringField("name", object.name());
    }

    private void writeDiagnostic(JsonGenerator json, ValidationDiagnostic diagnostic) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", diagnostic.range().file());
        json.writeNumberField("line", diagnostic.range().line());
        json.writeNumberField("column", diagnostic.range().column());
        json.writeNumberField("offset", diagnostic.range().offset());
        json.writeNumberField("length", diagnostic.range().length());
        json.writeStringField("severity", ReportWriter.severityName(diagnostic.severity()));
        json.writeStringField("code", diagnostic.code());
        json.writeStringField("message", diagnostic.message());
        if (diagnostic.fix() != null) {
            writeFix(json, diagnostic);
        }
        json.writeEndObject();
    }

    private void writeFix(JsonGenerator json, ValidationDiagnostic diagnostic) throws IOException {
        json.writeObjectFieldStart("fix");
        json.writeStringField("title", diagnostic.fix().title());
        json.writeArrayFieldStart("edits");
        for (SourceEdit edit : edits.apply(diagnostic)) {
            json.writeStartObject();
            json.writeNumberField("line", edit.range().line());
            json.writeNumberField("column", edit.range().column());
            json.writeNumberField("offset", edit.range().offset());
            json.writeNumberField("length", edit.range().length());
            json.writeStringField("newText", edit.newText());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("resources", summary.resources());
        json.writeNumberField("valid", summary.valid());
        json.writeNumberField("invalid", summary.invalid());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("skipped", summary.skipped());
        json.writeEndObject();
    }
}
