package io.pilothouse.runtime.controllers.daemonset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.DaemonSetStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.controllers.ControllerFixtures;
import io.pilothouse.runtime.controllers.Pods;
import io.pilothouse.runtime.controllers.statefulset.TemplateRevisions;
import io.pilothouse.runtime.scheduler.Scheduler;

/**
 * A cluster with the DaemonSet controller and the scheduler, loaded with {@code resources/daemonset/}: the
 * scheduler binds the pinned pods, {@link #ready} stands in for the kubelet.
 */
final class DaemonSetScenario {

    static final String NAMESPACE = "kube-system";

    final Cluster cluster = new Cluster();

    DaemonSetScenario(Consumer<DaemonSet> customize) {
        cluster.add(new DaemonSetController());
        cluster.add(new Scheduler());
        for (EObject node : load("nodes.yaml")) {
            addNode((Node) node);
        }
        DaemonSet set = (DaemonSet) load("fluentd.yaml").get(0);
        customize.accept(set);
        cluster.store().create(set);
        settle();
    }

    static List<EObject> load(String file) {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "daemonset", file);
        return new ManifestLoader(KindRegistry.builtIn()).load(path).objects();
    }

    void settle() {
        ControllerFixtures.settle(cluster);
    }

    DaemonSet set() {
        return cluster.store().get(AppsV1Package.Literals.DAEMON_SET, NAMESPACE, "fluentd");
    }

    void updateSet(Consumer<DaemonSet> change) {
        DaemonSet set = set();
        change.accept(set);
        cluster.store().update(set);
        settle();
    }

    /** Creates a node, then writes its status (as its kubelet would: a create drops the status). */
    void addNode(Node node) {
        Node created = cluster.store().create(EcoreUtil.copy(node));
        created.setStatus(EcoreUtil.copy(node.getStatus()));
        cluster.store().updateStatus(created);
    }

    Node node(String name) {
        return cluster.store().get(CoreV1Package.Literals.NODE, null, name);
    }

    void updateNode(String name, Consumer<Node> change) {
        Node node = node(name);
        change.accept(node);
        cluster.store().update(node);
        settle();
    }

    /** The pods as {@code node -> name hash [ready]} in node then name order; unbound pods under {@code -}. */
    Map<String, List<String>> pods() {
        Map<String, List<String>> byNode = new TreeMap<>();
        for (Pod pod : ControllerFixtures.pods(cluster, NAMESPACE)) {
            String node = pod.getSpec().getNodeName() == null ? "-" : pod.getSpec().getNodeName();
            String hash = pod.getMetadata().getLabels().get(DaemonPods.REVISION_LABEL);
            byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(pod.getMetadata().getName() + " "
                    + (hash.equals(currentHash()) ? "new" : "old") + (Pods.isReady(pod) ? " ready" : ""));
        }
        return byNode;
    }

    /** The hash the controller labels the current template's pods with. */
    String currentHash() {
        return TemplateRevisions.hash(set().getSpec().getTemplate());
    }

    /** Marks every bound, not-ready pod Running and Ready, then settles. */
    void ready() {
        for (Pod pod : ControllerFixtures.pods(cluster, NAMESPACE)) {
            if (pod.getSpec().getNodeName() != null && !Pods.isReady(pod)
                    && pod.getMetadata().getDeletionTimestamp() == null) {
                ControllerFixtures.markReady(cluster, pod);
            }
        }
        settle();
    }

    void deletePod(String name) {
        cluster.store().delete(CoreV1Package.Literals.POD, NAMESPACE, name);
        settle();
    }

    /** The status counts as {@code desired current ready available updated misscheduled unavailable}. */
    String status() {
        DaemonSetStatus status = set().getStatus();
        return status.getDesiredNumberScheduled() + " " + status.getCurrentNumberScheduled() + " "
                + status.getNumberReady() + " " + orZero(status.getNumberAvailable()) + " "
                + orZero(status.getUpdatedNumberScheduled()) + " " + status.getNumberMisscheduled() + " "
                + orZero(status.getNumberUnavailable()) + " gen " + status.getObservedGeneration();
    }

    /** The DaemonSet controller's events in creation order as {@code reason: note}. */
    List<String> events() {
        List<Event> events = cluster.store().list(EventsV1Package.Literals.EVENT, NAMESPACE, null);
        return events.stream().filter(e -> "daemonset-controller".equals(e.getReportingController()))
                .sorted(Comparator.comparing(e -> Long.parseLong(e.getMetadata().getResourceVersion())))
                .map(e -> e.getReason() + ": " + e.getNote()).toList();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
