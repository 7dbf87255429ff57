package io.pilothouse.model.io;

import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes resources or value trees in kubectl's output style: YAML as {@code kubectl get -o yaml} (documents
 * separated by {@code ---}), JSON as {@code kubectl get -o json} (one value per document). Unknown fields recorded
 * in {@link UnknownFields} are written back. The output depends only on the input.
 */
public final class ManifestWriter {

    private final KindRegistry registry;

    public ManifestWriter(KindRegistry registry) {
        this.registry = registry;
    }

    /** @return the resources as YAML documents */
    public String toYaml(List<? extends EObject> resources, UnknownFields unknownFields) {
        return yaml(trees(resources, unknownFields));
    }

    /** @return the resources as JSON values */
    public String toJson(List<? extends EObject> resources, UnknownFields unknownFields) {
        return json(trees(resources, unknownFields));
    }

    /** @return value trees as YAML documents */
    public static String yaml(List<? extends YamlNode> documents) {
        StringBuilder out = new StringBuilder();
        KubectlYamlWriter writer = new KubectlYamlWriter(out);
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                out.append("---\n");
            }
            writer.writeDocument(documents.get(i));
        }
        return out.toString();
    }

    /** @return value trees as JSON values, one after the other */
    public static String json(List<? extends YamlNode> documents) {
        StringBuilder out = new StringBuilder();
        GoJsonWriter writer = new GoJsonWriter(out, true);
        documents.forEach(writer::writeDocument);
        return out.toString();
    }

    /** @return a value tree as compact JSON, as Go's {@code json.Marshal} writes an unstructured value */
    public static String compactJson(YamlNode value) {
        StringBuilder out = new StringBuilder();
        new GoJsonWriter(out, false).writeValue(value);
        return out.toString();
    }

    private List<YamlMapping> trees(List<? extends EObject> resources, UnknownFields unknownFields) {
        ObjectTreeWriter writer = new ObjectTreeWriter(registry, unknownFields);
        return resources.stream().map(writer::resource).toList();
    }
}
