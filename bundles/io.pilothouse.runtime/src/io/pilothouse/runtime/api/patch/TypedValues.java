package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.runtime.api.ApiErrors;

/**
 * Objects as structured-merge-diff sees them, walked along their {@link Shape}: the set of fields a value sets, the
 * merge of an applied configuration into a live object, and the removal of a field.
 */
final class TypedValues {

    /** The value recorded for a path that is a member by structure (a list item, an empty map), not by value. */
    static final JsonNode STRUCTURAL = MissingNode.getInstance();

    private TypedValues() {}

    /**
     * The fields a value sets, each with its value: scalars and atomic values, map entries, list items and empty or
     * null fields, as upstream's {@code ToFieldSet} has them ({@link #STRUCTURAL} for items and empty maps).
     */
    static Map<FieldPath, JsonNode> fields(JsonNode value, Shape shape) {
        Map<FieldPath, JsonNode> fields = new TreeMap<>();
        walk(value, shape, FieldPath.ROOT, fields);
        return fields;
    }

    private static void walk(JsonNode value, Shape shape, FieldPath path, Map<FieldPath, JsonNode> fields) {
        switch (shape.kind()) {
            case LEAF -> fields.put(path, value);
            case LIST -> {
                if (!value.isArray()) {
                    fields.put(path, value);
                    return;
                }
                for (JsonNode item : value) {
                    FieldPath itemPath = path.child(element(shape, item, path));
                    if (shape.keyed()) {
                        walk(item, shape.item(), itemPath, fields);
                        fields.putIfAbsent(itemPath, STRUCTURAL);
                    } else {
                        fields.put(itemPath, item);
                    }
                }
            }
            default -> {
                if (!value.isObject()) {
                    fields.put(path, value);
                    return;
                }
                for (Map.Entry<String, JsonNode> field : value.properties()) {
                    FieldPath fieldPath = path.child(PathElement.field(field.getKey()));
                    JsonNode child = field.getValue();
                    walk(child, shape.field(field.getKey()), fieldPath, fields);
                    if (!shape.declares(field.getKey()) || child.isObject() && child.isEmpty()) {
                        fields.putIfAbsent(fieldPath, STRUCTURAL);
                    }
                }
            }
        }
    }

    /** The path element of a list item: its key fields in a {@code map} list, its value in a {@code set}. */
    static PathElement element(Shape list, JsonNode item, FieldPath path) {
        if (!list.keyed()) {
            return PathElement.value(item);
        }
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        for (String key : list.keys()) {
            JsonNode value = list.keyValue(item, key);
            if (value == null) {
                throw ApiErrors.badRequest(path + ": associative list with keys has an element that omits key field "
                        + "\"" + key + "\" (and doesn't have default value)");
            }
            keys.put(key, value);
        }
        return PathElement.key(keys);
    }

    /**
     * The live object with the applied configuration merged in: the configuration's values win, maps and structs
     * merge field by field, {@code map} and {@code set} lists merge item by item (shared items in the
     * configuration's order, the live object's others where they were), other lists are replaced.
     */
    static JsonNode merge(JsonNode live, JsonNode config, Shape shape) {
        if (live == null || config.isNull()) {
            return config.deepCopy();
        }
        return switch (shape.kind()) {
            case LEAF -> config.deepCopy();
            case LIST -> live.isArray() && config.isArray()
                    ? mergeList((ArrayNode) live, (ArrayNode) config, shape)
                    : config.deepCopy();
            default -> {
                if (!live.isObject() || !config.isObject()) {
                    yield config.deepCopy();
                }
                ObjectNode result = ((ObjectNode) live).deepCopy();
                for (Map.Entry<String, JsonNode> field : config.properties()) {
                    if (field.getValue().isNull()) {
                        result.remove(field.getKey());
                    } else {
                        result.set(field.getKey(),
                                merge(live.get(field.getKey()), field.getValue(), shape.field(field.getKey())));
                    }
                }
                yield result;
            }
        };
    }

