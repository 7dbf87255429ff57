package io.pilothouse.runtime.preview;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;

/** A JSON merge patch (RFC 7386, {@code kubectl patch --type merge}) applied to an object of the model. */
final class MergePatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MergePatch() {}

    /**
     * The object with the patch merged into it.
     *
     * @throws IllegalArgumentException when the patch is not a JSON object or the result is not a valid object
     */
    static EObject apply(KindRegistry registry, EObject object, String patch) {
        try {
            JsonNode target = JSON.readTree(new ManifestWriter(registry).toJson(List.of(object), new UnknownFields()));
            JsonNode merged = merge(target, JSON.readTree(patch));
            LoadResult result = new ManifestLoader(registry).loadText(JSON.writeValueAsString(merged), "patch");
            if (result.hasErrors() || result.objects().size() != 1) {
                throw new IllegalArgumentException("the patched object does not load: " + result.diagnostics());
            }
            return result.objects().get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the patch is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** RFC 7386's MergePatch(Target, Patch). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        patch.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = patch.get(name);
            if (value.isNull()) {
                result.remove(name);
            } else {
                result.set(name, merge(result.get(name), value));
            }
        }
        return result;
    }
}
