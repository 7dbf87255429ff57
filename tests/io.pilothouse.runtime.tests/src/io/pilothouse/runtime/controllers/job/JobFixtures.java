package io.pilothouse.runtime.controllers.job;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.ContainerStateTerminated;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodStatus;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.Cluster;

/** Scenario support for the batch controllers: fixtures, and pods finished as a kubelet would report them. */
public final class JobFixtures {

    private static final KindRegistry KINDS = KindRegistry.of(List.of(CoreV1Package.eINSTANCE,
            BatchV1Package.eINSTANCE));
    private static final ManifestLoader LOADER = new ManifestLoader(KINDS);

    private JobFixtures() {}

    /** The first object of a fixture file under {@code resources/<area>/}. */
    @SuppressWarnings("unchecked")
    public static <T extends EObject> T load(String area, String file) {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", area, file);
        LoadResult result = LOADER.load(path);
        if (result.hasErrors() || result.objects().isEmpty()) {
            throw new IllegalStateException("cannot load " + path + ": " + result.documents());
        }
        return (T) result.objects().get(0);
    }

    /** The pods of the default namespace, oldest first. */
    public static List<Pod> pods(Cluster cluster) {
        List<Pod> pods = cluster.store().list(CoreV1Package.Literals.POD, "default", null);
        return pods.stream().sorted(Comparator.comparing((Pod pod) -> pod.getMetadata().getCreationTimestamp())
                .thenComparing(pod -> pod.getMetadata().getName())).toList();
    }

    /** The Job of a name in the default namespace, or {@code null}. */
    public static Job job(Cluster cluster, String name) {
        List<Job> jobs = cluster.store().list(BatchV1Package.Literals.JOB, "default", null);
        return jobs.stream().filter(job -> name.equals(job.getMetadata().getName())).findFirst().orElse(null);
    }

    /** The objects as kubectl would print them in YAML. */
    public static String yaml(List<? extends EObject> objects) {
        return new ManifestWriter(KINDS).toYaml(objects, new UnknownFields());
    }

    /** The events in creation order as {@code reason: note}. */
    public static List<String> events(Cluster cluster) {
        List<Event> events = cluster.store().list(EventsV1Package.Literals.EVENT, null, null);
        return events.stream().sorted(Comparator.comparing(e -> Long.parseLong(e.getMetadata().getResourceVersion())))
                .map(e -> e.getReason() + ": " + e.getNote()).toList();
    }

    /**
     * Reports the pod's one container terminated with the exit code: Succeeded for 0, else Failed; the pod's
     * conditions are kept.
     */
    public static void finish(Cluster cluster, Pod pod, int exitCode) {
        PodStatus status = CoreV1Factory.eINSTANCE.createPodStatus();
        if (pod.getStatus() != null) {
            status.getConditions().addAll(EcoreUtil.copyAll(pod.getStatus().getConditions()));
        }
        status.setPhase(exitCode == 0 ? "Succeeded" : "Failed");
        ContainerStatus container = CoreV1Factory.eINSTANCE.createContainerStatus();
        container.setName(pod.getSpec().getContainers().get(0).getName());
        container.setState(CoreV1Factory.eINSTANCE.createContainerState());
        ContainerStateTerminated terminated = CoreV1Factory.eINSTANCE.createContainerStateTerminated();
        terminated.setExitCode(exitCode);
        terminated.setFinishedAt(Time.of(cluster.clock().now()));
        container.getState().setTerminated(terminated);
        status.getContainerStatuses().add(container);
        pod.setStatus(status);
        cluster.store().updateStatus(pod);
    }
}
