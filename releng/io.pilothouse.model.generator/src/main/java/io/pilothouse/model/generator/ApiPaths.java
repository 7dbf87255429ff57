package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives from the spec's paths whether a kind is namespaced: a kind is namespaced when any operation
 * on it is served under a {@code /namespaces/{namespace}/} path.
 */
final class ApiPaths {

    private ApiPaths() {}

    /** Maps {@code apiVersion/Kind} to whether the kind is namespaced, for every kind the paths serve. */
    static Map<String, Boolean> namespacedKinds(JsonNode spec) {
        Map<String, Boolean> result = new TreeMap<>();
        spec.path("paths").properties().forEach(path -> {
            boolean namespaced = path.getKey().contains("{namespace}");
            path.getValue().forEach(operation -> {
                JsonNode gvk = operation.get("x-kubernetes-group-version-kind");
                if (gvk != null) {
                    result.merge(apiVersionKind(gvk), namespaced, Boolean::logicalOr);
                }
            });
        });
        return result;
    }

    /** {@code v1/Pod} for the core group, {@code apps/v1/Deployment} otherwise. */
    static String apiVersionKind(JsonNode gvk) {
        return apiVersion(gvk.path("group").asText(), gvk.path("version").asText()) + "/" + gvk.path("kind").asText();
    }

    static String apiVersion(String group, String version) {
        return group.isEmpty() ? version : group + "/" + version;
    }
}
