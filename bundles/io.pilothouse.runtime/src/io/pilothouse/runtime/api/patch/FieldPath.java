package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to a field or list item of an object, as structured-merge-diff has them; ordered step by step, a path
 * before its extensions. Printed as upstream prints one in conflict messages: {@code .spec.replicas},
 * {@code .spec.template.spec.containers[name="web"].image}.
 *
 * @param elements the steps from the object's root
 */
record FieldPath(List<PathElement> elements) implements Comparable<FieldPath> {

    /** The empty path, the object itself. */
    static final FieldPath ROOT = new FieldPath(List.of());

    /** Copies the steps. */
    FieldPath {
        elements = List.copyOf(elements);
    }

    /** A path of field names. */
    static FieldPath ofFields(String... names) {
        List<PathElement> elements = new ArrayList<>();
        for (String name : names) {
            elements.add(PathElement.field(name));
        }
        return new FieldPath(elements);
    }

    /** This path with one more step. */
    FieldPath child(PathElement element) {
        List<PathElement> longer = new ArrayList<>(elements);
        longer.add(element);
        return new FieldPath(longer);
    }

    /** Whether this path is the given one or lies under it. */
    boolean startsWith(FieldPath prefix) {
        return elements.size() >= prefix.elements.size()
                && elements.subList(0, prefix.elements.size()).equals(prefix.elements);
    }

    @Override
    public int compareTo(FieldPath other) {
        int common = Math.min(elements.size(), other.elements.size());
        for (int i = 0; i < common; i++) {
            int compared = elements.get(i).compareTo(other.elements.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(elements.size(), other.elements.size());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        elements.forEach(text::append);
        return text.toString();
    }
}
