package io.pilothouse.runtime.api;

import java.util.List;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * The checks of upstream's {@code NamespaceLifecycle} admission plugin: no content in a namespace that does not exist
 * or is terminating, and no deleting of the immortal namespaces.
 */
public final class NamespaceLifecycle {

    /** The namespaces every cluster starts with, in the order they are created. */
    static final List<String> INITIAL_NAMESPACES = List.of("default", "kube-system", "kube-public", "kube-node-lease");

    static final KindInfo NAMESPACES = KindInfo.of(CoreV1Package.Literals.NAMESPACE);

    private static final Set<String> IMMORTAL_NAMESPACES = Set.of("default", "kube-system", "kube-public");

    private final ObjectIndex index;

    NamespaceLifecycle(ObjectIndex index) {
        this.index = index;
    }

    /** Admits the creation of a namespaced object whose metadata carries its namespace. */
    void admitCreate(KindInfo info, ObjectMeta meta) {
        admitCreate(info, meta, (Namespace) index.get(NAMESPACES.groupKind(), "", meta.getNamespace()));
    }

    /**
     * Admits the creation of a namespaced object in a namespace, {@code null} when it does not exist.
     *
     * @throws ApiException NotFound when the namespace does not exist, Forbidden when it is terminating
     */
    public static void admitCreate(KindInfo info, ObjectMeta meta, Namespace namespace) {
        if (namespace == null) {
            throw ApiErrors.notFound(NAMESPACES.resource(), meta.getNamespace());
        }
        if (namespace.getStatus() != null && "Terminating".equals(namespace.getStatus().getPhase())) {
            String name = isEmpty(meta.getName()) ? meta.getGenerateName() : meta.getName();
            ApiException forbidden = ApiErrors.forbidden(info.resource(), isEmpty(name) ? "Unknown" : name,
                    "unable to create new content in namespace " + meta.getNamespace()
                            + " because it is being terminated");
            throw ApiErrors.withCause(forbidden, "NamespaceTerminating",
                    "namespace " + meta.getNamespace() + " is being terminated", "metadata.namespace");
        }
    }

    /** Admits the deletion of an object. */
    static void admitDelete(KindInfo info, String name) {
        if (info.groupKind().equals(NAMESPACES.groupKind()) && IMMORTAL_NAMESPACES.contains(name)) {
            throw ApiErrors.forbidden(info.resource(), name, "this namespace may not be deleted");
        }
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
