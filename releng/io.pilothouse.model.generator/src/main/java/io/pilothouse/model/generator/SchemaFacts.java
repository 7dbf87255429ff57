package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EModelElement;

/**
 * Copies the structural facts of an OpenAPI schema onto an Ecore element as annotations of
 * {@link ModelAnnotations#SOURCE}, in a fixed order. Descriptions are never copied.
 */
final class SchemaFacts {

    private enum Rendering {
        TEXT, JSON, JOINED
    }

    private record Fact(String schemaKey, String annotationKey, Rendering rendering, boolean classLevel) {}

    private static final List<Fact> FACTS = List.of(
            new Fact("format", "format", Rendering.TEXT, false),
            new Fact("enum", "enum", Rendering.JSON, false),
            new Fact("default", "default", Rendering.JSON, false),
            new Fact("nullable", "nullable", Rendering.TEXT, false),
            new Fact("x-kubernetes-list-type", "listType", Rendering.TEXT, false),
            new Fact("x-kubernetes-list-map-keys", "listMapKeys", Rendering.JOINED, false),
            new Fact("x-kubernetes-map-type", "mapType", Rendering.TEXT, true),
            new Fact("x-kubernetes-patch-strategy", "patchStrategy", Rendering.TEXT, false),
            new Fact("x-kubernetes-patch-merge-key", "patchMergeKey", Rendering.TEXT, false),
            new Fact("x-kubernetes-preserve-unknown-fields", "preserveUnknownFields", Rendering.TEXT, true),
            new Fact("x-kubernetes-embedded-resource", "embeddedResource", Rendering.TEXT, true),
            new Fact("minimum", "minimum", Rendering.TEXT, false),
            new Fact("maximum", "maximum", Rendering.TEXT, false),
            new Fact("exclusiveMinimum", "exclusiveMinimum", Rendering.TEXT, false),
            new Fact("exclusiveMaximum", "exclusiveMaximum", Rendering.TEXT, false),
            new Fact("multipleOf", "multipleOf", Rendering.TEXT, false),
            new Fact("minLength", "minLength", Rendering.TEXT, false),
            new Fact("maxLength", "maxLength", Rendering.TEXT, false),
            new Fact("pattern", "pattern", Rendering.TEXT, false),
            new Fact("minItems", "minItems", Rendering.TEXT, false),
            new Fact("maxItems", "maxItems", Rendering.TEXT, false),
            new Fact("uniqueItems", "uniqueItems", Rendering.TEXT, false),
            new Fact("minProperties", "minProperties", Rendering.TEXT, true),
            new Fact("maxProperties", "maxProperties", Rendering.TEXT, true),
            new Fact("x-kubernetes-unions", "unions", Rendering.JSON, true),
            new Fact("x-kubernetes-validations", "validations", Rendering.JSON, true),
            new Fact("oneOf", "oneOf", Rendering.JSON, true),
            new Fact("anyOf", "anyOf", Rendering.JSON, true),
            new Fact("allOf", "allOf", Rendering.JSON, true),
            new Fact("not", "not", Rendering.JSON, true));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which facts of a schema a target receives. */
    enum Scope {
        /** Every fact: the schema is a scalar, list or map property. */
        ALL,
        /** The facts about the value itself: the schema became an EClass, which receives the others. */
        VALUE,
        /** The facts about an object: the target is the EClass made from the schema. */
        OBJECT
    }

    private SchemaFacts() {}

    static void copy(JsonNode schema, EModelElement target, String prefix, Scope scope) {
        for (Fact fact : FACTS) {
            JsonNode value = schema.get(fact.schemaKey());
            boolean inScope = scope == Scope.ALL || (scope == Scope.OBJECT) == fact.classLevel();
            if (value != null && !value.isNull() && inScope) {
                ModelAnnotations.put(target, prefix + fact.annotationKey(), render(value, fact.rendering()));
            }
        }
    }

    static String json(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot render " + value, e);
        }
    }

    private static String render(JsonNode value, Rendering rendering) {
        return switch (rendering) {
            case TEXT -> value.isValueNode() ? value.asText() : json(value);
            case JSON -> json(value);
            case JOINED -> {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                yield String.join(",", items);
            }
        };
    }
}
