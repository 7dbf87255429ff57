package io.pilothouse.runtime.controllers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.core.v1.PodStatus;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.controllers.deployment.DeploymentController;
import io.pilothouse.runtime.controllers.replicaset.ReplicaSetController;

/**
 * Scenario support: the YAML fixtures of {@code resources/controllers/}, a cluster with the workload controllers,
 * and a stand-in for the scheduler and kubelet that binds pods and reports them Running and Ready.
 */
public final class ControllerFixtures {

    static final String NODE = "node-1";

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.of(List.of(CoreV1Package.eINSTANCE,
            AppsV1Package.eINSTANCE)));

    private ControllerFixtures() {}

    /** The first object of a fixture file. */
    @SuppressWarnings("unchecked")
    public static <T extends EObject> T load(String file) {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "controllers", file);
        LoadResult result = LOADER.load(path);
        if (result.hasErrors() || result.objects().isEmpty()) {
            throw new IllegalStateException("cannot load " + path + ": " + result.documents());
        }
        return (T) result.objects().get(0);
    }

    /** A cluster running the ReplicaSet then the Deployment controller. */
    public static Cluster cluster() {
        Cluster cluster = new Cluster();
        cluster.add(new ReplicaSetController());
        cluster.add(new DeploymentController());
        return cluster;
    }

    /** The pods of a namespace by name. */
    public static List<Pod> pods(Cluster cluster, String namespace) {
        return cluster.store().list(CoreV1Package.Literals.POD, namespace, null);
    }

    /** The ReplicaSets of a namespace, oldest first. */
    public static List<ReplicaSet> replicaSets(Cluster cluster, String namespace) {
        List<ReplicaSet> sets = cluster.store().list(AppsV1Package.Literals.REPLICA_SET, namespace, null);
        return sets.stream().sorted(Comparator.comparing((ReplicaSet rs) -> rs.getMetadata().getCreationTimestamp())
                .thenComparing(rs -> Long.parseLong(rs.getMetadata().getResourceVersion()))).toList();
    }

    public static Deployment deployment(Cluster cluster, String namespace, String name) {
        return cluster.store().get(AppsV1Package.Literals.DEPLOYMENT, namespace, name);
    }

    /** The events in creation order as {@code reason: note}. */
    public static List<String> events(Cluster cluster) {
        List<Event> events = cluster.store().list(EventsV1Package.Literals.EVENT, null, null);
        return events.stream().sorted(Comparator.comparing(e -> Long.parseLong(e.getMetadata().getResourceVersion())))
                .map(e -> e.getReason() + ": " + e.getNote()).toList();
    }

    /** As the scheduler and kubelet would: binds the pod to {@value #NODE}, then reports it Running and Ready now. */
    public static void markReady(Cluster cluster, Pod pod) {
        Pod bound = pod;
        if (pod.getSpec().getNodeName() == null) {
            bound = cluster.store().update(withNode(pod));
        }
        Time now = Time.of(cluster.clock().now());
        PodStatus status = CoreV1Factory.eINSTANCE.createPodStatus();
        status.setPhase("Running");
        status.setStartTime(now);
        for (String type : List.of("PodScheduled", "Initialized", "ContainersReady", "Ready")) {
            PodCondition condition = CoreV1Factory.eINSTANCE.createPodCondition();
            condition.setType(type);
            condition.setStatus("True");
            condition.setLastTransitionTime(now);
            status.getConditions().add(condition);
        }
        ContainerStatus container = CoreV1Factory.eINSTANCE.createContainerStatus();
        container.setName(pod.getSpec().getContainers().get(0).getName());
        container.setReady(true);
        container.setRestartCount(0);
        status.getContainerStatuses().add(container);
        bound.setStatus(status);
        cluster.store().updateStatus(bound);
    }

    /** Marks the first {@code count} not-ready pods of the namespace ready (by name), then settles. */
    public static void markReady(Cluster cluster, String namespace, int count) {
        List<Pod> notReady = pods(cluster, namespace).stream()
                .filter(pod -> !Pods.isReady(pod) && pod.getMetadata().getDeletionTimestamp() == null).limit(count)
                .toList();
        for (Pod pod : notReady) {
            markReady(cluster, pod);
        }
        settle(cluster);
    }

    /** Marks pods ready one wave at a time until every pod of the namespace is ready (a rollout completes). */
    public static void markAllReady(Cluster cluster, String namespace) {
        while (pods(cluster, namespace).stream().anyMatch(pod -> !Pods.isReady(pod))) {
            markReady(cluster, namespace, Integer.MAX_VALUE);
        }
    }

    /**
     * Settles, with the kubelet's part of pod deletion: a pod being deleted is removed at once (its containers
     * stop immediately), until nothing is left to do.
     */
    public static void settle(Cluster cluster) {
        cluster.settle();
        List<Pod> terminating = cluster.store().<Pod>list(CoreV1Package.Literals.POD, null, null).stream()
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() != null).toList();
        while (!terminating.isEmpty()) {
            for (Pod pod : terminating) {
                cluster.store().delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(),
                        pod.getMetadata().getName(), 0L);
            }
            cluster.settle();
            terminating = cluster.store().<Pod>list(CoreV1Package.Literals.POD, null, null).stream()
                    .filter(pod -> pod.getMetadata().getDeletionTimestamp() != null).toList();
        }
    }

    private static Pod withNode(Pod pod) {
        Pod copy = EcoreUtil.copy(pod);
        copy.getSpec().setNodeName(NODE);
        return copy;
    }
}
