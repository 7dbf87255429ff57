package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.ApiException;

/**
 * A strategic merge patch ({@code kubectl patch --type strategic}) as upstream's {@code strategicpatch} package
 * applies one on the API server: maps merge and {@code null} deletes; a list whose field has the {@code merge}
 * patch strategy merges its objects by the {@code patchMergeKey} and unites its scalars; other lists are replaced.
 * The directives {@code $patch: replace|delete}, {@code $retainKeys}, {@code $setElementOrder/<list>} and
 * {@code $deleteFromPrimitiveList/<list>} are honoured. The patch metadata comes from the model's annotations, walked
 * along the JSON; a field the model does not know merges as JSON (maps merge, lists are replaced).
 */
public final class StrategicMergePatch {

    static final String DIRECTIVE = "$patch";
    static final String RETAIN_KEYS = "$retainKeys";
    static final String SET_ELEMENT_ORDER = "$setElementOrder";
    static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList";

    private static final String REPLACE = "replace";
    private static final String DELETE = "delete";
    private static final String MERGE = "merge";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The patch metadata of a value: the class of its objects (of a map's values when {@code map}). */
    private record Meta(EClass type, boolean map, String strategy, String mergeKey) {

        static final Meta UNKNOWN = new Meta(null, false, "", "");

        /** The metadata of a field of this object. */
        Meta field(String name) {
            if (map) {
                return new Meta(type, false, "", "");
            }
            FieldSchema field = FieldSchema.of(type, name);
            if (field == null) {
                return UNKNOWN;
            }
            List<String> strategies = new ArrayList<>(field.patchStrategies());
            strategies.remove("retainKeys");
            if (strategies.size() > 1) {
                throw ApiErrors.unknown("unexpected patch strategy: " + field.patchStrategies());
            }
            return new Meta(field.type(), field.map(), strategies.isEmpty() ? "" : strategies.get(0),
                    field.patchMergeKey());
        }
    }

    private StrategicMergePatch() {}

    /**
     * Applies a patch to an object of a kind; neither tree is changed.
     *
     * @throws ApiException BadRequest for a malformed directive, the status upstream gives for other failures
     */
    public static ObjectNode apply(EClass kind, ObjectNode original, ObjectNode patch) {
        return mergeMap(original.deepCopy(), patch.deepCopy(), new Meta(kind, false, "", ""));
    }

    private static ObjectNode mergeMap(ObjectNode original, ObjectNode patch, Meta meta) {
        if (patch.has(DIRECTIVE)) {
            JsonNode directive = patch.get(DIRECTIVE);
            if (REPLACE.equals(directive.asText(null))) {
                patch.remove(DIRECTIVE);
                return patch;
            }
            if (DELETE.equals(directive.asText(null))) {
                return NODES.objectNode();
            }
            throw badPatchType(directive, patch);
        }
        ObjectNode result = original == null ? NODES.objectNode() : original;
        applyRetainKeys(result, patch);
        applyElementOrders(result, patch, meta);
        for (String name : names(patch)) {
            JsonNode patchValue = patch.get(name);
            String key = name;
            boolean deleteList = name.startsWith(DELETE_FROM_PRIMITIVE_LIST);
            if (deleteList) {
                key = directiveKey(name, DELETE_FROM_PRIMITIVE_LIST, "invalid patch format of primitive list");
            }
            if (patchValue.isNull()) {
                result.remove(key);
                continue;
            }
            JsonNode originalValue = result.get(key);
            if (originalValue == null || originalValue.getNodeType() != patchValue.getNodeType()) {
                if (!deleteList) {
                    setOrRemove(result, key, removeDirectives(withoutNulls(patchValue)));
                }
                continue;
            }
            Meta field = meta.field(key);
            if (originalValue.isObject()) {
                result.set(key, REPLACE.equals(field.strategy())
                        ? patchValue
                        : mergeMap((ObjectNode) originalValue, (ObjectNode) patchValue, field));
            } else if (originalValue.isArray()) {
                result.set(key, mergeList((ArrayNode) originalValue, (ArrayNode) patchValue, field, deleteList));
            } else {
                setOrRemove(result, key, removeDirectives(patchValue));
            }
        }
        return result;
    }

    /** The list of a list field merged with its patch, by the field's strategy. */
    private static ArrayNode mergeList(ArrayNode original, ArrayNode patch, Meta field, boolean deleteList) {
        if (!MERGE.equals(field.strategy()) && !deleteList) {
            return patch;
        }
        if (original.isEmpty() && patch.isEmpty()) {
            return original;
        }
        boolean objects = objectElements(original, patch);
        String mergeKey = objects ? field.mergeKey() : "";
        List<JsonNode> base = items(original);
        List<JsonNode> changes = items(patch);
        List<JsonNode> merged;
        if (!objects) {
            if (deleteList) {
                Set<JsonNode> deleted = new HashSet<>(changes);
                return array(base.stream().filter(item -> !deleted.contains(item)).toList());
            }
            merged = new ArrayList<>(base);
            for (JsonNode item : changes) {
                if (!merged.contains(item)) {
                    merged.add(item);
                }
            }
        } else {
            if (mergeKey.isEmpty()) {
                throw ApiErrors.unknown("cannot merge lists without merge key for "
                        + (field.type() == null ? "map" : field.type().getName()));
            }
            changes = applySpecialElements(base, changes, mergeKey);
            if (changes == null) {
                return array(base);
            }
            merged = mergeByKey(base, changes, mergeKey, field);
        }
        return array(ElementOrder.normalize(merged, changes, base, mergeKey));
    }

    /**
     * Applies the {@code $patch} elements of an object list: deletes matching items from {@code base} and returns the
     * other elements, or replaces {@code base}'s content by them and returns {@code null} on {@code replace}.
     */
    private static List<JsonNode> applySpecialElements(List<JsonNode> base, List<JsonNode> patch, String mergeKey) {
        List<JsonNode> plain = new ArrayList<>();
        boolean replace = false;
        for (JsonNode item : patch) {
            JsonNode directive = item.get(DIRECTIVE);
            if (directive == null) {
                plain.add(item);
            } else if (DELETE.equals(directive.asText(null))) {
                JsonNode key = item.get(mergeKey);
                if (key == null) {
                    throw noMergeKey(item, mergeKey);
                }
                base.removeIf(candidate -> key.equals(mergeKeyValue(candidate, mergeKey)));
            } else if (REPLACE.equals(directive.asText(null))) {
                replace = true;
            } else if (MERGE.equals(directive.asText(null))) {
                throw ApiErrors.unknown("merging lists cannot yet be specified in the patch");
            } else {
                throw badPatchType(directive, (ObjectNode) item);
            }
        }
        if (replace) {
            base.clear();
            base.addAll(plain);
            return null;
        }
        return plain;
    }

    private static List<JsonNode> mergeByKey(List<JsonNode> base, List<JsonNode> patch, String mergeKey, Meta field) {
        List<JsonNode> merged = new ArrayList<>(base);
        for (JsonNode item : patch) {
            JsonNode key = item.get(mergeKey);
            if (key == null) {
                throw noMergeKey(item, mergeKey);
            }
            int index = ElementOrder.indexOf(merged, item, mergeKey);
            if (index >= 0) {
                merged.set(index, mergeMap((ObjectNode) merged.get(index), (ObjectNode) item, field));
            } else {
                merged.add(item);
            }
        }
        return merged;
    }

    /**
     * Merges the lists that have a {@code $setElementOrder/<list>} and puts them in its order (the patch's items by
     * it, the server's others where they were); the directive and the list leave the patch.
     */
    private static void applyElementOrders(ObjectNode original, ObjectNode patch, Meta meta) {
        for (String name : names(patch)) {
            if (!name.startsWith(SET_ELEMENT_ORDER)) {
                continue;
            }
            JsonNode order = patch.remove(name);
            String key = directiveKey(name, SET_ELEMENT_ORDER, "invalid patch format of setElementOrder list");
            ArrayNode originalList = listOrNull(original.get(key));
            ArrayNode patchList = listOrNull(patch.get(key));
            ArrayNode orderList = listOrNull(order);
            Meta field = meta.field(key);
            validateOrder(patchList, orderList, field.mergeKey());
            ArrayNode merged;
            if (originalList != null && patchList != null) {
                merged = mergeList(originalList, patchList, field, false);
            } else if (patchList != null) {
                merged = (ArrayNode) removeDirectives(patchList);
            } else if (originalList != null) {
                merged = originalList;
            } else {
                continue;
            }
            List<JsonNode> server = originalList == null ? List.of() : items(originalList);
            if (server.isEmpty() && (patchList == null || patchList.isEmpty())) {
                throw ApiErrors.unknown("no elements in any of the given slices");
            }
            String mergeKey = objectElements(merged) ? field.mergeKey() : "";
            original.set(key, array(ElementOrder.normalize(items(merged), items(orderList), server, mergeKey)));
            patch.remove(key);
        }
    }

    /** Checks that the patch's items come in the relative order of the {@code $setElementOrder} list. */
    private static void validateOrder(ArrayNode patchList, ArrayNode order, String mergeKey) {
        if (patchList == null || patchList.isEmpty() || order.isEmpty()) {
            return;
        }
        List<JsonNode> items = items(patchList).stream()
                .filter(item -> mergeKey.isEmpty() || !DELETE.equals(item.path(DIRECTIVE).asText(null)))
                .toList();
        int patchIndex = 0;
        int orderIndex = 0;
        while (patchIndex < items.size() && orderIndex < order.size()) {
            JsonNode item = items.get(patchIndex);
            if (item.has(DIRECTIVE)) {
                patchIndex++;
                continue;
            }
            JsonNode expected = order.get(orderIndex);
            if (!mergeKey.isEmpty() && (!item.has(mergeKey) || !expected.has(mergeKey))) {
                throw noMergeKey(item.has(mergeKey) ? expected : item, mergeKey);
            }
            if (mergeKeyValue(item, mergeKey).equals(mergeKeyValue(expected, mergeKey))) {
                patchIndex++;
            }
            orderIndex++;
        }
        if (patchIndex < items.size()) {
            throw ApiErrors.unknown("The order in patch list:\n" + GoValues.format(patchList) + "\n doesn't match "
                    + SET_ELEMENT_ORDER + " list:\n" + GoValues.format(order) + "\n");
        }
    }

    private static ArrayNode listOrNull(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiErrors.unknown("expected a []interface {}, but received a " + GoValues.typeName(value));
        }
        return (ArrayNode) value;
    }

