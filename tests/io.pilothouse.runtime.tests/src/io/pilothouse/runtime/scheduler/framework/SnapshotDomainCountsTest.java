package io.pilothouse.runtime.scheduler.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;

/**
 * The snapshot's counts per topology domain, of the pods a filter matches and of the terms pods carry, kept up to
 * date as pods come and go and nodes are relabelled, removed and added again. Nodes a and b are in zone z1, c in z2.
 */
class SnapshotDomainCountsTest {

    private static final Predicate<PodInfo> WEB = pod -> "web".equals(pod.labels().get("app"));
    /** A pod labelled {@code term: x} carries the zone term x, twice when also labelled {@code twice: "yes"}. */
    private static final Function<PodInfo, List<ZoneTerm>> TERMS = pod -> {
        String name = pod.labels().get("term");
        if (name == null) {
            return List.of();
        }
        ZoneTerm term = new ZoneTerm(name);
        return pod.labels().containsKey("twice") ? List.of(term, term) : List.of(term);
    };

    private final Snapshot snapshot = new Snapshot();

    private record ZoneTerm(String name) implements TopologyTerm {

        @Override
        public String topologyKey() {
            return "zone";
        }
    }

    @BeforeEach
    void nodesWithPods() {
        node("a", "z1");
        node("b", "z1");
        node("c", "z2");
        add("web-1", "app: web, term: x", "a");
        add("web-2", "app: web, term: x", "a");
        add("db-1", "app: db, term: 'y', twice: 'yes'", "b");
        add("web-3", "app: web, term: 'y'", "c");
    }

    @Test
    void countsMatchingPodsPerDomainWhenFirstAsked() {
        assertEquals(Map.of("z1", 2, "z2", 1), counted(snapshot.podCounts("web", WEB).domains("zone")));
        assertEquals(Map.of("a", 2, "c", 1), counted(snapshot.podCounts("web", WEB).domains("hostname")));
        assertEquals(0, snapshot.podCounts("web", WEB).domains("zone").get("z3"));
    }

    @Test
    void countsEachDistinctTermPerDomain() {
        assertEquals("x{z1=2} y{z1=2, z2=1}", counted(snapshot.termCounts(TERMS)));
        assertSame(snapshot.termCounts(TERMS), snapshot.termCounts(TERMS));
    }

    @Test
    void followsPodsAddedRemovedAndReplaced() {
        DomainCounts web = snapshot.podCounts("web", WEB).domains("zone");
        TermCounts<ZoneTerm> terms = snapshot.termCounts(TERMS);
        snapshot.removePod("default/web-1");
        snapshot.removePod("default/web-3");
        add("db-1", "app: web, term: z", "c");
        assertEquals(Map.of("z1", 1, "z2", 1), counted(web));
        assertEquals("x{z1=1} z{z2=1}", counted(terms));
        snapshot.removePod("default/web-2");
        assertEquals("z{z2=1}", counted(terms), "a term no pod carries is gone");
    }

    @Test
    void followsNodeLabelChanges() {
        DomainCounts web = snapshot.podCounts("web", WEB).domains("zone");
        TermCounts<ZoneTerm> terms = snapshot.termCounts(TERMS);
        node("a", "z2");
        assertEquals(Map.of("z2", 3), counted(web));
        assertEquals("x{z2=2} y{z1=2, z2=1}", counted(terms));
        snapshot.putNode(SchedulerTestObjects.node("c", "  labels: {hostname: c}\n"));
        assertEquals(Map.of("z2", 2), counted(web), "a node without the key is in no domain");
        assertEquals("x{z2=2} y{z1=2}", counted(terms));
        node("c", "z1");
        assertEquals(Map.of("z1", 1, "z2", 2), counted(web));
        assertEquals("x{z2=2} y{z1=3}", counted(terms));
    }

    @Test
    void countsPodsOnlyWhileTheirNodeExists() {
        DomainCounts web = snapshot.podCounts("web", WEB).domains("zone");
        TermCounts<ZoneTerm> terms = snapshot.termCounts(TERMS);
        snapshot.removeNode("a");
        assertEquals(Map.of("z2", 1), counted(web));
        assertEquals(Map.of("a", 2, "c", 1), counted(snapshot.podCounts("web", WEB)), "per node, pods still count");
        assertEquals("x{} y{z1=2, z2=1}", counted(terms));
        assertEquals(Map.of("z2", 1), counted(snapshot.podCounts("web-again", WEB).domains("zone")));
        node("a", "z2");
        assertEquals(Map.of("z2", 3), counted(web));
        assertEquals("x{z2=2} y{z1=2, z2=1}", counted(terms));
    }

    @Test
    void ignoresNodeUpdatesThatKeepTheLabels() {
        DomainCounts web = snapshot.podCounts("web", WEB).domains("zone");
        node("a", "z1");
        node("a", "z1");
        assertEquals(Map.of("z1", 2, "z2", 1), counted(web));
    }

    private void node(String name, String zone) {
        snapshot.putNode(SchedulerTestObjects.node(name, "  labels: {hostname: " + name + ", zone: " + zone + "}\n"));
    }

    private void add(String name, String labels, String nodeName) {
        Pod pod = (Pod) SchedulerTestObjects.objects("apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name
                + "\n  namespace: default\n  labels: {" + labels + "}\nspec:\n  containers: [{name: c}]\n").get(0);
        snapshot.addPod(PodInfo.of(pod), nodeName);
    }

    private static Map<String, Integer> counted(DomainCounts counts) {
        Map<String, Integer> byValue = new TreeMap<>();
        counts.forEach(byValue::put);
        assertEquals(byValue.size(), counts.size());
        byValue.forEach((value, count) -> assertEquals(count, counts.get(value)));
        return byValue;
    }

    private static Map<String, Integer> counted(Snapshot.PodCounts counts) {
        Map<String, Integer> byNode = new TreeMap<>();
        counts.forEachNode(byNode::put);
        return byNode;
    }

    private static String counted(TermCounts<ZoneTerm> counts) {
        List<String> terms = new ArrayList<>();
        counts.forEach((term, domains) -> terms.add(term.name() + counted(domains)));
        terms.sort(null);
        return String.join(" ", terms);
    }
}
