package io.pilothouse.model.validation.crd;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the structural schema of a CustomResourceDefinition version, read from the raw
 * {@code openAPIV3Schema} tree. Immutable; absent keywords are {@code null} (or empty, or {@code false}).
 */
final class Schema {

    final String type;
    final String format;
    final Map<String, Schema> properties;
    final Schema items;
    /** The schema of the values of a map, or {@code null}. */
    final Schema additionalProperties;
    /** Whether {@code additionalProperties: true} (any value) was given. */
    final boolean anyAdditionalProperties;
    final List<String> required;
    final List<YamlNode> enumValues;
    final Double maximum;
    final boolean exclusiveMaximum;
    final Double minimum;
    final boolean exclusiveMinimum;
    final Double multipleOf;
    final Long maxLength;
    final Long minLength;
    final String patternText;
    final Pattern pattern;
    final Long maxItems;
    final Long minItems;
    final boolean uniqueItems;
    final Long maxProperties;
    final Long minProperties;
    final boolean nullable;
    final boolean intOrString;
    final boolean preserveUnknownFields;
    final boolean embeddedResource;
    final String listType;
    final List<String> listMapKeys;
    final YamlNode defaultValue;
    final List<CelRule> validations;

    private Schema(YamlMapping node) {
        type = text(node, "type");
        format = text(node, "format");
        properties = schemas(node.get("properties"));
        items = node.get("items") instanceof YamlMapping itemSchema ? new Schema(itemSchema) : null;
        YamlNode additional = node.get("additionalProperties");
        additionalProperties = additional instanceof YamlMapping valueSchema ? new Schema(valueSchema) : null;
        anyAdditionalProperties = isTrue(additional);
        required = strings(node.get("required"));
        enumValues = node.get("enum") instanceof YamlSequence values ? values.items() : List.of();
        maximum = number(node, "maximum");
        exclusiveMaximum = isTrue(node.get("exclusiveMaximum"));
        minimum = number(node, "minimum");
        exclusiveMinimum = isTrue(node.get("exclusiveMinimum"));
        multipleOf = number(node, "multipleOf");
        maxLength = integer(node, "maxLength");
        minLength = integer(node, "minLength");
        patternText = text(node, "pattern");
        pattern = compile(patternText);
        maxItems = integer(node, "maxItems");
        minItems = integer(node, "minItems");
        uniqueItems = isTrue(node.get("uniqueItems"));
        maxProperties = integer(node, "maxProperties");
        minProperties = integer(node, "minProperties");
        nullable = isTrue(node.get("nullable"));
        intOrString = isTrue(node.get("x-kubernetes-int-or-string"));
        preserveUnknownFields = isTrue(node.get("x-kubernetes-preserve-unknown-fields"));
        embeddedResource = isTrue(node.get("x-kubernetes-embedded-resource"));
        listType = text(node, "x-kubernetes-list-type");
        listMapKeys = strings(node.get("x-kubernetes-list-map-keys"));
        defaultValue = node.get("default");
        validations = rules(node.get("x-kubernetes-validations"));
    }

    /** @return the schema read from an {@code openAPIV3Schema} node, or {@code null} if it is not a mapping */
    static Schema parse(YamlNode node) {
        return node instanceof YamlMapping mapping ? new Schema(mapping) : null;
    }

    /** @return the schema of the values under {@code key} of an object, or {@code null} if none is declared */
    Schema valueSchema(String key) {
        Schema property = properties.get(key);
        return property != null ? property : additionalProperties;
    }

    /** @return whether keys of an object that are not properties are kept rather than pruned */
    boolean keepsUnknownFields() {
        return preserveUnknownFields || anyAdditionalProperties || additionalProperties != null;
    }

    private static Map<String, Schema> schemas(YamlNode node) {
        if (!(node instanceof YamlMapping mapping)) {
            return Map.of();
        }
        Map<String, Schema> result = new LinkedHashMap<>();
        for (YamlMapping.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlMapping schema) {
                result.put(entry.key(), new Schema(schema));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static List<CelRule> rules(YamlNode node) {
        if (!(node instanceof YamlSequence sequence)) {
            return List.of();
        }
        List<CelRule> result = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlMapping rule && text(rule, "rule") != null) {
                result.add(new CelRule(text(rule, "rule"), text(rule, "message"), text(rule, "messageExpression"),
                        text(rule, "reason"), text(rule, "fieldPath"), isTrue(rule.get("optionalOldSelf"))));
            }
        }
        return List.copyOf(result);
    }

    private static Pattern compile(String regex) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    static String text(YamlMapping node, String key) {
        return node.get(key) instanceof YamlScalar scalar && scalar.kind() != YamlScalar.Kind.NULL
                ? scalar.text()
                : null;
    }

    private static List<String> strings(YamlNode node) {
        if (!(node instanceof YamlSequence sequence)) {
            return List.of();
        }
        return sequence.items().stream().filter(YamlScalar.class::isInstance)
                .map(item -> ((YamlScalar) item).text()).toList();
    }

    private static Double number(YamlMapping node, String key) {
        return node.get(key) instanceof YamlScalar scalar && scalar.isFiniteNumber()
                ? Double.parseDouble(scalar.text())
                : null;
    }

    private static Long integer(YamlMapping node, String key) {
        Double value = number(node, key);
        return value == null ? null : value.longValue();
    }

    static boolean isTrue(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOL
                && "true".equals(scalar.text());
    }
}
