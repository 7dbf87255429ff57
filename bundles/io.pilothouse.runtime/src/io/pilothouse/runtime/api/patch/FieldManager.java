package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.ApiException;

/**
 * Field ownership as upstream's field manager keeps it over structured-merge-diff: an apply merges the configuration
 * into the live object, fails on fields other managers own with other values (unless forced, which takes them), and
 * removes the fields the applier set last time and no manager owns any more; an update gives the fields it changed
 * to its manager and takes them from the others.
 */
final class FieldManager {

    /** The manager that owns an object's fields when its first apply finds it without managed fields. */
    static final String BEFORE_FIRST_APPLY = "before-first-apply";

    /** The paths never owned, as upstream strips them: type and system metadata. */
    private static final List<FieldPath> STRIPPED = List.of(FieldPath.ofFields("apiVersion"),
            FieldPath.ofFields("kind"), FieldPath.ofFields("metadata"), FieldPath.ofFields("metadata", "name"),
            FieldPath.ofFields("metadata", "namespace"), FieldPath.ofFields("metadata", "creationTimestamp"),
            FieldPath.ofFields("metadata", "selfLink"), FieldPath.ofFields("metadata", "uid"),
            FieldPath.ofFields("metadata", "clusterName"), FieldPath.ofFields("metadata", "generation"),
            FieldPath.ofFields("metadata", "managedFields"), FieldPath.ofFields("metadata", "resourceVersion"));
    /** The status is reset by writes to the main resource, so nobody owns it through them. */
    private static final List<FieldPath> RESET = List.of(FieldPath.ofFields("status"));

    /**
     * What an apply produced.
     *
     * @param object   the new object
     * @param managers the new managed fields
     */
    record Result(JsonNode object, List<ManagedFields.Entry> managers) {}

    private FieldManager() {}

    /**
     * Applies a configuration.
     *
     * @param live     the live object, or {@code null} when it is created
     * @param managers the live object's managed fields
     * @param applier  the applying manager's entry (its time is now; its fields are ignored)
     * @throws ApiException Conflict when other managers own changed fields and {@code force} is not set
     */
    static Result apply(Shape shape, JsonNode live, JsonNode config, List<ManagedFields.Entry> managers,
            ManagedFields.Entry applier, boolean force) {
        FieldSet configured = owned(TypedValues.fields(config, shape));
        if (live == null) {
            return new Result(config.deepCopy(), List.of(applier.withFields(configured)));
        }
        List<ManagedFields.Entry> current = managers.isEmpty()
                ? List.of(new ManagedFields.Entry(BEFORE_FIRST_APPLY, ManagedFields.UPDATE, applier.apiVersion(),
                        null, applier.time(), owned(TypedValues.fields(live, shape))))
                : managers;
        JsonNode merged = TypedValues.merge(live, config, shape);
        Changes changes = Changes.between(live, merged, shape);
        Map<ManagedFields.Entry, FieldSet> conflicts = new LinkedHashMap<>();
        FieldSet last = FieldSet.EMPTY;
        List<ManagedFields.Entry> next = new ArrayList<>();
        for (ManagedFields.Entry entry : current) {
            if (entry.sameManager(applier)) {
                last = entry.fields();
                continue;
            }
            FieldSet conflicting = entry.fields().intersection(changes.changed());
            if (!conflicting.isEmpty()) {
                conflicts.put(entry, conflicting);
            }
            next.add(entry.withFields(entry.fields().difference(conflicting).difference(changes.removed())));
        }
        if (!force && !conflicts.isEmpty()) {
            throw conflict(conflicts);
        }
        next.add(applier.withFields(configured));
        prune(merged, shape, last.difference(configured), next);
        if (merged.equals(live) && conflicts.isEmpty() && configured.equals(last)) {
            return new Result(merged, managers);
        }
        return new Result(merged, next);
    }

