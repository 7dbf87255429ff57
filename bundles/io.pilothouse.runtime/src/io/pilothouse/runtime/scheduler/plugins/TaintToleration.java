package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreScorePlugin;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Rejects nodes with a NoSchedule or NoExecute taint the pod does not tolerate; scores nodes by how few
 * PreferNoSchedule taints the pod does not tolerate (fewest scores 100).
 */
public final class TaintToleration implements FilterPlugin, PreScorePlugin, ScorePlugin, EnqueueExtensions {

    public static final String NAME = "TaintToleration";
    /** The Filter reason; since v1.34 upstream no longer names the taint. */
    public static final String ERR_REASON_UNTOLERATED = "node(s) had untolerated taint(s)";

    private static final String STATE_KEY = "PreScore" + NAME;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        if (node.taints().isEmpty()
                || Tolerations.firstUntoleratedNoScheduleTaint(node.taints(), pod.tolerations()) == null) {
            return Status.SUCCESS;
        }
        return Status.unresolvable(ERR_REASON_UNTOLERATED).withPlugin(NAME);
    }

    @Override
    public boolean filtersConcurrently() {
        return true;
    }

    @Override
    public Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes) {
        List<Toleration> preferNoSchedule = pod.tolerations().stream()
                .filter(t -> t.getEffect() == null || t.getEffect().isEmpty()
                        || Tolerations.PREFER_NO_SCHEDULE.equals(t.getEffect()))
                .toList();
        state.write(STATE_KEY, preferNoSchedule);
        return Status.SUCCESS;
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        if (node.taints().isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Toleration> tolerations = state.read(STATE_KEY, List.class);
        long count = 0;
        for (Taint taint : node.taints()) {
            String effect = taint.getEffect();
            if (Tolerations.PREFER_NO_SCHEDULE.equals(effect)
                    && !Tolerations.anyTolerates(tolerations, taint.getKey(), taint.getValue(), effect)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Status normalizeScore(CycleState state, PodInfo pod, long[] scores) {
        ScorePlugin.defaultNormalizeScore(MAX_NODE_SCORE, true, scores);
        return Status.SUCCESS;
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_TAINT),
                new ClusterEvent(EventResource.UNSCHEDULED_POD, ClusterEvent.UPDATE_POD_TOLERATION));
    }
}
