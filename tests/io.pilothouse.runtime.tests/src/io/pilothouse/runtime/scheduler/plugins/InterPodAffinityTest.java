package io.pilothouse.runtime.scheduler.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * InterPodAffinity's Filter and Score over four nodes: a and b in zone z1, c in zone z2, d without a zone; the
 * namespaces default (team a), other (no labels) and third (team b). Outcomes per node: ok, affinity (the incoming
 * pod's affinity), anti (its anti-affinity), existing (an existing pod's anti-affinity); skip when PreFilter skips.
 */
class InterPodAffinityTest {

    private static final String WEB = "app: web";
    private static final String DB = "app: db";
    private static final String WEB_HOST_TERM = term("hostname", "{matchLabels: {app: web}}", "");
    private static final String ANTI_WEB_HOST = anti("hostname", "{matchLabels: {app: web}}", "");
    private static final String ANTI_WEB_ZONE = anti("zone", "{matchLabels: {app: web}}", "");
    /** Every template, by name: namespace, labels and affinity. */
    private static final Map<String, String[]> PODS = Map.ofEntries(
            Map.entry("web", new String[] {"default", WEB, ""}),
            Map.entry("web-other", new String[] {"other", WEB, ""}),
            Map.entry("web-third", new String[] {"third", WEB, ""}),
            Map.entry("db", new String[] {"default", DB, ""}),
            Map.entry("web-v1", new String[] {"default", "app: web, version: v1", ""}),
            Map.entry("web-v2", new String[] {"default", "app: web, version: v2", ""}),
            Map.entry("anti-web-host", new String[] {"default", WEB, ANTI_WEB_HOST}),
            Map.entry("anti-web-zone", new String[] {"default", WEB, ANTI_WEB_ZONE}),
            Map.entry("anti-web-host-twice", new String[] {"default", DB, "podAntiAffinity: "
                    + "{requiredDuringSchedulingIgnoredDuringExecution: [" + WEB_HOST_TERM + ", " + WEB_HOST_TERM
                    + "]}"}),
            Map.entry("anti-web-team-a", new String[] {"other", DB,
                    anti("hostname", "{matchLabels: {app: web}}", ", namespaceSelector: {matchLabels: {team: a}}")}),
            Map.entry("anti-web-all-ns", new String[] {"other", DB,
                    anti("hostname", "{matchLabels: {app: web}}", ", namespaceSelector: {}")}),
            Map.entry("anti-malformed-prefer-web-zone", new String[] {"default", DB,
                    anti("hostname", "{matchExpressions: [{key: app, operator: In, values: []}]}", "")
                            + ", podAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 4, "
                            + "podAffinityTerm: " + term("zone", "{matchLabels: {app: web}}", "") + "}]}"}),
            Map.entry("anti-web-same-version", new String[] {"default", "app: db, version: v1",
                    anti("hostname", "{matchLabels: {app: web}}", ", matchLabelKeys: [version]")}),
            Map.entry("affinity-db-zone", new String[] {"default", WEB,
                    "podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: ["
                            + term("zone", "{matchLabels: {app: db}}", "") + "]}"}),
            Map.entry("affinity-web-zone", new String[] {"default", WEB,
                    "podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: ["
                            + term("zone", "{matchLabels: {app: web}}", "") + "]}"}),
            Map.entry("affinity-web-zone-host", new String[] {"default", WEB,
                    "podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: ["
                            + term("zone", "{matchLabels: {app: web}}", "") + ", "
                            + WEB_HOST_TERM + "]}"}),
            Map.entry("prefer-db-zone-avoid-web-host", new String[] {"default", "app: cache",
                    "podAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 10, podAffinityTerm: "
                            + term("zone", "{matchLabels: {app: db}}", "") + "}]}, "
                            + "podAntiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 5, "
                            + "podAffinityTerm: " + WEB_HOST_TERM + "}]}"}),
            Map.entry("prefer-avoiding-web-host", new String[] {"default", DB,
                    "podAntiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 7, "
                            + "podAffinityTerm: " + WEB_HOST_TERM + "}]}"}),
            Map.entry("prefer-web-zone", new String[] {"default", DB,
                    "podAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 3, "
                            + "podAffinityTerm: " + term("zone", "{matchLabels: {app: web}}", "") + "}]}"}),
            Map.entry("requires-web-zone", new String[] {"default", DB,
                    "podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: ["
                            + term("zone", "{matchLabels: {app: web}}", "") + "]}"}));

    private VolumeTestCluster cluster;
    private int created;

