package io.pilothouse.runtime.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;

/**
 * The stored objects, by kind, then namespace ({@code ""} for cluster scope), then name. Namespaces and names
 * iterate in the order of upstream's storage keys ({@code <namespace>/<name>}), so a namespace sorts as if a
 * {@code /} followed it: {@code a-b} before {@code a}. A namespace's objects are also kept by name in a hash table,
 * so that a lookup does not walk a tree of thousands of names.
 */
final class ObjectIndex {

    private final Map<GroupKind, NavigableMap<String, Names>> kinds = new HashMap<>();

    /** The objects of one kind in one namespace, in name order and by name. */
    private record Names(NavigableMap<String, EObject> sorted, Map<String, EObject> byName) {

        Names() {
            this(new TreeMap<>(), new HashMap<>());
        }
    }

    EObject get(GroupKind kind, String namespace, String name) {
        Names names = namespaces(kind).get(namespace);
        return names == null ? null : names.byName().get(name);
    }

    void put(GroupKind kind, String namespace, String name, EObject object) {
        Names names = namespaces(kind).computeIfAbsent(namespace, key -> new Names());
        names.sorted().put(name, object);
        names.byName().put(name, object);
    }

    void remove(GroupKind kind, String namespace, String name) {
        NavigableMap<String, Names> namespaces = namespaces(kind);
        Names names = namespaces.get(namespace);
        if (names != null && names.byName().remove(name) != null) {
            names.sorted().remove(name);
            if (names.byName().isEmpty()) {
                namespaces.remove(namespace);
            }
        }
    }

    /** The objects of a kind in storage-key order, in one namespace or, when it is {@code null}, in all. */
    List<EObject> list(GroupKind kind, String namespace) {
        NavigableMap<String, Names> namespaces = namespaces(kind);
        if (namespace != null) {
            Names names = namespaces.get(namespace);
            return names == null ? List.of() : new ArrayList<>(names.sorted().values());
        }
        List<EObject> objects = new ArrayList<>();
        for (Names names : namespaces.values()) {
            objects.addAll(names.sorted().values());
        }
        return objects;
    }

    private NavigableMap<String, Names> namespaces(GroupKind kind) {
        return kinds.computeIfAbsent(kind, key -> new TreeMap<>(ObjectIndex::compareAsKeyPrefix));
    }

    /** Compares two namespaces as the storage keys {@code a + "/"} and {@code b + "/"} compare. */
    static int compareAsKeyPrefix(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            int difference = a.charAt(i) - b.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        int next = charAfter(a, common) - charAfter(b, common);
        return next != 0 ? next : Integer.compare(a.length(), b.length());
    }

    private static char charAfter(String text, int index) {
        return index < text.length() ? text.charAt(index) : '/';
    }
}
