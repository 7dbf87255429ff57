package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;
import io.pilothouse.runtime.scheduler.FitError;
import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.NodeToStatus;
import io.pilothouse.runtime.scheduler.framework.Parallelizer;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PostFilterPlugin;
import io.pilothouse.runtime.scheduler.framework.PostFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * The PostFilter plugin that makes room for a pod no node fits by evicting pods of lower priority, as upstream's
 * {@code DefaultPreemption} with its {@code Evaluator.Preempt}: the pod must be eligible (not
 * {@code preemptionPolicy: Never}, no lower-priority pod already terminating by preemption on its nominated node);
 * the nodes the Filter plugins rejected as resolvable are dry-run in name order from an offset until enough
 * candidates are found (on several threads when the Filter plugins allow it, with the outcome of a run in order: see
 * {@link Parallelizer}); the best candidate (see {@link CandidateRanking}) is chosen, its victims are deleted
 * gracefully, and the pod is nominated to the node. It schedules there once the victims are gone.
 * <p>
 * Upstream starts the dry run at a random offset; here the offset goes round the nodes, moving on by the nodes each
 * dry run examined, so that a run of preemptions does not dry-run the same nominated nodes again and again. The
 * candidates and the node statuses are kept in name order, so when every node is dry-run (at most
 * {@code minCandidateNodesAbsolute} of them, 100 by default), the outcome does not depend on the offset.
 */
public final class DefaultPreemption implements PostFilterPlugin {

    /** The plugin's name. */
    public static final String NAME = "DefaultPreemption";

    /** The status of nodes where evicting pods cannot help. */
    static final String NOT_HELPFUL = "Preemption is not helpful for scheduling";

    /** The kinds of a dry run's outcome on a node (see {@link #dryRun}). */
    private static final byte REJECTED = 1;
    private static final byte CANDIDATE = 2;
    private static final byte VIOLATING_CANDIDATE = 3;

    private final PreemptionHandle handle;
    private final DefaultPreemptionArgs args;
    private int nextOffset;

