package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A set of field paths, as a manager owns them; immutable. Converts to and from the {@code FieldsV1} form of
 * {@code metadata.managedFields}: nested objects keyed by serialized path elements, {@code {}} for a path that is a
 * member, and {@code ".": {}} after the children of a member that also has members below it.
 */
final class FieldSet {

    static final FieldSet EMPTY = new FieldSet(new TreeSet<>());

    private final NavigableSet<FieldPath> paths;

    private FieldSet(NavigableSet<FieldPath> paths) {
        this.paths = paths;
    }

    /** A set of the given paths. */
    static FieldSet of(Collection<FieldPath> paths) {
        return new FieldSet(new TreeSet<>(paths));
    }

    /** The paths in order. */
    NavigableSet<FieldPath> paths() {
        return Collections.unmodifiableNavigableSet(paths);
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Whether the set holds the path or a path under it. */
    boolean holdsUnder(FieldPath prefix) {
        FieldPath next = paths.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    FieldSet union(FieldSet other) {
        NavigableSet<FieldPath> result = new TreeSet<>(paths);
        result.addAll(other.paths);
        return new FieldSet(result);
    }

    FieldSet difference(FieldSet other) {
        NavigableSet<FieldPath> result = new TreeSet<>(paths);
        result.removeAll(other.paths);
        return new FieldSet(result);
    }

    FieldSet intersection(FieldSet other) {
        NavigableSet<FieldPath> result = new TreeSet<>(paths);
        result.retainAll(other.paths);
        return new FieldSet(result);
    }

    /** The paths that do not start with any of the given prefixes. */
    FieldSet without(List<FieldPath> prefixes) {
        NavigableSet<FieldPath> result = new TreeSet<>();
        for (FieldPath path : paths) {
            if (prefixes.stream().noneMatch(path::startsWith)) {
                result.add(path);
            }
        }
        return new FieldSet(result);
    }

    /** The {@code FieldsV1} form. */
    ObjectNode toFieldsV1() {
        Node root = new Node();
        for (FieldPath path : paths) {
            Node node = root;
            for (PathElement element : path.elements()) {
                node = node.children.computeIfAbsent(element, key -> new Node());
            }
            node.member = true;
        }
        return root.emit();
    }

    /** Reads the {@code FieldsV1} form; path elements of unknown kinds are skipped, as upstream does. */
    static FieldSet fromFieldsV1(JsonNode fields) {
        List<FieldPath> paths = new ArrayList<>();
        if (fields != null && fields.isObject()) {
            read(fields, FieldPath.ROOT, paths);
        }
        return of(paths);
    }

    private static void read(JsonNode node, FieldPath path, List<FieldPath> paths) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().equals(".")) {
                paths.add(path);
                continue;
            }
            PathElement element = PathElement.parse(entry.getKey(), Json::parse);
            if (element == null) {
                continue;
            }
            FieldPath child = path.child(element);
            if (entry.getValue().isEmpty()) {
                paths.add(child);
            } else {
                read(entry.getValue(), child, paths);
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldSet set && set.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    @Override
    public String toString() {
        return paths.toString();
    }

    /** A step of the tree written as FieldsV1. */
    private static final class Node {

        final Map<PathElement, Node> children = new TreeMap<>();
        boolean member;

        ObjectNode emit() {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            children.forEach((element, child) -> {
                ObjectNode value = child.emit();
                if (child.member && !child.children.isEmpty()) {
                    value.set(".", JsonNodeFactory.instance.objectNode());
                }
                object.set(element.serialize(), value);
            });
            return object;
        }
    }
}
