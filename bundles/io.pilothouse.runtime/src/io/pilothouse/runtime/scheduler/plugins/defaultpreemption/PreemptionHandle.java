package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/** What preemption needs from the scheduler besides the snapshot: upstream's framework handle parts it uses. */
public interface PreemptionHandle extends Handle {

    /**
     * Runs the Filter plugins of the pod's profile on a node, counting the pods nominated there with at least the
     * pod's priority, as upstream's {@code RunFilterPluginsWithNominatedPods}.
     */
    Status runFilterWithNominatedPods(CycleState state, PodInfo pod, NodeInfo node);

    /** The framework of the pod's profile, whose PreFilter extensions a dry run runs as it removes pods. */
    Framework framework(PodInfo pod);

    /** The pods nominated to a node, waiting for room there. */
    List<PodInfo> nominatedPods(String nodeName);

    /** The API the victims are deleted through. */
    ObjectStore store();

    /** Records an event about a pod, as the scheduler's event recorder. */
    void recordEvent(Pod regarding, String type, String reason, String action, String note,
            String reportingController);
}
