package io.pilothouse.runtime.controllers.nodelifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeCondition;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.VirtualClock;

/**
 * The issue's acceptance scenario, NoExecute eviction after tolerationSeconds: node-1's kubelet stops posting at
 * t=0 while node-2 stays healthy; states are checked at exact virtual times.
 */
class NodeLifecycleScenarioTest {

    private static final String T0 = "2026-01-01T00:00:00Z";
    private static final String T50 = "2026-01-01T00:00:50Z";

    private final Cluster cluster = new Cluster();
    private final NodeHeartbeats heartbeats = new NodeHeartbeats(cluster.store());

    NodeLifecycleScenarioTest() {
        cluster.add(new NodeLifecycleController());
        cluster.add(new TaintEvictionController());
        for (EObject object : load()) {
            cluster.store().create(object);
            if (object instanceof Node node) {
                heartbeats.setNodeReady(node.getMetadata().getName(), true);
            }
        }
        cluster.settle();
    }

    @Test
    void nodeTurnsUnknownAndUnreachableAtTheEndOfTheGracePeriod() {
        heartbeats.stopHeartbeat("node-1");
        cluster.advance(Duration.ofSeconds(49));
        assertEquals("Ready True KubeletReady " + T0 + " " + T0, ready("node-1"));
        assertEquals("", taints("node-1"));

        cluster.advance(Duration.ofSeconds(1));
        assertEquals("Ready Unknown NodeStatusUnknown " + T0 + " " + T50, ready("node-1"));
        assertEquals("Kubelet stopped posting node status.", condition(node("node-1"), "Ready").getMessage());
        assertEquals("MemoryPressure Unknown NodeStatusUnknown " + T0 + " " + T50,
                describe(condition(node("node-1"), "MemoryPressure")));
        assertEquals("node.kubernetes.io/unreachable:NoSchedule@" + T50 + " node.kubernetes.io/unreachable:NoExecute@"
                + T50, taints("node-1"));
        assertEquals("Ready True KubeletReady " + T0 + " " + T0, ready("node-2"));
        assertEquals("", taints("node-2"));
    }

    @Test
    void podsAreEvictedAsTheirTolerationsSay() {
        heartbeats.stopHeartbeat("node-1");
        cluster.advance(Duration.ofSeconds(50));
        assertEquals(T50, deletion("web-abc"));
        assertEquals("DisruptionTarget True DeletionByTaintManager " + T50, disruption("web-abc"));
        assertNull(deletion("web-tolerating-60"));

        cluster.advance(Duration.ofSeconds(59));
        assertNull(deletion("web-tolerating-60"));
        cluster.advance(Duration.ofSeconds(1));
        assertEquals("2026-01-01T00:01:50Z", deletion("web-tolerating-60"));
        assertEquals("DisruptionTarget True DeletionByTaintManager 2026-01-01T00:01:50Z",
                disruption("web-tolerating-60"));

        cluster.advance(Duration.ofHours(1));
        assertEquals("2026-01-01T00:05:50Z", deletion("web-tolerating-300"));
        assertNull(deletion("web-tolerating-forever"));
        assertNull(deletion("web-elsewhere"));
        assertEquals(List.of(
                "00:00:50 Node node-1 NodeNotReady: Node node-1 status is now: NodeNotReady",
                "00:00:50 Pod web-abc TaintManagerEviction: Marking for deletion Pod default/web-abc",
                "00:01:50 Pod web-tolerating-60 TaintManagerEviction: Marking for deletion Pod "
                        + "default/web-tolerating-60",
                "00:05:50 Pod web-tolerating-300 TaintManagerEviction: Marking for deletion Pod "
                        + "default/web-tolerating-300"),
                events());
    }

    @Test
    void resumedHeartbeatRemovesTheTaintsAndCancelsPendingEvictions() {
        heartbeats.stopHeartbeat("node-1");
        cluster.advance(Duration.ofSeconds(200));
        heartbeats.resumeHeartbeat("node-1");
        cluster.settle();
        assertEquals("Ready True KubeletReady 2026-01-01T00:03:20Z 2026-01-01T00:03:20Z", ready("node-1"));
        assertEquals("", taints("node-1"));

        cluster.advance(Duration.ofHours(1));
        assertNull(deletion("web-tolerating-300"));
        assertNull(deletion("web-tolerating-forever"));
        assertEquals("00:03:20 Pod web-tolerating-300 TaintManagerEviction: Cancelling deletion of Pod "
                + "default/web-tolerating-300", events().get(events().size() - 1));
        assertEquals(4, events().size());
    }

