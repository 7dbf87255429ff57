package io.pilothouse.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Turns EObjects back into value trees: set features by JSON name, then the object's unknown fields. */
final class ObjectTreeWriter {

    private final KindRegistry registry;
    private final UnknownFields unknownFields;

    ObjectTreeWriter(KindRegistry registry, UnknownFields unknownFields) {
        this.registry = registry;
        this.unknownFields = unknownFields;
    }

    /** @return the tree of a resource, with {@code apiVersion} and {@code kind} from its {@code gvk} if unset */
    YamlMapping resource(EObject object) {
        ClassInfo info = registry.info(object.eClass());
        List<YamlMapping.Entry> entries = new ArrayList<>(object(object, info).entries());
        if (!info.groupVersionKinds.isEmpty()) {
            String[] gvk = info.groupVersionKinds.get(0);
            addIfAbsent(entries, "apiVersion", gvk[0]);
            addIfAbsent(entries, "kind", gvk[1]);
        }
        return new YamlMapping(null, entries);
    }

    private static void addIfAbsent(List<YamlMapping.Entry> entries, String key, String value) {
        if (entries.stream().noneMatch(entry -> entry.key().equals(key))) {
            entries.add(new YamlMapping.Entry(key, null, YamlScalar.ofString(value)));
        }
    }

    private YamlMapping object(EObject object, ClassInfo info) {
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (FeatureInfo feature : info.features()) {
            if (object.eIsSet(feature.feature)) {
                entries.add(
                        new YamlMapping.Entry(feature.jsonName, null, feature(feature, object.eGet(feature.feature))));
                keys.add(feature.jsonName);
            }
        }
        for (YamlMapping.Entry unknown : unknownFields.of(object)) {
            if (keys.add(unknown.key())) {
                entries.add(unknown);
            }
        }
        return new YamlMapping(null, entries);
    }

    private YamlNode feature(FeatureInfo feature, Object value) {
        if (feature.type == ValueType.MAP) {
            return map(feature, (List<?>) value);
        }
        if (feature.many) {
            List<YamlNode> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(single(feature, item));
            }
            return new YamlSequence(null, items);
        }
        return single(feature, value);
    }

    private YamlMapping map(FeatureInfo feature, List<?> entries) {
        ClassInfo entryInfo = registry.info(feature.eClass);
        FeatureInfo key = entryInfo.named("key");
        FeatureInfo value = entryInfo.named("value");
        List<YamlMapping.Entry> result = new ArrayList<>();
        for (Object item : entries) {
            EObject entry = (EObject) item;
            Object entryValue = entry.eGet(value.feature);
            YamlNode node = entry.eIsSet(value.feature) ? feature(value, entryValue) : YamlScalar.ofNull();
            result.add(new YamlMapping.Entry(String.valueOf(entry.eGet(key.feature)), null, node));
        }
        return new YamlMapping(null, result);
    }

    private YamlNode single(FeatureInfo feature, Object value) {
        if (value == null) {
            return YamlScalar.ofNull();
        }
        return switch (feature.type) {
            case STRING -> YamlScalar.ofString((String) value);
            case INT32, INT64 -> YamlScalar.ofInt(((Number) value).longValue());
            case BOOL -> YamlScalar.ofBool((Boolean) value);
            case FLOAT64 -> YamlScalar.ofFloat(value instanceof Float single
                    ? Double.parseDouble(single.toString())
                    : ((Number) value).doubleValue());
            case BYTES -> YamlScalar.ofString(Base64.getEncoder().encodeToString((byte[]) value));
            case ENUM -> YamlScalar.ofString(((Enumerator) value).getLiteral());
            case JSON -> JsonNodes.fromJsonNode((JsonNode) value);
            case PARSED -> feature.acceptsInt && feature.codec.isInt(value)
                    ? intScalar(value.toString())
                    : YamlScalar.ofString(value.toString());
            case FACTORY -> YamlScalar.ofString(EcoreUtil.convertToString(
                    ((EAttribute) feature.feature).getEAttributeType(), value));
            case OBJECT -> object((EObject) value, registry.info(((EObject) value).eClass()));
            case MAP -> throw new IllegalStateException("maps are written by map()");
        };
    }

    private static YamlScalar intScalar(String text) {
        return new YamlScalar(null, YamlScalar.Kind.INT, text, text, YamlScalar.Style.PLAIN);
    }
}
