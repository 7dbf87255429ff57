package io.pilothouse.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;

/**
 * Finds the resources of one input in its documents as the loader binds them ({@code List} kinds unwrapped), pairs
 * each with the object bound from it and reads its identity and suppressions from the document itself, so that
 * resources of unknown kinds are reported too.
 */
final class ResourceLocator {

    /** The annotation listing the codes suppressed on one resource. */
    static final String IGNORE_ANNOTATION = "pilothouse.io/ignore";

    private ResourceLocator() {}

    static List<ResourceEntry> entries(int input, LoadResult result) {
        Map<Integer, EObject> byOffset = new HashMap<>();
        for (EObject object : result.objects()) {
            result.sourceMap().rangeOf(object).ifPresent(range -> byOffset.putIfAbsent(range.offset(), object));
        }
        List<ResourceEntry> entries = new ArrayList<>();
        for (YamlDocument document : result.documents()) {
            collect(input, result, document.root(), byOffset, entries);
        }
        return entries;
    }

    private static void collect(int input, LoadResult result, YamlNode node, Map<Integer, EObject> byOffset,
            List<ResourceEntry> out) {
        if (!(node instanceof YamlMapping mapping) || mapping.range() == null) {
            return;
        }
        String kind = string(mapping.get("kind"));
        if (kind.endsWith("List") && mapping.get("items") instanceof YamlSequence items) {
            for (YamlNode item : items.items()) {
                collect(input, result, item, byOffset, out);
            }
            return;
        }
        EObject object = byOffset.get(mapping.range().offset());
        ObjectRef ref = object != null ? ResourceKinds.objectRef(object) : refOf(mapping);
        out.add(new ResourceEntry(input, mapping, object, result.sourceMap(), ref, ignoredCodes(mapping)));
    }

    /** @return the range of the value of {@code kind}, else of the whole mapping */
    static SourceRange kindRange(YamlMapping mapping) {
        YamlNode kind = mapping.get("kind");
        return kind != null && kind.range() != null ? kind.range() : mapping.range();
    }

    private static ObjectRef refOf(YamlMapping mapping) {
        YamlNode metadata = mapping.get("metadata");
        String namespace = "";
        String name = "";
        if (metadata instanceof YamlMapping meta) {
            namespace = string(meta.get("namespace"));
            name = string(meta.get("name"));
            if (name.isEmpty()) {
                name = string(meta.get("generateName"));
            }
        }
        return new ObjectRef(string(mapping.get("apiVersion")), string(mapping.get("kind")), namespace, name);
    }

    private static Set<String> ignoredCodes(YamlMapping mapping) {
        if (!(mapping.get("metadata") instanceof YamlMapping metadata)
                || !(metadata.get("annotations") instanceof YamlMapping annotations)) {
            return Set.of();
        }
        String value = string(annotations.get(IGNORE_ANNOTATION));
        if (value.isEmpty()) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : value.split(",", -1)) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return Set.copyOf(codes);
    }

    private static String string(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING ? scalar.text() : "";
    }
}