    public DefaultPreemption(PreemptionHandle handle, DefaultPreemptionArgs args) {
        this.handle = handle;
        this.args = args;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PostFilterResult postFilter(CycleState state, PodInfo pod, NodeToStatus filteredNodeStatuses) {
        String ineligible = ineligibility(pod, filteredNodeStatuses);
        if (ineligible != null) {
            return new PostFilterResult(Status.unschedulable("preemption: " + ineligible), null);
        }
        List<NodeInfo> nodes = filteredNodeStatuses.nodes();
        if (nodes.isEmpty()) {
            return new PostFilterResult(Status.error("preemption: no nodes available"), null);
        }
        List<Status> statuses = new ArrayList<>();
        List<CandidateRanking.Rank> candidates = findCandidates(state, pod, filteredNodeStatuses, statuses);
        if (candidates.isEmpty()) {
            FitError fitError = new FitError(nodes.size(), "", statuses, Status.unresolvable(NOT_HELPFUL), "");
            String clear = nominatedNodeName(pod.pod()) == null ? null : "";
            return new PostFilterResult(Status.unschedulable("preemption: " + fitError.message()), clear);
        }
        Candidate best = CandidateRanking.pick(candidates);
        new VictimEviction(handle, NAME).evict(pod, best);
        return new PostFilterResult(Status.SUCCESS, best.nodeName());
    }

    /** Why the pod may not preempt, as upstream's {@code PodEligibleToPreemptOthers}; {@code null} when it may. */
    private String ineligibility(PodInfo pod, NodeToStatus statuses) {
        if ("Never".equals(pod.pod().getSpec().getPreemptionPolicy())) {
            return "not eligible due to preemptionPolicy=Never.";
        }
        String nominated = nominatedNodeName(pod.pod());
        if (nominated == null) {
            return null;
        }
        Status nominatedStatus = statuses.get(nominated);
        if (nominatedStatus != null && nominatedStatus.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE) {
            return null;
        }
        NodeInfo node = handle.snapshot().get(nominated);
        if (node != null) {
            for (PodInfo other : node.pods()) {
                if (other.priority() < pod.priority() && VictimEviction.terminatingByPreemption(other.pod())) {
                    return "not eligible due to a terminating pod on the nominated node.";
                }
            }
        }
        return null;
    }

    /**
     * Upstream's {@code findCandidates}: the candidates, ranked, those that violate no budget first, each group in
     * node-name order; without candidates, the status of each node goes to {@code statuses}.
     */
    private List<CandidateRanking.Rank> findCandidates(CycleState state, PodInfo pod, NodeToStatus filtered,
            List<Status> statuses) {
        List<NodeInfo> nodes = filtered.nodes();
        List<NodeInfo> potential = new ArrayList<>();
        Status notHelpful = Status.unresolvable(NOT_HELPFUL);
        for (int i = 0; i < nodes.size(); i++) {
            Status status = filtered.get(i);
            if (status == null || status.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE) {
                statuses.add(notHelpful);
            } else {
                potential.add(nodes.get(i));
            }
        }
        Status[] rejections = new Status[potential.size()];
        CandidateRanking.Rank[] ranks = new CandidateRanking.Rank[potential.size()];
        byte[] kinds = new byte[potential.size()];
        dryRun(state, pod, potential, rejections, ranks, kinds);
        List<CandidateRanking.Rank> nonViolating = new ArrayList<>();
        List<CandidateRanking.Rank> violating = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == CANDIDATE) {
                nonViolating.add(ranks[i]);
            } else if (kinds[i] == VIOLATING_CANDIDATE) {
                violating.add(ranks[i]);
            }
        }
        nonViolating.addAll(violating);
        if (nonViolating.isEmpty()) {
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == REJECTED) {
                    statuses.add(rejections[i]);
                }
            }
        }
        return nonViolating;
    }

    /**
     * Upstream's {@code DryRunPreemption}: dry-runs the nodes from the offset on until enough candidates are found,
     * and at least one that violates no budget (or every node is done). The outcomes go to arrays by node, the kinds to
     * a byte array, which is read back without a cache miss per node when other threads dry-ran them.
     *
     * @param rejections where the status of each node that cannot be made to fit goes, by position in
     *                   {@code potential}
     * @param ranks      where the rank of each candidate goes, worked out on the thread that dry-ran it
     * @param kinds      where the kind of each outcome goes: {@link #REJECTED}, {@link #CANDIDATE} or
     *                   {@link #VIOLATING_CANDIDATE}; 0 for the nodes not dry-run
     */
    private void dryRun(CycleState state, PodInfo pod, List<NodeInfo> potential, Status[] rejections,
            CandidateRanking.Rank[] ranks, byte[] kinds) {
        int wanted = args.numCandidates(potential.size());
        List<VictimSelection.Budget> budgets = VictimSelection.Budget.of(handle.store().list(
                PolicyV1Package.Literals.POD_DISRUPTION_BUDGET, pod.namespace(), null));
        int size = potential.size();
        int offset = size == 0 ? 0 : nextOffset % size;
        Instant now = now();
        AtomicBoolean anyNonViolating = new AtomicBoolean();
        Parallelizer search = handle.framework(pod).filtersConcurrently(state)
                ? handle.parallelizer()
                : Parallelizer.SEQUENTIAL;
        int done = search.until(size, wanted, i -> {
            int index = (offset + i) % size;
            VictimSelection.Outcome outcome = VictimSelection.select(handle, state, pod, potential.get(index).copy(),
                    budgets, now);
            Candidate candidate = outcome.candidate();
            if (candidate == null) {
                rejections[index] = outcome.status();
                kinds[index] = REJECTED;
            } else {
                ranks[index] = CandidateRanking.Rank.of(candidate, now);
                kinds[index] = candidate.numPDBViolations() == 0 ? CANDIDATE : VIOLATING_CANDIDATE;
            }
            if (kinds[index] == CANDIDATE && !anyNonViolating.get()) {
                anyNonViolating.set(true);
            }
            return candidate != null;
        }, anyNonViolating::get);
        int examined = 0;
        int found = 0;
        boolean foundNonViolating = false;
        while (examined < done && !(foundNonViolating && found >= wanted)) {
            byte kind = kinds[(offset + examined) % size];
            examined++;
            found += kind == REJECTED ? 0 : 1;
            foundNonViolating |= kind == CANDIDATE;
        }
        for (int i = examined; i < done; i++) {
            kinds[(offset + i) % size] = 0;
        }
        nextOffset = offset + examined;
    }

    private Instant now() {
        return handle.store().clock().now();
    }

    static String nominatedNodeName(Pod pod) {
        String name = pod.getStatus() == null ? null : pod.getStatus().getNominatedNodeName();
        return name == null || name.isEmpty() ? null : name;
    }
}
