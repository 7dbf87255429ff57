package io.pilothouse.model.validation.references;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.PodTemplate;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;

/**
 * The pod template of every workload kind in one place: Pod, PodTemplate, ReplicationController, Deployment,
 * ReplicaSet, StatefulSet, DaemonSet, Job and CronJob (its {@code jobTemplate}). Checks that look at pods go
 * through here instead of knowing the workload kinds.
 */
public final class Workloads {

    /**
     * The pod a workload creates.
     *
     * @param workload the top-level resource
     * @param metadata the pod's metadata (the template's, or the Pod's own), possibly {@code null}
     * @param spec     the pod spec
     * @param path     the JSON path of {@code spec} in the workload ({@code spec.template.spec})
     */
    public record PodTemplateOf(EObject workload, ObjectMeta metadata, PodSpec spec, String path) {

        /** @return the labels of the pod */
        public Map<String, String> labels() {
            return Resources.labels(metadata);
        }

        /** @return whether the pod runs to completion (a Job's or CronJob's) rather than serving */
        public boolean runsToCompletion() {
            return workload instanceof Job || workload instanceof CronJob;
        }

        /** @return the init containers then the containers, with the JSON path of each */
        public List<ContainerAt> containers() {
            List<ContainerAt> result = new ArrayList<>();
            for (int i = 0; i < spec.getInitContainers().size(); i++) {
                result.add(new ContainerAt(spec.getInitContainers().get(i),
                        path + ".initContainers[" + i + "]", true));
            }
            for (int i = 0; i < spec.getContainers().size(); i++) {
                result.add(new ContainerAt(spec.getContainers().get(i), path + ".containers[" + i + "]", false));
            }
            return result;
        }
    }

    /** A container of a pod with its JSON path. */
    public record ContainerAt(Container container, String path, boolean init) {}

    private Workloads() {}

    /** @return the pod template of a workload, empty for other kinds or when the workload has no pod spec */
    public static Optional<PodTemplateOf> podTemplate(EObject resource) {
        PodTemplateOf pod = switch (resource) {
            case Pod p -> p.getSpec() == null ? null : new PodTemplateOf(p, p.getMetadata(), p.getSpec(), "spec");
            case PodTemplate p -> of(p, p.getTemplate(), "template");
            case ReplicationController r -> r.getSpec() == null
                    ? null
                    : of(r, r.getSpec().getTemplate(), "spec.template");
            case Deployment d -> d.getSpec() == null ? null : of(d, d.getSpec().getTemplate(), "spec.template");
            case ReplicaSet r -> r.getSpec() == null ? null : of(r, r.getSpec().getTemplate(), "spec.template");
            case StatefulSet s -> s.getSpec() == null ? null : of(s, s.getSpec().getTemplate(), "spec.template");
            case DaemonSet d -> d.getSpec() == null ? null : of(d, d.getSpec().getTemplate(), "spec.template");
            case Job j -> ofJob(j, j.getSpec(), "spec");
            case CronJob c -> c.getSpec() == null || c.getSpec().getJobTemplate() == null
                    ? null
                    : ofJob(c, c.getSpec().getJobTemplate().getSpec(), "spec.jobTemplate.spec");
            default -> null;
        };
        return Optional.ofNullable(pod);
    }

    /** @return the pod templates of every workload among the resources, in source order */
    public static List<PodTemplateOf> podTemplates(List<EObject> resources) {
        return resources.stream().flatMap(resource -> podTemplate(resource).stream()).toList();
    }

    private static PodTemplateOf ofJob(EObject workload, JobSpec spec, String path) {
        return spec == null ? null : of(workload, spec.getTemplate(), path + ".template");
    }

    private static PodTemplateOf of(EObject workload, PodTemplateSpec template, String path) {
        return template == null || template.getSpec() == null
                ? null
                : new PodTemplateOf(workload, template.getMetadata(), template.getSpec(), path + ".spec");
    }
}
