package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import java.math.BigDecimal;
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
        return ManifestWriter.compactJson(node);
    }
}
