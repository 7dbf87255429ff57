package io.pilothouse.model.io;

/**
 * A scalar with its resolved JSON value.
 *
 * @param kind  the JSON type the scalar resolved to
 * @param text  the JSON value: the string itself for {@link Kind#STRING}, the JSON number literal (as Go's
 *              encoding/json writes it) for numbers, {@code true}/{@code false}, {@code null}; for the non-finite
 *              floats JSON cannot hold: {@code +Inf}, {@code -Inf}, {@code NaN}
 * @param raw   the scalar as written, after unquoting
 * @param style how it was written
 */
public record YamlScalar(SourceRange range, Kind kind, String text, String raw, Style style) implements YamlNode {

    /** The JSON type of a scalar. */
    public enum Kind {
        NULL, BOOL, INT, FLOAT, STRING
    }

    /** How a scalar was written; {@link #PLAIN} for synthesized scalars. */
    public enum Style {
        PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED
    }

    /** @return a synthesized string scalar */
    public static YamlScalar ofString(String value) {
        return new YamlScalar(null, Kind.STRING, value, value, Style.PLAIN);
    }

    /** @return a synthesized integer scalar */
    public static YamlScalar ofInt(long value) {
        String text = Long.toString(value);
        return new YamlScalar(null, Kind.INT, text, text, Style.PLAIN);
    }

    /** @return a synthesized boolean scalar */
    public static YamlScalar ofBool(boolean value) {
        String text = Boolean.toString(value);
        return new YamlScalar(null, Kind.BOOL, text, text, Style.PLAIN);
    }

    /** @return a synthesized float scalar, formatted as Go's encoding/json formats a float64 */
    public static YamlScalar ofFloat(double value) {
        String text = GoFloats.formatJson(value);
        return new YamlScalar(null, Kind.FLOAT, text, text, Style.PLAIN);
    }

    /** @return a synthesized null scalar */
    public static YamlScalar ofNull() {
        return new YamlScalar(null, Kind.NULL, "null", "null", Style.PLAIN);
    }

    /** @return whether the scalar is a number JSON can represent (not .inf or .nan) */
    public boolean isFiniteNumber() {
        return (kind == Kind.INT || kind == Kind.FLOAT) && !GoFloats.isNonFiniteText(text);
    }

    @Override
    public String jsonTypeName() {
        return switch (kind) {
            case NULL -> "null";
            case BOOL -> "bool";
            case INT, FLOAT -> "number";
            case STRING -> "string";
        };
    }
}
