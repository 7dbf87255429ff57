package io.pilothouse.runtime.api;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * Names one object of the cluster.
 *
 * @param gvk       its kind
 * @param namespace its namespace, {@code ""} for a cluster-scoped kind
 * @param name      its name
 */
public record ObjectKey(GroupVersionKind gvk, String namespace, String name) {

    /** Checks that no part is null. */
    public ObjectKey {
        Objects.requireNonNull(gvk, "gvk");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The key of an object of a generated kind.
     *
     * @throws IllegalArgumentException when its class is not a served kind
     */
    public static ObjectKey of(EObject object) {
        KindInfo info = KindInfo.of(object.eClass());
        ObjectMeta meta = info.metadataIfSet(object);
        String namespace = meta == null || !info.namespaced() ? null : meta.getNamespace();
        String name = meta == null ? null : meta.getName();
        return new ObjectKey(info.gvk(), namespace == null ? "" : namespace, name == null ? "" : name);
    }

    /** {@code Kind namespace/name}, or {@code Kind name} for a cluster-scoped object. */
    @Override
    public String toString() {
        return gvk.kind() + ' ' + (namespace.isEmpty() ? name : namespace + '/' + name);
    }
}
