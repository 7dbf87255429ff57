package io.pilothouse.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;

/**
 * Reads a stream of JSON values (kubectl treats input starting with {@code {} as JSON) into value trees with
 * jackson-core. Numbers keep their JSON text, so {@code 1.0} stays a float literal as it does for Go's decoder.
 * Duplicate keys are reported by the shared {@link TreeAssembler}; Jackson's nesting limit is set to
 * {@link LoadLimits#maxDepth()}.
 */
final class JsonTreeReader {

    private final SourceText source;
    private final LoadLimits limits;
    private final List<Diagnostic> diagnostics;
    private final JsonFactory factory;

    JsonTreeReader(SourceText source, LoadLimits limits, List<Diagnostic> diagnostics) {
        this.source = source;
        this.limits = limits;
        this.diagnostics = diagnostics;
        int maxLength = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth()).maxStringLength(maxLength).maxNumberLength(maxLength)
                .maxNameLength(maxLength).build()).build();
    }

    void read(List<YamlDocument> documents) {
        try (JsonParser parser = factory.createParser(source.text())) {
            JsonToken token = parser.nextToken();
            while (token != null) {
                YamlNode root = readValue(parser, token);
                if (root == null) {
                    return;
                }
                documents.add(new YamlDocument(root.range(), root));
                token = parser.nextToken();
            }
        } catch (StreamConstraintsException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_TOO_DEEP, "document nests deeper than "
                    + limits.maxDepth() + " levels", pointRange(e.getLocation())));
        } catch (JsonProcessingException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_SYNTAX, e.getOriginalMessage(),
                    pointRange(e.getLocation())));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.IO_READ, "cannot read JSON: " + e.getMessage(),
                    source.range(0, 0)));
        }
    }

    /** @return the value starting at {@code first}, or {@code null} if its document failed */
    private YamlNode readValue(JsonParser parser, JsonToken first) throws IOException {
        TreeAssembler assembler = new TreeAssembler(source, limits, diagnostics);
        JsonToken token = first;
        int depth = 0;
        do {
            int start = (int) parser.currentTokenLocation().getCharOffset();
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (!assembler.startCollection(start, token == JsonToken.START_OBJECT, true)) {
                        return null;
                    }
                    depth++;
                }
                case END_OBJECT, END_ARRAY -> {
                    int end = start + 1;
                    long weight = assembler.currentWeight();
                    YamlNode node = assembler.endCollection(end);
                    assembler.add(node, weight, end);
                    depth--;
                }
                case FIELD_NAME -> {
                    String name = parser.currentName();
                    int end = closingQuote(start) + 1;
                    assembler.add(new YamlScalar(source.range(start, end), YamlScalar.Kind.STRING, name, name,
                            YamlScalar.Style.DOUBLE_QUOTED), 0, end);
                }
                default -> {
                    if (!assembler.count(1, start)) {
                        return null;
                    }
                    String text = parser.getText();
                    int end = (int) parser.currentLocation().getCharOffset();
                    assembler.add(scalar(text, token, source.range(start, end)), 1, end);
                }
            }
            token = depth > 0 ? parser.nextToken() : null;
        } while (token != null);
        return assembler.root();
    }

    private int closingQuote(int openingQuote) {
        String text = source.text();
        int i = openingQuote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, text.length() - 1);
    }

    private static YamlScalar scalar(String text, JsonToken token, SourceRange range) {
        return switch (token) {
            case VALUE_STRING -> new YamlScalar(range, YamlScalar.Kind.STRING, text, text,
                    YamlScalar.Style.DOUBLE_QUOTED);
            case VALUE_NUMBER_INT -> new YamlScalar(range, YamlScalar.Kind.INT, text, text, YamlScalar.Style.PLAIN);
            case VALUE_NUMBER_FLOAT -> new YamlScalar(range, YamlScalar.Kind.FLOAT, text, text,
                    YamlScalar.Style.PLAIN);
            case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(range, YamlScalar.Kind.BOOL, text, text,
                    YamlScalar.Style.PLAIN);
            default -> new YamlScalar(range, YamlScalar.Kind.NULL, "null", text, YamlScalar.Style.PLAIN);
        };
    }

    private SourceRange pointRange(JsonLocation location) {
        long offset = location == null ? -1 : location.getCharOffset();
        int position = (int) Math.max(0, Math.min(offset, source.text().length()));
        return source.range(position, Math.min(position + 1, source.text().length()));
    }
}
