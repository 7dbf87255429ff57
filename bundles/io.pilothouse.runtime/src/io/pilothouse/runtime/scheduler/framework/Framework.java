package io.pilothouse.runtime.scheduler.framework;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The plugins of one profile arranged by extension point, with the runs of each point as upstream's
 * {@code frameworkImpl}: statuses are attributed to the plugin that returned them, PreFilter Skip skips the plugin's
 * Filter, PreScore Skip skips its Score.
 */
public final class Framework {

    private final String profileName;
    private final int percentageOfNodesToScore;
    private final List<PreEnqueuePlugin> preEnqueue = new ArrayList<>();
    private final QueueSortPlugin queueSort;
    private final List<PreFilterPlugin> preFilter = new ArrayList<>();
    private final List<PreFilterExtensions> preFilterExtensions = new ArrayList<>();
    private final List<FilterPlugin> filter = new ArrayList<>();
    private final List<String> filterPluginNames;
    private final List<PostFilterPlugin> postFilter = new ArrayList<>();
    private final List<PreScorePlugin> preScore = new ArrayList<>();
    private final List<ScorePlugin> score = new ArrayList<>();
    private final int[] scoreWeights;
    private final List<ReservePlugin> reserve = new ArrayList<>();
    private final List<PermitPlugin> permit = new ArrayList<>();
    private final List<PreBindPlugin> preBind = new ArrayList<>();
    private final List<BindPlugin> bind = new ArrayList<>();
    private final List<PostBindPlugin> postBind = new ArrayList<>();
    private final List<EnqueueExtensions> enqueueExtensions = new ArrayList<>();

    /**
     * Arranges plugins.
     *
     * @param plugins the plugins in their configured order
     * @param weights the Score weight of each plugin, in the same order
     * @throws IllegalArgumentException without exactly one QueueSort plugin or without a Bind plugin
     */
    public Framework(String profileName, int percentageOfNodesToScore, List<Plugin> plugins, List<Integer> weights) {
        this.profileName = profileName;
        this.percentageOfNodesToScore = percentageOfNodesToScore;
        List<QueueSortPlugin> sorts = new ArrayList<>();
        List<Integer> scoreWeightList = new ArrayList<>();
        for (int i = 0; i < plugins.size(); i++) {
            Plugin plugin = plugins.get(i);
            addIf(plugin, PreEnqueuePlugin.class, preEnqueue);
            addIf(plugin, QueueSortPlugin.class, sorts);
            addIf(plugin, PreFilterPlugin.class, preFilter);
            addIf(plugin, PreFilterExtensions.class, preFilterExtensions);
            addIf(plugin, FilterPlugin.class, filter);
            addIf(plugin, PostFilterPlugin.class, postFilter);
            addIf(plugin, PreScorePlugin.class, preScore);
            if (plugin instanceof ScorePlugin scorer) {
                score.add(scorer);
                scoreWeightList.add(weights.get(i));
            }
            addIf(plugin, ReservePlugin.class, reserve);
            addIf(plugin, PermitPlugin.class, permit);
            addIf(plugin, PreBindPlugin.class, preBind);
            addIf(plugin, BindPlugin.class, bind);
            addIf(plugin, PostBindPlugin.class, postBind);
            addIf(plugin, EnqueueExtensions.class, enqueueExtensions);
        }
        if (sorts.size() != 1) {
            throw new IllegalArgumentException("profile " + profileName
                    + ": exactly one queue sort plugin is required, found " + sorts.size());
        }
        if (bind.isEmpty()) {
            throw new IllegalArgumentException("profile " + profileName + ": at least one bind plugin is needed");
        }
        queueSort = sorts.get(0);
        filterPluginNames = filter.stream().map(Plugin::name).toList();
        scoreWeights = scoreWeightList.stream().mapToInt(Integer::intValue).toArray();
    }

    private static <T> void addIf(Plugin plugin, Class<T> type, List<T> list) {
        if (type.isInstance(plugin)) {
            list.add(type.cast(plugin));
        }
    }

    public String profileName() {
        return profileName;
    }

