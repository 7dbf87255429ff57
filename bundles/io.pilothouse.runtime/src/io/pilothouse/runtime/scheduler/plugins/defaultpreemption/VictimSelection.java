package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.LabelSelectorMatcher;

/**
 * Finds the fewest pods to evict from one node so that a pod fits, as upstream's {@code SelectVictimsOnNode}: every
 * pod of lower priority is removed; when the pod then fits, the removed pods are put back one by one, the most
 * important first and those whose eviction would violate a PodDisruptionBudget before the others, and each that
 * makes the pod no longer fit is a victim.
 */
public final class VictimSelection {

    /** Upstream's reason when a node has no pod of lower priority. */
    public static final String NO_VICTIMS = "No preemption victims found for incoming pod";

    /**
     * The result on one node.
     *
     * @param candidate the victims when the pod fits after evicting them, otherwise {@code null}
     * @param status    Success with a candidate, otherwise why the node cannot be made to fit
     */
    public record Outcome(Candidate candidate, Status status) {}

    /** What a reprieve says of a pod that stays a victim. */
    private static final Status VICTIM = Status.unschedulable("victim");

    private VictimSelection() {}

    /**
     * Selects the victims on a node.
     *
     * @param state the cycle state; when a PreFilter extension runs for the pod, a copy of it follows the pods
     *              removed and put back, as upstream's {@code RunPreFilterExtensionRemovePod} and {@code AddPod}
     * @param node  a copy of the node info, changed in place
     * @param now   the start time of pods that have not started (upstream uses the current time)
     */
    public static Outcome select(PreemptionHandle handle, CycleState state, PodInfo pod, NodeInfo node,
            List<Budget> budgets, Instant now) {
        List<PodInfo> potential = new ArrayList<>();
        for (PodInfo other : node.pods()) {
            if (other.priority() < pod.priority()) {
                potential.add(other);
            }
        }
        if (potential.isEmpty()) {
            return new Outcome(null, Status.unresolvable(NO_VICTIMS));
        }
        DryRun dryRun = new DryRun(handle, state, pod, node);
        for (PodInfo victim : potential) {
            Status removed = dryRun.remove(victim);
            if (!removed.isSuccess()) {
                return new Outcome(null, removed);
            }
        }
        Status fits = dryRun.filter();
        if (!fits.isSuccess()) {
            return new Outcome(null, fits);
        }
        potential.sort(moreImportantFirst(now));
        List<PodInfo> violating = new ArrayList<>();
        List<PodInfo> nonViolating = new ArrayList<>();
        splitByPdbViolation(potential, budgets, violating, nonViolating);
        List<PodInfo> victims = new ArrayList<>();
        int numViolating = 0;
        for (PodInfo candidate : violating) {
            Status reprieved = dryRun.reprieve(candidate, victims);
            if (reprieved == VICTIM) {
                numViolating++;
            } else if (!reprieved.isSuccess()) {
                return new Outcome(null, reprieved);
            }
        }
        for (PodInfo candidate : nonViolating) {
            Status reprieved = dryRun.reprieve(candidate, victims);
            if (reprieved != VICTIM && !reprieved.isSuccess()) {
                return new Outcome(null, reprieved);
            }
        }
        if (!violating.isEmpty() && !nonViolating.isEmpty()) {
            victims.sort(moreImportantFirst(now));
        }
        return new Outcome(new Candidate(node.name(), victims, numViolating), Status.SUCCESS);
    }

    /** The pod, the node copy and the cycle state of one dry run. */
    private static final class DryRun {

        private final PreemptionHandle handle;
        private final Framework framework;
        private final CycleState state;
        private final boolean extensions;
        private final PodInfo pod;
        private final NodeInfo node;

        DryRun(PreemptionHandle handle, CycleState state, PodInfo pod, NodeInfo node) {
            this.handle = handle;
            this.framework = handle.framework(pod);
            this.extensions = framework.hasActivePreFilterExtensions(state);
            this.state = extensions ? state.copy() : state;
            this.pod = pod;
            this.node = node;
        }

        Status filter() {
            return handle.runFilterWithNominatedPods(state, pod, node);
        }

