package io.pilothouse.runtime.api.patch;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The structural type of a value for server-side apply, as structured-merge-diff derives it from the schema: a
 * struct of known fields, a map of string keys, a list with {@code map} or {@code set} semantics, a leaf (scalars and
 * everything {@code atomic}), or untyped JSON (maps of untyped values; lists are leaves).
 *
 * @param kind the kind
 * @param type the class of a struct, of a map's values, of a list's items; {@code null} for scalars
 * @param list the list field of a {@link Kind#LIST}, else {@code null}
 */
record Shape(Kind kind, EClass type, FieldSchema list) {

    /** The kinds of shape. */
    enum Kind {
        STRUCT, MAP, LIST, LEAF, UNTYPED
    }

    private static final String PROTOCOL = "protocol";
    private static final JsonNode TCP = JsonNodeFactory.instance.textNode("TCP");
    private static final Shape LEAF = new Shape(Kind.LEAF, null, null);
    private static final Shape UNTYPED = new Shape(Kind.UNTYPED, null, null);

    /** The shape of an object of a kind. */
    static Shape of(EClass kind) {
        return new Shape(Kind.STRUCT, kind, null);
    }

    /** The shape of a field of a struct, of a map's value, of an untyped object's member. */
    Shape field(String name) {
        return switch (kind) {
            case STRUCT -> of(FieldSchema.of(type, name));
            case MAP -> type == null ? LEAF : of(type);
            default -> UNTYPED;
        };
    }

    /** Whether a struct declares the field (map keys and untyped members are not declared). */
    boolean declares(String name) {
        return kind == Kind.STRUCT && FieldSchema.of(type, name) != null;
    }

    /** The shape of a list's items. */
    Shape item() {
        return type == null ? LEAF : of(type);
    }

    /** Whether the list is a {@code map} list, keyed by fields of its items. */
    boolean keyed() {
        return "map".equals(list.listType());
    }

    /** The key fields of a {@code map} list. */
    List<String> keys() {
        return list.listMapKeys();
    }

    /**
     * The value of a key field of an item: its own, else the field's default, else {@code null}. The {@code protocol}
     * key of the port lists defaults to {@code TCP}: upstream's schema declares it (a {@code +default} marker) where
     * the published OpenAPI document, and so the model, does not.
     */
    JsonNode keyValue(JsonNode item, String key) {
        JsonNode value = item.get(key);
        if (value != null || type == null) {
            return value;
        }
        FieldSchema field = FieldSchema.of(type, key);
        String defaultValue = field == null ? null : field.defaultValue();
        if (defaultValue == null && PROTOCOL.equals(key)) {
            return TCP;
        }
        return defaultValue == null ? null : Json.parse(defaultValue);
    }

    private static Shape of(FieldSchema field) {
        if (field == null) {
            return UNTYPED;
        }
        if (field.list()) {
            return "atomic".equals(field.listType()) ? LEAF : new Shape(Kind.LIST, field.type(), field);
        }
        if (field.map()) {
            return field.atomic() ? LEAF : new Shape(Kind.MAP, field.type(), null);
        }
        if (field.type() != null) {
            return field.atomic() ? LEAF : of(field.type());
        }
        boolean json = field.feature() instanceof EAttribute attribute
                && attribute.getEAttributeType().getInstanceClass() == JsonNode.class;
        return json ? UNTYPED : LEAF;
    }
}