    public int percentageOfNodesToScore() {
        return percentageOfNodesToScore;
    }

    /** The first PreEnqueue rejection, or Success. */
    public Status runPreEnqueue(PodInfo pod) {
        for (PreEnqueuePlugin plugin : preEnqueue) {
            Status status = plugin.preEnqueue(pod);
            if (!status.isSuccess()) {
                return status.withPlugin(plugin.name());
            }
        }
        return Status.SUCCESS;
    }

    /** The queue order. */
    public boolean less(PodInfo first, Instant firstQueued, PodInfo second, Instant secondQueued) {
        return queueSort.less(first, firstQueued, second, secondQueued);
    }

    /**
     * Runs the PreFilter plugins.
     *
     * @return Success with the merged node narrowing and the plugins that narrowed, or the first rejection or error
     */
    public PreFilterOutcome runPreFilter(CycleState state, PodInfo pod) {
        PreFilterResult merged = PreFilterResult.ALL_NODES;
        List<String> narrowing = new ArrayList<>();
        PreFilterResult[] result = new PreFilterResult[1];
        for (PreFilterPlugin plugin : preFilter) {
            result[0] = PreFilterResult.ALL_NODES;
            Status status = plugin.preFilter(state, pod, result);
            if (status.isSkip()) {
                state.skipFilter(plugin.name());
                continue;
            }
            if (!status.isSuccess()) {
                return new PreFilterOutcome(status.withPlugin(plugin.name()), merged, new TreeSet<>(narrowing));
            }
            if (!result[0].allNodes()) {
                narrowing.add(plugin.name());
                merged = merged.merge(result[0]);
                if (merged.nodeNames().isEmpty()) {
                    String message = narrowing.size() == 1
                            ? "node(s) didn't satisfy plugin " + narrowing.get(0)
                            : "node(s) didn't satisfy plugin(s) " + goList(narrowing) + " simultaneously";
                    return new PreFilterOutcome(Status.unresolvable(message).withPlugin(plugin.name()), merged,
                            new TreeSet<>(narrowing));
                }
            }
        }
        state.filters = activeFilters(state.skipFilterPlugins());
        state.activePreFilterExtensions = anyActivePreFilterExtension(state);
        state.filtersConcurrently = true;
        for (FilterPlugin plugin : state.filters) {
            state.filtersConcurrently &= plugin.filtersConcurrently();
        }
        return new PreFilterOutcome(Status.SUCCESS, merged, new TreeSet<>(narrowing));
    }

    private List<FilterPlugin> activeFilters(Set<String> skipped) {
        if (skipped.isEmpty()) {
            return filter;
        }
        List<FilterPlugin> active = new ArrayList<>(filter.size());
        for (FilterPlugin plugin : filter) {
            if (!skipped.contains(plugin.name())) {
                active.add(plugin);
            }
        }
        return active;
    }

    /** Go's {@code %v} of a string slice: {@code [a b]}. */
    public static String goList(Collection<String> items) {
        return "[" + String.join(" ", items) + "]";
    }

    /**
     * What the PreFilter plugins decided.
     *
     * @param status     Success, or the status that stopped the pod
     * @param result     the nodes to look at
     * @param narrowedBy the plugins that narrowed the nodes, sorted
     */
    public record PreFilterOutcome(Status status, PreFilterResult result, SortedSet<String> narrowedBy) {}

    /** Runs the PreFilter extensions' AddPod, skipping plugins whose PreFilter returned Skip. */
    public Status runPreFilterExtensionAddPod(CycleState state, PodInfo podToSchedule, PodInfo podToAdd,
            NodeInfo nodeInfo) {
        for (PreFilterExtensions plugin : preFilterExtensions) {
            if (!state.skipsFilter(plugin.name())) {
                Status status = plugin.addPod(state, podToSchedule, podToAdd, nodeInfo);
                if (!status.isSuccess()) {
                    return status.withPlugin(plugin.name());
                }
            }
        }
        return Status.SUCCESS;
    }

