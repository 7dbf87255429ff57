package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HexFormat;

/** Renders values as the Go code of the API server prints them ({@code %q}, {@code %v}, {@code json.Marshal}). */
final class GoText {

    private GoText() {}

    /** @return {@code s} as Go's {@code strconv.Quote} writes it */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 11 -> out.append("\\v");
                default -> appendRune(out, c);
            }
        });
        return out.append('"').toString();
    }

    private static void appendRune(StringBuilder out, int c) {
        if (isPrint(c)) {
            out.appendCodePoint(c);
        } else if (c < 0x80) {
            out.append("\\x").append(HexFormat.of().toHexDigits((byte) c));
        } else if (c <= 0xFFFF) {
            out.append("\\u").append(HexFormat.of().toHexDigits((short) c));
        } else {
            out.append("\\U").append(HexFormat.of().toHexDigits(c));
        }
    }

    private static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
                false;
            default -> true;
        };
    }

    /** @return {@code value} as Go's {@code %v} prints a float64 */
    static String formatFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - decimal.scale() - 1;
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + 'e' + (exponent < 0 ? '-' : '+') + exp;
        }
        return sign + decimal.abs().toPlainString();
    }

    /**
     * @return the bad value of a field error holding {@code node}: strings quoted, numbers and booleans as they
     *         are, everything else as JSON
     */
    static String value(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> quote(scalar.text());
                case FLOAT -> formatFloat(Double.parseDouble(scalar.text()));
                case INT, BOOL, NULL -> scalar.text();
            };
        }
        return json(node);
    }

    /** @return {@code node} as Go's {@code json.Marshal} writes an unstructured value (map keys sorted) */
    static String json(YamlNode node) {
        StringBuilder out = new StringBuilder();
        writeJson(node, out);
        return out.toString();
    }

    private static void writeJson(YamlNode node, StringBuilder out) {
        switch (node) {
            case YamlMapping mapping -> {
                out.append('{');
                String separator = "";
                for (YamlMapping.Entry entry : mapping.entries().stream()
                        .sorted(Comparator.comparing(YamlMapping.Entry::key)).toList()) {
                    out.append(separator);
                    writeJsonString(entry.key(), out);
                    out.append(':');
                    writeJson(entry.value(), out);
                    separator = ",";
                }
                out.append('}');
            }
            case YamlSequence sequence -> {
                out.append('[');
                for (int i = 0; i < sequence.items().size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    writeJson(sequence.items().get(i), out);
                }
                out.append(']');
            }
            case YamlScalar scalar when scalar.kind() == YamlScalar.Kind.STRING -> writeJsonString(scalar.text(), out);
            case YamlScalar scalar -> out.append(scalar.text());
        }
    }

    private static void writeJsonString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HexFormat.of().toHexDigits((short) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
