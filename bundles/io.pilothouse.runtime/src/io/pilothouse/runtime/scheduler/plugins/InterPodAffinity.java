package io.pilothouse.runtime.scheduler.plugins;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
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
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinityTerms.Term;

/**
 * Upstream's InterPodAffinity: PreFilter counts, per topology pair, the existing pods matching the incoming pod's
 * required (anti-)affinity terms and the existing pods whose required anti-affinity the incoming pod matches;
 * Filter then looks up the node's pairs. A pod whose required affinity no pod matches yet may go anywhere when it
 * matches its own terms. Score sums preferred term weights (and existing pods' terms, symmetrically) per domain and
 * normalizes between the lowest and highest node.
 */
public final class InterPodAffinity
        implements
            PreFilterExtensions,
            FilterPlugin,
            PreScorePlugin,
            ScorePlugin,
            EnqueueExtensions {

    public static final String NAME = "InterPodAffinity";
    public static final String ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't satisfy existing pods anti-affinity rules";
    public static final String ERR_REASON_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod affinity rules";
    public static final String ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod anti-affinity rules";

    private static final String PRE_FILTER_KEY = "PreFilter" + NAME;
    private static final String PRE_SCORE_KEY = "PreScore" + NAME;
    private static final Status AFFINITY_REJECTED = Status.unresolvable(ERR_REASON_AFFINITY_RULES_NOT_MATCH)
            .withPlugin(NAME);
    private static final Status ANTI_AFFINITY_REJECTED = Status.unschedulable(ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH)
            .withPlugin(NAME);
    private static final Status EXISTING_ANTI_AFFINITY_REJECTED = Status
            .unschedulable(ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH).withPlugin(NAME);

    private final Handle handle;
    private final InterPodAffinityArgs args;

    public InterPodAffinity(Handle handle, InterPodAffinityArgs args) {
        this.handle = handle;
        this.args = args;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        InterPodAffinityTerms terms;
        try {
            terms = termsOf(pod).resolved(handle.listers().allNamespaceLabels());
        } catch (IllegalArgumentException e) {
            return Status.error(e.getMessage());
        }
        Map<String, String> namespaceLabels = handle.listers().namespaceLabels(pod.namespace());
        FilterState filterState = new FilterState(pod, terms, namespaceLabels);
        boolean incoming = !terms.requiredAffinity().isEmpty() || !terms.requiredAntiAffinity().isEmpty();
        for (NodeInfo node : handle.snapshot().havePodsWithRequiredAntiAffinityNodes()) {
            for (PodInfo existing : node.podsWithRequiredAntiAffinity()) {
                filterState.existingAntiAffinity.addMatching(termsOf(existing).requiredAntiAffinity(), pod,
                        namespaceLabels, node, 1);
            }
        }
        if (incoming) {
            filterState.countExisting(handle.snapshot());
        }
        if (!incoming && filterState.existingAntiAffinity.size() == 0) {
            return Status.SKIP;
        }
        state.write(PRE_FILTER_KEY, filterState);
        return Status.SUCCESS;
    }

    @Override
    public Status addPod(CycleState state, PodInfo podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo) {
        return updateWithPod(state, podToSchedule, podToAdd, nodeInfo, 1);
    }

    @Override
    public Status removePod(CycleState state, PodInfo podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo) {
        return updateWithPod(state, podToSchedule, podToRemove, nodeInfo, -1);
    }

    private Status updateWithPod(CycleState state, PodInfo podToSchedule, PodInfo updated, NodeInfo nodeInfo,
            int sign) {
        FilterState filterState = state.read(PRE_FILTER_KEY, FilterState.class);
        filterState.existingAntiAffinity.addMatching(termsOf(updated).requiredAntiAffinity(), podToSchedule,
                filterState.namespaceLabels, nodeInfo, sign);
        filterState.update(updated, nodeInfo, sign);
        return Status.SUCCESS;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        FilterState filterState = state.read(PRE_FILTER_KEY, FilterState.class);
        Map<String, String> labels = node.labels();
        if (!filterState.satisfiesAffinity(labels)) {
            return AFFINITY_REJECTED;
        }
        for (Term term : filterState.terms.requiredAntiAffinity()) {
            String value = labels.get(term.topologyKey());
            if (value != null && filterState.antiAffinity.get(term.topologyKey(), value) > 0) {
                return ANTI_AFFINITY_REJECTED;
            }
        }
        if (filterState.existingAntiAffinity.anyPositive(labels)) {
            return EXISTING_ANTI_AFFINITY_REJECTED;
        }
        return Status.SUCCESS;
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        InterPodAffinityTerms own;
        try {
            own = termsOf(pod).resolved(handle.listers().allNamespaceLabels());
        } catch (IllegalArgumentException e) {
            return Status.error(e.getMessage());
        }
        boolean hasConstraints = !own.preferredAffinity().isEmpty() || !own.preferredAntiAffinity().isEmpty();
        if (args.ignorePreferredTermsOfExistingPods() && !hasConstraints) {
            return Status.SKIP;
        }
        Map<String, String> namespaceLabels = handle.listers().namespaceLabels(pod.namespace());
        Map<String, Map<String, Long>> topologyScore = new HashMap<>();
        Collection<NodeInfo> scanned = hasConstraints
                ? handle.snapshot().nodes()
                : handle.snapshot().havePodsWithAffinityNodes();
        for (NodeInfo node : scanned) {
            List<PodInfo> candidates = hasConstraints ? node.pods() : node.podsWithAffinity();
            if (candidates.isEmpty() || node.labels().isEmpty()) {
                continue;
            }
            for (int i = 0; i < candidates.size(); i++) {
                PodInfo existing = candidates.get(i);
                InterPodAffinityTerms theirs = termsOf(existing);
                if (hasConstraints || theirs.any()) {
                    addScores(topologyScore, own.preferredAffinity(), 0, existing, null, node, 1);
                    addScores(topologyScore, own.preferredAntiAffinity(), 0, existing, null, node, -1);
                    if (args.hardPodAffinityWeight() > 0) {
                        addScores(topologyScore, theirs.requiredAffinity(), args.hardPodAffinityWeight(), pod,
                                namespaceLabels, node, 1);
                    }
                    addScores(topologyScore, theirs.preferredAffinity(), 0, pod, namespaceLabels, node, 1);
                    addScores(topologyScore, theirs.preferredAntiAffinity(), 0, pod, namespaceLabels, node, -1);
                }
            }
        }
        if (topologyScore.isEmpty()) {
            return Status.SKIP;
        }
        state.write(PRE_SCORE_KEY, new ScoreState(topologyScore));
        return Status.SUCCESS;
    }

    /** Adds each matching term's weight ({@code fixedWeight} when not 0) to the domain of the node. */
    private static void addScores(Map<String, Map<String, Long>> topologyScore, List<Term> terms, int fixedWeight,
            PodInfo pod, Map<String, String> namespaceLabels, NodeInfo node, int sign) {
        for (Term term : terms) {
            if (term.matches(pod, namespaceLabels)) {
                String value = node.labels().get(term.topologyKey());
                if (value != null) {
                    long weight = fixedWeight != 0 ? fixedWeight : term.weight();
                    topologyScore.computeIfAbsent(term.topologyKey(), k -> new HashMap<>()).merge(value,
                            weight * sign, Long::sum);
                }
            }
        }
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        Map<String, String> labels = node.labels();
        long score = 0;
        for (Map.Entry<String, Map<String, Long>> entry : state.read(PRE_SCORE_KEY, ScoreState.class)
                .topologyScore().entrySet()) {
            String value = labels.get(entry.getKey());
            if (value != null) {
                score += entry.getValue().getOrDefault(value, 0L);
            }
        }
        return score;
    }

    @Override
    public Status normalizeScore(CycleState state, PodInfo pod, long[] scores) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long score : scores) {
            max = Math.max(max, score);
            min = Math.min(min, score);
        }
        long diff = max - min;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = diff > 0 ? (long) (MAX_NODE_SCORE * ((double) (scores[i] - min) / diff)) : 0;
        }
        return Status.SUCCESS;
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(
                new ClusterEvent(EventResource.POD,
                        ClusterEvent.ADD | ClusterEvent.UPDATE_POD_LABEL | ClusterEvent.DELETE),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL));
    }

    private static InterPodAffinityTerms termsOf(PodInfo pod) {
        return pod.affinityTerms(InterPodAffinityTerms::of);
    }

    /** What PreFilter computed: the incoming pod's terms and the three counts. */
    private static final class FilterState implements CycleState.StateData {

        final PodInfo incoming;
        final InterPodAffinityTerms terms;
        final Map<String, String> namespaceLabels;
        final InterPodAffinityCounts existingAntiAffinity;
        final InterPodAffinityCounts affinity;
        final InterPodAffinityCounts antiAffinity;

        FilterState(PodInfo incoming, InterPodAffinityTerms terms, Map<String, String> namespaceLabels) {
            this(incoming, terms, namespaceLabels, new InterPodAffinityCounts(), new InterPodAffinityCounts(),
                    new InterPodAffinityCounts());
        }

        private FilterState(PodInfo incoming, InterPodAffinityTerms terms, Map<String, String> namespaceLabels,
                InterPodAffinityCounts existingAntiAffinity, InterPodAffinityCounts affinity,
                InterPodAffinityCounts antiAffinity) {
            this.incoming = incoming;
            this.terms = terms;
            this.namespaceLabels = namespaceLabels;
            this.existingAntiAffinity = existingAntiAffinity;
            this.affinity = affinity;
            this.antiAffinity = antiAffinity;
        }

        /** Counts an existing pod against the incoming pod's required terms. */
        void update(PodInfo existing, NodeInfo node, int sign) {
            if (terms.matchesAllRequiredAffinity(existing)) {
                for (Term term : terms.requiredAffinity()) {
                    String value = node.labels().get(term.topologyKey());
                    if (value != null) {
                        affinity.add(term.topologyKey(), value, sign);
                    }
                }
            }
            antiAffinity.addMatching(terms.requiredAntiAffinity(), existing, null, node, sign);
        }

        /**
         * Counts the existing pods against the incoming pod's required terms, as {@link #update} for each pod, from
         * the snapshot's counts of the pods matching every affinity term and each anti-affinity term per node.
         */
        void countExisting(Snapshot snapshot) {
            if (!terms.requiredAffinity().isEmpty()) {
                addCounts(snapshot, snapshot.podCounts(terms.requiredAffinity(), terms::matchesAllRequiredAffinity),
                        terms.requiredAffinity(), affinity);
            }
            for (Term term : terms.requiredAntiAffinity()) {
                addCounts(snapshot, snapshot.podCounts(term, pod -> term.matches(pod, null)), List.of(term),
                        antiAffinity);
            }
        }

        private static void addCounts(Snapshot snapshot, Snapshot.PodCounts matching, List<Term> terms,
                InterPodAffinityCounts counts) {
            matching.forEachNode((nodeName, count) -> {
                NodeInfo node = snapshot.get(nodeName);
                if (node != null) {
                    for (Term term : terms) {
                        String value = node.labels().get(term.topologyKey());
                        if (value != null) {
                            counts.add(term.topologyKey(), value, count);
                        }
                    }
                }
            });
        }

        /** Upstream's {@code satisfyPodAffinity}, with the first-pod-of-a-group exception. */
        boolean satisfiesAffinity(Map<String, String> labels) {
            boolean podsExist = true;
            for (Term term : terms.requiredAffinity()) {
                String value = labels.get(term.topologyKey());
                if (value == null) {
                    return false;
                }
                if (affinity.get(term.topologyKey(), value) <= 0) {
                    podsExist = false;
                }
            }
            return podsExist || affinity.size() == 0 && terms.matchesAllRequiredAffinity(incoming);
        }

        @Override
        public FilterState copy() {
            return new FilterState(incoming, terms, namespaceLabels, existingAntiAffinity.copy(), affinity.copy(),
                    antiAffinity.copy());
        }
    }

    private record ScoreState(Map<String, Map<String, Long>> topologyScore) {}
}
