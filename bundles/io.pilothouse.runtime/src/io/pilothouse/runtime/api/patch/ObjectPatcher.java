package io.pilothouse.runtime.api.patch;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.FieldError;
import io.pilothouse.runtime.api.GroupKind;
import io.pilothouse.runtime.api.KindInfo;

/**
 * Computes the object a PATCH request makes, as upstream's patch handler does before admission and storage: the
 * stored object is turned into JSON, patched in the request's format, turned back into an object of its kind, and
 * its {@code metadata.managedFields} are updated for the request's field manager.
 */
public final class ObjectPatcher {

    private static final KindRegistry REGISTRY = KindRegistry.builtIn();

    private ObjectPatcher() {}

    /**
     * The patched object, to be stored (created when {@code current} is {@code null}, else updated).
     *
     * @param current   the stored object, or {@code null} when there is none (only an apply creates)
     * @param namespace the request's namespace ({@code ""} for a cluster-scoped kind)
     * @param name      the request's name
     * @param now       the time recorded in the managed fields
     * @throws ApiException NotFound, BadRequest for a malformed patch, Invalid when the result is no valid object,
     *                      Conflict when an apply conflicts
     */
    public static EObject patch(KindInfo info, EObject current, String namespace, String name, PatchType type,
            String patch, Time now) {
        if (current == null && type.format() != PatchType.Format.APPLY) {
            throw ApiErrors.notFound(info.resource(), name);
        }
        ObjectNode live = current == null ? null : toJson(current);
        List<ManagedFields.Entry> managers = current == null
                ? List.of()
                : ManagedFields.read(info.metadata(current));
        Shape shape = Shape.of(info.eClass());
        String apiVersion = info.gvk().apiVersion();
        JsonNode patched;
        List<ManagedFields.Entry> managed;
        if (type.format() == PatchType.Format.APPLY) {
            ObjectNode config = applyConfiguration(patch, apiVersion);
            ManagedFields.Entry applier = new ManagedFields.Entry(type.fieldManager(), ManagedFields.APPLY,
                    apiVersion, null, now, FieldSet.EMPTY);
            FieldManager.Result result = FieldManager.apply(shape, live, config, managers, applier, type.force());
            patched = result.object();
            managed = result.managers();
        } else {
            patched = type.format() == PatchType.Format.JSON_MERGE
                    ? MergePatch.merge(live, parseMergePatch(patch))
                    : StrategicMergePatch.apply(info.eClass(), live, parseStrategicPatch(patch));
            ManagedFields.Entry updater = new ManagedFields.Entry(type.fieldManager(), ManagedFields.UPDATE,
                    apiVersion, null, now, FieldSet.EMPTY);
            managed = FieldManager.update(shape, live, patched, managers, updater);
        }
        EObject object = toObject(info, patched, patch);
        ObjectMeta meta = info.metadata(object);
        checkName(meta, namespace, name);
        ManagedFields.write(meta, managed);
        return object;
    }

    private static ObjectNode toJson(EObject object) {
        ObjectNode json = (ObjectNode) Json.parse(new ManifestWriter(REGISTRY).toJson(List.of(object),
                new UnknownFields()));
        if (json.get("metadata") instanceof ObjectNode meta) {
            meta.remove("managedFields");
        }
        return json;
    }

    private static EObject toObject(KindInfo info, JsonNode patched, String patch) {
        LoadResult loaded = new ManifestLoader(REGISTRY).loadText(Json.write(patched), "patch");
        String errors = loaded.diagnostics().stream()
                .filter(diagnostic -> diagnostic.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::message)
                .collect(Collectors.joining("; "));
        boolean ofKind = loaded.objects().size() == 1 && loaded.objects().get(0).eClass() == info.eClass();
        if (!errors.isEmpty() || !ofKind) {
            String detail = errors.isEmpty() ? "the patched object is not a " + info.gvk() : errors;
            throw ApiErrors.invalid(new GroupKind("", ""), "", List.of(FieldError.invalid("patch", patch, detail)));
        }
        return loaded.objects().get(0);
    }

    private static void checkName(ObjectMeta meta, String namespace, String name) {
        String objectName = meta.getName() == null ? "" : meta.getName();
        if (!objectName.equals(name)) {
            throw ApiErrors.badRequest("the name of the object (" + objectName
                    + ") does not match the name on the URL (" + name + ")");
        }
        if (namespace.isEmpty()) {
            return;
        }
        if (meta.getNamespace() == null || meta.getNamespace().isEmpty()) {
            meta.setNamespace(namespace);
        } else if (!meta.getNamespace().equals(namespace)) {
            throw ApiErrors.badRequest("the namespace of the provided object does not match the namespace sent on "
                    + "the request");
        }
    }

    private static JsonNode parseMergePatch(String patch) {
        JsonNode parsed = parse(patch);
        if (parsed == null) {
            throw ApiErrors.badRequest("Invalid JSON Patch");
        }
        return parsed;
    }

    private static ObjectNode parseStrategicPatch(String patch) {
        JsonNode parsed = parse(patch);
        if (parsed == null) {
            throw ApiErrors.badRequest("invalid JSON in patch");
        }
        if (!parsed.isObject()) {
            throw ApiErrors.badRequest("json: cannot unmarshal " + goJsonType(parsed)
                    + " into Go value of type map[string]interface {}");
        }
        return (ObjectNode) parsed;
    }

    private static ObjectNode applyConfiguration(String patch, String apiVersion) {
        JsonNode parsed = parse(patch);
        if (parsed == null || !parsed.isObject()) {
            throw ApiErrors.badRequest("error decoding YAML: the configuration is not an object");
        }
        ObjectNode config = (ObjectNode) parsed;
        String version = config.path("apiVersion").asText("");
        if (!version.equals(apiVersion)) {
            throw ApiErrors.badRequest("Incorrect version specified in apply patch. Specified patch version: "
                    + version + ", expected: " + apiVersion);
        }
        if (config.path("metadata").has("managedFields")) {
            throw ApiErrors.badRequest("metadata.managedFields must be nil");
        }
        config.remove("status");
        return config;
    }

    private static JsonNode parse(String patch) {
        try {
            JsonNode parsed = Json.MAPPER.readTree(patch);
            return parsed == null || parsed.isMissingNode() ? null : parsed;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String goJsonType(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "bool";
            default -> "null";
        };
    }
}
