package io.pilothouse.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Converts between value trees and Jackson trees for free-form JSON features. */
final class JsonNodes {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private JsonNodes() {}

    static JsonNode toJsonNode(YamlNode node) {
        return switch (node) {
            case YamlMapping mapping -> {
                ObjectNode object = FACTORY.objectNode();
                mapping.entries().forEach(entry -> object.set(entry.key(), toJsonNode(entry.value())));
                yield object;
            }
            case YamlSequence sequence -> {
                ArrayNode array = FACTORY.arrayNode();
                sequence.items().forEach(item -> array.add(toJsonNode(item)));
                yield array;
            }
            case YamlScalar scalar -> scalarNode(scalar);
        };
    }

    static YamlNode fromJsonNode(JsonNode node) {
        if (node.isObject()) {
            List<YamlMapping.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                entries.add(new YamlMapping.Entry(property.getKey(), null, fromJsonNode(property.getValue())));
            }
            return new YamlMapping(null, entries);
        }
        if (node.isArray()) {
            List<YamlNode> items = new ArrayList<>();
            node.forEach(item -> items.add(fromJsonNode(item)));
            return new YamlSequence(null, items);
        }
        if (node.isIntegralNumber()) {
            String text = node.asText();
            return new YamlScalar(null, YamlScalar.Kind.INT, text, text, YamlScalar.Style.PLAIN);
        }
        if (node.isNumber()) {
            return YamlScalar.ofFloat(node.doubleValue());
        }
        if (node.isBoolean()) {
            return YamlScalar.ofBool(node.booleanValue());
        }
        if (node.isNull() || node.isMissingNode()) {
            return YamlScalar.ofNull();
        }
        return YamlScalar.ofString(node.asText());
    }

    private static JsonNode scalarNode(YamlScalar scalar) {
        return switch (scalar.kind()) {
            case NULL -> FACTORY.nullNode();
            case BOOL -> FACTORY.booleanNode("true".equals(scalar.text()));
            case STRING -> FACTORY.textNode(scalar.text());
            case INT -> {
                Long value = GoIntegers.parseJsonInteger(scalar.text(), Long.MIN_VALUE, Long.MAX_VALUE);
                yield value != null ? FACTORY.numberNode(value) : FACTORY.numberNode(new BigInteger(scalar.text()));
            }
            case FLOAT -> FACTORY.numberNode(GoFloats.parse(scalar.text()));
        };
    }
}