    @Test
    void notReadyKubeletGetsTheNotReadyTaintsAtOnceAndOnlyTheNotReadyTolerationCounts() {
        cluster.advance(Duration.ofSeconds(10));
        heartbeats.setNodeReady("node-1", false);
        cluster.settle();
        String t10 = "2026-01-01T00:00:10Z";
        assertEquals("Ready False KubeletNotReady " + t10 + " " + t10, ready("node-1"));
        assertEquals("node.kubernetes.io/not-ready:NoSchedule@" + t10 + " node.kubernetes.io/not-ready:NoExecute@"
                + t10, taints("node-1"));
        assertEquals(t10, deletion("web-abc"));
        assertEquals(t10, deletion("web-tolerating-60"));
        assertNull(deletion("web-tolerating-forever"));

        heartbeats.setNodeReady("node-1", true);
        cluster.advance(Duration.ofHours(1));
        assertEquals("", taints("node-1"));
        assertNull(deletion("web-tolerating-forever"));
    }

    @Test
    void stoppedKubeletCannotReportReadiness() {
        heartbeats.stopHeartbeat("node-1");
        assertThrows(IllegalStateException.class, () -> heartbeats.setNodeReady("node-1", true));
    }

    @Test
    void sameScenarioGivesTheSameCluster() {
        assertEquals(runScenario(), runScenario());
    }

    private static String runScenario() {
        NodeLifecycleScenarioTest scenario = new NodeLifecycleScenarioTest();
        scenario.heartbeats.stopHeartbeat("node-1");
        scenario.cluster.advance(Duration.ofSeconds(200));
        scenario.heartbeats.resumeHeartbeat("node-1");
        scenario.cluster.advance(Duration.ofMinutes(10));
        List<EObject> all = new ArrayList<>();
        all.addAll(scenario.cluster.store().list(CoreV1Package.Literals.NODE, null, null));
        all.addAll(scenario.cluster.store().list(CoreV1Package.Literals.POD, null, null));
        all.addAll(scenario.cluster.store().list(EventsV1Package.Literals.EVENT, null, null));
        return new ManifestWriter(KindRegistry.builtIn()).toYaml(all, new UnknownFields());
    }

    private static List<EObject> load() {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "nodelifecycle",
                "cluster.yaml");
        return new ManifestLoader(KindRegistry.builtIn()).load(path).objects();
    }

    private Node node(String name) {
        return cluster.store().get(CoreV1Package.Literals.NODE, "", name);
    }

    private String ready(String name) {
        return describe(condition(node(name), "Ready"));
    }

    private static NodeCondition condition(Node node, String type) {
        return node.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst()
                .orElseThrow();
    }

    private static String describe(NodeCondition c) {
        return c.getType() + " " + c.getStatus() + " " + c.getReason() + " " + c.getLastHeartbeatTime() + " "
                + c.getLastTransitionTime();
    }

    private String taints(String name) {
        Node node = node(name);
        List<String> taints = new ArrayList<>();
        if (node.getSpec() != null) {
            node.getSpec().getTaints().forEach(t -> taints.add(t.getKey() + ":" + t.getEffect() + "@"
                    + t.getTimeAdded()));
        }
        return String.join(" ", taints);
    }

    private String deletion(String pod) {
        Pod current = cluster.store().get(CoreV1Package.Literals.POD, "default", pod);
        Time requested = current.getMetadata().getDeletionTimestamp();
        return requested == null
                ? null
                : requested.toInstant().minusSeconds(
                        current.getMetadata().getDeletionGracePeriodSeconds()).toString();
    }

    private String disruption(String pod) {
        Pod current = cluster.store().get(CoreV1Package.Literals.POD, "default", pod);
        PodCondition c = current.getStatus().getConditions().stream()
                .filter(p -> "DisruptionTarget".equals(p.getType())).findFirst().orElseThrow();
        assertEquals("Taint manager: deleting due to NoExecute taint", c.getMessage());
        return c.getType() + " " + c.getStatus() + " " + c.getReason() + " " + c.getLastTransitionTime();
    }

    private List<String> events() {
        List<String> events = new ArrayList<>();
        for (EObject object : cluster.store().list(EventsV1Package.Literals.EVENT, null, null)) {
            Event event = (Event) object;
            String at = event.getDeprecatedFirstTimestamp().toInstant().toString().substring(11, 19);
            events.add(at + " " + event.getRegarding().getKind() + " " + event.getRegarding().getName() + " "
                    + event.getReason() + ": " + event.getNote());
        }
        events.sort(null);
        return events;
    }

    static {
        assertEquals(T0, VirtualClock.EPOCH.toString());
    }
}
