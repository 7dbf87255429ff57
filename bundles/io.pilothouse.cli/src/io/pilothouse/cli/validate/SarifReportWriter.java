package io.pilothouse.cli.validate;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.pilothouse.cli.PilothouseVersion;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.fix.SourceEdit;

/**
 * SARIF 2.1.0, as code-scanning services read it: one run of the {@code pilothouse} tool, a rule per diagnostic code
 * used, a result per diagnostic with its region and, when its fix has edits, the fix as replacements in the file.
 */
final class SarifReportWriter implements ReportWriter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Function<ValidationDiagnostic, List<SourceEdit>> edits;

    /** A writer without fixes. */
    SarifReportWriter() {
        this(diagnostic -> List.of());
    }

    /** @param edits the edits of the source text carrying out a diagnostic's fix */
    SarifReportWriter(Function<ValidationDiagnostic, List<SourceEdit>> edits) {
        this.edits = edits;
    }

    @Override
    public void write(ValidationReport report, int files, boolean summary, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report);
            json.writeArrayFieldStart("results");
            for (ValidationDiagnostic diagnostic : report.diagnostics()) {
                writeResult(json, diagnostic);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeTool(JsonGenerator json, ValidationReport report) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "pilothouse");
        json.writeStringField("version", PilothouseVersion.load().getProperty("version"));
        json.writeStringField("informationUri", "https://kubernetes.io/docs/reference/kubernetes-api/");
        json.writeArrayFieldStart("rules");
        TreeSet<String> codes = new TreeSet<>();
        report.diagnostics().forEach(diagnostic -> codes.add(diagnostic.code()));
        for (String code : codes) {
            json.writeStartObject();
            json.writeStringField("id", code);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, ValidationDiagnostic diagnostic) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", diagnostic.code());
        json.writeStringField("level", switch (diagnostic.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        });
        json.writeObjectFieldStart("message");
        json.writeStringField("text", diagnostic.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(diagnostic.range().file()));
        json.writeEndObject();
        writeRegion(json, "region", diagnostic.range());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        List<SourceEdit> changes = diagnostic.fix() == null ? List.of() : edits.apply(diagnostic);
        if (!changes.isEmpty()) {
            writeFix(json, diagnostic, changes);
        }
        json.writeEndObject();
    }

    private static void writeFix(JsonGenerator json, ValidationDiagnostic diagnostic, List<SourceEdit> changes)
            throws IOException {
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        json.writeObjectFieldStart("description");
        json.writeStringField("text", diagnostic.fix().title());
        json.writeEndObject();
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(diagnostic.range().file()));
        json.writeEndObject();
        json.writeArrayFieldStart("replacements");
        for (SourceEdit change : changes) {
            json.writeStartObject();
            writeRegion(json, "deletedRegion", change.range());
            json.writeObjectFieldStart("insertedContent");
            json.writeStringField("text", change.newText());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeRegion(JsonGenerator json, String name, SourceRange range) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("startLine", range.line());
        json.writeNumberField("startColumn", range.column());
        json.writeNumberField("charOffset", range.offset());
        json.writeNumberField("charLength", range.length());
        json.writeEndObject();
    }

    /** A relative URI reference for a file as it was named on the command line. */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace(File.separatorChar, '/'), null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