    private static void applyRetainKeys(ObjectNode original, ObjectNode patch) {
        JsonNode retainKeys = patch.remove(RETAIN_KEYS);
        if (retainKeys == null) {
            return;
        }
        if (!retainKeys.isArray()) {
            throw ApiErrors.badRequest("invalid patch format of retainKeys");
        }
        Set<String> retained = new HashSet<>();
        retainKeys.forEach(key -> {
            if (key.isTextual()) {
                retained.add(key.asText());
            }
        });
        for (String name : names(patch)) {
            boolean directive = name.startsWith(DELETE_FROM_PRIMITIVE_LIST) || name.startsWith(SET_ELEMENT_ORDER);
            if (!patch.get(name).isNull() && !directive && !retained.contains(name)) {
                throw ApiErrors.badRequest("invalid patch format of retainKeys");
            }
        }
        for (String name : names(original)) {
            if (!retained.contains(name)) {
                original.remove(name);
            }
        }
    }

    /** The list field a {@code $setElementOrder/} or {@code $deleteFromPrimitiveList/} key is about. */
    static String directiveKey(String key, String prefix, String malformed) {
        int slash = key.indexOf('/');
        if (slash < 0 || !key.substring(0, slash).equals(prefix)) {
            throw ApiErrors.badRequest(malformed);
        }
        return key.substring(slash + 1);
    }

