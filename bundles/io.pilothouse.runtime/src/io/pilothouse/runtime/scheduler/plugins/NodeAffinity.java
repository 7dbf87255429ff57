package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSelector;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterPlugin;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.PreScorePlugin;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Filters nodes by {@code spec.nodeSelector} (every label equal) and the required node affinity (terms ORed,
 * requirements ANDed), narrowing to the nodes named by {@code metadata.name} field terms; scores nodes by the sum of
 * the weights of the preferred terms they match, normalized so the best node scores 100.
 */
public final class NodeAffinity
        implements
            PreFilterPlugin,
            FilterPlugin,
            PreScorePlugin,
            ScorePlugin,
            EnqueueExtensions {

    public static final String NAME = "NodeAffinity";
    public static final String ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";
    public static final String ERR_REASON_CONFLICT = "pod affinity terms conflict";

    private static final String PRE_FILTER_KEY = "PreFilter" + NAME;
    private static final String PRE_SCORE_KEY = "PreScore" + NAME;
    private static final Status REJECTED = Status.unresolvable(ERR_REASON_POD).withPlugin(NAME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        PodSpec spec = pod.pod().getSpec();
        NodeSelector required = required(spec.getAffinity());
        if (required == null && spec.getNodeSelector().isEmpty()) {
            return Status.SKIP;
        }
        List<NodeSelectorMatcher> terms = required == null
                ? null
                : required.getNodeSelectorTerms().stream().map(NodeSelectorMatcher::of).toList();
        state.write(PRE_FILTER_KEY, new RequiredState(Map.copyOf(spec.getNodeSelector().map()), terms));
        if (required == null) {
            return Status.SUCCESS;
        }
        Set<String> names = nodeNamesOf(required.getNodeSelectorTerms());
        if (names != null && names.isEmpty()) {
            return Status.unresolvable(ERR_REASON_CONFLICT).withPlugin(NAME);
        }
        if (names != null) {
            result[0] = PreFilterResult.of(names);
        }
        return Status.SUCCESS;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        RequiredState required = state.read(PRE_FILTER_KEY, RequiredState.class);
        return required.matches(node.node()) ? Status.SUCCESS : REJECTED;
    }

    @Override
    public boolean filtersConcurrently() {
        return true;
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        Affinity affinity = pod.pod().getSpec().getAffinity();
        if (affinity == null || affinity.getNodeAffinity() == null
                || affinity.getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution().isEmpty()) {
            return Status.SKIP;
        }
        List<WeightedTerm> terms = new ArrayList<>();
        for (PreferredSchedulingTerm term : affinity.getNodeAffinity()
                .getPreferredDuringSchedulingIgnoredDuringExecution()) {
            int weight = term.getWeight() == null ? 0 : term.getWeight();
            if (weight != 0 && term.getPreference() != null) {
                terms.add(new WeightedTerm(weight, NodeSelectorMatcher.of(term.getPreference())));
            }
        }
        state.write(PRE_SCORE_KEY, new PreferredState(List.copyOf(terms)));
        return Status.SUCCESS;
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        long sum = 0;
        for (WeightedTerm term : state.read(PRE_SCORE_KEY, PreferredState.class).terms()) {
            if (term.matcher().matches(node.node())) {
                sum += term.weight();
            }
        }
        return sum;
    }

    @Override
    public Status normalizeScore(CycleState state, PodInfo pod, long[] scores) {
        ScorePlugin.defaultNormalizeScore(MAX_NODE_SCORE, false, scores);
        return Status.SUCCESS;
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL));
    }

    private static NodeSelector required(Affinity affinity) {
        return affinity == null || affinity.getNodeAffinity() == null
                ? null
                : affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
    }

    /**
     * The node names every term limits the pod to through {@code metadata.name In} field requirements (intersected
     * within a term, united across terms), or {@code null} when some term does not limit the names.
     */
    private static Set<String> nodeNamesOf(List<NodeSelectorTerm> terms) {
        Set<String> names = null;
        for (NodeSelectorTerm term : terms) {
            Set<String> termNames = null;
            for (NodeSelectorRequirement field : term.getMatchFields()) {
                if (NodeSelectorMatcher.NAME_FIELD.equals(field.getKey()) && "In".equals(field.getOperator())) {
                    Set<String> values = new HashSet<>(field.getValues());
                    if (termNames == null) {
                        termNames = values;
                    } else {
                        termNames.retainAll(values);
                    }
                }
            }
            if (termNames == null) {
                return null;
            }
            if (names == null) {
                names = new HashSet<>();
            }
            names.addAll(termNames);
        }
        return names;
    }

    private record RequiredState(Map<String, String> nodeSelector, List<NodeSelectorMatcher> terms) {

        boolean matches(Node node) {
            Map<String, String> labels = node.getMetadata().getLabels().map();
            for (Map.Entry<String, String> entry : nodeSelector.entrySet()) {
                if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                    return false;
                }
            }
            return terms == null || NodeSelectorMatcher.anyMatches(terms, node);
        }
    }

    private record WeightedTerm(int weight, NodeSelectorMatcher matcher) {}

    private record PreferredState(List<WeightedTerm> terms) {}
}