    /**
     * Whether the Filter plugins that run for the pod (those whose PreFilter did not return Skip) may filter several
     * nodes at once (see {@link FilterPlugin#filtersConcurrently()}); {@code false} before PreFilter has run.
     */
    public boolean filtersConcurrently(CycleState state) {
        return state.filtersConcurrently;
    }

    /** Whether a PreFilter extension runs for the pod: one whose PreFilter did not return Skip. */
    public boolean hasActivePreFilterExtensions(CycleState state) {
        return state.filters != null ? state.activePreFilterExtensions : anyActivePreFilterExtension(state);
    }

    private boolean anyActivePreFilterExtension(CycleState state) {
        for (PreFilterExtensions plugin : preFilterExtensions) {
            if (!state.skipsFilter(plugin.name())) {
                return true;
            }
        }
        return false;
    }

    /** Runs the PreFilter extensions' RemovePod, skipping plugins whose PreFilter returned Skip. */
    public Status runPreFilterExtensionRemovePod(CycleState state, PodInfo podToSchedule, PodInfo podToRemove,
            NodeInfo nodeInfo) {
        for (PreFilterExtensions plugin : preFilterExtensions) {
            if (!state.skipsFilter(plugin.name())) {
                Status status = plugin.removePod(state, podToSchedule, podToRemove, nodeInfo);
                if (!status.isSuccess()) {
                    return status.withPlugin(plugin.name());
                }
            }
        }
        return Status.SUCCESS;
    }

    /** The filter plugins in order (for explanations). */
    public List<String> filterPluginNames() {
        return filterPluginNames;
    }

    /** Runs the Filter plugins on a node, stopping at the first that does not return Success. */
    public Status runFilter(CycleState state, PodInfo pod, NodeInfo node) {
        List<FilterPlugin> active = state.filters != null ? state.filters : activeFilters(state.skipFilterPlugins());
        for (int i = 0; i < active.size(); i++) {
            FilterPlugin plugin = active.get(i);
            Status status = plugin.filter(state, pod, node);
            if (!status.isSuccess()) {
                return status.plugin().isEmpty() ? status.withPlugin(plugin.name()) : status;
            }
        }
        return Status.SUCCESS;
    }

    /** Whether any PostFilter plugin is configured. */
    public boolean hasPostFilterPlugins() {
        return !postFilter.isEmpty();
    }

    /**
     * Runs the PostFilter plugins as upstream's {@code RunPostFilterPlugins}: until one succeeds, rejects with
     * UnschedulableAndUnresolvable or fails (an error); otherwise an Unschedulable status with every plugin's reasons
     * in order, attributed to the first plugin, and the last nomination a plugin made.
     */
    public PostFilterResult runPostFilter(CycleState state, PodInfo pod, NodeToStatus statuses) {
        List<String> reasons = new ArrayList<>();
        String rejector = "";
        String nominated = null;
        for (PostFilterPlugin plugin : postFilter) {
            PostFilterResult result = plugin.postFilter(state, pod, statuses);
            Status status = result.status();
            if (status.isSuccess()) {
                return result;
            }
            if (status.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE) {
                return new PostFilterResult(status.withPlugin(plugin.name()), result.nominatedNodeName());
            }
            if (!status.isRejected()) {
                return new PostFilterResult(Status.error(status.message()).withPlugin(plugin.name()), null);
            }
            if (result.nominatedNodeName() != null) {
                nominated = result.nominatedNodeName();
            }
            reasons.addAll(status.reasons());
            if (rejector.isEmpty()) {
                rejector = plugin.name();
            }
        }
        return new PostFilterResult(new Status(Code.UNSCHEDULABLE, reasons, rejector), nominated);
    }