    /** Upstream's {@code removeDirectives}: objects holding {@code $patch} go ({@code null}), recursively. */
    static JsonNode removeDirectives(JsonNode value) {
        if (value.isObject()) {
            if (value.has(DIRECTIVE)) {
                return null;
            }
            ObjectNode object = (ObjectNode) value;
            for (String name : names(object)) {
                setOrRemove(object, name, removeDirectives(object.get(name)));
            }
            return object;
        }
        if (value.isArray()) {
            ArrayNode kept = NODES.arrayNode();
            for (JsonNode item : value) {
                JsonNode cleaned = removeDirectives(item);
                if (cleaned != null) {
                    kept.add(cleaned);
                }
            }
            return kept;
        }
        return value;
    }

    private static JsonNode withoutNulls(JsonNode value) {
        if (value.isObject()) {
            ObjectNode object = (ObjectNode) value;
            for (String name : names(object)) {
                if (object.get(name).isNull()) {
                    object.remove(name);
                } else {
                    withoutNulls(object.get(name));
                }
            }
        } else if (value.isArray()) {
            value.forEach(StrategicMergePatch::withoutNulls);
        }
        return value;
    }

    /** Whether the items of the lists are objects; all must have one JSON type (not a list). */
    private static boolean objectElements(ArrayNode... lists) {
        JsonNode first = null;
        for (ArrayNode list : lists) {
            for (JsonNode item : list) {
                if (first == null) {
                    first = item;
                } else if (first.getNodeType() != item.getNodeType()) {
                    StringBuilder all = new StringBuilder("[");
                    for (int i = 0; i < lists.length; i++) {
                        all.append(i == 0 ? "" : " ").append(GoValues.format(lists[i]));
                    }
                    throw ApiErrors.unknown("list element types are not identical: " + all.append(']'));
                }
            }
        }
        if (first != null && first.isArray()) {
            throw ApiErrors.unknown("lists of lists are not supported");
        }
        return first != null && first.isObject();
    }

    static JsonNode mergeKeyValue(JsonNode item, String mergeKey) {
        return mergeKey.isEmpty() ? item : item.get(mergeKey);
    }

    static ApiException noMergeKey(JsonNode item, String mergeKey) {
        return ApiErrors.unknown("map: " + GoValues.format(item) + " does not contain declared merge key: " + mergeKey);
    }

    private static ApiException badPatchType(JsonNode directive, ObjectNode patch) {
        return ApiErrors.unknown("unknown patch type: " + GoValues.format(directive) + " in map: "
                + GoValues.format(patch));
    }

    private static void setOrRemove(ObjectNode object, String name, JsonNode value) {
        if (value == null) {
            object.remove(name);
        } else {
            object.set(name, value);
        }
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<JsonNode> items(ArrayNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    static ArrayNode array(List<JsonNode> items) {
        ArrayNode array = NODES.arrayNode();
        array.addAll(items);
        return array;
    }
}