    @BeforeEach
    void fourNodesThreeNamespaces() {
        cluster = new VolumeTestCluster();
        cluster.create("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: other}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: third, labels: {team: b}}
                """);
        labelNamespace("default", "a");
        cluster.node("a", "{hostname: a, zone: z1}");
        cluster.node("b", "{hostname: b, zone: z1}");
        cluster.node("c", "{hostname: c, zone: z2}");
        cluster.node("d", "{hostname: d}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "incoming anti-affinity on hostname|web@a|anti-web-host|a=anti b=ok c=ok d=ok",
            "incoming anti-affinity on zone|web@a|anti-web-zone|a=anti b=anti c=ok d=ok",
            "pods of another namespace do not count|web-other@a|anti-web-host|a=ok b=ok c=ok d=ok",
            "existing anti-affinity on hostname|anti-web-host@a|web|a=existing b=ok c=ok d=ok",
            "existing anti-affinity on zone|anti-web-zone@c|web|a=ok b=ok c=existing d=ok",
            "equal terms of two existing pods|anti-web-host@a anti-web-host@c|web|a=existing b=ok c=existing d=ok",
            "a term twice in one pod|anti-web-host-twice@b|web|a=ok b=existing c=ok d=ok",
            "no terms anywhere|web@a|db|skip",
            "existing terms that do not select the pod|anti-web-host@a|db|skip",
            "both anti-affinities|web@a anti-web-team-a@c|anti-web-host|a=anti b=ok c=existing d=ok",
            "affinity to a zone with a match|db@b|affinity-db-zone|a=ok b=ok c=affinity d=affinity",
            "affinity without a match|web@a|affinity-db-zone|a=affinity b=affinity c=affinity d=affinity",
            "first pod of a group matching its own terms||affinity-web-zone|a=ok b=ok c=ok d=affinity",
            "second pod of a group|web@c|affinity-web-zone|a=affinity b=affinity c=ok d=affinity",
            "two affinity terms|web@b|affinity-web-zone-host|a=affinity b=ok c=affinity d=affinity",
            "existing namespace selector selects the pod|anti-web-team-a@a|web|a=existing b=ok c=ok d=ok",
            "existing namespace selector does not select the pod|anti-web-team-a@a|web-other|skip",
            "incoming namespace selector|web@b web-other@a web-third@c|anti-web-team-a|a=ok b=anti c=ok d=ok",
            "empty namespace selector|web-other@a web-third@c|anti-web-all-ns|a=anti b=ok c=anti d=ok",
            "matchLabelKeys|web-v2@a web-v1@b|anti-web-same-version|a=ok b=anti c=ok d=ok"})
    void filter(String name, String existing, String incoming, String expected) {
        if (existing != null) {
            for (String placed : existing.split(" ")) {
                String[] parts = placed.split("@");
                place(parts[0], parts[1]);
            }
        }
        assertEquals(expected, filterAll(PodInfo.of(pod(incoming))));
    }

    @Test
    void followsNodeLabelChanges() {
        place("web", "a");
        PodInfo incoming = PodInfo.of(pod("anti-web-zone"));
        assertEquals("a=anti b=anti c=ok d=ok", filterAll(incoming));
        cluster.node("a", "{hostname: a, zone: z2}");
        assertEquals("a=anti b=ok c=anti d=ok", filterAll(incoming));
        cluster.node("a", "{hostname: a}");
        assertEquals("a=ok b=ok c=ok d=ok", filterAll(incoming));
        cluster.node("d", "{hostname: d, zone: z1}");
        cluster.node("a", "{hostname: a, zone: z1}");
        assertEquals("a=anti b=anti c=ok d=anti", filterAll(incoming));
    }

    @Test
    void followsExistingTermsAcrossNodeLabelChanges() {
        place("anti-web-zone", "a");
        PodInfo incoming = PodInfo.of(pod("web"));
        assertEquals("a=existing b=existing c=ok d=ok", filterAll(incoming));
        cluster.node("a", "{hostname: a, zone: z2}");
        assertEquals("a=existing b=ok c=existing d=ok", filterAll(incoming));
        cluster.node("a", "{hostname: a}");
        assertEquals("skip", filterAll(incoming));
    }

    @Test
    void followsPodsRemoved() {
        Pod web = place("web", "a");
        Pod anti = place("anti-web-host", "c");
        Pod sameTerms = place("anti-web-host", "d");
        assertEquals("a=anti b=ok c=anti d=anti", filterAll(PodInfo.of(pod("anti-web-host"))));
        cluster.snapshot().removePod(PodInfo.keyOf(web));
        cluster.snapshot().removePod(PodInfo.keyOf(anti));
        assertEquals("a=ok b=ok c=ok d=anti", filterAll(PodInfo.of(pod("anti-web-host"))));
        assertEquals("a=ok b=ok c=ok d=existing", filterAll(PodInfo.of(pod("web"))));
        cluster.snapshot().removePod(PodInfo.keyOf(sameTerms));
        assertEquals("skip", filterAll(PodInfo.of(pod("web"))));
    }

    @Test
    void countsPodsOnlyWhileTheirNodeExists() {
        place("web", "a");
        place("anti-web-zone", "a");
        cluster.snapshot().removeNode("a");
        assertEquals("b=ok c=ok d=ok", filterAll(PodInfo.of(pod("anti-web-zone"))));
        assertEquals("skip", filterAll(PodInfo.of(pod("web"))));
        cluster.node("a", "{hostname: a, zone: z2}");
        assertEquals("a=anti b=ok c=anti d=ok", filterAll(PodInfo.of(pod("anti-web-zone"))));
        assertEquals("a=existing b=ok c=existing d=ok", filterAll(PodInfo.of(pod("web"))));
    }

    @Test
    void readsNamespaceLabelsAsTheyAreNow() {
        place("anti-web-team-a", "a");
        place("web-third", "c");
        assertEquals("skip", filterAll(PodInfo.of(pod("web-third"))));
        assertEquals("a=ok b=ok c=ok d=ok", filterAll(PodInfo.of(pod("anti-web-team-a"))));
        labelNamespace("third", "a");
        assertEquals("a=existing b=ok c=ok d=ok", filterAll(PodInfo.of(pod("web-third"))));
        assertEquals("a=ok b=ok c=anti d=ok", filterAll(PodInfo.of(pod("anti-web-team-a"))));
    }

    @Test
    void malformedSelectorsFailTheIncomingPodAndAreIgnoredInExistingPods() {
        place("anti-malformed-prefer-web-zone", "c");
        PodInfo web = PodInfo.of(pod("web"));
        assertEquals("skip", filterAll(web));
        CycleState state = new CycleState();
        assertEquals(Status.SUCCESS, plugin().preScore(state, web, cluster.snapshot().nodes()));
        assertEquals(4, plugin().score(state, web, node("c")), "the pod's valid terms still count");
        String error = "for 'in', 'notin' operators, values set can't be empty";
        PodInfo malformed = PodInfo.of(pod("anti-malformed-prefer-web-zone"));
        assertEquals(Status.error(error), plugin().preFilter(new CycleState(), malformed, new PreFilterResult[1]));
        assertEquals(Status.error(error), plugin().preScore(new CycleState(), malformed, List.of()));
    }

    @Test
    void addPodAndRemovePodChangeOnlyTheCopy() {
        Pod web = place("web", "a");
        PodInfo incoming = PodInfo.of(pod("anti-web-host"));
        CycleState state = preFiltered(incoming);
        CycleState copy = state.copy();
        plugin().addPod(copy, incoming, PodInfo.of(pod("web")), node("b"));
        plugin().removePod(copy, incoming, onNode("a", web), node("a"));
        assertEquals("a=ok b=anti c=ok d=ok", filtered(copy, incoming));
        assertEquals("a=anti b=ok c=ok d=ok", filtered(state, incoming));
        plugin().addPod(copy, incoming, PodInfo.of(pod("anti-web-zone")), node("c"));
        assertEquals("a=ok b=anti c=anti d=ok", filtered(copy, incoming));
    }

    @Test
    void addPodAndRemovePodUpdateTheExistingAntiAffinity() {
        Pod anti = place("anti-web-zone", "a");
        PodInfo incoming = PodInfo.of(pod("web"));
        CycleState state = preFiltered(incoming);
        plugin().addPod(state, incoming, PodInfo.of(pod("anti-web-host")), node("d"));
        assertEquals("a=existing b=existing c=ok d=existing", filtered(state, incoming));
        plugin().removePod(state, incoming, onNode("a", anti), node("a"));
        assertEquals("a=ok b=ok c=ok d=existing", filtered(state, incoming));
    }

    @Test
    void addPodAndRemovePodUpdateTheAffinity() {
        Pod web = place("web", "c");
        PodInfo incoming = PodInfo.of(pod("affinity-web-zone"));
        CycleState state = preFiltered(incoming);
        assertEquals("a=affinity b=affinity c=ok d=affinity", filtered(state, incoming));
        plugin().addPod(state, incoming, PodInfo.of(pod("web")), node("b"));
        assertEquals("a=ok b=ok c=ok d=affinity", filtered(state, incoming));
        plugin().removePod(state, incoming, onNode("c", web), node("c"));
        assertEquals("a=ok b=ok c=affinity d=affinity", filtered(state, incoming));
        plugin().removePod(state, incoming, PodInfo.of(pod("web")), node("b"));
        assertEquals("a=ok b=ok c=ok d=affinity", filtered(state, incoming), "no pod left: the first pod's rule");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "incoming preferred terms|1|db@a web@b web@c|prefer-db-zone-avoid-web-host|a=100 b=66 c=0 d=33",
            "existing required affinity at the hard weight|1|requires-web-zone@c|web|a=0 b=0 c=100 d=0",
            "hard weight 0|0|requires-web-zone@c|web|skip",
            "existing preferred anti-affinity|1|prefer-avoiding-web-host@b|web|a=100 b=0 c=100 d=100",
            "existing preferred affinity|1|prefer-web-zone@a|web|a=100 b=100 c=0 d=0",
            "existing terms ignored|-1|prefer-web-zone@a|web|skip",
            "nothing matches|1|web@a|db|skip"})
    void score(String name, int hardPodAffinityWeight, String existing, String incoming, String expected) {
        for (String placed : existing.split(" ")) {
            String[] parts = placed.split("@");
            place(parts[0], parts[1]);
        }
        InterPodAffinityArgs args = hardPodAffinityWeight < 0
                ? new InterPodAffinityArgs(1, true)
                : new InterPodAffinityArgs(hardPodAffinityWeight, false);
        InterPodAffinity plugin = new InterPodAffinity(cluster, args);
        PodInfo pod = PodInfo.of(pod(incoming));
        CycleState state = new CycleState();
        List<NodeInfo> nodes = cluster.snapshot().nodes();
        if (plugin.preScore(state, pod, nodes).isSkip()) {
            assertEquals(expected, "skip");
            return;
        }
        long[] scores = new long[nodes.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = plugin.score(state, pod, nodes.get(i));
        }
        plugin.normalizeScore(state, pod, scores);
        StringJoiner joined = new StringJoiner(" ");
        for (int i = 0; i < scores.length; i++) {
            joined.add(nodes.get(i).name() + "=" + scores[i]);
        }
        assertEquals(expected, joined.toString());
    }

    private void labelNamespace(String name, String team) {
        Namespace namespace = cluster.store.get(CoreV1Factory.eINSTANCE.createNamespace().eClass(), null, name);
        namespace.getMetadata().getLabels().put("team", team);
        cluster.store.update(namespace);
    }

    private InterPodAffinity plugin() {
        return new InterPodAffinity(cluster, InterPodAffinityArgs.DEFAULT);
    }

    private CycleState preFiltered(PodInfo pod) {
        CycleState state = new CycleState();
        assertEquals(Status.SUCCESS, plugin().preFilter(state, pod, new PreFilterResult[1]));
        return state;
    }

    /** The outcome on every node, after PreFilter. */
    private String filterAll(PodInfo pod) {
        CycleState state = new CycleState();
        if (plugin().preFilter(state, pod, new PreFilterResult[1]).isSkip()) {
            return "skip";
        }
        return filtered(state, pod);
    }

    private String filtered(CycleState state, PodInfo pod) {
        List<String> outcomes = new ArrayList<>();
        for (NodeInfo node : cluster.snapshot().nodes()) {
            outcomes.add(node.name() + "=" + outcome(plugin().filter(state, pod, node)));
        }
        return String.join(" ", outcomes);
    }

    private static String outcome(Status status) {
        return switch (status.message()) {
            case "" -> "ok";
            case InterPodAffinity.ERR_REASON_AFFINITY_RULES_NOT_MATCH -> "affinity";
            case InterPodAffinity.ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH -> "anti";
            case InterPodAffinity.ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH -> "existing";
            default -> status.toString();
        };
    }

    private NodeInfo node(String name) {
        return cluster.snapshot().get(name);
    }

    private PodInfo onNode(String nodeName, Pod pod) {
        return node(nodeName).pods().stream().filter(info -> info.pod() == pod).findFirst().orElseThrow();
    }

    private Pod place(String template, String nodeName) {
        Pod pod = pod(template);
        cluster.place(pod, nodeName);
        return pod;
    }

    /** A new pod of a template, with a name of its own. */
    private Pod pod(String template) {
        String[] parts = PODS.get(template);
        String affinity = parts[2].isEmpty() ? "" : "\n  affinity: {" + parts[2] + "}";
        return (Pod) SchedulerTestObjects.objects("apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + template + "-"
                + created++ + "\n  namespace: " + parts[0] + "\n  labels: {" + parts[1] + "}\nspec:\n"
                + "  containers: [{name: c}]" + affinity + "\n").get(0);
    }

    private static String anti(String topologyKey, String selector, String more) {
        return "podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [" + term(topologyKey, selector,
                more) + "]}";
    }

    private static String term(String topologyKey, String selector, String more) {
        return "{labelSelector: " + selector + ", topologyKey: " + topologyKey + more + "}";
    }
}
