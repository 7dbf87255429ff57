package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The features of one EClass by JSON name, computed once. */
final class ClassInfo {

    final EClass eClass;
    final boolean preserveUnknownFields;
    /** The apiVersion/kind pairs of the {@code gvk} annotation; empty for non-resource classes. */
    final List<String[]> groupVersionKinds;
    private final Map<String, FeatureInfo> byJsonName = new HashMap<>();
    private final List<FeatureInfo> features = new ArrayList<>();

    ClassInfo(EClass eClass) {
        this.eClass = eClass;
        this.preserveUnknownFields = "true".equals(annotation(eClass, "preserveUnknownFields"));
        this.groupVersionKinds = parseGvk(annotation(eClass, "gvk"));
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()
                    || feature instanceof EReference reference && !reference.isContainment()) {
                continue;
            }
            FeatureInfo info = new FeatureInfo(feature);
            features.add(info);
            byJsonName.put(info.jsonName, info);
        }
    }

    /** @return the feature bound to a JSON property, or {@code null} */
    FeatureInfo feature(String jsonName) {
        return byJsonName.get(jsonName);
    }

    /** @return the feature with the given Ecore name, or {@code null} */
    FeatureInfo named(String name) {
        for (FeatureInfo info : features) {
            if (info.feature.getName().equals(name)) {
                return info;
            }
        }
        return null;
    }

    List<FeatureInfo> features() {
        return features;
    }

    private static String annotation(EClass eClass, String key) {
        return EcoreUtil.getAnnotation(eClass, KindRegistry.ANNOTATION_SOURCE, key);
    }

    private static List<String[]> parseGvk(String gvk) {
        List<String[]> result = new ArrayList<>();
        if (gvk == null) {
            return result;
        }
        for (String item : gvk.split(",")) {
            String trimmed = item.trim();
            int slash = trimmed.lastIndexOf('/');
            if (slash > 0 && slash < trimmed.length() - 1) {
                result.add(new String[] {trimmed.substring(0, slash), trimmed.substring(slash + 1)});
            }
        }
        return result;
    }
}
