package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The order of a merged list, as upstream's strategic merge patch settles it: the items the patch names follow the
 * patch's order (or its {@code $setElementOrder}), the items only the server has keep theirs, and the two are
 * interleaved by where the server had them.
 */
final class ElementOrder {

    private ElementOrder() {}

    /**
     * The merged items in order.
     *
     * @param merged      the items after the merge
     * @param patchOrder  the order of the patch's items
     * @param serverOrder the list before the patch
     * @param mergeKey    the merge key of object items, {@code ""} for scalars
     */
    static List<JsonNode> normalize(List<JsonNode> merged, List<JsonNode> patchOrder, List<JsonNode> serverOrder,
            String mergeKey) {
        List<JsonNode> patchItems = new ArrayList<>();
        List<JsonNode> serverOnly = new ArrayList<>();
        for (JsonNode item : merged) {
            if (!mergeKey.isEmpty() && !item.has(mergeKey)) {
                throw StrategicMergePatch.noMergeKey(item, mergeKey);
            }
            (indexOf(patchOrder, item, mergeKey) >= 0 ? patchItems : serverOnly).add(item);
        }
        sortBy(patchItems, patchOrder, mergeKey);
        sortBy(serverOnly, serverOrder, mergeKey);
        return interleave(serverOnly, patchItems, serverOrder, mergeKey);
    }

    /** The index of the item with the same merge key value (the same value for scalars), or -1. */
    static int indexOf(List<JsonNode> list, JsonNode item, String mergeKey) {
        JsonNode value = StrategicMergePatch.mergeKeyValue(item, mergeKey);
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(value, StrategicMergePatch.mergeKeyValue(list.get(i), mergeKey))) {
                return i;
            }
        }
        return -1;
    }

    private static void sortBy(List<JsonNode> items, List<JsonNode> order, String mergeKey) {
        items.sort(Comparator.comparingInt(item -> {
            int index = indexOf(order, item, mergeKey);
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
    }

    /**
     * Inserts the server-only items among the patch items: a server-only item goes first when the server had it
     * before the next patch item; otherwise the patch item does.
     */
    private static List<JsonNode> interleave(List<JsonNode> serverOnly, List<JsonNode> patchItems,
            List<JsonNode> serverOrder, String mergeKey) {
        List<JsonNode> result = new ArrayList<>(serverOnly.size() + patchItems.size());
        int left = 0;
        int right = 0;
        while (left < serverOnly.size() || right < patchItems.size()) {
            if (right >= patchItems.size()) {
                result.add(serverOnly.get(left++));
            } else if (left >= serverOnly.size()) {
                result.add(patchItems.get(right++));
            } else {
                int leftIndex = indexOf(serverOrder, serverOnly.get(left), mergeKey);
                int rightIndex = indexOf(serverOrder, patchItems.get(right), mergeKey);
                if (leftIndex >= 0 && rightIndex >= 0 && leftIndex < rightIndex) {
                    result.add(serverOnly.get(left++));
                } else {
                    result.add(patchItems.get(right++));
                }
            }
        }
        return result;
    }
}
