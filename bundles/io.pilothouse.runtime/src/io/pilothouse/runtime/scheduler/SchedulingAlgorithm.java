package io.pilothouse.runtime.scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.pilothouse.runtime.scheduler.SchedulingAttempt.NodeScore;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.Framework.PreFilterOutcome;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.NodeToStatus;
import io.pilothouse.runtime.scheduler.framework.Parallelizer;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * One scheduling cycle's search for a node, as upstream's {@code schedulePod}: PreFilter, the nominated node first,
 * the Filter search over a share of the nodes starting where the previous search stopped, then PreScore, Score,
 * NormalizeScore and the pick of the highest total.
 * <p>
 * Ties between the highest totals go to the node whose name sorts first; upstream picks one of them at random.
 */
final class SchedulingAlgorithm {

    /** Below this many nodes, every node is searched. */
    static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
    /** The least share of nodes the adaptive percentage comes down to. */
    static final int MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

    private final Snapshot snapshot;
    private final Parallelizer parallelizer;
    /**
     * The Filter status and the name of each node of one search, in search order, kept from one search to the next:
     * reading them back from these arrays rather than from the node infos saves a cache miss per node when other
     * threads filtered them.
     */
    private Status[] statuses = new Status[0];
    private String[] names = new String[0];
    private int nextStartNodeIndex;
    /**
     * Where the last search went round from the last node to the first: the feasible nodes found from there on sort
     * by name before those found earlier (the nodes are searched in name order), {@link Integer#MAX_VALUE} if it did
     * not.
     */
    private int feasibleWrap;

    SchedulingAlgorithm(Snapshot snapshot, Parallelizer parallelizer) {
        this.snapshot = snapshot;
        this.parallelizer = parallelizer;
    }

    /**
     * The outcome of a cycle.
     *
     * @param node     the chosen node, {@code null} when none fits or on an error
     * @param status   Success, the rejection (with {@code fitError}) or the error
     * @param fitError why no node fits, {@code null} otherwise
     * @param filtered  the Filter status of each node, for PostFilter when no node fits, {@code null} otherwise
     * @param rejectors the plugins that rejected the pod
     * @param state    the cycle state, for the binding cycle
     * @param attempt  the explanation
     */
    record Result(String node, Status status, FitError fitError, NodeToStatus filtered, Set<String> rejectors,
            CycleState state, SchedulingAttempt attempt) {}

    /** Finds a node for a pod. */
    Result schedule(Framework framework, PodInfo pod, int attemptNumber, Instant now) {
        CycleState state = new CycleState();
        List<NodeInfo> allNodes = snapshot.nodes();
        Explanation explanation = new Explanation(pod.key(), attemptNumber, now, framework, allNodes.size());
        if (allNodes.isEmpty()) {
            Status status = Status.unresolvable("no nodes available to schedule pods");
            return new Result(null, status, null, null, Set.of(), state,
                    explanation.build(state, status, null, null));
        }
        PreFilterOutcome preFilter = framework.runPreFilter(state, pod);
        explanation.preFilter = preFilter.status();
        if (!preFilter.status().isSuccess()) {
            Status status = preFilter.status();
            FitError fitError = status.isRejected()
                    ? new FitError(allNodes.size(), status.message(), List.of(), status, "")
                    : null;
            Set<String> rejectors = status.isRejected() ? Set.of(status.plugin()) : Set.of();
            return new Result(null, status, fitError, fitError == null ? null : new NodeToStatus(allNodes, status),
                    rejectors, state, explanation.build(state, status, null, fitError));
        }
        int[] positions = null;
        Status absent = null;
        if (!preFilter.result().allNodes()) {
            positions = positionsOf(allNodes, preFilter.result().nodeNames());
            absent = Status.unresolvable("node(s) didn't satisfy plugin(s) "
                    + Framework.goList(preFilter.narrowedBy()));
        }
        NodeToStatus filtered = new NodeToStatus(allNodes, absent);
        List<NodeInfo> feasible = findFeasible(framework, state, pod, positions, filtered, explanation);
        if (feasible.isEmpty()) {
            List<Status> rejected = filtered.rejected();
            FitError fitError = new FitError(allNodes.size(), "", rejected, filtered.absent(), "");
            Set<String> rejectors = new TreeSet<>(preFilter.narrowedBy());
            rejected.forEach(status -> rejectors.add(status.plugin()));
            Status status = Status.unschedulable(fitError.message());
            return new Result(null, status, fitError, filtered, rejectors, state,
                    explanation.build(state, status, null, fitError));
        }
        if (feasible.size() == 1) {
            String node = feasible.get(0).name();
            return new Result(node, Status.SUCCESS, null, null, Set.of(), state,
                    explanation.build(state, Status.SUCCESS, node, null));
        }
        Status preScore = framework.runPreScore(state, pod, feasible);
        if (!preScore.isSuccess()) {
            return new Result(null, preScore, null, null, Set.of(), state,
                    explanation.build(state, preScore, null, null));
        }
        String node = score(framework, state, pod, feasible, feasibleWrap, explanation);
        return new Result(node, Status.SUCCESS, null, null, Set.of(), state,
                explanation.build(state, Status.SUCCESS, node, null));
    }

