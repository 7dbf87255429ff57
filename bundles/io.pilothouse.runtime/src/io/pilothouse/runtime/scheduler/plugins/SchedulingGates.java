package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.PodSchedulingGate;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreEnqueuePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Keeps a pod out of the active queue while it has {@code spec.schedulingGates}. */
public final class SchedulingGates implements PreEnqueuePlugin, EnqueueExtensions {

    public static final String NAME = "SchedulingGates";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preEnqueue(PodInfo pod) {
        List<PodSchedulingGate> gates = pod.pod().getSpec().getSchedulingGates();
        if (gates.isEmpty()) {
            return Status.SUCCESS;
        }
        List<String> names = gates.stream().map(PodSchedulingGate::getName).toList();
        return Status.unresolvable("waiting for scheduling gates: " + Framework.goList(names));
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.UNSCHEDULED_POD,
                ClusterEvent.UPDATE_POD_SCHEDULING_GATES_ELIMINATED));
    }
}
