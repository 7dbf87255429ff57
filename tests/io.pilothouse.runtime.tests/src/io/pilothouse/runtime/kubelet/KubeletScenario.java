package io.pilothouse.runtime.kubelet;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.VirtualClock;

/** A cluster with the kubelet, fed from the YAML fixtures under resources/kubelet, read at virtual instants. */
final class KubeletScenario {

    private static final ManifestLoader LOADER = loader();

    final Cluster cluster = new Cluster();
    final Kubelet kubelet = new Kubelet();

    KubeletScenario(String... fixtures) {
        cluster.add(kubelet);
        for (String fixture : fixtures) {
            apply(fixture);
        }
        cluster.settle();
    }

    /** Creates the objects of a fixture in order; a Node's status is posted after it is created. */
    void apply(String fixture) {
        LoadResult result = LOADER.load(Path.of("resources", "kubelet", fixture));
        if (result.hasErrors()) {
            throw new IllegalStateException(fixture + " does not load");
        }
        for (EObject object : result.objects()) {
            EObject created = cluster.store().create(object);
            if (object instanceof Node node && node.getStatus() != null) {
                ((Node) created).setStatus(node.getStatus());
                cluster.store().updateStatus(created);
            }
        }
    }

    /** Advances the clock to {@code seconds} after the epoch. */
    void at(long seconds) {
        cluster.advance(Duration.between(cluster.clock().now(), instant(seconds)));
    }

    Pod pod(String name) {
        return cluster.store().get(CoreV1Package.Literals.POD, "default", name);
    }

    ContainerStatus container(String pod, String name) {
        Pod current = pod(pod);
        return Stream.concat(current.getStatus().getInitContainerStatuses().stream(),
                current.getStatus().getContainerStatuses().stream()).filter(s -> name.equals(s.getName()))
                .findFirst().orElseThrow();
    }

    /** Every event as {@code <seconds> <type> <reason> <fieldPath>: <note>}, in creation order. */
    List<String> events() {
        List<Event> events = cluster.store().list(EventsV1Package.Literals.EVENT, null, null);
        return events.stream().sorted((a, b) -> Long.compare(Long.parseLong(a.getMetadata().getResourceVersion()),
                Long.parseLong(b.getMetadata().getResourceVersion()))).map(
                        e -> seconds(e.getEventTime()
                                .toInstant()) + " " + e.getType() + " " + e.getReason() + " "
                                + (e.getRegarding().getFieldPath() == null ? "" : e.getRegarding().getFieldPath())
                                + ": "
                                + e.getNote())
                .toList();
    }

    static Instant instant(long seconds) {
        return VirtualClock.EPOCH.plusSeconds(seconds);
    }

    static long seconds(Instant instant) {
        return Duration.between(VirtualClock.EPOCH, instant).toSeconds();
    }

    private static ManifestLoader loader() {
        CoreV1Package.eINSTANCE.eClass();
        return new ManifestLoader(KindRegistry.of(EPackage.Registry.INSTANCE));
    }
}
