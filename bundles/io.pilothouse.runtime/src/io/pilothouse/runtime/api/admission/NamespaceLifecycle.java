package io.pilothouse.runtime.api.admission;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.runtime.api.Deletions;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code NamespaceLifecycle} plugin: no new content in a namespace that does not exist or is terminating.
 * The checks are the store's own ({@link io.pilothouse.runtime.api.NamespaceLifecycle}), which the store also runs
 * before it calls the chain; the plugin makes the chain complete when it runs on its own. A namespace being created
 * gets the {@code kubernetes} finalizer in {@code spec.finalizers}, as upstream's namespace strategy adds it, so
 * that deleting it waits for the namespace controller to remove its content.
 */
public final class NamespaceLifecycle implements MutatingAdmission {

    private final ObjectStore store;

    /** The plugin, reading namespaces from a store. */
    public NamespaceLifecycle(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "NamespaceLifecycle";
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (request.operation() == AdmissionRequest.Operation.CREATE && request.object() instanceof Namespace created) {
            if (created.getSpec() == null) {
                created.setSpec(CoreV1Factory.eINSTANCE.createNamespaceSpec());
            }
            if (!created.getSpec().getFinalizers().contains(Deletions.KUBERNETES_FINALIZER)) {
                created.getSpec().getFinalizers().add(Deletions.KUBERNETES_FINALIZER);
            }
            return;
        }
        if (request.operation() != AdmissionRequest.Operation.CREATE || !request.info().namespaced()) {
            return;
        }
        Namespace namespace = store.peek(CoreV1Package.Literals.NAMESPACE, null, request.namespace());
        io.pilothouse.runtime.api.NamespaceLifecycle.admitCreate(request.info(), request.metadata(), namespace);
    }
}
