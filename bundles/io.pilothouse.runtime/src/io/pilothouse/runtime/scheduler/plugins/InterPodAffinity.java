package io.pilothouse.runtime.scheduler.plugins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinityTerms.Term;

/**
 * Upstream's InterPodAffinity: PreFilter counts, per topology pair, the existing pods matching the incoming pod's
 * required (anti-)affinity terms and the existing pods whose required anti-affinity the incoming pod matches;
 * Filter then looks up the node's pairs. A pod whose required affinity no pod matches yet may go anywhere when it
 * matches its own terms. Score sums preferred term weights (and existing pods' terms, symmetrically) per domain and
 * normalizes between the lowest and highest node.
 * <p>
 * Upstream walks every existing pod in PreFilter and PreScore; here the snapshot keeps the counts per domain, of the
 * pods each of the incoming pod's terms matches ({@link Snapshot#podCounts}) and of each distinct term the existing
 * pods carry ({@link Snapshot#termCounts}), so that a cycle matches the incoming pod against each distinct existing
 * term once and reads the domains' counts. The sums are the ones upstream's walk makes.
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
        InterPodAffinityTerms terms = termsOf(pod);
        if (terms.parseError() != null) {
            return Status.error(terms.parseError());
        }
        terms = terms.resolved(handle.listers().allNamespaceLabels());
        Map<String, String> namespaceLabels = handle.listers().namespaceLabels(pod.namespace());
        FilterState filterState = new FilterState(pod, terms, namespaceLabels);
        Snapshot snapshot = handle.snapshot();
        snapshot.termCounts(ExistingTerms.REQUIRED_ANTI_AFFINITY).forEach((term, domains) -> {
            if (domains.size() > 0 && term.matches(pod, namespaceLabels)) {
                filterState.existingAntiAffinity.addDomains(domains);
            }
        });
        filterState.countExisting(snapshot);
        boolean incoming = !terms.requiredAffinity().isEmpty() || !terms.requiredAntiAffinity().isEmpty();
        if (!incoming && filterState.existingAntiAffinity.isEmpty()) {
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
        if (filterState.antiAffinity.anyPositive(labels)) {
            return ANTI_AFFINITY_REJECTED;
        }
        if (filterState.existingAntiAffinity.anyPositive(labels)) {
            return EXISTING_ANTI_AFFINITY_REJECTED;
        }
        return Status.SUCCESS;
    }

    @Override
    public boolean filtersConcurrently() {
        return true;
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        InterPodAffinityTerms own = termsOf(pod);
        if (own.parseError() != null) {
            return Status.error(own.parseError());
        }
        own = own.resolved(handle.listers().allNamespaceLabels());
        boolean hasConstraints = !own.preferredAffinity().isEmpty() || !own.preferredAntiAffinity().isEmpty();
        if (args.ignorePreferredTermsOfExistingPods() && !hasConstraints) {
            return Status.SKIP;
        }
        Map<String, String> namespaceLabels = handle.listers().namespaceLabels(pod.namespace());
        Map<String, Map<String, Long>> topologyScore = new HashMap<>();
        Snapshot snapshot = handle.snapshot();
        for (Term term : own.preferredAffinity()) {
            addScores(topologyScore, matchingPods(snapshot, term), term.weight());
        }
        for (Term term : own.preferredAntiAffinity()) {
            addScores(topologyScore, matchingPods(snapshot, term), -term.weight());
        }
        if (args.hardPodAffinityWeight() > 0) {
            addExistingScores(topologyScore, ExistingTerms.REQUIRED_AFFINITY, pod, namespaceLabels, 1);
        }
        addExistingScores(topologyScore, ExistingTerms.PREFERRED_AFFINITY, pod, namespaceLabels, 1);
        addExistingScores(topologyScore, ExistingTerms.PREFERRED_ANTI_AFFINITY, pod, namespaceLabels, -1);
        if (topologyScore.isEmpty()) {
            return Status.SKIP;
        }
        state.write(PRE_SCORE_KEY, new ScoreState(topologyScore));
        return Status.SUCCESS;
    }

    /**
     * Adds the weight of each distinct term of the existing pods that matches the incoming pod (the hard weight for
     * required affinity terms) to its domains, once per time the pods there carry it.
     */
    private void addExistingScores(Map<String, Map<String, Long>> topologyScore, ExistingTerms kind, PodInfo pod,
            Map<String, String> namespaceLabels, int sign) {
        handle.snapshot().termCounts(kind).forEach((term, domains) -> {
            if (domains.size() > 0 && term.matches(pod, namespaceLabels)) {
                int weight = kind == ExistingTerms.REQUIRED_AFFINITY ? args.hardPodAffinityWeight() : term.weight();
                addScores(topologyScore, domains, sign * weight);
            }
        });
    }

    /** Adds {@code weight} to each domain once per pod (or term) counted there. */
    private static void addScores(Map<String, Map<String, Long>> topologyScore, DomainCounts domains, long weight) {
        if (domains.size() == 0) {
            return;
        }
        Map<String, Long> scores = topologyScore.computeIfAbsent(domains.topologyKey(), k -> new HashMap<>());
        domains.forEach((value, count) -> scores.merge(value, weight * count, Long::sum));
    }

    /** The existing pods an incoming pod's (namespace-resolved) term matches, per domain of its topology key. */
    private static DomainCounts matchingPods(Snapshot snapshot, Term term) {
        return snapshot.podCounts(term, existing -> term.matches(existing, null)).domains(term.topologyKey());
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

    /** The kinds of terms of the existing pods the snapshot counts per distinct term; each is its own key. */
    private enum ExistingTerms implements Function<PodInfo, List<Term>> {
        REQUIRED_AFFINITY(InterPodAffinityTerms::requiredAffinity),
        REQUIRED_ANTI_AFFINITY(InterPodAffinityTerms::requiredAntiAffinity),
        PREFERRED_AFFINITY(InterPodAffinityTerms::preferredAffinity),
        PREFERRED_ANTI_AFFINITY(InterPodAffinityTerms::preferredAntiAffinity);

        private final Function<InterPodAffinityTerms, List<Term>> kind;

        ExistingTerms(Function<InterPodAffinityTerms, List<Term>> kind) {
            this.kind = kind;
        }

        @Override
        public List<Term> apply(PodInfo pod) {
            return pod.hasAffinity() ? kind.apply(termsOf(pod)) : List.of();
        }
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
         * the snapshot's counts per domain of the pods matching every affinity term and each anti-affinity term.
         */
        void countExisting(Snapshot snapshot) {
            if (!terms.requiredAffinity().isEmpty()) {
                Snapshot.PodCounts matching = snapshot.podCounts(terms.requiredAffinity(),
                        terms::matchesAllRequiredAffinity);
                for (Term term : terms.requiredAffinity()) {
                    affinity.addDomains(matching.domains(term.topologyKey()));
                }
            }
            for (Term term : terms.requiredAntiAffinity()) {
                antiAffinity.addDomains(matchingPods(snapshot, term));
            }
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
            return podsExist || affinity.isEmpty() && terms.matchesAllRequiredAffinity(incoming);
        }

        @Override
        public FilterState copy() {
            return new FilterState(incoming, terms, namespaceLabels, existingAntiAffinity.copy(), affinity.copy(),
                    antiAffinity.copy());
        }
    }

    private record ScoreState(Map<String, Map<String, Long>> topologyScore) {}
}
