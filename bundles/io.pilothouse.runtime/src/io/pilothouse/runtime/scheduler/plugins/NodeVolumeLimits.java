package io.pilothouse.runtime.scheduler.plugins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.storage.v1.CSINode;
import io.pilothouse.model.k8s.storage.v1.CSINodeDriver;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.Listers;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterPlugin;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims;

/**
 * Keeps the CSI volumes attached to a node within the driver's limit, as upstream's NodeVolumeLimits (CSILimits):
 * the limit of a driver is {@code spec.drivers[].allocatable.count} of the node's CSINode; a volume counts once
 * however many pods on the node use it. A bound claim's volume is its PV's CSI driver and handle; an unbound claim
 * counts as a new volume of its class's provisioner. In-tree volumes (upstream translates them to CSI) are not counted.
 */
public final class NodeVolumeLimits implements PreFilterPlugin, FilterPlugin, EnqueueExtensions {

    public static final String NAME = "NodeVolumeLimits";
    public static final String ERR_REASON_MAX_VOLUME_COUNT_EXCEEDED = "node(s) exceed max volume count";

    /** Stands for upstream's random prefix of the handles of volumes not provisioned yet. */
    private static final String UNBOUND_HANDLE_PREFIX = "unbound-";

    private final Handle handle;

    public NodeVolumeLimits(Handle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        return PodClaims.hasClaims(pod.pod()) ? Status.SUCCESS : Status.SKIP;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        CSINode csiNode = handle.listers().csiNode(node.name());
        Map<String, String> newVolumes = new HashMap<>();
        try {
            attachableVolumes(pod.pod(), csiNode, true, newVolumes);
        } catch (PodClaims.ClaimException e) {
            return Status.unresolvable(e.getMessage());
        }
        Map<String, Integer> limits = limits(csiNode);
        if (newVolumes.isEmpty() || limits.isEmpty()) {
            return Status.SUCCESS;
        }
        Map<String, String> attached = new HashMap<>();
        for (PodInfo existing : node.pods()) {
            attachableVolumes(existing.pod(), csiNode, false, attached);
        }
        Map<String, Integer> attachedCount = new HashMap<>();
        attached.forEach((volume, driver) -> {
            newVolumes.remove(volume);
            attachedCount.merge(driver, 1, Integer::sum);
        });
        Map<String, Integer> newCount = new HashMap<>();
        newVolumes.values().forEach(driver -> newCount.merge(driver, 1, Integer::sum));
        for (Map.Entry<String, Integer> entry : newCount.entrySet()) {
            Integer limit = limits.get(entry.getKey());
            if (limit != null && attachedCount.getOrDefault(entry.getKey(), 0) + entry.getValue() > limit) {
                return Status.unschedulable(ERR_REASON_MAX_VOLUME_COUNT_EXCEEDED);
            }
        }
        return Status.SUCCESS;
    }

    /**
     * Adds the CSI volumes of a pod to {@code result} ({@code driver/handle} to driver). A claim that is missing
     * fails for the pod to schedule and is skipped for pods already on the node.
     */
    private void attachableVolumes(Pod pod, CSINode csiNode, boolean newPod, Map<String, String> result) {
        Listers listers = handle.listers();
        String namespace = pod.getMetadata().getNamespace();
        for (PodClaims.ClaimVolume volume : PodClaims.of(pod)) {
            PersistentVolumeClaim claim = listers.persistentVolumeClaim(namespace, volume.claimName());
            if (claim == null) {
                if (newPod) {
                    throw new PodClaims.ClaimException("looking up PVC " + namespace + "/" + volume.claimName()
                            + ": " + PodClaims.notFound(volume.claimName()));
                }
                continue;
            }
            String[] driverAndHandle = driverAndHandle(claim, listers);
            if (driverAndHandle != null) {
                result.put(driverAndHandle[0] + "/" + driverAndHandle[1], driverAndHandle[0]);
            }
        }
    }

    /** The CSI driver and volume handle of a claim, {@code null} when it is not a CSI volume. */
    private static String[] driverAndHandle(PersistentVolumeClaim claim, Listers listers) {
        String volumeName = claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
        PersistentVolume volume = volumeName == null || volumeName.isEmpty()
                ? null
                : listers.persistentVolume(volumeName);
        if (volume == null) {
            StorageClass storageClass = listers.storageClass(PodClaims.storageClassOf(claim));
            if (storageClass == null || storageClass.getProvisioner() == null) {
                return null;
            }
            return new String[] {storageClass.getProvisioner(), UNBOUND_HANDLE_PREFIX
                    + claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName()};
        }
        if (volume.getSpec().getCsi() == null || volume.getSpec().getCsi().getDriver() == null
                || volume.getSpec().getCsi().getVolumeHandle() == null) {
            return null;
        }
        return new String[] {volume.getSpec().getCsi().getDriver(), volume.getSpec().getCsi().getVolumeHandle()};
    }

    /** The attach limit of each driver of a CSINode. */
    private static Map<String, Integer> limits(CSINode csiNode) {
        Map<String, Integer> limits = new HashMap<>();
        if (csiNode != null && csiNode.getSpec() != null) {
            for (CSINodeDriver driver : csiNode.getSpec().getDrivers()) {
                if (driver.getAllocatable() != null && driver.getAllocatable().getCount() != null) {
                    limits.put(driver.getName(), driver.getAllocatable().getCount());
                }
            }
        }
        return limits;
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.DELETE),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD),
                new ClusterEvent(EventResource.CSI_NODE, ClusterEvent.ADD),
                new ClusterEvent(EventResource.PERSISTENT_VOLUME_CLAIM, ClusterEvent.ADD));
    }

    /** A new claim queues the pod only when the pod uses it. */
    @Override
    public boolean isSchedulableAfter(Pod pod, ClusterEvent event) {
        return PodClaims.claimEventConcerns(pod, event);
    }
}
