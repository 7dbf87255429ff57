package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the API server does to a custom resource before validating it: fields the structural schema does not
 * declare are dropped (and reported, as kubectl's strict field validation does) and absent fields with a
 * {@code default} are added. Returns a new tree; added nodes have no source range.
 */
final class Pruning {

    /** The fields every object of a kind, and every embedded resource, has beyond its schema. */
    private static final Set<String> TYPE_FIELDS = Set.of("apiVersion", "kind", "metadata");

    private final List<Finding> findings;

    Pruning(List<Finding> findings) {
        this.findings = findings;
    }

    /** @return the pruned and defaulted resource */
    YamlNode resource(YamlMapping root, Schema schema) {
        return apply(root, schema, FieldPath.ROOT, root.range(), true);
    }

    private YamlNode apply(YamlNode node, Schema schema, FieldPath path, SourceRange where, boolean root) {
        if (schema == null) {
            return node;
        }
        return switch (node) {
            case YamlMapping mapping -> object(mapping, schema, path, Finding.at(mapping, where), root);
            case YamlSequence sequence -> list(sequence, schema, path, Finding.at(sequence, where));
            case YamlScalar scalar -> scalar;
        };
    }

    private YamlNode list(YamlSequence sequence, Schema schema, FieldPath path, SourceRange where) {
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            items.add(apply(sequence.items().get(i), schema.items, path.index(i), where, false));
        }
        return new YamlSequence(sequence.range(), items);
    }

    private YamlNode object(YamlMapping mapping, Schema schema, FieldPath path, SourceRange where, boolean root) {
        List<YamlMapping.Entry> entries = new ArrayList<>();
        boolean typeFields = root || schema.embeddedResource;
        for (YamlMapping.Entry entry : mapping.entries()) {
            String key = entry.key();
            Schema property = schema.properties.get(key);
            FieldPath child = property != null || schema.additionalProperties == null ? path.child(key) : path.key(key);
            if (typeFields && TYPE_FIELDS.contains(key)) {
                entries.add(entry);
            } else if (property != null || schema.keepsUnknownFields()) {
                YamlNode value = defaulted(entry.value(), schema.valueSchema(key));
                entries.add(new YamlMapping.Entry(key, entry.keyRange(),
                        apply(value, schema.valueSchema(key), child, Finding.at(entry.value(), where), false)));
            } else {
                findings.add(new Finding(CrdRules.UNKNOWN_FIELD, "unknown field " + GoText.quote(child.field()),
                        entry.keyRange() != null ? entry.keyRange() : where, false));
            }
        }
        for (var property : schema.properties.entrySet()) {
            Schema propertySchema = property.getValue();
            if (propertySchema.defaultValue != null && mapping.get(property.getKey()) == null) {
                YamlNode value = apply(synthesized(propertySchema.defaultValue), propertySchema,
                        path.child(property.getKey()), where, false);
                entries.add(new YamlMapping.Entry(property.getKey(), null, value));
            }
        }
        return new YamlMapping(mapping.range(), entries);
    }

    /** A null for a field that is not nullable but has a default is replaced by the default. */
    private static YamlNode defaulted(YamlNode value, Schema schema) {
        boolean isNull = value instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL;
        return isNull && schema != null && !schema.nullable && schema.defaultValue != null
                ? synthesized(schema.defaultValue)
                : value;
    }

    /** @return a copy of {@code node} without source ranges: a default is not written in the resource */
    private static YamlNode synthesized(YamlNode node) {
        return switch (node) {
            case YamlMapping mapping -> new YamlMapping(null, mapping.entries().stream()
                    .map(entry -> new YamlMapping.Entry(entry.key(), null, synthesized(entry.value()))).toList());
            case YamlSequence sequence -> new YamlSequence(null,
                    sequence.items().stream().map(Pruning::synthesized).toList());
            case YamlScalar scalar -> new YamlScalar(null, scalar.kind(), scalar.text(), scalar.raw(), scalar.style());
        };
    }
}
