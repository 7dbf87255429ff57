package io.pilothouse.runtime.controllers.nodelifecycle;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * A deletion by the taint eviction controller, as upstream's {@code addConditionAndDeletePod}: the pod gets the
 * {@code DisruptionTarget} condition (True, {@code DeletionByTaintManager}) unless it has it already, then it is
 * deleted with its own grace period.
 */
final class PodDisruption {

    static final String DISRUPTION_TARGET = "DisruptionTarget";
    static final String DELETION_BY_TAINT_MANAGER = "DeletionByTaintManager";
    static final String MESSAGE = "Taint manager: deleting due to NoExecute taint";

    private PodDisruption() {}

    static void markAndDelete(ObjectStore store, Pod pod) {
        Pod updated = EcoreUtil.copy(pod);
        if (updated.getStatus() == null) {
            updated.setStatus(CoreV1Factory.eINSTANCE.createPodStatus());
        }
        PodCondition condition = updated.getStatus().getConditions().stream()
                .filter(c -> DISRUPTION_TARGET.equals(c.getType())).findFirst().orElse(null);
        if (condition == null) {
            condition = CoreV1Factory.eINSTANCE.createPodCondition();
            condition.setType(DISRUPTION_TARGET);
            updated.getStatus().getConditions().add(condition);
        }
        if (!"True".equals(condition.getStatus())) {
            condition.setLastTransitionTime(Time.of(store.clock().now()));
        }
        condition.setStatus("True");
        condition.setReason(DELETION_BY_TAINT_MANAGER);
        condition.setMessage(MESSAGE);
        condition.setObservedGeneration(pod.getMetadata().getGeneration());
        if (!EcoreUtil.equals(pod.getStatus(), updated.getStatus())) {
            store.updateStatus(updated);
        }
        store.delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName());
    }
}
