package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.model.validation.crd.FieldError.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invariants kube-apiserver checks after the OpenAPI validation: unique items of {@code x-kubernetes-list-type}
 * {@code set} lists, unique keys of {@code map} lists, and the apiVersion and kind of
 * {@code x-kubernetes-embedded-resource} objects. Findings are kept apart so they follow the OpenAPI ones.
 */
final class ListTypes {

    private final List<Finding> findings = new ArrayList<>();

    List<Finding> findings() {
        return findings;
    }

    void validate(YamlSequence sequence, Schema schema, FieldPath path, SourceRange where) {
        if ("set".equals(schema.listType)) {
            duplicates(sequence.items(), sequence, path, where);
        } else if ("map".equals(schema.listType) && !schema.listMapKeys.isEmpty()) {
            map(sequence, schema.listMapKeys, path, where);
        }
    }

    void embedded(YamlMapping mapping, Schema schema, FieldPath path, SourceRange where) {
        if (!schema.embeddedResource) {
            return;
        }
        for (String field : List.of("kind", "apiVersion")) {
            if (!(mapping.get(field) instanceof YamlScalar scalar) || scalar.text().isEmpty()
                    || scalar.kind() == YamlScalar.Kind.NULL) {
                findings.add(Finding.of(CrdRules.METADATA, new FieldError(Type.REQUIRED,
                        path.child(field).toString(), null, "must not be empty"), where));
            }
        }
    }

    private void map(YamlSequence sequence, List<String> keyFields, FieldPath path, SourceRange where) {
        List<YamlNode> keys = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            if (item instanceof YamlMapping mapping) {
                List<YamlMapping.Entry> key = new ArrayList<>();
                keyFields.stream().filter(field -> mapping.get(field) != null)
                        .forEach(field -> key.add(new YamlMapping.Entry(field, null, mapping.get(field))));
                keys.add(new YamlMapping(null, key));
            } else if (item instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL) {
                keys.add(new YamlMapping(null, List.of()));
            } else {
                findings.add(Finding.of(CrdRules.DUPLICATE, new FieldError(Type.INVALID, path.index(i).toString(),
                        GoText.value(item), "must be an object for an array of list-type map"),
                        Finding.at(item, where)));
                return;
            }
        }
        duplicates(keys, sequence, path, where);
    }

    /** Reports the second occurrence of every value that occurs more than once, as the API server does. */
    private void duplicates(List<YamlNode> values, YamlSequence sequence, FieldPath path, SourceRange where) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            YamlNode value = values.get(i);
            int times = seen.merge(SchemaValidator.typeName(value) + GoText.json(value), 1, Integer::sum);
            if (times == 2) {
                findings.add(Finding.of(CrdRules.DUPLICATE, new FieldError(Type.DUPLICATE,
                        path.index(i).toString(), GoText.value(value), ""),
                        Finding.at(sequence.items().get(i), where)));
            }
        }
    }
}