        Status remove(PodInfo victim) {
            node.removePod(victim);
            return extensions ? framework.runPreFilterExtensionRemovePod(state, pod, victim, node) : Status.SUCCESS;
        }

        /**
         * Puts a pod back; when the pod no longer fits, takes it out again as a victim.
         *
         * @return Success when it stays, {@link #VICTIM} when it is a victim, otherwise an extension's failure
         */
        Status reprieve(PodInfo candidate, List<PodInfo> victims) {
            node.addPod(candidate);
            Status added = extensions
                    ? framework.runPreFilterExtensionAddPod(state, pod, candidate, node)
                    : Status.SUCCESS;
            if (!added.isSuccess()) {
                return added;
            }
            if (filter().isSuccess()) {
                return Status.SUCCESS;
            }
            Status removed = remove(candidate);
            victims.add(candidate);
            return removed.isSuccess() ? VICTIM : removed;
        }
    }

    /** Upstream's {@code MoreImportantPod}: higher priority, then the earlier start. */
    static Comparator<PodInfo> moreImportantFirst(Instant now) {
        return (first, second) -> first.priority() != second.priority()
                ? Integer.compare(second.priority(), first.priority())
                : startTime(first, now).compareTo(startTime(second, now));
    }

    /** When a pod started; the current time when it has not (as upstream's {@code GetPodStartTime}). */
    static Instant startTime(PodInfo pod, Instant now) {
        return pod.startTime() == null ? now : pod.startTime();
    }

    /**
     * Splits pods by whether evicting them, in order, would take a matching budget's allowed disruptions below
     * zero, as upstream's {@code filterPodsWithPDBViolation}.
     */
    static void splitByPdbViolation(List<PodInfo> pods, List<Budget> budgets, List<PodInfo> violating,
            List<PodInfo> nonViolating) {
        int[] allowed = new int[budgets.size()];
        for (int i = 0; i < budgets.size(); i++) {
            allowed[i] = budgets.get(i).disruptionsAllowed();
        }
        for (PodInfo pod : pods) {
            boolean violated = false;
            for (int i = 0; i < budgets.size() && !pod.labels().isEmpty(); i++) {
                if (budgets.get(i).matches(pod)) {
                    allowed[i]--;
                    violated |= allowed[i] < 0;
                }
            }
            (violated ? violating : nonViolating).add(pod);
        }
    }

    /**
     * What the dry runs need of a PodDisruptionBudget, read once per preemption rather than from the model on every
     * node (and on several threads): its namespace, selector, allowed disruptions, and the pods it already counts as
     * disrupted, which do not count against it again.
     *
     * @param disruptionsAllowed {@code status.disruptionsAllowed}, 0 when unset
     */
    public record Budget(String namespace, LabelSelectorMatcher selector, int disruptionsAllowed,
            Set<String> disruptedPods) {

        /**
         * The budgets of PodDisruptionBudgets that can match a pod: those with a spec and a valid selector that is
         * not empty (upstream skips the others).
         */
        public static List<Budget> of(List<PodDisruptionBudget> pdbs) {
            List<Budget> budgets = new ArrayList<>();
            for (PodDisruptionBudget pdb : pdbs) {
                LabelSelector selector = pdb.getSpec() == null ? null : pdb.getSpec().getSelector();
                if (selector == null
                        || selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty()) {
                    continue;
                }
                LabelSelectorMatcher matcher;
                try {
                    matcher = LabelSelectorMatcher.of(selector);
                } catch (IllegalArgumentException malformed) {
                    continue;
                }
                var status = pdb.getStatus();
                budgets.add(new Budget(pdb.getMetadata().getNamespace(), matcher,
                        status == null || status.getDisruptionsAllowed() == null ? 0 : status.getDisruptionsAllowed(),
                        status == null ? Set.of() : Set.copyOf(status.getDisruptedPods().keySet())));
            }
            return budgets;
        }

        boolean matches(PodInfo pod) {
            return pod.namespace().equals(namespace) && selector.matches(pod.labels())
                    && !disruptedPods.contains(pod.name());
        }
    }
}
