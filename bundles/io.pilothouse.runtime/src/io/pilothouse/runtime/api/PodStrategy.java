package io.pilothouse.runtime.api;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.PodStatus;

/**
 * What upstream's pod registry strategy does to a pod being created, after admission and before it is stored: the
 * status starts over with phase {@code Pending} and the pod's QoS class, and a pod with scheduling gates gets the
 * {@code PodScheduled} condition False with reason {@code SchedulingGated}.
 */
final class PodStrategy {

    static final String SCHEDULING_GATED_MESSAGE = "Scheduling is blocked due to non-empty scheduling gates";

    private PodStrategy() {}

    /** Prepares a pod for creation, in place. */
    static void prepareForCreate(Pod pod) {
        CoreV1Factory core = CoreV1Factory.eINSTANCE;
        PodStatus status = core.createPodStatus();
        status.setPhase("Pending");
        PodSpec spec = pod.getSpec() == null ? core.createPodSpec() : pod.getSpec();
        status.setQosClass(PodQos.compute(spec));
        if (!spec.getSchedulingGates().isEmpty()) {
            PodCondition gated = core.createPodCondition();
            gated.setType("PodScheduled");
            gated.setStatus("False");
            gated.setReason("SchedulingGated");
            gated.setMessage(SCHEDULING_GATED_MESSAGE);
            status.getConditions().add(gated);
        }
        pod.setStatus(status);
    }
}
