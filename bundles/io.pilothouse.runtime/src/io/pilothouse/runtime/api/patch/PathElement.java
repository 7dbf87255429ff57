package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.runtime.api.GoStrings;

/**
 * One step of a field path, as structured-merge-diff has them: a field by name ({@code f:}), a list item by its key
 * fields ({@code k:}) or by its value ({@code v:}), or by index ({@code i:}). Ordered as upstream orders them:
 * fields, then keys, then values, then indexes.
 *
 * @param kind  the kind of step
 * @param name  the field name of a {@link Kind#FIELD}, else {@code null}
 * @param value the key fields of a {@link Kind#KEY} (an object, fields sorted by name), the value of a
 *              {@link Kind#VALUE}, the index of an {@link Kind#INDEX}
 */
record PathElement(Kind kind, String name, JsonNode value) implements Comparable<PathElement> {

    /** The kinds of step, in upstream's order. */
    enum Kind {
        FIELD("f:"), KEY("k:"), VALUE("v:"), INDEX("i:");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Comparator<JsonNode> VALUES = PathElement::compareValues;

    /** A field by name. */
    static PathElement field(String name) {
        return new PathElement(Kind.FIELD, name, null);
    }

    /** A list item by key fields, given in any order. */
    static PathElement key(Map<String, JsonNode> fields) {
        ObjectNode sorted = JsonNodeFactory.instance.objectNode();
        fields.keySet().stream().sorted().forEach(name -> sorted.set(name, fields.get(name)));
        return new PathElement(Kind.KEY, null, sorted);
    }

    /** A set item by value. */
    static PathElement value(JsonNode value) {
        return new PathElement(Kind.VALUE, null, value);
    }

    /** Parses the FieldsV1 form ({@code f:name}, {@code k:{"name":"web"}}, ...); {@code null} for unknown kinds. */
    static PathElement parse(String text, Function<String, JsonNode> json) {
        String body = text.length() < 2 ? "" : text.substring(2);
        return switch (text.length() < 2 ? "" : text.substring(0, 2)) {
            case "f:" -> field(body);
            case "k:" -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                json.apply(body).properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
                yield key(fields);
            }
            case "v:" -> value(json.apply(body));
            case "i:" -> new PathElement(Kind.INDEX, null, JsonNodeFactory.instance.numberNode(Integer.parseInt(body)));
            default -> null;
        };
    }

    /** The FieldsV1 form: {@code f:image}, {@code k:{"containerPort":80,"protocol":"TCP"}}, {@code v:"a"}. */
    String serialize() {
        return kind.prefix + (kind == Kind.FIELD ? name : value.toString());
    }

    /** As upstream prints a path step: {@code .image}, {@code [name="web"]}, {@code [="a"]}, {@code [0]}. */
    @Override
    public String toString() {
        return switch (kind) {
            case FIELD -> "." + name;
            case KEY -> {
                StringJoiner joined = new StringJoiner(",", "[", "]");
                value.properties().forEach(entry -> joined.add(entry.getKey() + "=" + print(entry.getValue())));
                yield joined.toString();
            }
            case VALUE -> "[=" + print(value) + "]";
            case INDEX -> "[" + value.asText() + "]";
        };
    }

    @Override
    public int compareTo(PathElement other) {
        if (kind != other.kind) {
            return kind.compareTo(other.kind);
        }
        return switch (kind) {
            case FIELD -> name.compareTo(other.name);
            case KEY -> compareKeys(value, other.value);
            case VALUE, INDEX -> VALUES.compare(value, other.value);
        };
    }

    private static int compareKeys(JsonNode left, JsonNode right) {
        List<Map.Entry<String, JsonNode>> a = new ArrayList<>(left.properties());
        List<Map.Entry<String, JsonNode>> b = new ArrayList<>(right.properties());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byName = a.get(i).getKey().compareTo(b.get(i).getKey());
            if (byName != 0) {
                return byName;
            }
            int byValue = VALUES.compare(a.get(i).getValue(), b.get(i).getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareValues(JsonNode left, JsonNode right) {
        int byType = Integer.compare(rank(left), rank(right));
        if (byType != 0) {
            return byType;
        }
        if (left.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue());
        }
        if (left.isTextual() || left.isBoolean()) {
            return left.asText().compareTo(right.asText());
        }
        return left.toString().compareTo(right.toString());
    }

    private static int rank(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> 0;
            case BOOLEAN -> 1;
            case NUMBER -> 2;
            case STRING -> 3;
            case ARRAY -> 4;
            default -> 5;
        };
    }

    private static String print(JsonNode value) {
        return value.isTextual() ? GoStrings.quote(value.asText()) : value.toString();
    }
}
