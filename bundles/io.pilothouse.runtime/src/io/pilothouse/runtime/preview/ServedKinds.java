package io.pilothouse.runtime.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.runtime.api.GroupKind;
import io.pilothouse.runtime.api.KindInfo;

/** The built-in kinds the store can hold, one class per group and kind (the store keys objects by group kind). */
final class ServedKinds {

    private static final String MODEL_URI = "https://pilothouse.io/model/k8s/";
    private static final List<EClass> KINDS = read();

    private ServedKinds() {}

    static List<EClass> all() {
        return KINDS;
    }

    private static List<EClass> read() {
        CoreV1Package.eINSTANCE.eClass();
        Map<GroupKind, EClass> kinds = new LinkedHashMap<>();
        List<String> uris = new ArrayList<>(EPackage.Registry.INSTANCE.keySet());
        uris.sort(null);
        for (String uri : uris) {
            if (!uri.startsWith(MODEL_URI)) {
                continue;
            }
            for (EClassifier classifier : EPackage.Registry.INSTANCE.getEPackage(uri).getEClassifiers()) {
                if (classifier instanceof EClass eClass && isKind(eClass)) {
                    kinds.putIfAbsent(KindInfo.of(eClass).groupKind(), eClass);
                }
            }
        }
        return List.copyOf(kinds.values());
    }

    private static boolean isKind(EClass eClass) {
        if (eClass.isAbstract() || eClass.getEStructuralFeature("metadata") == null
                || eClass.getEStructuralFeature("kind") == null) {
            return false;
        }
        try {
            KindInfo.of(eClass);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
