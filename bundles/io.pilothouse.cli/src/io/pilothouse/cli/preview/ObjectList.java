package io.pilothouse.cli.preview;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;

/**
 * Objects as one {@code v1/List}, as {@code kubectl get -A -o yaml} (or {@code -o json}) prints them: without
 * {@code metadata.managedFields}, which kubectl hides unless asked with {@code --show-managed-fields}.
 */
final class ObjectList {

    private ObjectList() {}

    static String yaml(List<EObject> objects) {
        return ManifestWriter.yaml(List.of(list(objects)));
    }

    static String json(List<EObject> objects) {
        return ManifestWriter.json(List.of(list(objects)));
    }

    private static YamlMapping list(List<EObject> objects) {
        KindRegistry registry = KindRegistry.builtIn();
        String documents = objects.isEmpty()
                ? ""
                : new ManifestWriter(registry).toYaml(objects, new UnknownFields());
        List<YamlNode> items = new ManifestLoader(registry).loadText(documents, "store").documents().stream()
                .map(document -> withoutManagedFields(document.root())).toList();
        YamlMapping metadata = new YamlMapping(null,
                List.of(new YamlMapping.Entry("resourceVersion", null, YamlScalar.ofString(""))));
        return new YamlMapping(null, List.of(
                new YamlMapping.Entry("apiVersion", null, YamlScalar.ofString("v1")),
                new YamlMapping.Entry("items", null, new YamlSequence(null, items)),
                new YamlMapping.Entry("kind", null, YamlScalar.ofString("List")),
                new YamlMapping.Entry("metadata", null, metadata)));
    }

    private static YamlNode withoutManagedFields(YamlNode item) {
        if (!(item instanceof YamlMapping object) || !(object.get("metadata") instanceof YamlMapping metadata)) {
            return item;
        }
        List<YamlMapping.Entry> metadataEntries = metadata.entries().stream()
                .filter(entry -> !entry.key().equals("managedFields")).toList();
        return new YamlMapping(object.range(), object.entries().stream()
                .map(entry -> entry.key().equals("metadata")
                        ? new YamlMapping.Entry("metadata", entry.keyRange(),
                                new YamlMapping(metadata.range(), metadataEntries))
                        : entry)
                .toList());
    }
}
