package io.pilothouse.model.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;

/**
 * Finds the EClass of a manifest by {@code apiVersion} and {@code kind} through the {@code gvk} annotations of a
 * set of EPackages, and caches the per-class binding metadata. Safe to share between threads.
 */
public final class KindRegistry {

    /** The source of the EAnnotations that carry the OpenAPI facts. */
    public static final String ANNOTATION_SOURCE = "https://pilothouse.io/openapi";

    private final Map<String, EClass> byGroupVersionKind = new HashMap<>();
    private final Map<EClass, ClassInfo> infos = new ConcurrentHashMap<>();

    private KindRegistry(Collection<? extends EPackage> packages) {
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    for (String[] gvk : info(eClass).groupVersionKinds) {
                        byGroupVersionKind.putIfAbsent(key(gvk[0], gvk[1]), eClass);
                    }
                }
            }
        }
    }

    /**
     * @return the registry of every package of the generated Kubernetes and Gateway API model, built once; the
     *         packages are found by their namespace URIs, with or without OSGi
     */
    public static KindRegistry builtIn() {
        return BuiltIn.REGISTRY;
    }

    /** Holds the built-in registry, so it is built on first use and only once. */
    private static final class BuiltIn {

        /** Every generated package's namespace URI starts with this. */
        static final String MODEL_URI = "https://pilothouse.io/model/k8s/";

        static final KindRegistry REGISTRY = of(packages());

        private static List<EPackage> packages() {
            // Initializing one generated package initializes and registers all of them.
            CoreV1Package.eINSTANCE.eClass();
            EPackage.Registry registry = EPackage.Registry.INSTANCE;
            return List.copyOf(registry.keySet()).stream().filter(uri -> uri.startsWith(MODEL_URI)).sorted()
                    .map(registry::getEPackage).toList();
        }
    }

    /** @return a registry of the given packages (their sub-packages are not included) */
    public static KindRegistry of(Collection<? extends EPackage> packages) {
        return new KindRegistry(packages);
    }

    /** @return a registry of every package of an EMF package registry, resolving descriptors */
    public static KindRegistry of(EPackage.Registry registry) {
        List<String> uris = registry.keySet().stream().sorted().toList();
        return new KindRegistry(uris.stream().map(registry::getEPackage).toList());
    }

    /** @return the EClass annotated with {@code apiVersion/kind}, or {@code null} */
    public EClass find(String apiVersion, String kind) {
        return byGroupVersionKind.get(key(apiVersion, kind));
    }

    ClassInfo info(EClass eClass) {
        return infos.computeIfAbsent(eClass, ClassInfo::new);
    }

    /** @return the {@code value} feature of a map entry class */
    static FeatureInfo mapValue(EClass entryClass) {
        return new FeatureInfo(entryClass.getEStructuralFeature("value"));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + '/' + kind;
    }
}
