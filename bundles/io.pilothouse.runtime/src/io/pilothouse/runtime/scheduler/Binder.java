package io.pilothouse.runtime.scheduler;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Writes a binding as the API server's {@code pods/binding} subresource does: {@code spec.nodeName} set (refused when
 * the pod is already assigned), then the {@code PodScheduled=True} condition. The store has no binding subresource,
 * so these are two writes where upstream makes one.
 */
final class Binder {

    private final ObjectStore store;

    Binder(ObjectStore store) {
        this.store = store;
    }

    Status bind(PodInfo podInfo, String nodeName) {
        try {
            Pod pod = store.get(CoreV1Factory.eINSTANCE.createPod().eClass(), podInfo.namespace(), podInfo.name());
            if (!podInfo.pod().getMetadata().getUid().equals(pod.getMetadata().getUid())) {
                return Status.error("pod " + podInfo.key() + " was replaced while being scheduled");
            }
            String current = pod.getSpec().getNodeName();
            if (current != null && !current.isEmpty()) {
                return Status.error("pod " + podInfo.name() + " is already assigned to node \"" + current + "\"");
            }
            pod.getSpec().setNodeName(nodeName);
            Pod bound = store.update(pod);
            if (PodScheduledCondition.set(bound, "True", null, null, store.clock().now())) {
                store.updateStatus(bound);
            }
            return Status.SUCCESS;
        } catch (ApiException e) {
            return Status.error(e.getMessage());
        }
    }
}