    /** How many feasible nodes end the search, as upstream's {@code numFeasibleNodesToFind}. */
    static int numFeasibleNodesToFind(int percentageOfNodesToScore, int numAllNodes) {
        if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) {
            return numAllNodes;
        }
        int percentage = percentageOfNodesToScore;
        if (percentage == 0) {
            percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND, 50 - numAllNodes / 125);
        }
        int numNodes = (int) ((long) numAllNodes * percentage / 100);
        return Math.max(numNodes, MIN_FEASIBLE_NODES_TO_FIND);
    }

    /** The positions in {@code nodes} (in name order) of the named nodes (sorted), for a PreFilter narrowing. */
    private static int[] positionsOf(List<NodeInfo> nodes, SortedSet<String> names) {
        int[] positions = new int[names.size()];
        int count = 0;
        for (int i = 0; i < nodes.size() && count < positions.length; i++) {
            if (names.contains(nodes.get(i).name())) {
                positions[count++] = i;
            }
        }
        return Arrays.copyOf(positions, count);
    }

    /**
     * Runs the Filter search: the nominated node first, then the nodes from where the last search stopped, until
     * enough fit (see {@link #numFeasibleNodesToFind}). The search spreads over threads when the Filter plugins allow
     * it; its statuses are then read in order up to where a search in order stops (see {@link Parallelizer}).
     *
     * @param positions the positions of the nodes to search among the filtered ones, {@code null} for all
     * @param filtered  where the statuses of the nodes that do not fit go
     */
    private List<NodeInfo> findFeasible(Framework framework, CycleState state, PodInfo pod, int[] positions,
            NodeToStatus filtered, Explanation explanation) {
        List<NodeInfo> nodes = filtered.nodes();
        List<NodeInfo> feasible = new ArrayList<>();
        String nominated = pod.pod().getStatus() == null ? null : pod.pod().getStatus().getNominatedNodeName();
        NodeInfo nominatedInfo = nominated == null ? null : snapshot.get(nominated);
        if (nominatedInfo != null && (positions == null || contains(nodes, positions, nominatedInfo))) {
            Status status = filterWithNominatedPods(framework, state, pod, nominatedInfo);
            explanation.nodes.append(nominated, status);
            if (status.isSuccess()) {
                feasible.add(nominatedInfo);
                return feasible;
            }
        }
        int size = positions == null ? nodes.size() : positions.length;
        if (size == 0) {
            return feasible;
        }
        int toFind = numFeasibleNodesToFind(framework.percentageOfNodesToScore(), size);
        int start = nextStartNodeIndex % size;
        growBuffers(size);
        Status[] statuses = this.statuses;
        String[] names = this.names;
        Parallelizer search = framework.filtersConcurrently(state) ? parallelizer : Parallelizer.SEQUENTIAL;
        int done = search.until(size, toFind, i -> {
            int index = wrap(start + i, size);
            NodeInfo node = nodes.get(positions == null ? index : positions[index]);
            Status status = filterWithNominatedPods(framework, state, pod, node);
            statuses[i] = status;
            names[i] = node.name();
            return status.isSuccess();
        }, () -> true);
        int processed = 0;
        feasibleWrap = Integer.MAX_VALUE;
        for (int i = 0; i < done && feasible.size() < toFind; i++) {
            int index = wrap(start + i, size);
            if (index == 0 && i > 0) {
                feasibleWrap = feasible.size();
            }
            int position = positions == null ? index : positions[index];
            Status status = statuses[i];
            processed++;
            if (status.isSuccess()) {
                feasible.add(nodes.get(position));
            } else {
                filtered.set(position, status);
            }
        }
        explanation.nodes.appendAll(names, statuses, processed);
        nextStartNodeIndex = (nextStartNodeIndex + processed) % size;
        return feasible;
    }

    /** {@code index % size} for an index below twice the size, without a division (it runs once per node). */
    private static int wrap(int index, int size) {
        return index < size ? index : index - size;
    }

    private void growBuffers(int size) {
        if (statuses.length < size) {
            statuses = new Status[size];
            names = new String[size];
        }
    }

    private static boolean contains(List<NodeInfo> nodes, int[] positions, NodeInfo node) {
        for (int position : positions) {
            if (nodes.get(position) == node) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the filters with the pods nominated to the node that have at least the pod's priority counted on it, and
     * again without them when that passed, as upstream's {@code RunFilterPluginsWithNominatedPods}. The nominated pods
     * are added to the node info for the first run and taken out again after it (the node info is back as it was, its
     * pods in the same order), rather than added to a copy; the cycle state is copied only when a PreFilter extension
     * has to count them.
     */
    Status filterWithNominatedPods(Framework framework, CycleState state, PodInfo pod, NodeInfo node) {
        List<PodInfo> nominated = node.nominatedPods();
        int lastAdded = -1;
        CycleState stateWithNominated = state;
        Status status;
        try {
            for (int i = 0; i < nominated.size(); i++) {
                PodInfo other = nominated.get(i);
                if (countsFor(other, pod)) {
                    if (lastAdded < 0 && framework.hasActivePreFilterExtensions(state)) {
                        stateWithNominated = state.copy();
                    }
                    node.addPod(other);
                    lastAdded = i;
                    if (stateWithNominated != state) {
                        Status extension = framework.runPreFilterExtensionAddPod(stateWithNominated, pod, other, node);
                        if (!extension.isSuccess()) {
                            return extension;
                        }
                    }
                }
            }
            status = framework.runFilter(stateWithNominated, pod, node);
        } finally {
            for (int i = lastAdded; i >= 0; i--) {
                if (countsFor(nominated.get(i), pod)) {
                    node.removePod(nominated.get(i));
                }
            }
        }
        return lastAdded >= 0 && status.isSuccess() ? framework.runFilter(state, pod, node) : status;
    }

    /** Whether a nominated pod counts on its node for a pod: another pod of at least its priority. */
    private static boolean countsFor(PodInfo nominated, PodInfo pod) {
        return nominated.priority() >= pod.priority() && !nominated.samePod(pod);
    }

    /**
     * Scores the feasible nodes and picks the highest total; ties go to the node whose name sorts first, found from
     * the order of the search ({@code wrap}: see {@link #feasibleWrap}) rather than by comparing names.
     */
    private static String score(Framework framework, CycleState state, PodInfo pod, List<NodeInfo> feasible, int wrap,
            Explanation explanation) {
        List<ScorePlugin> plugins = framework.scorePlugins();
        int size = feasible.size();
        long[] totals = new long[size];
        List<String> scored = new ArrayList<>(plugins.size());
        int[] weights = new int[plugins.size()];
        long[][] rawScores = new long[plugins.size()][];
        long[][] normalizedScores = new long[plugins.size()][];
        long[] scratch = new long[size];
        for (int p = 0; p < plugins.size(); p++) {
            ScorePlugin plugin = plugins.get(p);
            if (state.skipsScore(plugin.name())) {
                continue;
            }
            long[] raw = new long[size];
            for (int n = 0; n < size; n++) {
                raw[n] = plugin.score(state, pod, feasible.get(n));
            }
            long[] normalized = normalized(plugin, state, pod, raw, scratch);
            int weight = framework.scoreWeight(p);
            for (int n = 0; n < size; n++) {
                totals[n] += normalized[n] * weight;
            }
            weights[scored.size()] = weight;
            rawScores[scored.size()] = raw;
            normalizedScores[scored.size()] = normalized;
            scored.add(plugin.name());
        }
        int best = 0;
        String[] names = new String[size];
        for (int n = 0; n < size; n++) {
            names[n] = feasible.get(n).name();
            if (totals[n] > totals[best] || totals[n] == totals[best] && n >= wrap && best < wrap) {
                best = n;
            }
        }
        int count = scored.size();
        explanation.scores = new NodeScores(names, scored.toArray(String[]::new), Arrays.copyOf(weights, count),
                Arrays.copyOf(rawScores, count), Arrays.copyOf(normalizedScores, count), totals);
        return names[best];
    }

    /**
     * A plugin's normalized scores, worked out in {@code scratch} (as long as {@code raw}): the raw scores themselves
     * (one array kept for the explanation instead of two) when NormalizeScore leaves them as they are, as it does for
     * the plugins that score 0 to 100 already.
     */
    private static long[] normalized(ScorePlugin plugin, CycleState state, PodInfo pod, long[] raw,
            long[] scratch) {
        System.arraycopy(raw, 0, scratch, 0, raw.length);
        plugin.normalizeScore(state, pod, scratch);
        return Arrays.equals(raw, scratch) ? raw : scratch.clone();
    }

    /** The explanation being gathered during a cycle. */
    private static final class Explanation {

        private final String podKey;
        private final int attempt;
        private final Instant time;
        private final Framework framework;
        private final int numAllNodes;
        private final NodeFilterResults nodes = new NodeFilterResults();
        private List<NodeScore> scores = List.of();
        private Status preFilter = Status.SUCCESS;

        Explanation(String podKey, int attempt, Instant time, Framework framework, int numAllNodes) {
            this.podKey = podKey;
            this.attempt = attempt;
            this.time = time;
            this.framework = framework;
            this.numAllNodes = numAllNodes;
        }

        SchedulingAttempt build(CycleState state, Status outcome, String node, FitError fitError) {
            String message = node != null ? null : fitError != null ? fitError.message() : outcome.message();
            return new SchedulingAttempt(podKey, attempt, time, framework.profileName(), numAllNodes, preFilter,
                    framework.filterPluginNames(),
                    Collections.unmodifiableSortedSet(new TreeSet<>(state.skipFilterPlugins())), nodes.trimmed(),
                    scores, node, message);
        }
    }
}
