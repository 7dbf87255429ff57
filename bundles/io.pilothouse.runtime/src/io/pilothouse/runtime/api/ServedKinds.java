package io.pilothouse.runtime.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;

/**
 * The kinds the API serves, as discovery lists them to the garbage collector, the namespace controller and the
 * preview: one class per group and kind (the store keys objects by group and kind), in group-kind order.
 */
public final class ServedKinds {

    /** Every generated package's namespace URI starts with this. */
    private static final String MODEL_URI = "https://pilothouse.io/model/k8s/";
    private static final List<EClass> ALL = read();

    private ServedKinds() {}

    /** The served kinds, one class per group and kind, in group-kind order. */
    public static List<EClass> all() {
        return ALL;
    }

    private static List<EClass> read() {
        CoreV1Package.eINSTANCE.eClass();
        Map<GroupKind, EClass> kinds = new TreeMap<>();
        List<String> uris = EPackage.Registry.INSTANCE.keySet().stream().filter(uri -> uri.startsWith(MODEL_URI))
                .sorted().toList();
        for (String uri : uris) {
            for (EClassifier classifier : EPackage.Registry.INSTANCE.getEPackage(uri).getEClassifiers()) {
                if (classifier instanceof EClass eClass && isKind(eClass)) {
                    kinds.putIfAbsent(KindInfo.of(eClass).groupKind(), eClass);
                }
            }
        }
        return List.copyOf(kinds.values());
    }

    private static boolean isKind(EClass eClass) {
        String gvk = eClass.getEAnnotation(KindInfo.ANNOTATION_SOURCE) == null
                ? null
                : eClass.getEAnnotation(KindInfo.ANNOTATION_SOURCE).getDetails().get("gvk");
        return gvk != null && !gvk.contains(",") && eClass.getEStructuralFeature("metadata") != null
                && eClass.getEAnnotation(KindInfo.ANNOTATION_SOURCE).getDetails().get("namespaced") != null;
    }
}
