package io.pilothouse.runtime.scheduler.profile;

import java.util.List;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;

/** Typed access to the nodes of a configuration document; a wrong type is an error at the node's position. */
final class ConfigNodes {

    private ConfigNodes() {}

    /** A configuration error at a node: {@code file:line:column: field: message}. */
    static IllegalArgumentException error(YamlNode node, String field, String message) {
        String where = node == null || node.range() == null ? "" : node.range() + ": ";
        return new IllegalArgumentException(where + field + ": " + message);
    }

    static YamlMapping mapping(YamlNode node, String field) {
        if (node instanceof YamlMapping mapping) {
            return mapping;
        }
        throw error(node, field, "expected an object, got " + node.jsonTypeName());
    }

    /** The items of a sequence; an absent or null value is empty. */
    static List<YamlNode> items(YamlNode node, String field) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof YamlSequence sequence) {
            return sequence.items();
        }
        throw error(node, field, "expected an array, got " + node.jsonTypeName());
    }

    static String string(YamlNode node, String field) {
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING) {
            return scalar.text();
        }
        throw error(node, field, "expected a string, got " + node.jsonTypeName());
    }

    static String string(YamlMapping mapping, String key, String prefix, String fallback) {
        YamlNode node = mapping.get(key);
        return node == null || isNull(node) ? fallback : string(node, prefix + key);
    }

    static int integer(YamlNode node, String field) {
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.INT) {
            try {
                return Integer.parseInt(scalar.text());
            } catch (NumberFormatException e) {
                throw error(node, field, "out of range: " + scalar.text());
            }
        }
        throw error(node, field, "expected an integer, got " + node.jsonTypeName());
    }

    static int integer(YamlMapping mapping, String key, String prefix, int fallback) {
        YamlNode node = mapping.get(key);
        return node == null || isNull(node) ? fallback : integer(node, prefix + key);
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL;
    }
}
