package io.pilothouse.runtime.scheduler;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSpec;
import io.pilothouse.model.k8s.core.v1.NodeStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Resource;

/** The update action bits of a node or pod change, as upstream's {@code nodeSchedulingPropertiesChange}. */
final class UpdateActions {

    private UpdateActions() {}

    /** What changed between two versions of a node. */
    static int ofNode(Node old, Node current) {
        int actions = 0;
        NodeStatus oldStatus = old.getStatus();
        NodeStatus newStatus = current.getStatus();
        if (!Objects.equals(oldStatus == null ? null : oldStatus.getAllocatable().map(),
                newStatus == null ? null : newStatus.getAllocatable().map())) {
            actions |= ClusterEvent.UPDATE_NODE_ALLOCATABLE;
        }
        if (!old.getMetadata().getLabels().map().equals(current.getMetadata().getLabels().map())) {
            actions |= ClusterEvent.UPDATE_NODE_LABEL;
        }
        NodeSpec oldSpec = old.getSpec();
        NodeSpec newSpec = current.getSpec();
        if (!sameList(oldSpec == null ? List.of() : oldSpec.getTaints(), newSpec == null
                ? List.of()
                : newSpec.getTaints()) || !Objects.equals(unschedulable(oldSpec), unschedulable(newSpec))) {
            actions |= ClusterEvent.UPDATE_NODE_TAINT;
        }
        if (!sameList(oldStatus == null ? List.of() : oldStatus.getConditions(),
                newStatus == null ? List.of() : newStatus.getConditions())) {
            actions |= ClusterEvent.UPDATE_NODE_CONDITION;
        }
        if (!old.getMetadata().getAnnotations().map().equals(current.getMetadata().getAnnotations().map())) {
            actions |= ClusterEvent.UPDATE_NODE_ANNOTATION;
        }
        return actions;
    }

    /**
     * What changed between two versions of a pod, for the queue: labels, tolerations, gates, requests, spec. The
     * store bumps {@code metadata.generation} whenever an update changes a pod's spec (the binding, which sets only
     * {@code nodeName} on a pod that had none, is never between two versions compared here), so two versions of one
     * generation have the same spec, and the kubelet's many status updates are not compared field by field.
     */
    static int ofPod(PodInfo old, PodInfo current) {
        Pod oldPod = old.pod();
        Pod newPod = current.pod();
        Long generation = oldPod.getMetadata().getGeneration();
        boolean sameSpec = generation != null && generation.equals(newPod.getMetadata().getGeneration());
        int actions = 0;
        if (!oldPod.getMetadata().getLabels().map().equals(newPod.getMetadata().getLabels().map())) {
            actions |= ClusterEvent.UPDATE_POD_LABEL;
        }
        if (sameSpec) {
            return actions;
        }
        if (!sameList(oldPod.getSpec().getTolerations(), newPod.getSpec().getTolerations())) {
            actions |= ClusterEvent.UPDATE_POD_TOLERATION;
        }
        if (!oldPod.getSpec().getSchedulingGates().isEmpty() && newPod.getSpec().getSchedulingGates().isEmpty()) {
            actions |= ClusterEvent.UPDATE_POD_SCHEDULING_GATES_ELIMINATED;
        }
        if (scaledDown(old.request(), current.request())) {
            actions |= ClusterEvent.UPDATE_POD_SCALE_DOWN;
        }
        if (actions == 0 && !EcoreUtil.equals(oldPod.getSpec(), newPod.getSpec())) {
            actions |= ClusterEvent.UPDATE_OTHER;
        }
        return actions;
    }

    private static boolean scaledDown(Resource old, Resource current) {
        if (current.milliCpu() < old.milliCpu() || current.memory() < old.memory()
                || current.ephemeralStorage() < old.ephemeralStorage()) {
            return true;
        }
        for (var entry : old.scalars().entrySet()) {
            if (current.get(entry.getKey()) < entry.getValue()) {
                return true;
            }
        }
        return false;
    }

    private static Boolean unschedulable(NodeSpec spec) {
        return spec == null ? null : spec.getUnschedulable();
    }

    private static boolean sameList(List<? extends EObject> a, List<? extends EObject> b) {
        return EcoreUtil.equals(a, b);
    }
}
