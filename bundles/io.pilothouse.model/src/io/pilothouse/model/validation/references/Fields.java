package io.pilothouse.model.validation.references;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads fields by JSON name, for kinds served in several versions with one EClass per version (Gateway API
 * routes and Gateways, HorizontalPodAutoscaler, the {@code resource.k8s.io} kinds). Missing fields read as unset.
 */
final class Fields {

    private Fields() {}

    static EStructuralFeature feature(EObject object, String name) {
        return object == null ? null : object.eClass().getEStructuralFeature(name);
    }

    static Object value(EObject object, String name) {
        EStructuralFeature feature = feature(object, name);
        return feature == null ? null : object.eGet(feature);
    }

    static EObject child(EObject object, String name) {
        return value(object, name) instanceof EObject child ? child : null;
    }

    static List<EObject> children(EObject object, String name) {
        return value(object, name) instanceof List<?> list
                ? list.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList()
                : List.of();
    }

    static List<String> strings(EObject object, String name) {
        return value(object, name) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String string(EObject object, String name, String fallback) {
        return value(object, name) instanceof String text && !text.isEmpty() ? text : fallback;
    }

    static Integer integer(EObject object, String name) {
        return value(object, name) instanceof Number number ? number.intValue() : null;
    }

    static Map<String, String> stringMap(EObject object, String name) {
        Map<String, String> result = new TreeMap<>();
        if (value(object, name) instanceof EMap<?, ?> map) {
            map.forEach(entry -> result.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue())));
        }
        return result;
    }
}
