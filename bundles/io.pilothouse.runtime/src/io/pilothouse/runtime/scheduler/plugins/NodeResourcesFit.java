package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Resource;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Rejects nodes without room for the pod's request (pod count, cpu, memory, ephemeral storage, extended resources
 * not ignored), with one reason per missing resource; scores nodes by the configured strategy.
 */
public final class NodeResourcesFit
        implements
            FilterPlugin,
            PreScorePlugin,
            ScorePlugin,
            EnqueueExtensions {

    public static final String NAME = "NodeResourcesFit";

    private static final String PRE_SCORE_KEY = "PreScore" + NAME;
    private static final Status TOO_MANY_PODS = Status.unschedulable("Too many pods").withPlugin(NAME);
    private static final Status INSUFFICIENT_CPU = Status.unschedulable("Insufficient cpu").withPlugin(NAME);

    private final Set<String> ignoredResources;
    private final Set<String> ignoredResourceGroups;
    private final ResourceAllocation allocation;
    private final ResourceScorers.Scorer scorer;

    public NodeResourcesFit(NodeResourcesFitArgs args) {
        ignoredResources = Set.copyOf(args.ignoredResources());
        ignoredResourceGroups = Set.copyOf(args.ignoredResourceGroups());
        allocation = new ResourceAllocation(args.scoringStrategy().resources(), false);
        scorer = ResourceScorers.of(args.scoringStrategy());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        Resource request = pod.request();
        Resource allocatable = node.allocatable();
        Resource requested = node.requested();
        boolean tooManyPods = node.numPods() + 1 > allocatable.allowedPodNumber();
        if (request.isZero()) {
            return tooManyPods ? TOO_MANY_PODS : Status.SUCCESS;
        }
        boolean cpu = insufficient(request.milliCpu(), allocatable.milliCpu(), requested.milliCpu());
        boolean memory = insufficient(request.memory(), allocatable.memory(), requested.memory());
        boolean storage = insufficient(request.ephemeralStorage(), allocatable.ephemeralStorage(),
                requested.ephemeralStorage());
        boolean scalar = request.hasScalars() && insufficientScalar(request, allocatable, requested, null);
        if (!tooManyPods && !cpu && !memory && !storage && !scalar) {
            return Status.SUCCESS;
        }
        if (cpu && !tooManyPods && !memory && !storage && !scalar) {
            return INSUFFICIENT_CPU;
        }
        List<String> reasons = new ArrayList<>();
        if (tooManyPods) {
            reasons.add("Too many pods");
        }
        if (cpu) {
            reasons.add("Insufficient cpu");
        }
        if (memory) {
            reasons.add("Insufficient memory");
        }
        if (storage) {
            reasons.add("Insufficient ephemeral-storage");
        }
        insufficientScalar(request, allocatable, requested, reasons);
        return new Status(Code.UNSCHEDULABLE, reasons, NAME);
    }

    @Override
    public boolean filtersConcurrently() {
        return true;
    }

    private static boolean insufficient(long request, long allocatable, long requested) {
        return request > 0 && request > allocatable - requested;
    }

    /** Whether an extended resource is short; adds an {@code Insufficient <name>} reason each when asked. */
    private boolean insufficientScalar(Resource request, Resource allocatable, Resource requested,
            List<String> reasons) {
        boolean any = false;
        for (Map.Entry<String, Long> entry : request.scalars().entrySet()) {
            String name = entry.getKey();
            long wanted = entry.getValue();
            if (wanted == 0 || ignored(name)) {
                continue;
            }
            if (wanted > allocatable.get(name) - requested.get(name)) {
                any = true;
                if (reasons != null) {
                    reasons.add("Insufficient " + name);
                }
            }
        }
        return any;
    }

    private boolean ignored(String name) {
        if (!isExtended(name)) {
            return false;
        }
        int slash = name.indexOf('/');
        return ignoredResources.contains(name) || ignoredResourceGroups.contains(name.substring(0, slash));
    }

    /** Whether a name is an extended resource: domain-prefixed outside {@code kubernetes.io/}. */
    private static boolean isExtended(String name) {
        int slash = name.indexOf('/');
        return slash > 0 && !name.startsWith("kubernetes.io/") && !name.startsWith("requests.");
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        state.write(PRE_SCORE_KEY, allocation.vectors(pod));
        return Status.SUCCESS;
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        ResourceAllocation.Vectors vectors = state.read(PRE_SCORE_KEY, ResourceAllocation.Vectors.class);
        allocation.fill(node, vectors);
        return scorer.score(vectors.requested(), vectors.allocatable());
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(
                new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.DELETE | ClusterEvent.UPDATE_POD_SCALE_DOWN),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_ALLOCATABLE),
                new ClusterEvent(EventResource.UNSCHEDULED_POD, ClusterEvent.UPDATE_POD_SCALE_DOWN));
    }
}
