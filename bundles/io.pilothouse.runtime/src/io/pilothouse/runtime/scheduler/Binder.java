package io.pilothouse.runtime.scheduler;

import io.pilothouse.model.k8s.core.v1.Binding;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Writes a binding as upstream's default binder does: a {@code Binding} named after the pod, with the pod's uid (a
 * precondition: a pod recreated under the same name is not bound) and the node as target, to the
 * {@code pods/binding} subresource, which sets {@code spec.nodeName} and {@code PodScheduled=True} in one write.
 */
final class Binder {

    private final ObjectStore store;

    Binder(ObjectStore store) {
        this.store = store;
    }

    Status bind(PodInfo podInfo, String nodeName) {
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setNamespace(podInfo.namespace());
        meta.setName(podInfo.name());
        meta.setUid(podInfo.pod().getMetadata().getUid());
        ObjectReference target = CoreV1Factory.eINSTANCE.createObjectReference();
        target.setKind("Node");
        target.setName(nodeName);
        Binding binding = CoreV1Factory.eINSTANCE.createBinding();
        binding.setMetadata(meta);
        binding.setTarget(target);
        try {
            store.bind(binding);
            return Status.SUCCESS;
        } catch (ApiException e) {
            return Status.error(e.getMessage());
        }
    }
}
