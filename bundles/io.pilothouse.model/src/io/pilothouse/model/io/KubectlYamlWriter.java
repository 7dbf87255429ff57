package io.pilothouse.model.io;

import java.util.Locale;

/**
 * Writes value trees as {@code kubectl get -o yaml} does (go-yaml v2's emitter): keys in go-yaml's order, two
 * spaces per level, sequences not indented under their key, strings quoted only when YAML would misread them
 * (double quotes, or single quotes when only an indicator character is in the way), multi-line strings as
 * {@code |} block scalars, long plain and quoted strings folded at spaces after column 80.
 */
final class KubectlYamlWriter {

    private enum Style {
        PLAIN, SINGLE, DOUBLE, LITERAL
    }

    private static final int INDENT = 2;
    private static final int BEST_WIDTH = 80;

    private final StringBuilder out;
    private int lineStart;

    KubectlYamlWriter(StringBuilder out) {
        this.out = out;
        this.lineStart = out.length();
    }

    /** Writes one document (without a {@code ---} marker) ending with a newline. */
    void writeDocument(YamlNode root) {
        lineStart = out.length();
        switch (root) {
            case YamlMapping mapping when !mapping.entries().isEmpty() -> mapping(mapping, 0, true);
            case YamlSequence sequence when !sequence.items().isEmpty() -> sequence(sequence, 0, true);
            default -> inline(root, INDENT, false);
        }
        if (column() > 0) {
            out.append('\n');
        }
    }

    private void mapping(YamlMapping mapping, int indent, boolean continueLine) {
        boolean first = true;
        for (YamlMapping.Entry entry : KeyOrder.sortedForYaml(mapping.entries())) {
            if (!first || !continueLine) {
                newLine(indent);
            }
            first = false;
            string(entry.key(), indent + INDENT, true);
            out.append(':');
            YamlNode value = entry.value();
            if (value instanceof YamlMapping child && !child.entries().isEmpty()) {
                mapping(child, indent + INDENT, false);
            } else if (value instanceof YamlSequence child && !child.items().isEmpty()) {
                sequence(child, indent, false);
            } else {
                out.append(' ');
                inline(value, indent + INDENT, false);
            }
        }
    }

    private void sequence(YamlSequence sequence, int indent, boolean continueLine) {
        boolean first = true;
        for (YamlNode item : sequence.items()) {
            if (!first || !continueLine) {
                newLine(indent);
            }
            first = false;
            out.append("- ");
            if (item instanceof YamlMapping child && !child.entries().isEmpty()) {
                mapping(child, indent + INDENT, true);
            } else if (item instanceof YamlSequence child && !child.items().isEmpty()) {
                sequence(child, indent + INDENT, true);
            } else {
                inline(item, indent + INDENT, false);
            }
        }
    }

    /** Writes a scalar or an empty collection on the current line; {@code indent} is for continuation lines. */
    private void inline(YamlNode node, int indent, boolean key) {
        switch (node) {
            case YamlMapping mapping -> out.append("{}");
            case YamlSequence sequence -> out.append("[]");
            case YamlScalar scalar -> {
                switch (scalar.kind()) {
                    case STRING -> string(scalar.text(), indent, key);
                    case INT, FLOAT -> out.append(number(scalar.text()));
                    default -> out.append(scalar.text());
                }
            }
        }
    }

    /** @return how go-yaml writes a number that came from JSON text */
    static String number(String jsonText) {
        if (GoFloats.isNonFiniteText(jsonText)) {
            return GoFloats.yamlNonFinite(jsonText);
        }
        ScalarResolver.Resolved resolved = ScalarResolver.resolvePlain(jsonText);
        if (resolved.kind() == YamlScalar.Kind.INT) {
            return resolved.text();
        }
        return GoFloats.formatG(Double.parseDouble(jsonText), false);
    }

