package io.pilothouse.model.validation.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * The resources of one validation run by identity (group, kind, namespace, name), whatever their version. The first
 * resource of an identity wins; later ones are the duplicates.
 */
public final class ResourceIndex {

    /** The identity of a resource; {@code namespace} is empty for cluster-scoped kinds. */
    public record Key(String group, String kind, String namespace, String name) {}

    private final List<EObject> resources;
    private final Map<Key, EObject> byKey = new HashMap<>();
    private final Set<List<String>> kindsByNamespace = new HashSet<>();

    public ResourceIndex(List<EObject> resources) {
        this.resources = List.copyOf(resources);
        for (EObject resource : this.resources) {
            if (Resources.isKind(resource.eClass())) {
                byKey.putIfAbsent(keyOf(resource), resource);
                kindsByNamespace.add(List.of(Resources.group(resource), Resources.kind(resource),
                        Resources.namespace(resource)));
            }
        }
    }

    /** @return the identity of a resource */
    public static Key keyOf(EObject resource) {
        return new Key(Resources.group(resource), Resources.kind(resource), Resources.namespace(resource),
                Resources.name(resource));
    }

    /** @return every resource, in source order */
    public List<EObject> resources() {
        return resources;
    }

    /** @return the resources of one kind (any version) in source order, optionally only those of a namespace */
    public List<EObject> ofKind(String group, String kind, String namespace) {
        List<EObject> result = new ArrayList<>();
        for (EObject resource : resources) {
            if (Resources.isKind(resource.eClass()) && Resources.group(resource).equals(group)
                    && Resources.kind(resource).equals(kind)
                    && (namespace == null || Resources.namespace(resource).equals(namespace))) {
                result.add(resource);
            }
        }
        return result;
    }

    /** @return the first resource with this identity; {@code namespace} is ignored for cluster-scoped kinds */
    public Optional<EObject> find(String group, String kind, String namespace, String name) {
        EObject found = byKey.get(new Key(group, kind, namespace, name));
        return Optional.ofNullable(found != null ? found : byKey.get(new Key(group, kind, "", name)));
    }

    /** @return whether any resource of the kind is in the namespace ({@code ""} for a cluster-scoped kind) */
    public boolean hasKind(String group, String kind, String namespace) {
        return kindsByNamespace.contains(List.of(group, kind, namespace))
                || kindsByNamespace.contains(List.of(group, kind, ""));
    }
}