    /**
     * Records an update: the fields it changed or added become the updater's and leave the other managers, the
     * fields it removed leave everyone.
     *
     * @param updater the updating manager's entry (its time is now; its fields are ignored)
     */
    static List<ManagedFields.Entry> update(Shape shape, JsonNode live, JsonNode next,
            List<ManagedFields.Entry> managers, ManagedFields.Entry updater) {
        Changes changes = Changes.between(live, next, shape);
        List<ManagedFields.Entry> result = new ArrayList<>();
        ManagedFields.Entry previous = null;
        for (ManagedFields.Entry entry : managers) {
            if (entry.sameManager(updater)) {
                previous = entry;
            } else {
                FieldSet remaining = entry.fields().difference(changes.changed()).difference(changes.removed());
                result.add(entry.withFields(remaining));
            }
        }
        FieldSet kept = previous == null ? FieldSet.EMPTY : previous.fields().difference(changes.removed());
        if (!changes.changed().isEmpty()) {
            result.add(updater.withFields(kept.union(changes.changed())));
        } else if (previous != null) {
            result.add(previous.withFields(kept));
        }
        return result;
    }

    /** Removes what the applier set last time, no longer sets and nobody else owns (keys of kept items stay). */
    private static void prune(JsonNode merged, Shape shape, FieldSet dropped, List<ManagedFields.Entry> managers) {
        FieldSet owned = FieldSet.EMPTY;
        for (ManagedFields.Entry entry : managers) {
            owned = owned.union(entry.fields());
        }
        for (FieldPath path : dropped.paths().descendingSet()) {
            if (!owned.holdsUnder(path) && !isItemKey(path)) {
                TypedValues.remove(merged, shape, path);
            }
        }
    }

    private static boolean isItemKey(FieldPath path) {
        List<PathElement> elements = path.elements();
        int size = elements.size();
        if (size < 2 || elements.get(size - 1).kind() != PathElement.Kind.FIELD) {
            return false;
        }
        PathElement item = elements.get(size - 2);
        return item.kind() == PathElement.Kind.KEY && item.value().has(elements.get(size - 1).name());
    }

    private static FieldSet owned(Map<FieldPath, JsonNode> fields) {
        return owned(fields.keySet());
    }

    private static FieldSet owned(Collection<FieldPath> paths) {
        return FieldSet.of(paths).difference(FieldSet.of(STRIPPED)).without(RESET);
    }

    private static ApiException conflict(Map<ManagedFields.Entry, FieldSet> conflicts) {
        Map<ManagedFields.Entry, FieldSet> sorted = new TreeMap<>(Comparator.comparing(ManagedFields.Entry::manager)
                .thenComparing(ManagedFields.Entry::operation)
                .thenComparing(ManagedFields.Entry::apiVersion));
        sorted.putAll(conflicts);
        List<Map.Entry<String, String>> causes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        sorted.forEach((entry, paths) -> {
            lines.add("conflicts with " + entry.describe() + ":");
            for (FieldPath path : paths.paths()) {
                causes.add(Map.entry(path.toString(), "conflict with " + entry.describe()));
                lines.add("- " + path);
            }
        });
        String message = causes.size() == 1
                ? "Apply failed with 1 conflict: " + causes.get(0).getValue() + ": " + causes.get(0).getKey()
                : "Apply failed with " + causes.size() + " conflicts: " + String.join("\n", lines);
        return ApiErrors.applyConflict(message, causes);
    }

    /**
     * The difference between two objects, as upstream compares them.
     *
     * @param changed the fields added or given another value
     * @param removed the fields gone
     */
    private record Changes(FieldSet changed, FieldSet removed) {

        static Changes between(JsonNode before, JsonNode after, Shape shape) {
            Map<FieldPath, JsonNode> old = TypedValues.fields(before, shape);
            Map<FieldPath, JsonNode> now = TypedValues.fields(after, shape);
            List<FieldPath> changed = new ArrayList<>();
            now.forEach((path, value) -> {
                JsonNode previous = old.get(path);
                if (previous == null || value != TypedValues.STRUCTURAL && !value.equals(previous)) {
                    changed.add(path);
                }
            });
            List<FieldPath> removed = old.keySet().stream().filter(path -> !now.containsKey(path)).toList();
            return new Changes(owned(changed), owned(removed));
        }
    }
}
