package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes value trees as {@code kubectl get -o json} does (Go's {@code json.MarshalIndent} with four spaces): keys
 * sorted, HTML-sensitive characters escaped, numbers as their JSON text.
 */
final class GoJsonWriter {

    private static final String HEX = "0123456789abcdef";
    private static final int INDENT = 4;

    private final StringBuilder out;
    private final boolean indented;

    /** @param indented as {@code json.MarshalIndent} with 4 spaces, else compact as {@code json.Marshal} */
    GoJsonWriter(StringBuilder out, boolean indented) {
        this.out = out;
        this.indented = indented;
    }

    /** Writes one value, compact, with no newline. */
    void writeValue(YamlNode root) {
        value(root, 0);
    }

    /** Writes one value followed by a newline. */
    void writeDocument(YamlNode root) {
        value(root, 0);
        out.append('\n');
    }

    private void value(YamlNode node, int indent) {
        switch (node) {
            case YamlMapping mapping -> mapping(mapping, indent);
            case YamlSequence sequence -> sequence(sequence, indent);
            case YamlScalar scalar -> scalar(scalar);
        }
    }

    private void mapping(YamlMapping mapping, int indent) {
        if (mapping.entries().isEmpty()) {
            out.append("{}");
            return;
        }
        List<YamlMapping.Entry> entries = new ArrayList<>(mapping.entries());
        entries.sort((a, b) -> KeyOrder.JSON.compare(a.key(), b.key()));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            separate(i, indent + INDENT);
            string(entries.get(i).key());
            out.append(indented ? ": " : ":");
            value(entries.get(i).value(), indent + INDENT);
        }
        close('}', indent);
    }

    private void sequence(YamlSequence sequence, int indent) {
        if (sequence.items().isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < sequence.items().size(); i++) {
            separate(i, indent + INDENT);
            value(sequence.items().get(i), indent + INDENT);
        }
        close(']', indent);
    }

    private void separate(int index, int indent) {
        if (indented) {
            out.append(index == 0 ? "\n" : ",\n").repeat(' ', indent);
        } else if (index > 0) {
            out.append(',');
        }
    }

    private void close(char bracket, int indent) {
        if (indented) {
            out.append('\n').repeat(' ', indent);
        }
        out.append(bracket);
    }

    private void scalar(YamlScalar scalar) {
        switch (scalar.kind()) {
            case STRING -> string(scalar.text());
            case INT, FLOAT -> out.append(scalar.isFiniteNumber() ? scalar.text() : "null");
            default -> out.append(scalar.text());
        }
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c);
                    } else if (Character.isSurrogate(c)) {
                        i = surrogate(value, i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Copies a valid surrogate pair; a lone surrogate becomes U+FFFD as Go does for invalid UTF-8. */
    private int surrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(i + 1));
            return i + 1;
        }
        out.append("\\ufffd");
        return i;
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX.charAt(c >> 12 & 0xF)).append(HEX.charAt(c >> 8 & 0xF))
                .append(HEX.charAt(c >> 4 & 0xF)).append(HEX.charAt(c & 0xF));
    }
}
