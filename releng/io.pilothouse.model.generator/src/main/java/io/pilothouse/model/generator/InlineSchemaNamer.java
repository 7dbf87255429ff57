package io.pilothouse.model.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the inline object schemas of the CRDs of one package. Each schema has a path of name segments from its
 * kind's root ({@code spec}, {@code rules}, {@code matches} gives {@code Spec}, {@code Rule}, {@code Match}). A
 * schema is first named after its kind and its last segment ({@code HTTPRouteMatch}). Every schema whose name is
 * shared with another schema or with a fixed name (a kind) takes one more segment from its path
 * ({@code HTTPRouteRuleFilter} and {@code HTTPRouteBackendRefFilter}), until all names are unique. The result only
 * depends on the set of paths, never on the order in which they are visited.
 */
final class InlineSchemaNamer {

    /** One inline schema: the kind it belongs to and its segments from the kind's root. */
    record InlineSchema(String kind, List<String> segments) {}

    private InlineSchemaNamer() {}

    /** The names of {@code schemas}, in the same order. */
    static List<String> names(List<InlineSchema> schemas, Set<String> fixedNames) {
        int[] depths = new int[schemas.size()];
        Arrays.fill(depths, 1);
        boolean clash = true;
        while (clash) {
            Map<String, List<Integer>> owners = new HashMap<>();
            for (int i = 0; i < schemas.size(); i++) {
                owners.computeIfAbsent(name(schemas.get(i), depths[i]), key -> new ArrayList<>()).add(i);
            }
            clash = false;
            for (Map.Entry<String, List<Integer>> entry : owners.entrySet()) {
                if (entry.getValue().size() > 1 || fixedNames.contains(entry.getKey())) {
                    clash = true;
                    entry.getValue().forEach(i -> depths[i] = deeper(schemas.get(i), depths[i], entry.getKey()));
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < schemas.size(); i++) {
            names.add(name(schemas.get(i), depths[i]));
        }
        return names;
    }

    private static int deeper(InlineSchema schema, int depth, String name) {
        if (depth >= schema.segments().size()) {
            throw new IllegalStateException("Cannot give a unique name to " + name + " at " + schema);
        }
        return depth + 1;
    }

    private static String name(InlineSchema schema, int depth) {
        List<String> segments = schema.segments();
        return schema.kind() + String.join("", segments.subList(segments.size() - depth, segments.size()));
    }
}
