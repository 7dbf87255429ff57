package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.DomainCounts;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterExtensions;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.PreScorePlugin;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Upstream's PodTopologySpread: PreFilter counts the matching pods per domain of each
 * DoNotSchedule constraint over the nodes that have every topology key and pass the node inclusion policies; Filter
 * rejects a node where the pod would make the skew (count + self − global minimum, the minimum 0 while fewer than
 * {@code minDomains} domains exist) exceed {@code maxSkew}. Score favours the domains with fewer matching pods under
 * the ScheduleAnyway constraints, each weighted by log(domains + 2), inverted and normalized. A pod without
 * constraints gets the {@link PodTopologySpreadArgs default constraints} (the system defaults: hostname maxSkew 3,
 * zone maxSkew 5, ScheduleAnyway; or the configured list) with the selector of its services and controller; under
 * the system defaults, nodes without a zone label still score by hostname. PreScore sums the matching pods of a
 * domain from the snapshot's counts per domain when every node counts (no node affinity to honour, taints ignored,
 * topology keys not all required), instead of visiting every node.
 */
public final class PodTopologySpread
        implements
            PreFilterExtensions,
            FilterPlugin,
            PreScorePlugin,
            ScorePlugin,
            EnqueueExtensions {

    public static final String NAME = "PodTopologySpread";
    public static final String ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
    public static final String ERR_REASON_NODE_LABEL_NOT_MATCH = ERR_REASON_CONSTRAINTS_NOT_MATCH
            + " (missing required label)";

    private static final String PRE_FILTER_KEY = "PreFilter" + NAME;
    private static final String PRE_SCORE_KEY = "PreScore" + NAME;
    private static final Status SKEW_REJECTED = Status.unschedulable(ERR_REASON_CONSTRAINTS_NOT_MATCH).withPlugin(NAME);
    private static final Status LABEL_REJECTED = Status.unresolvable(ERR_REASON_NODE_LABEL_NOT_MATCH).withPlugin(NAME);

    private final Handle handle;
    private final PodTopologySpreadArgs args;

    public PodTopologySpread(Handle handle, PodTopologySpreadArgs args) {
        this.handle = handle;
        this.args = args;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        List<PodTopologySpreadConstraint> constraints;
        try {
            constraints = PodTopologySpreadConstraint.of(pod.pod(), PodTopologySpreadConstraint.DO_NOT_SCHEDULE,
                    args.effectiveConstraints(), handle.listers());
        } catch (IllegalArgumentException e) {
            return Status.error(e.getMessage());
        }
        if (constraints.isEmpty()) {
            return Status.SKIP;
        }
        PodTopologySpreadNodeAffinity nodeAffinity = PodTopologySpreadNodeAffinity.of(pod.pod());
        FilterState filterState = new FilterState(constraints, nodeAffinity);
        Snapshot.PodCounts[] matching = matchingPods(constraints, pod);
        for (NodeInfo node : handle.snapshot().nodes()) {
            Map<String, String> labels = node.labels();
            if (!PodTopologySpreadConstraint.nodeHasAllKeys(labels, constraints)) {
                continue;
            }
            for (int i = 0; i < constraints.size(); i++) {
                PodTopologySpreadConstraint constraint = constraints.get(i);
                if (constraint.includes(pod, node, nodeAffinity)) {
                    filterState.counts.get(i).merge(labels.get(constraint.topologyKey()),
                            matching[i].on(node.name()), Integer::sum);
                }
            }
        }
        for (int i = 0; i < constraints.size(); i++) {
            filterState.recomputeMin(i);
        }
        state.write(PRE_FILTER_KEY, filterState);
        return Status.SUCCESS;
    }

    @Override
    public Status addPod(CycleState state, PodInfo podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo) {
        updateWithPod(state, podToSchedule, podToAdd, nodeInfo, 1);
        return Status.SUCCESS;
    }

    @Override
    public Status removePod(CycleState state, PodInfo podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo) {
        updateWithPod(state, podToSchedule, podToRemove, nodeInfo, -1);
        return Status.SUCCESS;
    }

    private static void updateWithPod(CycleState state, PodInfo podToSchedule, PodInfo updated, NodeInfo nodeInfo,
            int delta) {
        FilterState filterState = state.read(PRE_FILTER_KEY, FilterState.class);
        Map<String, String> labels = nodeInfo.labels();
        if (!updated.namespace().equals(podToSchedule.namespace())
                || !PodTopologySpreadConstraint.nodeHasAllKeys(labels, filterState.constraints)) {
            return;
        }
        Map<String, String> podLabels = updated.labels();
        for (int i = 0; i < filterState.constraints.size(); i++) {
            PodTopologySpreadConstraint constraint = filterState.constraints.get(i);
            if (constraint.selector().matches(podLabels)
                    && constraint.includes(podToSchedule, nodeInfo, filterState.nodeAffinity)) {
                filterState.counts.get(i).merge(labels.get(constraint.topologyKey()), delta, Integer::sum);
                filterState.recomputeMin(i);
            }
        }
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        FilterState filterState = state.read(PRE_FILTER_KEY, FilterState.class);
        Map<String, String> labels = node.labels();
        Map<String, String> podLabels = pod.labels();
        for (int i = 0; i < filterState.constraints.size(); i++) {
            PodTopologySpreadConstraint constraint = filterState.constraints.get(i);
            String value = labels.get(constraint.topologyKey());
            if (value == null) {
                return LABEL_REJECTED;
            }
            Map<String, Integer> counts = filterState.counts.get(i);
            int minMatch = counts.size() < constraint.minDomains() ? 0 : filterState.min[i];
            int selfMatch = constraint.selector().matches(podLabels) ? 1 : 0;
            long skew = (long) counts.getOrDefault(value, 0) + selfMatch - minMatch;
            if (skew > constraint.maxSkew()) {
                return SKEW_REJECTED;
            }
        }
        return Status.SUCCESS;
    }

    @Override
    public boolean filtersConcurrently() {
        return true;
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        List<NodeInfo> allNodes = handle.snapshot().nodes();
        if (nodes.isEmpty() || allNodes.isEmpty()) {
            return Status.SKIP;
        }
        List<PodTopologySpreadConstraint> constraints;
        try {
            constraints = PodTopologySpreadConstraint.of(pod.pod(), PodTopologySpreadConstraint.SCHEDULE_ANYWAY,
                    args.effectiveConstraints(), handle.listers());
        } catch (IllegalArgumentException e) {
            return Status.error(e.getMessage());
        }
        if (constraints.isEmpty()) {
            return Status.SKIP;
        }
        boolean requireAllTopologies = !pod.pod().getSpec().getTopologySpreadConstraints().isEmpty()
                || !args.systemDefaulted();
        ScoreState scoreState = new ScoreState(constraints, matchingPods(constraints, pod), new HashSet<>(),
                new boolean[nodes.size()], new HashMap<>(), new double[constraints.size()]);
        int[] topologySize = new int[constraints.size()];
        for (int n = 0; n < nodes.size(); n++) {
            NodeInfo node = nodes.get(n);
            Map<String, String> labels = node.labels();
            if (requireAllTopologies && !PodTopologySpreadConstraint.nodeHasAllKeys(labels, constraints)) {
                scoreState.ignored.add(node.name());
                scoreState.ignoredByIndex[n] = true;
                continue;
            }
            for (int i = 0; i < constraints.size(); i++) {
                String key = constraints.get(i).topologyKey();
                if (!PodTopologySpreadConstraint.HOSTNAME.equals(key) && scoreState.pairCounts
                        .computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(labels.get(key), new long[1]) == null) {
                    topologySize[i]++;
                }
            }
        }
        for (int i = 0; i < constraints.size(); i++) {
            int size = PodTopologySpreadConstraint.HOSTNAME.equals(constraints.get(i).topologyKey())
                    ? nodes.size() - scoreState.ignored.size()
                    : topologySize[i];
            scoreState.normalizingWeights[i] = Math.log(size + 2);
        }
        PodTopologySpreadNodeAffinity nodeAffinity = PodTopologySpreadNodeAffinity.of(pod.pod());
        for (int i = 0; i < constraints.size(); i++) {
            PodTopologySpreadConstraint constraint = constraints.get(i);
            Map<String, long[]> values = scoreState.pairCounts.get(constraint.topologyKey());
            if (values == null) {
                continue;
            }
            if (!requireAllTopologies && constraint.includesEveryNode(nodeAffinity)) {
                DomainCounts domains = scoreState.matching[i].domains(constraint.topologyKey());
                values.forEach((value, count) -> count[0] += domains.get(value));
                continue;
            }
            for (NodeInfo node : allNodes) {
                Map<String, String> labels = node.labels();
                long[] count = values.get(labels.get(constraint.topologyKey()));
                if (count != null && (!requireAllTopologies
                        || PodTopologySpreadConstraint.nodeHasAllKeys(labels, constraints))
                        && constraint.includes(pod, node, nodeAffinity)) {
                    count[0] += scoreState.matching[i].on(node.name());
                }
            }
        }
        state.write(PRE_SCORE_KEY, scoreState);
        return Status.SUCCESS;
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        ScoreState scoreState = state.read(PRE_SCORE_KEY, ScoreState.class);
        if (scoreState.ignored.contains(node.name())) {
            return 0;
        }
        Map<String, String> labels = node.labels();
        double score = 0;
        for (int i = 0; i < scoreState.constraints.size(); i++) {
            PodTopologySpreadConstraint constraint = scoreState.constraints.get(i);
            String value = labels.get(constraint.topologyKey());
            if (value != null) {
                long count = PodTopologySpreadConstraint.HOSTNAME.equals(constraint.topologyKey())
                        ? scoreState.matching[i].on(node.name())
                        : scoreState.pairCounts.get(constraint.topologyKey()).get(value)[0];
                score += count * scoreState.normalizingWeights[i] + (constraint.maxSkew() - 1);
            }
        }
        return Math.round(score);
    }

    /** The matching pods per node of each constraint, from the snapshot's counts. */
    private Snapshot.PodCounts[] matchingPods(List<PodTopologySpreadConstraint> constraints, PodInfo pod) {
        Snapshot.PodCounts[] matching = new Snapshot.PodCounts[constraints.size()];
        for (int i = 0; i < matching.length; i++) {
            matching[i] = constraints.get(i).matchingPods(handle.snapshot(), pod.namespace());
        }
        return matching;
    }

    @Override
    public Status normalizeScore(CycleState state, PodInfo pod, long[] scores) {
        boolean[] ignored = state.read(PRE_SCORE_KEY, ScoreState.class).ignoredByIndex;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!ignored[i]) {
                min = Math.min(min, scores[i]);
                max = Math.max(max, scores[i]);
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (ignored[i]) {
                scores[i] = 0;
            } else {
                scores[i] = max == 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE * (max + min - scores[i]) / max;
            }
        }
        return Status.SUCCESS;
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(
                new ClusterEvent(EventResource.POD,
                        ClusterEvent.ADD | ClusterEvent.UPDATE_POD_LABEL | ClusterEvent.DELETE),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.DELETE
                        | ClusterEvent.UPDATE_NODE_LABEL | ClusterEvent.UPDATE_NODE_TAINT));
    }

    /** What PreFilter computed: per DoNotSchedule constraint, the matching pods per domain and their minimum. */
    private static final class FilterState implements CycleState.StateData {

        final List<PodTopologySpreadConstraint> constraints;
        final PodTopologySpreadNodeAffinity nodeAffinity;
        final List<Map<String, Integer>> counts;
        final int[] min;

        FilterState(List<PodTopologySpreadConstraint> constraints, PodTopologySpreadNodeAffinity nodeAffinity) {
            this.constraints = constraints;
            this.nodeAffinity = nodeAffinity;
            this.counts = new ArrayList<>(constraints.size());
            for (int i = 0; i < constraints.size(); i++) {
                counts.add(new HashMap<>());
            }
            this.min = new int[constraints.size()];
        }

        /** The global minimum of a constraint's domains ({@link Integer#MAX_VALUE} without domains). */
        void recomputeMin(int index) {
            int least = Integer.MAX_VALUE;
            for (int count : counts.get(index).values()) {
                least = Math.min(least, count);
            }
            min[index] = least;
        }

        @Override
        public FilterState copy() {
            FilterState copy = new FilterState(constraints, nodeAffinity);
            for (int i = 0; i < constraints.size(); i++) {
                copy.counts.get(i).putAll(counts.get(i));
                copy.min[i] = min[i];
            }
            return copy;
        }
    }

    /**
     * What PreScore computed.
     *
     * @param matching           the matching pods per node of each constraint
     * @param ignored            the feasible nodes without every topology key, by name
     * @param ignoredByIndex     the same, by index in the feasible list
     * @param pairCounts         the matching pods per topology key and value (not for hostname)
     * @param normalizingWeights log(domains + 2) per constraint
     */
    private record ScoreState(List<PodTopologySpreadConstraint> constraints, Snapshot.PodCounts[] matching,
            Set<String> ignored, boolean[] ignoredByIndex, Map<String, Map<String, long[]>> pairCounts,
            double[] normalizingWeights) {}
}
