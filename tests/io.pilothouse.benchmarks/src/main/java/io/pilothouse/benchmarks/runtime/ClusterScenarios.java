package io.pilothouse.benchmarks.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.apply.AppliedObject;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * The inputs of the runtime benchmarks, as manifests: the {@code examples/} folder of the repository (system property
 * {@code pilothouse.repo}, the working directory by default), and generated clusters of identical nodes and
 * Deployments. Every object is checked after the run, so a benchmark that stops early fails instead of looking fast.
 */
final class ClusterScenarios {

    /** The image of the generated Deployments, and the one a rolling update moves them to. */
    static final String IMAGE = "registry.example.com/web:1.0";
    static final String NEXT_IMAGE = "registry.example.com/web:1.1";

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    private ClusterScenarios() {}

    /** The manifests of an example folder, loaded as {@code pilothouse preview examples/NAME} loads them. */
    static List<LoadResult> example(String name) {
        Path folder = Path.of(System.getProperty("pilothouse.repo", "."), "examples", name);
        try (Stream<Path> walk = Files.walk(folder)) {
            List<LoadResult> loaded = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).filter(ClusterScenarios::isManifest).sorted()
                    .toList()) {
                loaded.add(LOADER.load(file));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nodes {@code node-0000}... with 32 CPUs, 128Gi of memory and room for 110 pods each, Ready. */
    static List<EObject> nodes(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append(String.format(Locale.ROOT, """
                    apiVersion: v1
                    kind: Node
                    metadata:
                      name: node-%04d
                      labels:
                        kubernetes.io/hostname: node-%04d
                        kubernetes.io/os: linux
                        topology.kubernetes.io/zone: zone-%c
                    status:
                      capacity: {cpu: "32", memory: 128Gi, pods: "110"}
                      allocatable: {cpu: "32", memory: 128Gi, pods: "110"}
                      conditions:
                      - {type: Ready, status: "True", reason: KubeletReady}
                    ---
                    """, i, i, 'a' + i % 3));
        }
        return load(yaml, "nodes.yaml");
    }

    /**
     * Deployments {@code web-0000}... of {@code replicas} pods each (one container requesting 100m CPU and 64Mi),
     * spread over the namespaces {@code team-0} to {@code team-9}, preceded by those namespaces.
     */
    static List<EObject> deployments(int count, int replicas) {
        StringBuilder yaml = new StringBuilder();
        for (int team = 0; team < 10; team++) {
            yaml.append("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-").append(team).append("\n---\n");
        }
        for (int i = 0; i < count; i++) {
            yaml.append(String.format(Locale.ROOT, """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web-%04d
                      namespace: team-%d
                    spec:
                      replicas: %d
                      selector:
                        matchLabels: {app: web-%04d}
                      template:
                        metadata:
                          labels: {app: web-%04d}
                        spec:
                          containers:
                          - name: web
                            image: %s
                            resources:
                              requests: {cpu: 100m, memory: 64Mi}
                    ---
                    """, i, i % 10, replicas, i, i, IMAGE));
        }
        return load(yaml, "deployments.yaml");
    }

    /** A preview of the generated nodes, settled. */
    static PreviewCluster withNodes(int nodes) {
        PreviewCluster preview = new PreviewCluster();
        checkApplied(preview.apply(nodes(nodes)));
        preview.settle();
        return preview;
    }

    /** Applies objects and fails when one was not created or configured. */
    static void checkApplied(List<AppliedObject> results) {
        results.stream().filter(result -> result.outcome() == AppliedObject.Outcome.FAILED).findFirst()
                .ifPresent(failed -> {
                    throw new IllegalStateException("not applied: " + failed);
                });
    }

    /** Fails unless the cluster runs exactly {@code pods} pods, each Running and Ready with the given image. */
    static void checkRunning(PreviewCluster preview, int pods, String image) {
        List<Pod> all = preview.list(CoreV1Package.Literals.POD, null);
        long running = all.stream().filter(pod -> "Running".equals(pod.getStatus().getPhase()))
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                .filter(pod -> image.equals(pod.getSpec().getContainers().get(0).getImage()))
                .filter(pod -> pod.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus())))
                .count();
        if (running != pods || all.size() != pods) {
            throw new IllegalStateException(running + " of " + all.size() + " pods run " + image + ", expected "
                    + pods + " at " + preview.clock().now());
        }
    }

    /**
     * Whether every Deployment has rolled out its latest template to all its replicas and no other pod is left (as
     * {@code kubectl rollout status}, plus the old pods gone).
     */
    static boolean rolledOut(PreviewCluster preview) {
        int expectedPods = 0;
        for (Deployment deployment : preview.<Deployment>list(AppsV1Package.Literals.DEPLOYMENT, null)) {
            DeploymentStatus status = deployment.getStatus();
            Integer replicas = deployment.getSpec().getReplicas();
            if (status == null || !deployment.getMetadata().getGeneration().equals(status.getObservedGeneration())
                    || !replicas.equals(status.getUpdatedReplicas()) || !replicas.equals(status.getAvailableReplicas())
                    || !replicas.equals(status.getReplicas())) {
                return false;
            }
            expectedPods += replicas;
        }
        return preview.list(CoreV1Package.Literals.POD, null).size() == expectedPods;
    }

    /** Advances virtual time second by second until every Deployment has rolled out; fails after an hour. */
    static void runUntilRolledOut(PreviewCluster preview) {
        preview.settle();
        for (int second = 0; !rolledOut(preview); second++) {
            if (second == 3600) {
                throw new IllegalStateException("not rolled out after an hour at " + preview.clock().now());
            }
            preview.advance(Duration.ofSeconds(1));
        }
    }

    private static List<EObject> load(CharSequence yaml, String name) {
        LoadResult result = LOADER.loadText(yaml.toString(), name);
        if (result.hasErrors()) {
            throw new IllegalStateException("generated manifests do not load: " + result.diagnostics());
        }
        return List.copyOf(result.objects());
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
