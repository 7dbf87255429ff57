package io.pilothouse.model.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.KindRegistry;

/**
 * The JSON field paths kube-apiserver names in its messages ({@code spec.containers[1].name},
 * {@code spec.containers[0].resources.limits[cpu]}), computed from an object's containment chain.
 */
public final class FieldPaths {

    private static final Map<EStructuralFeature, String> JSON_NAMES = new ConcurrentHashMap<>();

    private FieldPaths() {}

    /** @return the path of an object from its top-level resource ({@code ""} for the resource itself) */
    public static String of(EObject object) {
        EObject container = object.eContainer();
        if (container == null) {
            return "";
        }
        EReference feature = object.eContainmentFeature();
        String parent = of(container);
        if (!feature.isMany()) {
            return child(parent, jsonName(feature));
        }
        if (isMapEntry(feature)) {
            return child(parent, jsonName(feature)) + '[' + object.eGet(
                    feature.getEReferenceType().getEStructuralFeature("key")) + ']';
        }
        int index = ((List<?>) container.eGet(feature)).indexOf(object);
        return child(parent, jsonName(feature)) + '[' + index + ']';
    }

    /** @return the path of a feature of an object */
    public static String of(EObject object, EStructuralFeature feature) {
        return child(of(object), jsonName(feature));
    }

    /** @return {@code parent.name}, or {@code name} at the root */
    public static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + '.' + name;
    }

    /** @return the JSON name of a feature (its {@code jsonName} annotation, else its Ecore name) */
    public static String jsonName(EStructuralFeature feature) {
        return JSON_NAMES.computeIfAbsent(feature, key -> {
            String annotated = EcoreUtil.getAnnotation(key, KindRegistry.ANNOTATION_SOURCE, "jsonName");
            return annotated != null ? annotated : key.getName();
        });
    }

    /** @return whether a feature is a map ({@code EMap} of entries) */
    public static boolean isMapEntry(EStructuralFeature feature) {
        return feature instanceof EReference reference
                && "java.util.Map$Entry".equals(reference.getEReferenceType().getInstanceClassName());
    }
}
