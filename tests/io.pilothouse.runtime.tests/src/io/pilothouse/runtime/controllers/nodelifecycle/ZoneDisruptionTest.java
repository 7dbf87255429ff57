package io.pilothouse.runtime.controllers.nodelifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.VirtualClock;

/**
 * Zone disruption and the rate limit of NoExecute taints on three zones of region {@code eu}: zone a has four nodes
 * (a-1 to a-4), zones b and c two each. Kubelets report NotReady at exact virtual times (seconds after the epoch);
 * each zone's NoExecute taints are spaced by its token bucket (0.1/s, burst 1), and a limiter swapped in while the
 * old one has no token starts without its own, as upstream's {@code SwapLimiter}: after leaving master disruption
 * mode at 700 s the first taints come at 710 s.
 */
class ZoneDisruptionTest {

    private static final String ZONE_A = "eu:\0:eu-a";

    private final Cluster cluster = new Cluster();
    private final NodeHeartbeats heartbeats = new NodeHeartbeats(cluster.store());
    private final NodeLifecycleController controller = new NodeLifecycleController();

    ZoneDisruptionTest() {
        cluster.add(controller);
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "nodelifecycle",
                "zones.yaml");
        for (EObject object : new ManifestLoader(KindRegistry.builtIn()).load(path).objects()) {
            Node node = cluster.store().create((Node) object);
            heartbeats.setNodeReady(node.getMetadata().getName(), true);
        }
        cluster.settle();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                   | Normal
            T                    | Normal
            F                    | FullDisruption
            F,F,F                | FullDisruption
            T,F                  | Normal
            T,F,F                | Normal
            T,F,F,F              | PartialDisruption
            T,T,F,F,F            | PartialDisruption
            T,T,T,F,F,F          | Normal
            T,T,T,T,T,T,T,T,T,T,F,F,F,F,F,F,F,F,F,F | Normal
            T,T,T,T,T,T,T,T,T,F,F,F,F,F,F,F,F,F,F,F | PartialDisruption
            """)
    void zoneStateFollowsTheShareOfNodesNotReady(String ready, ZoneState expected) {
        List<Boolean> nodes = ready.isEmpty()
                ? List.of()
                : Arrays.stream(ready.split(",")).map("T"::equals).toList();
        assertEquals(expected, ZoneDisruption.zoneState(nodes));
    }

    @Test
    void partialDisruptionStopsTheTaintsOfASmallZoneAndFullDisruptionResumesThemTenSecondsApart() {
        assertEquals(Map.of(ZONE_A, ZoneState.Normal, "eu:\0:eu-b", ZoneState.Normal, "eu:\0:eu-c",
                ZoneState.Normal), controller.zoneStates());
        notReadyAt(10, "a-1");
        notReadyAt(12, "a-2");
        assertEquals("a-1@10", noExecuteTaints());
        notReadyAt(14, "a-3");
        assertEquals(ZoneState.PartialDisruption, controller.zoneStates().get(ZONE_A));
        cluster.advance(Duration.ofSeconds(1));
        assertEquals("a-1@10", noExecuteTaints());
        notReadyAt(16, "a-4");
        assertEquals(ZoneState.FullDisruption, controller.zoneStates().get(ZONE_A));
        cluster.advance(Duration.ofSeconds(9));
        assertEquals("a-1@10", noExecuteTaints());
        cluster.advance(Duration.ofSeconds(1));
        assertEquals("a-1@10 a-2@26", noExecuteTaints());
        cluster.advance(Duration.ofMinutes(5));
        assertEquals("a-1@10 a-2@26 a-3@36 a-4@46", noExecuteTaints());
        assertEquals(ZoneState.Normal, controller.zoneStates().get("eu:\0:eu-b"));
        assertEquals(List.of(
                "\"Initializing eviction metric for zone\" zone=\"eu:\\x00:eu-a\"",
                "\"Initializing eviction metric for zone\" zone=\"eu:\\x00:eu-b\"",
                "\"Initializing eviction metric for zone\" zone=\"eu:\\x00:eu-c\"",
                "\"Controller detected that zone is now in new state\" zone=\"eu:\\x00:eu-a\" newState=\"Normal\"",
                "\"Controller detected that zone is now in new state\" zone=\"eu:\\x00:eu-b\" newState=\"Normal\"",
                "\"Controller detected that zone is now in new state\" zone=\"eu:\\x00:eu-c\" newState=\"Normal\"",
                "\"Controller detected that zone is now in new state\" zone=\"eu:\\x00:eu-a\" "
                        + "newState=\"PartialDisruption\"",
                "\"Controller detected that zone is now in new state\" zone=\"eu:\\x00:eu-a\" "
                        + "newState=\"FullDisruption\""),
                controller.log());
    }

    @Test
    void allZonesFullyDisruptedStopAllTaintingUntilANodeIsReadyAgain() {
        for (String node : List.of("a-1", "a-2", "a-3", "a-4", "b-1", "b-2", "c-1")) {
            notReadyAt(10, node);
        }
        cluster.advance(Duration.ofMinutes(1));
        assertEquals("a-1@10 a-2@20 a-3@30 a-4@40 b-1@10 b-2@20 c-1@10", noExecuteTaints());
        notReadyAt(100, "c-2");
        assertEquals("", noExecuteTaints());
        assertEquals(Map.of(ZONE_A, ZoneState.FullDisruption, "eu:\0:eu-b", ZoneState.FullDisruption,
                "eu:\0:eu-c", ZoneState.FullDisruption), controller.zoneStates());
        cluster.advance(Duration.ofMinutes(10));
        assertEquals("", noExecuteTaints());

        heartbeats.setNodeReady("c-2", true);
        assertEquals("2026-01-01T00:11:40Z", cluster.clock().now().toString());
        cluster.settle();
        assertEquals(ZoneState.Normal, controller.zoneStates().get("eu:\0:eu-c"));
        cluster.advance(Duration.ofMinutes(1));
        assertEquals("a-1@710 a-2@720 a-3@730 a-4@740 b-1@710 b-2@720 c-1@710", noExecuteTaints());
        List<String> log = controller.log();
        assertEquals(List.of(
                "\"Controller detected that all Nodes are not-Ready. Entering master disruption mode\"",
                "\"Controller detected that some Nodes are Ready. Exiting master disruption mode\""),
                log.stream().filter(line -> line.contains("master disruption")).toList());
    }

    private void notReadyAt(int second, String node) {
        cluster.advance(Duration.between(cluster.clock().now(), VirtualClock.EPOCH.plusSeconds(second)));
        heartbeats.setNodeReady(node, false);
        cluster.settle();
    }

    /** The nodes with a NoExecute taint, with the second it was added at. */
    private String noExecuteTaints() {
        Map<String, String> taints = new TreeMap<>();
        for (EObject object : cluster.store().list(CoreV1Package.Literals.NODE, null, null)) {
            Node node = (Node) object;
            List<String> added = new ArrayList<>();
            for (Taint taint : node.getSpec() == null ? List.<Taint>of() : node.getSpec().getTaints()) {
                if ("NoExecute".equals(taint.getEffect())) {
                    added.add(Long.toString(taint.getTimeAdded().toInstant().getEpochSecond()
                            - VirtualClock.EPOCH.getEpochSecond()));
                }
            }
            if (!added.isEmpty()) {
                taints.put(node.getMetadata().getName(), String.join(",", added));
            }
        }
        List<String> parts = new ArrayList<>();
        taints.forEach((node, at) -> parts.add(node + "@" + at));
        return String.join(" ", parts);
    }
}
