package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the inline schemas of one CRD version that have the same shape: equal once their descriptions are
 * removed. Such schemas (a Go type used at several places, like the filters of a rule and of its backendRefs)
 * share one EClass.
 */
final class SchemaShapes {

    private static final List<String> SUBSCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf");

    private SchemaShapes() {}

    /**
     * Groups {@code elements} by the shape of their schema; each group starts with its representative, the element
     * with the fewest path segments and then the smallest path. Groups are ordered by their first occurrence.
     */
    static <T> List<List<T>> groupEqual(List<T> elements, Function<T, JsonNode> schema, Function<T, String> path) {
        Map<JsonNode, List<T>> groups = new LinkedHashMap<>();
        for (T element : elements) {
            groups.computeIfAbsent(shape(schema.apply(element)), key -> new ArrayList<>()).add(element);
        }
        Comparator<T> representativeFirst = Comparator
                .comparingLong((T element) -> path.apply(element).chars().filter(c -> c == '.').count())
                .thenComparing(path);
        List<List<T>> result = new ArrayList<>();
        for (List<T> group : groups.values()) {
            List<T> sorted = new ArrayList<>(group);
            sorted.sort(representativeFirst);
            result.add(sorted);
        }
        return result;
    }

    /** A copy of {@code schema} without the descriptions of it and its subschemas. */
    static JsonNode shape(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        copy.remove("description");
        JsonNode properties = copy.get("properties");
        if (properties instanceof ObjectNode propertyNodes) {
            propertyNodes.properties().forEach(property -> property.setValue(shape(property.getValue())));
        }
        for (String key : List.of("items", "additionalProperties", "not")) {
            if (copy.has(key)) {
                copy.set(key, shape(copy.get(key)));
            }
        }
        for (String key : SUBSCHEMA_LISTS) {
            JsonNode list = copy.get(key);
            if (list != null && list.isArray()) {
                List<JsonNode> shapes = new ArrayList<>();
                list.forEach(element -> shapes.add(shape(element)));
                copy.putArray(key).addAll(shapes);
            }
        }
        return copy;
    }
}
