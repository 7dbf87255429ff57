package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;

/** How Go prints a decoded JSON value in upstream's patch error messages ({@code %v} and the type name). */
final class GoValues {

    private GoValues() {}

    /** {@code %v}: {@code map[a:1 b:[x y]]}, maps with sorted keys, {@code <nil>} for null. */
    static String format(JsonNode value) {
        if (value == null || value.isNull()) {
            return "<nil>";
        }
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
            entries.sort(Map.Entry.comparingByKey());
            StringJoiner joined = new StringJoiner(" ", "map[", "]");
            entries.forEach(entry -> joined.add(entry.getKey() + ":" + format(entry.getValue())));
            return joined.toString();
        }
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(" ", "[", "]");
            value.forEach(item -> joined.add(format(item)));
            return joined.toString();
        }
        return value.asText();
    }

    /** The Go type of a decoded JSON value: {@code map[string]interface {}}, {@code []interface {}}, {@code int64}. */
    static String typeName(JsonNode value) {
        if (value == null || value.isNull()) {
            return "%!s(<nil>)";
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "map[string]interface {}";
            case ARRAY -> "[]interface {}";
            case STRING -> "string";
            case BOOLEAN -> "bool";
            case NUMBER -> value.isIntegralNumber() ? "int64" : "float64";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