    private void string(String value, int indent, boolean key) {
        ScalarStyleAnalysis analysis = ScalarStyleAnalysis.of(value);
        Style style = value.indexOf('\n') >= 0
                ? Style.LITERAL
                : ScalarResolver.readsBackAsString(value) ? Style.PLAIN : Style.DOUBLE;
        if (key && analysis.multiline()) {
            style = Style.DOUBLE;
        }
        if (style == Style.PLAIN && !analysis.blockPlainAllowed()) {
            style = Style.SINGLE;
        }
        if (style == Style.SINGLE && !analysis.singleQuotedAllowed()) {
            style = Style.DOUBLE;
        }
        if (style == Style.LITERAL && (!analysis.blockAllowed() || key)) {
            style = Style.DOUBLE;
        }
        switch (style) {
            case PLAIN -> plain(value, indent, !key);
            case SINGLE -> singleQuoted(value, indent, !key);
            case DOUBLE -> doubleQuoted(value, indent, !key);
            case LITERAL -> literal(value, indent);
        }
    }

    private void plain(String value, int indent, boolean allowBreaks) {
        boolean spaces = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                boolean nextIsSpace = i + 1 < value.length() && value.charAt(i + 1) == ' ';
                if (allowBreaks && !spaces && column() > BEST_WIDTH && !nextIsSpace) {
                    newLine(indent);
                } else {
                    out.append(c);
                }
                spaces = true;
            } else {
                out.append(c);
                spaces = false;
            }
        }
    }

    private void singleQuoted(String value, int indent, boolean allowBreaks) {
        out.append('\'');
        boolean spaces = false;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                boolean nextIsSpace = i + 1 < n && value.charAt(i + 1) == ' ';
                if (allowBreaks && !spaces && column() > BEST_WIDTH && i > 0 && i < n - 1 && !nextIsSpace) {
                    newLine(indent);
                } else {
                    out.append(c);
                }
                spaces = true;
            } else {
                if (c == '\'') {
                    out.append('\'');
                }
                out.append(c);
                spaces = false;
            }
        }
        out.append('\'');
    }

    private void doubleQuoted(String value, int indent, boolean allowBreaks) {
        out.append('"');
        boolean spaces = false;
        int n = value.length();
        for (int i = 0; i < n;) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!ScalarStyleAnalysis.isPrintable(c) || ScalarStyleAnalysis.isBreak(c) || c == '"' || c == '\\') {
                escape(c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column() > BEST_WIDTH && i > 0 && i < n - 1) {
                    newLine(indent);
                    if (next < n && value.charAt(next) == ' ') {
                        out.append('\\');
                    }
                } else {
                    out.append(' ');
                }
                spaces = true;
            } else {
                out.appendCodePoint(c);
                spaces = false;
            }
            i = next;
        }
        out.append('"');
    }

    private void escape(int c) {
        out.append('\\');
        switch (c) {
            case 0x00 -> out.append('0');
            case 0x07 -> out.append('a');
            case 0x08 -> out.append('b');
            case 0x09 -> out.append('t');
            case 0x0A -> out.append('n');
            case 0x0B -> out.append('v');
            case 0x0C -> out.append('f');
            case 0x0D -> out.append('r');
            case 0x1B -> out.append('e');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 0x85 -> out.append('N');
            case 0xA0 -> out.append('_');
            case 0x2028 -> out.append('L');
            case 0x2029 -> out.append('P');
            default -> {
                int width = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
                out.append(width == 2 ? 'x' : width == 4 ? 'u' : 'U');
                String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
                out.repeat('0', width - hex.length()).append(hex);
            }
        }
    }

    private void literal(String value, int indent) {
        out.append('|');
        if (value.charAt(0) == ' ' || ScalarStyleAnalysis.isBreak(value.charAt(0))) {
            out.append(INDENT);
        }
        int n = value.length();
        boolean endsWithBreak = ScalarStyleAnalysis.isBreak(value.charAt(n - 1));
        if (!endsWithBreak) {
            out.append('-');
        } else if (n == 1 || ScalarStyleAnalysis.isBreak(value.charAt(n - 2))) {
            out.append('+');
        }
        boolean breaks = true;
        out.append('\n');
        lineStart = out.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append('\n');
                lineStart = out.length();
                breaks = true;
            } else {
                if (breaks) {
                    out.repeat(' ', indent);
                }
                out.append(c);
                breaks = false;
            }
        }
    }

    /** Starts a line indented by {@code indent}; a block scalar may already have ended the previous line. */
    private void newLine(int indent) {
        if (column() > 0) {
            out.append('\n');
        }
        lineStart = out.length();
        out.repeat(' ', indent);
    }

    private int column() {
        return out.length() - lineStart;
    }
}
