package io.pilothouse.runtime.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.api.patch.PatchType;

class PreviewClusterTest {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    @Test
    void defaultClusterIsThreeKubeadmWorkers() {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(load(Path.of("resources", "preview", "web.yaml")));
        preview.settle();
        List<Node> nodes = preview.list(CoreV1Package.Literals.NODE, null);
        assertEquals(List.of("worker-a", "worker-b", "worker-c"),
                nodes.stream().map(node -> node.getMetadata().getName()).toList());
        Node node = nodes.get(1);
        assertEquals("{kubernetes.io/arch=amd64, kubernetes.io/hostname=worker-b, kubernetes.io/os=linux, "
                + "topology.kubernetes.io/region=region-1, topology.kubernetes.io/zone=zone-b}",
                new TreeMap<>(node.getMetadata().getLabels().map()).toString());
        assertEquals("{cpu=4, memory=16Gi, pods=110}", quantities(node.getStatus().getCapacity().map()));
        assertEquals("{cpu=4, memory=16Gi, pods=110}", quantities(node.getStatus().getAllocatable().map()));
        assertEquals("v1.36.0", node.getStatus().getNodeInfo().getKubeletVersion());
        assertEquals("linux/amd64", node.getStatus().getNodeInfo().getOperatingSystem() + "/"
                + node.getStatus().getNodeInfo().getArchitecture());
        assertEquals("Ready=True KubeletReady", node.getStatus().getConditions().stream()
                .filter(condition -> condition.getType().equals("Ready"))
                .map(c -> c.getType() + "=" + c.getStatus() + " " + c.getReason()).findFirst().orElseThrow());
    }

    @Test
    void nodesOfTheInputReplaceTheDefaultCluster() {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(load(Path.of(System.getProperty("pilothouse.repo", "../.."), "examples", "shop", "cluster",
                "nodes.yaml")));
        preview.settle();
        assertEquals(List.of("gpu-a", "worker-a", "worker-b", "worker-c"),
                preview.<Node>list(CoreV1Package.Literals.NODE, null).stream()
                        .map(node -> node.getMetadata().getName()).toList());
    }

    @Test
    void shopExampleRunsItsWorkloadsOnTheWorkers() throws IOException {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(shop());
        preview.settle();
        preview.advance(Duration.ofSeconds(30));
        assertEquals(List.of(
                "shop/api-xxxxx Running Ready worker-x",
                "shop/api-xxxxx Running Ready worker-x",
                "shop/frontend-xxxxx Running Ready worker-x",
                "shop/frontend-xxxxx Running Ready worker-x",
                "shop/frontend-xxxxx Running Ready worker-x",
                "shop/inference-xxxxx Unschedulable NotReady -",
                "shop/redis-0 Running Ready worker-x",
                "shop/redis-1 Running Ready worker-x",
                "shop/redis-2 Running Ready worker-x"), pods(preview));
        Deployment frontend = preview.get(AppsV1Package.Literals.DEPLOYMENT, "shop", "frontend");
        assertEquals(3, frontend.getStatus().getReadyReplicas());
    }

    @Test
    void restoreRewindsToTheSnapshot() throws IOException {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(load(Path.of("resources", "preview", "web.yaml")));
        preview.settle();
        PreviewCluster.Snapshot settled = preview.snapshot();
        List<String> before = pods(preview);
        String beforeVersion = preview.store().resourceVersion();
        preview.patch(AppsV1Package.Literals.DEPLOYMENT, "default", "web", PatchType.JSON_MERGE,
                "{\"spec\":{\"replicas\":1}}");
        preview.advance(Duration.ofMinutes(1));
        assertEquals(List.of("default/web-xxxxx Running Ready worker-x"), pods(preview));
        preview.restore(settled);
        assertEquals(before, pods(preview));
        assertEquals(beforeVersion, preview.store().resourceVersion());
        assertEquals(VirtualClock.EPOCH, preview.clock().now());
    }

    @Test
    void evictionsAreReplayed() {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(load(Path.of("resources", "preview", "web.yaml")));
        preview.settle();
        String evicted = preview.<Pod>list(CoreV1Package.Literals.POD, null).get(0).getMetadata().getName();
        preview.evict("default", evicted);
        preview.advance(Duration.ofMinutes(1));
        List<String> after = podNames(preview);
        preview.restore(preview.snapshot());
        assertEquals(after, podNames(preview));
        assertEquals(List.of(false, 2), List.of(after.contains(evicted), after.size()));
    }

    private static List<String> podNames(PreviewCluster preview) {
        return preview.<Pod>list(CoreV1Package.Literals.POD, null).stream()
                .map(pod -> pod.getMetadata().getName()).toList();
    }

    @Test
    void listenersHearEveryOperation() {
        PreviewCluster preview = new PreviewCluster();
        List<String> heard = new ArrayList<>();
        preview.addChangeListener(cluster -> heard.add(cluster.clock().now().toString()));
        preview.apply(load(Path.of("resources", "preview", "web.yaml")));
        preview.advance(Duration.ofSeconds(5));
        assertEquals(List.of("2026-01-01T00:00:00Z", "2026-01-01T00:00:05Z"), heard);
    }

    /** {@code namespace/name phase ready node}, with the random suffix and node masked, sorted. */
    private static List<String> pods(PreviewCluster preview) {
        return preview.<Pod>list(CoreV1Package.Literals.POD, null).stream()
                .map(pod -> pod.getMetadata().getNamespace() + "/"
                        + pod.getMetadata().getName().replaceAll("-[a-z0-9]+-[a-z0-9]{5}$", "-xxxxx") + " "
                        + phaseOrUnschedulable(pod) + " " + (ready(pod) ? "Ready" : "NotReady") + " "
                        + (pod.getSpec().getNodeName() == null
                                ? "-"
                                : pod.getSpec().getNodeName().replaceAll("-[abc]$", "-x")))
                .sorted().toList();
    }

    /** The phase, or the reason of PodScheduled=False for a pod the scheduler could not place. */
    private static String phaseOrUnschedulable(Pod pod) {
        return pod.getStatus().getConditions().stream()
                .filter(c -> c.getType().equals("PodScheduled") && c.getStatus().equals("False"))
                .map(c -> c.getReason()).findFirst().orElse(pod.getStatus().getPhase());
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus().getConditions().stream()
                .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
    }

    private static String quantities(java.util.Map<String, ?> map) {
        return new TreeMap<>(map).toString();
    }

    private static List<EObject> shop() throws IOException {
        Path directory = Path.of(System.getProperty("pilothouse.repo", "../.."), "examples", "shop");
        List<EObject> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                objects.addAll(load(file));
            }
        }
        objects.addAll(load(Path.of("resources", "preview", "shop-service-account.yaml")));
        return objects;
    }

    private static List<EObject> load(Path file) {
        LoadResult result = LOADER.load(file);
        assertEquals(List.of(), result.diagnostics().stream()
                .filter(d -> d.severity() == io.pilothouse.model.io.Diagnostic.Severity.ERROR).toList(), file + "");
        return result.objects();
    }
}