    /** Runs the PreScore plugins; Skip marks the plugin's Score to be skipped. */
    public Status runPreScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        for (PreScorePlugin plugin : preScore) {
            Status status = plugin.preScore(state, pod, nodes);
            if (status.isSkip()) {
                state.skipScore(plugin.name());
            } else if (!status.isSuccess()) {
                return status.withPlugin(plugin.name());
            }
        }
        return Status.SUCCESS;
    }

    /** The score plugins, in order. */
    public List<ScorePlugin> scorePlugins() {
        return score;
    }

    /** The weight of the i-th score plugin. */
    public int scoreWeight(int index) {
        return scoreWeights[index];
    }

    /** Runs Reserve; on a failure, the plugins reserved so far (and the failing one) are unreserved. */
    public Status runReserve(CycleState state, PodInfo pod, String nodeName) {
        for (ReservePlugin plugin : reserve) {
            Status status = plugin.reserve(state, pod, nodeName);
            if (!status.isSuccess()) {
                runUnreserve(state, pod, nodeName);
                return status.withPlugin(plugin.name());
            }
        }
        return Status.SUCCESS;
    }

    /** Runs Unreserve in reverse order. */
    public void runUnreserve(CycleState state, PodInfo pod, String nodeName) {
        for (int i = reserve.size() - 1; i >= 0; i--) {
            reserve.get(i).unreserve(state, pod, nodeName);
        }
    }

    /**
     * Runs Permit: a rejection stops at once; Wait from any plugin waits for the longest of their timeouts.
     *
     * @return the decision, with the plugins that asked to wait in {@code waitingOn}
     */
    public PermitOutcome runPermit(CycleState state, PodInfo pod, String nodeName) {
        List<String> waitingOn = new ArrayList<>();
        Duration timeout = Duration.ZERO;
        for (PermitPlugin plugin : permit) {
            PermitResult result = plugin.permit(state, pod, nodeName);
            Status status = result.status();
            if (status.code() == Code.WAIT) {
                waitingOn.add(plugin.name());
                timeout = result.timeout().compareTo(timeout) > 0 ? result.timeout() : timeout;
            } else if (!status.isSuccess()) {
                return new PermitOutcome(status.withPlugin(plugin.name()), List.of(), timeout);
            }
        }
        Status status = waitingOn.isEmpty() ? Status.SUCCESS : Status.of(Code.WAIT);
        return new PermitOutcome(status, List.copyOf(waitingOn), timeout);
    }

    /**
     * What the Permit plugins decided.
     *
     * @param status    Success, Wait, or the rejection
     * @param waitingOn the plugins that asked to wait
     * @param timeout   how long to wait
     */
    public record PermitOutcome(Status status, List<String> waitingOn, Duration timeout) {}

    /** Runs PreBind, stopping at the first failure. */
    public Status runPreBind(CycleState state, PodInfo pod, String nodeName) {
        for (PreBindPlugin plugin : preBind) {
            Status status = plugin.preBind(state, pod, nodeName);
            if (!status.isSuccess() && !status.isSkip()) {
                return status.withPlugin(plugin.name());
            }
        }
        return Status.SUCCESS;
    }

    /** Runs Bind plugins until one does not Skip. */
    public Status runBind(CycleState state, PodInfo pod, String nodeName) {
        for (BindPlugin plugin : bind) {
            Status status = plugin.bind(state, pod, nodeName);
            if (!status.isSkip()) {
                return status.isSuccess() ? status : status.withPlugin(plugin.name());
            }
        }
        return Status.error("all bind plugins skipped binding");
    }

    /** Runs PostBind. */
    public void runPostBind(CycleState state, PodInfo pod, String nodeName) {
        for (PostBindPlugin plugin : postBind) {
            plugin.postBind(state, pod, nodeName);
        }
    }

    /**
     * Whether an event may make schedulable a pod the given plugins rejected: one of them registered for the event
     * and its queueing hint says so. A pod no plugin rejected (an error) moves on any event.
     */
    public boolean mayMakeSchedulable(PodInfo pod, Set<String> rejectors, ClusterEvent event) {
        if (rejectors.isEmpty()) {
            return true;
        }
        for (EnqueueExtensions plugin : enqueueExtensions) {
            if (rejectors.contains(plugin.name()) && registersFor(plugin, event)
                    && plugin.isSchedulableAfter(pod.pod(), event)) {
                return true;
            }
        }
        return false;
    }

    private static boolean registersFor(EnqueueExtensions plugin, ClusterEvent event) {
        for (ClusterEvent registered : plugin.eventsToRegister()) {
            if (registered.matches(event)) {
                return true;
            }
        }
        return false;
    }
}
