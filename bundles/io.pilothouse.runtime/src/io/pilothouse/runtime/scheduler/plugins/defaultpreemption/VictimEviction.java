package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;
import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * Carries out a preemption, as upstream's {@code prepareCandidate}: each victim held at Permit is rejected, every
 * other victim gets the {@code DisruptionTarget} condition (reason {@code PreemptionByScheduler}) and is deleted
 * with its grace period; each gets a {@code Preempted} event. The pods of lower priority nominated to the node lose
 * their nomination.
 */
final class VictimEviction {

    static final String DISRUPTION_TARGET = "DisruptionTarget";
    static final String PREEMPTION_BY_SCHEDULER = "PreemptionByScheduler";

    private final PreemptionHandle handle;
    private final String pluginName;

    VictimEviction(PreemptionHandle handle, String pluginName) {
        this.handle = handle;
        this.pluginName = pluginName;
    }

    void evict(PodInfo preemptor, Candidate candidate) {
        String schedulerName = schedulerName(preemptor.pod());
        for (PodInfo victim : candidate.victims()) {
            WaitingPod waiting = handle.waitingPod(victim.key());
            Pod stored = stored(victim);
            if (waiting != null) {
                waiting.reject(pluginName, "preempted");
            } else if (stored != null) {
                markAndDelete(stored, schedulerName);
            }
            Pod regarding = stored == null ? victim.pod() : stored;
            handle.recordEvent(regarding, "Normal", "Preempted", "Preempting", "Preempted by pod "
                    + preemptor.pod().getMetadata().getUid() + " on node " + candidate.nodeName(), schedulerName);
        }
        for (PodInfo nominated : List.copyOf(handle.nominatedPods(candidate.nodeName()))) {
            if (nominated.priority() < preemptor.priority()) {
                Pod current = current(nominated);
                if (current != null && current.getStatus() != null) {
                    current.getStatus().setNominatedNodeName(null);
                    handle.store().updateStatus(current);
                }
            }
        }
    }

    /**
     * Sets the victim's DisruptionTarget condition and deletes it gracefully.
     *
     * @param victim the stored pod, read only: the status is written through a pod made of copies of its metadata and
     *               status, so the spec is not copied
     */
    private void markAndDelete(Pod victim, String schedulerName) {
        Pod update = CoreV1Factory.eINSTANCE.createPod();
        update.setMetadata(EcoreUtil.copy(victim.getMetadata()));
        update.setStatus(victim.getStatus() == null
                ? CoreV1Factory.eINSTANCE.createPodStatus()
                : EcoreUtil.copy(victim.getStatus()));
        PodCondition condition = null;
        for (PodCondition existing : update.getStatus().getConditions()) {
            if (DISRUPTION_TARGET.equals(existing.getType())) {
                condition = existing;
            }
        }
        if (condition == null) {
            condition = CoreV1Factory.eINSTANCE.createPodCondition();
            condition.setType(DISRUPTION_TARGET);
            update.getStatus().getConditions().add(condition);
        }
        if (!"True".equals(condition.getStatus())) {
            condition.setLastTransitionTime(Time.of(handle.store().clock().now()));
        }
        condition.setStatus("True");
        condition.setReason(PREEMPTION_BY_SCHEDULER);
        condition.setMessage(schedulerName + ": preempting to accommodate a higher priority pod");
        condition.setObservedGeneration(victim.getMetadata().getGeneration());
        handle.store().updateStatusShared(update);
        handle.store().delete(CoreV1Package.Literals.POD, victim.getMetadata().getNamespace(),
                victim.getMetadata().getName());
    }

    /** The stored pod (read only), {@code null} when it is gone. */
    private Pod stored(PodInfo pod) {
        return handle.store().peek(CoreV1Package.Literals.POD, pod.namespace(), pod.name());
    }

    /** A copy of the stored pod, {@code null} when it is gone. */
    private Pod current(PodInfo pod) {
        try {
            return handle.store().get(CoreV1Package.Literals.POD, pod.namespace(), pod.name());
        } catch (ApiException e) {
            return null;
        }
    }

    /** Whether a pod is being deleted because of a preemption, as upstream's {@code podTerminatingByPreemption}. */
    static boolean terminatingByPreemption(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() == null || pod.getStatus() == null) {
            return false;
        }
        for (PodCondition condition : pod.getStatus().getConditions()) {
            if (DISRUPTION_TARGET.equals(condition.getType()) && "True".equals(condition.getStatus())
                    && PREEMPTION_BY_SCHEDULER.equals(condition.getReason())) {
                return true;
            }
        }
        return false;
    }

    private static String schedulerName(Pod pod) {
        String name = pod.getSpec().getSchedulerName();
        return name == null || name.isEmpty() ? Profile.DEFAULT_SCHEDULER_NAME : name;
    }
}
