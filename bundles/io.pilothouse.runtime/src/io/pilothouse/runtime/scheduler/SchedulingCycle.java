package io.pilothouse.runtime.scheduler;

import java.util.List;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.PodScheduledCondition;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.Framework.PermitOutcome;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PostFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.queue.QueuedPodInfo;

/**
 * One pod's turn, as upstream's {@code scheduleOne}: the scheduling cycle (find a node, PostFilter when none fits,
 * assume, Reserve, Permit) and the binding cycle (PreBind, Bind, PostBind), with upstream's failure handling: the
 * pod goes back to the queue, a {@code FailedScheduling} event is recorded and the {@code PodScheduled} condition
 * says why.
 */
final class SchedulingCycle {

    private static final String SCHEDULING = "Scheduling";

    private final Scheduler scheduler;
    private final QueuedPodInfo queued;
    private final PodInfo pod;
    private final Framework framework;

    SchedulingCycle(Scheduler scheduler, QueuedPodInfo queued) {
        this.scheduler = scheduler;
        this.queued = queued;
        this.pod = queued.podInfo();
        this.framework = queued.framework();
    }

    void run() {
        if (pod.pod().getMetadata().getDeletionTimestamp() != null) {
            scheduler.queue().done(pod.key());
            return;
        }
        SchedulingAlgorithm.Result result = scheduler.algorithm().schedule(framework, pod, queued.attempts(),
                scheduler.clock().now());
        if (!result.status().isSuccess()) {
            scheduleFailed(result);
            return;
        }
        scheduler.recordExplanation(result.attempt());
        String node = result.node();
        CycleState state = result.state();
        scheduler.assume(pod, node);
        Status reserve = framework.runReserve(state, pod, node);
        if (!reserve.isSuccess()) {
            scheduler.forget(pod);
            bindingFailed(reserve, node);
            return;
        }
        PermitOutcome permit = framework.runPermit(state, pod, node);
        Status permitStatus = permit.status();
        if (permitStatus.code() == Code.WAIT) {
            scheduler.holdAtPermit(new PermitWait(scheduler, queued, state, node, permit.waitingOn(),
                    permit.timeout()));
            return;
        }
        if (!permitStatus.isSuccess()) {
            framework.runUnreserve(state, pod, node);
            scheduler.forget(pod);
            bindingFailed(permitStatus, node);
            return;
        }
        bindingCycle(state, node);
    }

    /** Goes on after Permit held the pod. */
    void bind(PermitWait wait) {
        if (!wait.outcome().isSuccess()) {
            framework.runUnreserve(wait.state(), pod, wait.nodeName());
            scheduler.forget(pod);
            bindingFailed(wait.outcome(), wait.nodeName());
            return;
        }
        bindingCycle(wait.state(), wait.nodeName());
    }

    private void bindingCycle(CycleState state, String node) {
        Status status = framework.runPreBind(state, pod, node);
        if (status.isSuccess()) {
            status = framework.runBind(state, pod, node);
        }
        if (!status.isSuccess()) {
            framework.runUnreserve(state, pod, node);
            scheduler.forget(pod);
            bindingFailed(status, node);
            return;
        }
        scheduler.queue().done(pod.key());
        scheduler.events().record(pod.pod(), SchedulerEvents.NORMAL, "Scheduled", "Binding",
                "Successfully assigned " + pod.key() + " to " + node, framework.profileName());
        framework.runPostBind(state, pod, node);
    }

    private void scheduleFailed(SchedulingAlgorithm.Result result) {
        FitError fitError = result.fitError();
        String nominatedNode = null;
        String message;
        if (fitError != null) {
            if (framework.hasPostFilterPlugins()) {
                PostFilterResult postFilter = framework.runPostFilter(result.state(), pod, result.filtered());
                fitError = fitError.withPostFilterMsg(postFilter.status().message());
                nominatedNode = postFilter.nominatedNodeName();
            }
            message = fitError.message();
        } else {
            message = result.status().message();
        }
        scheduler.recordExplanation(result.attempt().withMessage(message));
        failed(result.status(), message, result.rejectors(), nominatedNode);
    }

    /**
     * A Reserve, Permit or binding failure: a rejection reads as a FitError over the one chosen node (as upstream),
     * an error as its message.
     */
    private void bindingFailed(Status status, String node) {
        if (status.isRejected()) {
            FitError fitError = new FitError(1, "", List.of(status), null, "");
            failed(status, fitError.message(), Set.of(status.plugin()), null);
        } else {
            failed(status, status.message(), Set.of(), null);
        }
    }

    private void failed(Status status, String message, Set<String> rejectors, String nominatedNode) {
        scheduler.queue().addUnschedulable(queued, status.isRejected() ? rejectors : Set.of());
        Pod current;
        try {
            current = scheduler.store().get(CoreV1Factory.eINSTANCE.createPod().eClass(), pod.namespace(),
                    pod.name());
        } catch (ApiException e) {
            return;
        }
        if (current.getSpec().getNodeName() != null && !current.getSpec().getNodeName().isEmpty()) {
            return;
        }
        scheduler.events().record(current, SchedulerEvents.WARNING, "FailedScheduling", SCHEDULING,
                SchedulerEvents.truncate(message), framework.profileName());
        String reason = status.isRejected()
                ? PodScheduledCondition.REASON_UNSCHEDULABLE
                : PodScheduledCondition.REASON_SCHEDULER_ERROR;
        boolean changed = PodScheduledCondition.set(current, "False", reason, message, scheduler.clock().now());
        if (nominatedNode != null) {
            changed |= !nominatedNode.equals(current.getStatus().getNominatedNodeName());
            current.getStatus().setNominatedNodeName(nominatedNode);
        }
        if (changed) {
            scheduler.store().updateStatus(current);
        }
    }
}
