package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Rejects nodes with {@code spec.unschedulable}, unless the pod tolerates the
 * {@code node.kubernetes.io/unschedulable:NoSchedule} taint.
 */
public final class NodeUnschedulable implements FilterPlugin, EnqueueExtensions {

    public static final String NAME = "NodeUnschedulable";
    /** The taint that stands for {@code spec.unschedulable}. */
    public static final String UNSCHEDULABLE_TAINT_KEY = "node.kubernetes.io/unschedulable";
    public static final String ERR_REASON_UNSCHEDULABLE = "node(s) were unschedulable";

    private static final Status REJECTED = Status.unresolvable(ERR_REASON_UNSCHEDULABLE).withPlugin(NAME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        if (!node.unschedulable()) {
            return Status.SUCCESS;
        }
        boolean tolerated = Tolerations.anyTolerates(pod.tolerations(), UNSCHEDULABLE_TAINT_KEY,
                "", Tolerations.NO_SCHEDULE);
        return tolerated ? Status.SUCCESS : REJECTED;
    }

    @Override
    public boolean filtersConcurrently() {
        return true;
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_TAINT),
                new ClusterEvent(EventResource.UNSCHEDULED_POD, ClusterEvent.UPDATE_POD_TOLERATION));
    }
}
