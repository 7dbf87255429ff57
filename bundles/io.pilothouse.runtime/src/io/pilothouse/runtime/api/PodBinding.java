package io.pilothouse.runtime.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.Binding;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * The {@code pods/binding} subresource, as upstream's {@code BindingREST}: the binding is validated
 * ({@code ValidatePodBinding}), its uid and resourceVersion are preconditions on the pod, and the pod is assigned
 * ({@code assignPod}) unless it is being deleted, already assigned or still has scheduling gates; assigning sets
 * {@code spec.nodeName}, merges the binding's annotations and sets {@code PodScheduled=True}
 * ({@code UpdatePodCondition}: the transition time moves only when the status changes; the observed generation is
 * the pod's). Binding is not an update of the pod: its generation does not change.
 */
final class PodBinding {

    static final GroupResource RESOURCE = new GroupResource("", "pods/binding");

    private PodBinding() {}

    /**
     * Checks the binding itself.
     *
     * @throws ApiException Invalid without target name, or with a target kind other than Node
     */
    static void validate(Binding binding) {
        ObjectReference target = binding.getTarget();
        List<FieldError> errors = new ArrayList<>();
        String kind = target == null ? null : target.getKind();
        if (kind != null && !kind.isEmpty() && !"Node".equals(kind)) {
            errors.add(new FieldError(FieldError.Type.NOT_SUPPORTED, "target.kind", GoStrings.quote(kind),
                    "supported values: \"Node\", \"<empty>\""));
        }
        if (target == null || target.getName() == null || target.getName().isEmpty()) {
            errors.add(FieldError.required("target.name", ""));
        }
        if (!errors.isEmpty()) {
            throw ApiErrors.invalid(KindInfo.of(binding.eClass()).groupKind(), binding.getMetadata().getName(), errors);
        }
    }

    /**
     * Checks the binding's uid and resourceVersion, when set, against the stored pod.
     *
     * @throws ApiException Conflict on {@code pods} when one differs
     */
    static void checkPreconditions(KindInfo pods, ObjectMeta binding, ObjectMeta pod) {
        String uid = binding.getUid();
        if (uid != null && !uid.isEmpty() && !uid.equals(pod.getUid())) {
            throw ApiErrors.conflict(pods.resource(), pod.getName(),
                    "Precondition failed: UID in precondition: " + uid + ", UID in object meta: " + pod.getUid());
        }
        String resourceVersion = binding.getResourceVersion();
        if (resourceVersion != null && !resourceVersion.isEmpty()
                && !resourceVersion.equals(pod.getResourceVersion())) {
            throw ApiErrors.conflict(pods.resource(), pod.getName(), "Precondition failed: ResourceVersion in "
                    + "precondition: " + resourceVersion + ", ResourceVersion in object meta: "
                    + pod.getResourceVersion());
        }
    }

    /**
     * Assigns a pod (a copy about to be stored) to the binding's node.
     *
     * @throws ApiException Conflict on {@code pods/binding} when the pod is being deleted, already assigned or gated
     */
    static void assign(Pod pod, Binding binding, Instant now) {
        String name = pod.getMetadata().getName();
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            throw ApiErrors.conflict(RESOURCE, name, "pod " + name + " is being deleted, cannot be assigned to a host");
        }
        String assigned = pod.getSpec().getNodeName();
        if (assigned != null && !assigned.isEmpty()) {
            throw ApiErrors.conflict(RESOURCE, name,
                    "pod " + name + " is already assigned to node " + GoStrings.quote(assigned));
        }
        if (!pod.getSpec().getSchedulingGates().isEmpty()) {
            throw ApiErrors.conflict(RESOURCE, name, "pod " + name + " has non-empty .spec.schedulingGates");
        }
        pod.getSpec().setNodeName(binding.getTarget().getName());
        if (binding.getMetadata() != null && !binding.getMetadata().getAnnotations().isEmpty()) {
            pod.getMetadata().getAnnotations().putAll(binding.getMetadata().getAnnotations().map());
        }
        PodScheduledCondition.set(pod, "True", null, null, now);
    }
}
