package io.pilothouse.lang.naming;

import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.manifest.BlockMapping;
import io.pilothouse.lang.manifest.ContentNode;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.FlowEntry;
import io.pilothouse.lang.manifest.FlowMapping;
import io.pilothouse.lang.manifest.MappingEntry;
import io.pilothouse.lang.manifest.Node;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.SequenceItem;
import io.pilothouse.lang.manifest.Value;
import io.pilothouse.lang.syntax.ScalarValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.emf.ecore.EObject;

/**
 * Paths of the syntax tree: where a scalar sits in its document ({@code spec}, {@code template}, {@code []}...),
 * and the values found at a path. Keys are the scalar values of mapping keys; {@code []} stands for any item of a
 * sequence.
 */
public final class YamlPaths {

    /** The path segment of a sequence item. */
    public static final String ITEM = "[]";

    private YamlPaths() {}

    /** @return the path of keys from the document's root to {@code scalar}, or {@code null} if it is a key */
    public static List<String> pathOf(Scalar scalar) {
        List<String> path = new ArrayList<>();
        EObject child = scalar.eContainer();
        for (EObject parent = child.eContainer(); parent != null
                && !(parent instanceof Document); parent = parent.eContainer()) {
            switch (parent) {
                case MappingEntry entry -> {
                    if (entry.getValue() != child) {
                        return null;
                    }
                    path.add(keyOf(entry.getKey()));
                }
                case FlowEntry entry -> {
                    if (entry.eContainer() instanceof FlowMapping || entry.isPair()) {
                        if (entry.getValue() != child) {
                            return null;
                        }
                        path.add(keyOf(entry.getKey()));
                    } else {
                        path.add(ITEM);
                    }
                }
                case SequenceItem item -> path.add(ITEM);
                default -> {
                }
            }
            child = parent;
        }
        Collections.reverse(path);
        return path;
    }

    /** @return the document holding {@code object} */
    public static Document documentOf(EObject object) {
        EObject current = object;
        while (current != null && !(current instanceof Document)) {
            current = current.eContainer();
        }
        return (Document) current;
    }

    /** @return the mapping that holds {@code scalar} as a value, or {@code null} */
    public static EObject owningMapping(Scalar scalar) {
        EObject entry = scalar.eContainer().eContainer();
        return entry instanceof MappingEntry || entry instanceof FlowEntry ? entry.eContainer() : null;
    }

    /** @return the scalar value of the key {@code key} of a block or flow mapping, or {@code null} */
    public static String stringValue(EObject mapping, String key) {
        Value value = valueAt(mapping, key);
        return value instanceof Scalar scalar ? text(scalar) : null;
    }

    /** @return the value of {@code key} in a block or flow mapping, or {@code null} */
    public static Value valueAt(EObject mapping, String key) {
        if (mapping instanceof BlockMapping block) {
            for (MappingEntry entry : block.getEntries()) {
                if (key.equals(keyOf(entry.getKey()))) {
                    return valueOf(entry.getValue());
                }
            }
        } else if (mapping instanceof FlowMapping flow) {
            for (FlowEntry entry : flow.getEntries()) {
                if (key.equals(keyOf(entry.getKey()))) {
                    return valueOf(entry.getValue());
                }
            }
        }
        return null;
    }

    /** @return the scalar keys of a block or flow mapping, in order */
    public static List<String> keys(EObject mapping) {
        List<String> keys = new ArrayList<>();
        if (mapping instanceof BlockMapping block) {
            block.getEntries().forEach(entry -> keys.add(keyOf(entry.getKey())));
        } else if (mapping instanceof FlowMapping flow) {
            flow.getEntries().forEach(entry -> keys.add(keyOf(entry.getKey())));
        }
        keys.removeIf(Objects::isNull);
        return keys;
    }

    /** @return the value a node holds, or {@code null} for an alias or an empty node */
    public static Value valueOf(Node node) {
        return node instanceof ContentNode content ? content.getValue() : null;
    }

    /** @return the text of a scalar key, or {@code null} for a key that is not a scalar */
    public static String keyOf(Node key) {
        return valueOf(key) instanceof Scalar scalar ? text(scalar) : null;
    }

    /** @return the value of a scalar: unquoted, unescaped and folded */
    public static String text(Scalar scalar) {
        SyntaxTrees.ScalarToken token = SyntaxTrees.token(scalar);
        return token == null ? "" : ScalarValues.value(token.kind(), token.text(), -1);
    }
}
