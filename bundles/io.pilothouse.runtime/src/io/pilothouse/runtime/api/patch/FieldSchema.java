package io.pilothouse.runtime.api.patch;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.runtime.api.KindInfo;

/**
 * What the patch operations know of one field of a model class, read from its OpenAPI annotations: the strategic
 * merge metadata ({@code patchStrategy}, {@code patchMergeKey}), the structural list and map types
 * ({@code listType}, {@code listMapKeys}, {@code mapType}) and the class of its objects, to walk on.
 *
 * @param feature the field
 * @param type    the class of the field's objects, of a list's items or of a map's values; {@code null} for scalars,
 *                scalar lists and maps of scalars
 * @param map     whether the field is a map (an EMap of string keys)
 */
record FieldSchema(EStructuralFeature feature, EClass type, boolean map) {

    private static final String SOURCE = KindInfo.ANNOTATION_SOURCE;
    private static final String MAP_ENTRY = "java.util.Map$Entry";
    private static final Map<EClass, Map<String, FieldSchema>> FIELDS = new ConcurrentHashMap<>();

    /** The field of a class by its JSON name, or {@code null} when the class is unknown or has no such field. */
    static FieldSchema of(EClass owner, String jsonName) {
        if (owner == null) {
            return null;
        }
        return FIELDS.computeIfAbsent(owner, FieldSchema::read).get(jsonName);
    }

    /** The patch strategies ({@code merge}, {@code retainKeys}, {@code replace}), none when not annotated. */
    List<String> patchStrategies() {
        String strategy = annotation("patchStrategy");
        return strategy == null ? List.of() : Arrays.asList(strategy.split(","));
    }

    /** The merge key of a list with the merge strategy, or {@code ""}. */
    String patchMergeKey() {
        String key = annotation("patchMergeKey");
        return key == null ? "" : key;
    }

    /** Whether a list is a list: a scalar or object list, not a map. */
    boolean list() {
        return feature.isMany() && !map;
    }

    /**
     * The structural list type of a list, as the API server derives it: {@code listType} when annotated, else
     * {@code map} for a merge list with a key, {@code set} for a merge list without one, else {@code atomic}.
     */
    String listType() {
        String listType = annotation("listType");
        if (listType != null) {
            return listType;
        }
        if (patchStrategies().contains("merge")) {
            return patchMergeKey().isEmpty() ? "set" : "map";
        }
        return "atomic";
    }

    /** The key fields of a {@code map} list: {@code listMapKeys}, else the merge key. */
    List<String> listMapKeys() {
        String keys = annotation("listMapKeys");
        if (keys != null) {
            return List.of(keys.split(","));
        }
        return patchMergeKey().isEmpty() ? List.of() : List.of(patchMergeKey());
    }

    /** Whether the field's value is replaced as a whole by apply: an atomic map or object. */
    boolean atomic() {
        return "atomic".equals(annotation("mapType"))
                || type != null && !map && "atomic".equals(EcoreUtil.getAnnotation(type, SOURCE, "mapType"));
    }

    /** The {@code default} annotation (JSON), or {@code null}. */
    String defaultValue() {
        return annotation("default");
    }

    private String annotation(String key) {
        return EcoreUtil.getAnnotation(feature, SOURCE, key);
    }

    private static Map<String, FieldSchema> read(EClass owner) {
        Map<String, FieldSchema> fields = new ConcurrentHashMap<>();
        for (EStructuralFeature feature : owner.getEAllStructuralFeatures()) {
            String jsonName = EcoreUtil.getAnnotation(feature, SOURCE, "jsonName");
            fields.put(jsonName == null ? feature.getName() : jsonName, schema(feature));
        }
        return fields;
    }

    private static FieldSchema schema(EStructuralFeature feature) {
        if (!(feature instanceof EReference reference)) {
            return new FieldSchema(feature, null, false);
        }
        EClass type = reference.getEReferenceType();
        if (MAP_ENTRY.equals(type.getInstanceClassName())) {
            EStructuralFeature value = type.getEStructuralFeature("value");
            EClass valueType = value instanceof EReference valueReference ? valueReference.getEReferenceType() : null;
            return new FieldSchema(feature, valueType, true);
        }
        return new FieldSchema(feature, type, false);
    }
}