    private static ArrayNode mergeList(ArrayNode live, ArrayNode config, Shape shape) {
        List<PathElement> liveKeys = new ArrayList<>();
        Map<PathElement, JsonNode> liveItems = new HashMap<>();
        for (JsonNode item : live) {
            PathElement key = element(shape, item, FieldPath.ROOT);
            liveKeys.add(key);
            liveItems.putIfAbsent(key, item);
        }
        List<PathElement> configKeys = new ArrayList<>();
        Map<PathElement, JsonNode> configItems = new HashMap<>();
        for (JsonNode item : config) {
            PathElement key = element(shape, item, FieldPath.ROOT);
            configKeys.add(key);
            configItems.putIfAbsent(key, item);
        }
        List<PathElement> shared = configKeys.stream().filter(liveItems::containsKey).toList();
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        Set<PathElement> done = new HashSet<>();
        int sharedNext = 0;
        int l = 0;
        int r = 0;
        while (l < liveKeys.size() || r < configKeys.size()) {
            if (l < liveKeys.size() && r < configKeys.size()) {
                PathElement key = liveKeys.get(l);
                if (key.equals(configKeys.get(r))) {
                    result.add(mergeItem(liveItems.get(key), configItems.get(key), shape));
                    done.add(key);
                    sharedNext += sharedNext < shared.size() && shared.get(sharedNext).equals(key) ? 1 : 0;
                    l++;
                    r++;
                    continue;
                }
                if (configItems.containsKey(key) && sharedNext < shared.size() && !shared.get(sharedNext).equals(key)) {
                    l++;
                    continue;
                }
            }
            if (l < liveKeys.size()) {
                PathElement key = liveKeys.get(l);
                if (!configItems.containsKey(key)) {
                    result.add(live.get(l).deepCopy());
                    l++;
                    continue;
                }
                if (done.contains(key)) {
                    l++;
                    continue;
                }
            }
            if (r < configKeys.size()) {
                PathElement key = configKeys.get(r);
                if (done.add(key)) {
                    result.add(mergeItem(liveItems.get(key), configItems.get(key), shape));
                }
                sharedNext += sharedNext < shared.size() && shared.get(sharedNext).equals(key) ? 1 : 0;
                r++;
            }
        }
        return result;
    }

    private static JsonNode mergeItem(JsonNode live, JsonNode config, Shape list) {
        return list.keyed() ? merge(live, config, list.item()) : config.deepCopy();
    }

    /** Removes the field or list item at a path from an object; nothing happens when it is not there. */
    static void remove(JsonNode object, Shape shape, FieldPath path) {
        JsonNode node = object;
        Shape nodeShape = shape;
        List<PathElement> elements = path.elements();
        for (int i = 0; i < elements.size() - 1 && node != null; i++) {
            PathElement element = elements.get(i);
            if (element.kind() == PathElement.Kind.FIELD) {
                node = node.get(element.name());
                nodeShape = nodeShape.field(element.name());
            } else {
                int index = indexOf(node, nodeShape, element);
                node = index < 0 ? null : node.get(index);
                nodeShape = nodeShape.item();
            }
        }
        PathElement last = elements.get(elements.size() - 1);
        if (node instanceof ObjectNode parent && last.kind() == PathElement.Kind.FIELD) {
            parent.remove(last.name());
        } else if (node instanceof ArrayNode parent) {
            int index = indexOf(parent, nodeShape, last);
            if (index >= 0) {
                parent.remove(index);
            }
        }
    }

    private static int indexOf(JsonNode list, Shape shape, PathElement element) {
        if (!list.isArray() || shape.kind() != Shape.Kind.LIST) {
            return -1;
        }
        for (int i = 0; i < list.size(); i++) {
            if (element(shape, list.get(i), FieldPath.ROOT).equals(element)) {
                return i;
            }
        }
        return -1;
    }
}
