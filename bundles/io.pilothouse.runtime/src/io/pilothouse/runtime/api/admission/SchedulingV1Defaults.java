package io.pilothouse.runtime.api.admission;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.scheduling.v1.PriorityClass;

/** The defaults of upstream's scheduling/v1 scheme: a priority class preempts lower priorities. */
final class SchedulingV1Defaults implements GroupDefaults {

    /** The preemption policy of a priority class or pod without one. */
    static final String PREEMPT_LOWER_PRIORITY = "PreemptLowerPriority";

    @Override
    public void apply(EObject object) {
        if (object instanceof PriorityClass priorityClass && priorityClass.getPreemptionPolicy() == null) {
            priorityClass.setPreemptionPolicy(PREEMPT_LOWER_PRIORITY);
        }
    }
}
