package io.pilothouse.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * A {@link ManifestSet} indexed by EClass and by kind, namespace and name. Namespaced resources without a namespace
 * are in {@code default}; the first of two resources with the same identity wins. Not thread-safe: one per run.
 */
public final class IndexedManifestSet implements ManifestSet {

    /** The namespace kubectl uses when a namespaced manifest names none. */
    public static final String DEFAULT_NAMESPACE = "default";

    private record Key(EClass kind, String namespace, String name) {}

    private final List<EObject> resources;
    private final Map<EClass, List<EObject>> byClass = new IdentityHashMap<>();
    private final Map<Key, EObject> byName = new HashMap<>();
    private final Map<Class<?>, List<? extends EObject>> byType = new HashMap<>();

    private IndexedManifestSet(List<EObject> resources) {
        this.resources = List.copyOf(resources);
        for (EObject resource : this.resources) {
            byClass.computeIfAbsent(resource.eClass(), key -> new ArrayList<>()).add(resource);
            ObjectMeta metadata = ResourceKinds.metadata(resource);
            if (metadata != null && metadata.getName() != null) {
                byName.putIfAbsent(new Key(resource.eClass(), namespaceOf(resource.eClass(), metadata.getNamespace()),
                        metadata.getName()), resource);
            }
        }
    }

    /** @return a set of the given top-level resources, in the given order */
    public static IndexedManifestSet of(List<? extends EObject> resources) {
        return new IndexedManifestSet(List.copyOf(resources));
    }

    @Override
    public List<EObject> resources() {
        return resources;
    }

    /** @return the resources of exactly one EClass, in source order */
    public List<EObject> resourcesOf(EClass kind) {
        return byClass.getOrDefault(kind, List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> resourcesOf(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, key -> {
            List<EObject> matching = new ArrayList<>();
            for (EObject resource : resources) {
                if (type.isInstance(resource)) {
                    matching.add(resource);
                }
            }
            return List.copyOf(matching);
        });
    }

    @Override
    public Optional<EObject> find(EClass kind, String namespace, String name) {
        return Optional.ofNullable(byName.get(new Key(kind, namespaceOf(kind, namespace), name)));
    }

    private static String namespaceOf(EClass kind, String namespace) {
        if (!ResourceKinds.isNamespaced(kind)) {
            return "";
        }
        return namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace;
    }
}
