package io.pilothouse.runtime.scheduler.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;

/** The snapshot's per-node counts of the pods a filter matches, kept up to date as pods come and go. */
class SnapshotPodCountsTest {

    private static final Predicate<PodInfo> WEB = pod -> "web".equals(pod.labels().get("app"));

    private final Snapshot snapshot = new Snapshot();

    @BeforeEach
    void nodesWithPods() {
        snapshot.putNode(SchedulerTestObjects.nodeWith("a", "4", "8Gi", 110));
        snapshot.putNode(SchedulerTestObjects.nodeWith("b", "4", "8Gi", 110));
        snapshot.addPod(PodInfo.of(pod("web-1", "web")), "a");
        snapshot.addPod(PodInfo.of(pod("web-2", "web")), "a");
        snapshot.addPod(PodInfo.of(pod("db-1", "db")), "a");
        snapshot.addPod(PodInfo.of(pod("web-3", "web")), "b");
    }

    @Test
    void countsThePodsOnEachNodeWhenFirstAsked() {
        assertEquals(Map.of("a", 2, "b", 1), counted(snapshot.podCounts("web", WEB)));
        assertEquals(0, snapshot.podCounts("web", WEB).on("c"));
    }

    @Test
    void aFilterThatNeedsALabelIsFirstCountedOverThePodsWithIt() {
        snapshot.removePod("default/web-2");
        snapshot.addPod(PodInfo.of(pod("web-2", "db")), "b");
        assertEquals(Map.of("a", 1, "b", 1), counted(snapshot.podCounts("by-label", WEB, Map.entry("app", "web"))));
        assertEquals(Map.of(), counted(snapshot.podCounts("no-cache", WEB, Map.entry("app", "cache"))));
    }

    @Test
    void followsPodsAddedRemovedAndRelabelled() {
        Snapshot.PodCounts web = snapshot.podCounts("web", WEB);
        snapshot.addPod(PodInfo.of(pod("web-4", "web")), "b");
        snapshot.removePod("default/web-1");
        snapshot.addPod(PodInfo.of(pod("db-1", "web")), "b");
        snapshot.addPod(PodInfo.of(pod("web-3", "db")), "b");
        assertEquals(Map.of("a", 1, "b", 2), counted(web));
        assertSame(web, snapshot.podCounts("web", WEB));
    }

    @Test
    void forgetsTheLeastRecentlyUsedFilterAndCountsItAgain() {
        Snapshot.PodCounts web = snapshot.podCounts("web", WEB);
        for (int i = 0; i < Snapshot.MAX_POD_COUNTS; i++) {
            snapshot.podCounts("other-" + i, pod -> false);
        }
        snapshot.removePod("default/web-2");
        Snapshot.PodCounts again = snapshot.podCounts("web", WEB);
        assertNotSame(web, again);
        assertEquals(Map.of("a", 1, "b", 1), counted(again));
    }

    private static Map<String, Integer> counted(Snapshot.PodCounts counts) {
        Map<String, Integer> byNode = new TreeMap<>();
        counts.forEachNode(byNode::put);
        return byNode;
    }

    private static Pod pod(String name, String app) {
        return (Pod) SchedulerTestObjects.objects("apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name
                + "\n  namespace: default\n  labels: {app: " + app + "}\nspec:\n  containers: [{name: c}]\n").get(0);
    }
}
