package io.pilothouse.model.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Every resource of one validation run, in source order (files in the order given, documents in file order). */
public interface ManifestSet {

    /** @return every top-level resource, {@code List} kinds unwrapped */
    List<EObject> resources();

    /** @return the resources of one kind (or its subtypes), in source order */
    <T extends EObject> List<T> resourcesOf(Class<T> type);

    /**
     * Finds a resource by kind, namespace and name. A namespaced resource without a namespace is in
     * {@code default}; for cluster-scoped kinds {@code namespace} is ignored.
     */
    Optional<EObject> find(EClass kind, String namespace, String name);
}
