package io.pilothouse.model.validation.crd;

import dev.cel.common.values.NullValue;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts a value of a custom resource to the CEL value its schema gives it: integers as {@code int}, numbers as
 * {@code double}, objects as maps whose property names are escaped as Kubernetes escapes them for CEL
 * ({@code namespace} is {@code __namespace__}, {@code a-b} is {@code a__dash__b}), maps keep their keys.
 */
final class CelValues {

    private static final Set<String> RESERVED = Set.of("true", "false", "null", "in", "as", "break", "const",
            "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return",
            "var", "void", "while");
    private static final Pattern ESCAPABLE = Pattern.compile("[a-zA-Z_.\\-/][a-zA-Z0-9_.\\-/]*");

    private CelValues() {}

    static Object of(YamlNode node, Schema schema) {
        return switch (node) {
            case YamlMapping mapping -> object(mapping, schema);
            case YamlSequence sequence -> {
                List<Object> items = new ArrayList<>();
                sequence.items().forEach(item -> items.add(of(item, schema == null ? null : schema.items)));
                yield items;
            }
            case YamlScalar scalar -> scalar(scalar, schema);
        };
    }

    private static Object object(YamlMapping mapping, Schema schema) {
        Map<String, Object> result = new LinkedHashMap<>();
        boolean isMap = schema != null && schema.properties.isEmpty() && schema.additionalProperties != null;
        for (YamlMapping.Entry entry : mapping.entries()) {
            String name = isMap ? entry.key() : escape(entry.key());
            if (name != null) {
                result.put(name, of(entry.value(), schema == null ? null : schema.valueSchema(entry.key())));
            }
        }
        return result;
    }

    private static Object scalar(YamlScalar scalar, Schema schema) {
        return switch (scalar.kind()) {
            case NULL -> NullValue.NULL_VALUE;
            case BOOL -> Boolean.valueOf(scalar.text());
            case STRING -> scalar.text();
            case FLOAT -> Double.parseDouble(scalar.text());
            case INT -> schema != null && "number".equals(schema.type) || !fitsLong(scalar.text())
                    ? (Object) Double.parseDouble(scalar.text())
                    : (Object) Long.parseLong(scalar.text());
        };
    }

    private static boolean fitsLong(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** @return the CEL name of a property, or {@code null} if CEL cannot name it */
    static String escape(String name) {
        if (RESERVED.contains(name)) {
            return "__" + name + "__";
        }
        if (!ESCAPABLE.matcher(name).matches()) {
            return null;
        }
        return name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__")
                .replace("/", "__slash__");
    }
}
