package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.node;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.nodeInfo;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's node_affinity_test.go. */
class NodeAffinityTest {

    private static final String REQUIRED = "  affinity:\n    nodeAffinity:\n"
            + "      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: ";

    private final NodeAffinity plugin = new NodeAffinity();

    private Status run(String podSpec, String nodeLabels) {
        PodInfo pod = PodInfo.of(pod("p", podSpec + "  containers: [{name: c, image: nginx}]\n"));
        NodeInfo node = nodeInfo(node("node1", "  labels: " + nodeLabels + "\n"));
        CycleState state = new CycleState();
        Status preFilter = plugin.preFilter(state, pod, new PreFilterResult[1]);
        if (!preFilter.isSuccess()) {
            return preFilter;
        }
        return plugin.filter(state, pod, node);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nodeSelector matches|{foo: bar}|none|{foo: bar, x: z}|Success",
            "nodeSelector value differs|{foo: bar}|none|{foo: baz}|UnschedulableAndUnresolvable",
            "nodeSelector label missing|{foo: bar}|none|{}|UnschedulableAndUnresolvable",
            "In matches|{}|[{matchExpressions: [{key: foo, operator: In, values: [bar, value2]}]}]|{foo: bar}|Success",
            "In does not match|{}|[{matchExpressions: [{key: foo, operator: In, values: [value1]}]}]|{foo: bar}"
                    + "|UnschedulableAndUnresolvable",
            "NotIn with missing label matches|{}|[{matchExpressions: [{key: foo, operator: NotIn, values: [bar]}]}]|{}"
                    + "|Success",
            "Exists|{}|[{matchExpressions: [{key: foo, operator: Exists}]}]|{foo: ''}|Success",
            "DoesNotExist|{}|[{matchExpressions: [{key: foo, operator: DoesNotExist}]}]|{foo: bar}"
                    + "|UnschedulableAndUnresolvable",
            "Gt matches|{}|[{matchExpressions: [{key: kernel, operator: Gt, values: ['5']}]}]|{kernel: '6'}|Success",
            "Gt equal does not match|{}|[{matchExpressions: [{key: kernel, operator: Gt, values: ['6']}]}]"
                    + "|{kernel: '6'}|UnschedulableAndUnresolvable",
            "Lt with non-integer label|{}|[{matchExpressions: [{key: kernel, operator: Lt, values: ['5']}]}]"
                    + "|{kernel: 'abc'}|UnschedulableAndUnresolvable",
            "expressions are ANDed|{}|[{matchExpressions: [{key: foo, operator: In, values: [bar]},"
                    + " {key: zone, operator: In, values: [a]}]}]|{foo: bar, zone: b}|UnschedulableAndUnresolvable",
            "terms are ORed|{}|[{matchExpressions: [{key: foo, operator: In, values: [x]}]},"
                    + " {matchExpressions: [{key: zone, operator: In, values: [a]}]}]|{foo: bar, zone: a}|Success",
            "empty term matches nothing|{}|[{}]|{foo: bar}|UnschedulableAndUnresolvable",
            "selector and affinity both apply|{foo: bar}|[{matchExpressions: [{key: zone, operator: Exists}]}]"
                    + "|{zone: a}|UnschedulableAndUnresolvable",
            "matchFields metadata.name|{}|[{matchFields: [{key: metadata.name, operator: In, values: [node1]}]}]|{}"
                    + "|Success",
            "matchFields other name|{}|[{matchFields: [{key: metadata.name, operator: In, values: [node2]}]}]|{}"
                    + "|UnschedulableAndUnresolvable"})
    void filter(String name, String nodeSelector, String terms, String labels, String code) {
        String affinity = "none".equals(terms) ? "" : REQUIRED + terms + "\n";
        Status status = run("  nodeSelector: " + nodeSelector + "\n" + affinity, labels);
        assertEquals(code, status.code().upstreamName());
        if (!status.isSuccess()) {
            assertEquals(List.of(NodeAffinity.ERR_REASON_POD), status.reasons());
            assertEquals("NodeAffinity", status.plugin());
        }
    }

    @Test
    void preFilterSkipsPodsWithoutSelectorOrAffinity() {
        PodInfo pod = PodInfo.of(pod("p", "  containers: [{name: c, image: nginx}]\n"));
        assertTrue(plugin.preFilter(new CycleState(), pod, new PreFilterResult[1]).isSkip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one term narrows|[{matchFields: [{key: metadata.name, operator: In, values: [n1, n2]}]}]|[n1, n2]",
            "terms are united|[{matchFields: [{key: metadata.name, operator: In, values: [n1]}]},"
                    + " {matchFields: [{key: metadata.name, operator: In, values: [n3]}]}]|[n1, n3]",
            "requirements intersect|[{matchFields: [{key: metadata.name, operator: In, values: [n1, n2]},"
                    + " {key: metadata.name, operator: In, values: [n2, n3]}]}]|[n2]",
            "a term without names keeps all|[{matchFields: [{key: metadata.name, operator: In, values: [n1]}]},"
                    + " {matchExpressions: [{key: a, operator: Exists}]}]|all",
            "conflicting terms|[{matchFields: [{key: metadata.name, operator: In, values: [n1]},"
                    + " {key: metadata.name, operator: In, values: [n2]}]}]|pod affinity terms conflict"})
    void preFilterNarrowsByNodeName(String name, String terms, String expected) {
        PodInfo pod = PodInfo.of(pod("p", REQUIRED + terms + "\n  containers: [{name: c, image: nginx}]\n"));
        PreFilterResult[] result = {PreFilterResult.ALL_NODES};
        Status status = plugin.preFilter(new CycleState(), pod, result);
        if (status.isRejected()) {
            assertEquals("UnschedulableAndUnresolvable", status.code().upstreamName());
            assertEquals(expected, status.message());
        } else {
            assertEquals(expected, result[0].allNodes() ? "all" : result[0].nodeNames().toString());
        }
    }

    @Test
    void preferredTermsScoreTheSumOfTheirWeightsNormalized() {
        PodInfo pod = PodInfo.of(pod("p", """
                  affinity:
                    nodeAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 2
                        preference: {matchExpressions: [{key: foo, operator: In, values: [bar]}]}
                      - weight: 4
                        preference: {matchExpressions: [{key: key, operator: In, values: [value]}]}
                      - weight: 5
                        preference: {matchExpressions: [{key: foo, operator: In, values: [bar]},
                          {key: key, operator: In, values: [value]}, {key: az, operator: In, values: [az1]}]}
                  containers: [{name: c, image: nginx}]
                """));
        List<NodeInfo> nodes = List.of(nodeInfo(node("node1", "  labels: {foo: bar}\n")),
                nodeInfo(node("node2", "  labels: {key: value}\n")),
                nodeInfo(node("node3", "  labels: {foo: bar, key: value, az: az1}\n")),
                nodeInfo(node("node4", "  labels: {other: x}\n")));
        CycleState state = new CycleState();
        assertTrue(plugin.preScore(state, pod, nodes).isSuccess());
        long[] scores = nodes.stream().mapToLong(n -> plugin.score(state, pod, n)).toArray();
        assertArrayEquals(new long[] {2, 4, 11, 0}, scores);
        plugin.normalizeScore(state, pod, scores);
        assertArrayEquals(new long[] {18, 36, 100, 0}, scores);
    }

    @Test
    void preScoreSkipsWithoutPreferredTerms() {
        PodInfo pod = PodInfo.of(pod("p", "  nodeSelector: {a: b}\n  containers: [{name: c, image: nginx}]\n"));
        assertTrue(plugin.preScore(new CycleState(), pod, List.of()).isSkip());
    }
}
