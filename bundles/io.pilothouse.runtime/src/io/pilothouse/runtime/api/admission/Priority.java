package io.pilothouse.runtime.api.admission;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.scheduling.v1.PriorityClass;
import io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code Priority} plugin on pod creation: the pod's priority and preemption policy come from its
 * priority class, or from the global default class (the highest of them), or are 0 and
 * {@code PreemptLowerPriority}. The system classes are known even when the store does not hold them.
 */
public final class Priority implements MutatingAdmission {

    /** The value of {@code system-cluster-critical}. */
    public static final int SYSTEM_CLUSTER_CRITICAL = 2_000_000_000;

    /** The value of {@code system-node-critical}. */
    public static final int SYSTEM_NODE_CRITICAL = 2_000_001_000;

    private static final Map<String, Integer> SYSTEM_CLASSES = Map.of("system-cluster-critical",
            SYSTEM_CLUSTER_CRITICAL, "system-node-critical", SYSTEM_NODE_CRITICAL);

    private final ObjectStore store;

    /** The plugin, reading priority classes from a store. */
    public Priority(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "Priority";
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (request.operation() != AdmissionRequest.Operation.CREATE || !(request.object() instanceof Pod pod)
                || pod.getSpec() == null) {
            return;
        }
        PodSpec spec = pod.getSpec();
        String className = spec.getPriorityClassName();
        int priority;
        String preemptionPolicy;
        if (className == null || className.isEmpty()) {
            PriorityClass globalDefault = globalDefault();
            priority = globalDefault == null ? 0 : globalDefault.getValue();
            preemptionPolicy = globalDefault == null
                    ? SchedulingV1Defaults.PREEMPT_LOWER_PRIORITY
                    : globalDefault.getPreemptionPolicy();
            if (globalDefault != null) {
                spec.setPriorityClassName(globalDefault.getMetadata().getName());
            }
        } else {
            PriorityClass priorityClass = store.peek(SchedulingV1Package.Literals.PRIORITY_CLASS, null,
                    className);
            if (priorityClass != null) {
                priority = priorityClass.getValue();
                preemptionPolicy = priorityClass.getPreemptionPolicy();
            } else if (SYSTEM_CLASSES.containsKey(className)) {
                priority = SYSTEM_CLASSES.get(className);
                preemptionPolicy = SchedulingV1Defaults.PREEMPT_LOWER_PRIORITY;
            } else {
                throw request.forbidden("no PriorityClass with name " + className + " was found");
            }
        }
        if (spec.getPriority() != null && spec.getPriority() != priority) {
            throw request.forbidden("the integer value of priority (" + spec.getPriority()
                    + ") must not be provided in pod spec; priority admission controller computed " + priority
                    + " from the given PriorityClass name");
        }
        spec.setPriority(priority);
        if (preemptionPolicy != null) {
            if (spec.getPreemptionPolicy() != null && !spec.getPreemptionPolicy().equals(preemptionPolicy)) {
                throw request.forbidden("the string value of PreemptionPolicy (" + spec.getPreemptionPolicy()
                        + ") must not be provided in pod spec; priority admission controller computed "
                        + preemptionPolicy + " from the given PriorityClass name");
            }
            spec.setPreemptionPolicy(preemptionPolicy);
        }
    }

    private PriorityClass globalDefault() {
        List<PriorityClass> classes = store.list(SchedulingV1Package.Literals.PRIORITY_CLASS, null, null);
        return classes.stream().filter(c -> Boolean.TRUE.equals(c.getGlobalDefault()) && c.getValue() != null)
                .max(Comparator.comparing(PriorityClass::getValue)).orElse(null);
    }
}
