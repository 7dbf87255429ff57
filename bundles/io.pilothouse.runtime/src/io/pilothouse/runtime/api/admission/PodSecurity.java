package io.pilothouse.runtime.api.admission;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.PodTemplate;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code PodSecurity} plugin: the namespace's {@code pod-security.kubernetes.io/enforce} level (default
 * {@code privileged}) rejects a pod that fails it; the {@code warn} level, and for the pod templates of workloads
 * also the enforce level, only give warnings. {@code audit} goes to the audit log, which the runtime does not keep.
 */
public final class PodSecurity implements ValidatingAdmission {

    /** The label prefix of the namespace's levels and versions. */
    public static final String LABEL_PREFIX = "pod-security.kubernetes.io/";

    private final ObjectStore store;

    /** The plugin, reading namespace labels from a store. */
    public PodSecurity(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "PodSecurity";
    }

    @Override
    public void validate(AdmissionRequest request) {
        if (request.operation() != AdmissionRequest.Operation.CREATE || request.namespace() == null) {
            return;
        }
        PodSpec spec = podSpec(request.object());
        if (spec == null) {
            return;
        }
        Namespace namespace = store.peek(CoreV1Package.Literals.NAMESPACE, null, request.namespace());
        Map<String, String> labels = namespace == null ? Map.of() : namespace.getMetadata().getLabels().map();
        String enforce = policy(labels, "enforce");
        String warn = policy(labels, "warn");
        String enforceFailures = failures(enforce, spec);
        boolean pod = request.object() instanceof Pod;
        if (enforceFailures != null) {
            if (pod) {
                throw request.forbidden("violates PodSecurity \"" + enforce + "\": " + enforceFailures);
            }
            request.warn("would violate PodSecurity \"" + enforce + "\": " + enforceFailures);
        }
        String warnFailures = warn.equals(enforce) ? null : failures(warn, spec);
        if (warnFailures != null) {
            request.warn("would violate PodSecurity \"" + warn + "\": " + warnFailures);
        }
    }

    /** {@code <level>:<version>} of a mode, {@code privileged:latest} by default. */
    private static String policy(Map<String, String> labels, String mode) {
        String level = labels.getOrDefault(LABEL_PREFIX + mode, "privileged");
        String version = labels.getOrDefault(LABEL_PREFIX + mode + "-version", "latest");
        return level + ":" + version;
    }

    private static String failures(String policy, PodSpec spec) {
        List<PodSecurityChecks.Failure> failures = PodSecurityChecks.evaluate(policy.substring(0,
                policy.indexOf(':')), spec);
        return failures.isEmpty()
                ? null
                : failures.stream().map(PodSecurityChecks.Failure::toString).collect(Collectors.joining(", "));
    }

    private static PodSpec podSpec(EObject object) {
        PodTemplateSpec template = switch (object) {
            case Pod pod -> null;
            case Deployment deployment when deployment.getSpec() != null -> deployment.getSpec().getTemplate();
            case ReplicaSet replicaSet when replicaSet.getSpec() != null -> replicaSet.getSpec().getTemplate();
            case StatefulSet statefulSet when statefulSet.getSpec() != null -> statefulSet.getSpec().getTemplate();
            case DaemonSet daemonSet when daemonSet.getSpec() != null -> daemonSet.getSpec().getTemplate();
            case Job job when job.getSpec() != null -> job.getSpec().getTemplate();
            case CronJob cronJob when cronJob.getSpec() != null && cronJob.getSpec().getJobTemplate() != null
                    && cronJob.getSpec().getJobTemplate().getSpec() != null ->
                cronJob.getSpec().getJobTemplate().getSpec().getTemplate();
            case ReplicationController controller when controller.getSpec() != null ->
                controller.getSpec().getTemplate();
            case PodTemplate podTemplate -> podTemplate.getTemplate();
            default -> null;
        };
        if (object instanceof Pod pod) {
            return pod.getSpec();
        }
        return template == null ? null : template.getSpec();
    }
}
