package io.pilothouse.runtime.scheduler.plugins;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.ISCSIVolumeSource;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.RBDVolumeSource;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterExtensions;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims;

/**
 * Rejects nodes where the pod's volumes conflict with those of the pods already there, as upstream's
 * VolumeRestrictions: the same GCE PD (unless every mount is read-only), AWS EBS volume, RBD image (unless every
 * mount is read-only) or iSCSI IQN (unless every mount is read-only); and any node while another pod uses a claim of
 * the pod with the {@code ReadWriteOncePod} access mode.
 */
public final class VolumeRestrictions implements PreFilterExtensions, FilterPlugin, EnqueueExtensions {

    public static final String NAME = "VolumeRestrictions";
    public static final String ERR_REASON_DISK_CONFLICT = "node(s) had no available disk";
    public static final String ERR_REASON_READ_WRITE_ONCE_POD_CONFLICT = "node has pod using PersistentVolumeClaim with the same name and ReadWriteOncePod access mode";

    private static final String READ_WRITE_ONCE_POD = "ReadWriteOncePod";
    private static final String DEFAULT_RBD_POOL = "rbd";
    private static final String STATE_KEY = "PreFilter" + NAME;

    private final Handle handle;

    public VolumeRestrictions(Handle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        boolean needsCheck = false;
        for (Volume volume : pod.pod().getSpec().getVolumes()) {
            needsCheck |= needsRestrictionsCheck(volume);
        }
        Set<String> readWriteOncePod = new HashSet<>();
        for (Volume volume : pod.pod().getSpec().getVolumes()) {
            if (volume.getPersistentVolumeClaim() == null) {
                continue;
            }
            String claimName = volume.getPersistentVolumeClaim().getClaimName();
            PersistentVolumeClaim claim = handle.listers().persistentVolumeClaim(pod.namespace(), claimName);
            if (claim == null) {
                return Status.unresolvable(PodClaims.notFound(claimName));
            }
            if (claim.getSpec() != null && claim.getSpec().getAccessModes().contains(READ_WRITE_ONCE_POD)) {
                readWriteOncePod.add(pod.namespace() + "/" + claimName);
            }
        }
        int conflicts = 0;
        if (!readWriteOncePod.isEmpty()) {
            for (NodeInfo node : handle.snapshot().nodes()) {
                for (PodInfo other : node.pods()) {
                    conflicts += usages(other.pod(), readWriteOncePod);
                }
            }
        }
        if (!needsCheck && conflicts == 0) {
            return Status.SKIP;
        }
        state.write(STATE_KEY, new ConflictState(Set.copyOf(readWriteOncePod), conflicts));
        return Status.SUCCESS;
    }

    /** How many of the given claims ({@code namespace/name}) a pod mounts. */
    private static int usages(Pod pod, Set<String> claims) {
        int count = 0;
        for (Volume volume : pod.getSpec().getVolumes()) {
            if (volume.getPersistentVolumeClaim() != null && claims.contains(pod.getMetadata().getNamespace() + "/"
                    + volume.getPersistentVolumeClaim().getClaimName())) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Status addPod(CycleState state, PodInfo podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo) {
        ConflictState conflicts = state.read(STATE_KEY, ConflictState.class);
        conflicts.count += usages(podToAdd.pod(), conflicts.claims);
        return Status.SUCCESS;
    }

    @Override
    public Status removePod(CycleState state, PodInfo podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo) {
        ConflictState conflicts = state.read(STATE_KEY, ConflictState.class);
        conflicts.count -= usages(podToRemove.pod(), conflicts.claims);
        return Status.SUCCESS;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        for (Volume volume : pod.pod().getSpec().getVolumes()) {
            if (needsRestrictionsCheck(volume)) {
                for (PodInfo existing : node.pods()) {
                    if (conflictsWithAny(volume, existing.pod())) {
                        return Status.unschedulable(ERR_REASON_DISK_CONFLICT);
                    }
                }
            }
        }
        if (state.read(STATE_KEY, ConflictState.class).count > 0) {
            return Status.unschedulable(ERR_REASON_READ_WRITE_ONCE_POD_CONFLICT);
        }
        return Status.SUCCESS;
    }

    private static boolean needsRestrictionsCheck(Volume volume) {
        return volume.getGcePersistentDisk() != null || volume.getAwsElasticBlockStore() != null
                || volume.getRbd() != null || volume.getIscsi() != null;
    }

    private static boolean conflictsWithAny(Volume volume, Pod existingPod) {
        for (Volume existing : existingPod.getSpec().getVolumes()) {
            if (conflicts(volume, existing)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conflicts(Volume volume, Volume existing) {
        if (volume.getGcePersistentDisk() != null && existing.getGcePersistentDisk() != null) {
            return Objects.equals(volume.getGcePersistentDisk().getPdName(),
                    existing.getGcePersistentDisk().getPdName())
                    && !(isTrue(volume.getGcePersistentDisk().getReadOnly())
                            && isTrue(existing.getGcePersistentDisk().getReadOnly()));
        }
        if (volume.getAwsElasticBlockStore() != null && existing.getAwsElasticBlockStore() != null) {
            return Objects.equals(volume.getAwsElasticBlockStore().getVolumeID(),
                    existing.getAwsElasticBlockStore().getVolumeID());
        }
        if (volume.getIscsi() != null && existing.getIscsi() != null) {
            ISCSIVolumeSource iscsi = volume.getIscsi();
            ISCSIVolumeSource other = existing.getIscsi();
            return Objects.equals(iscsi.getIqn(), other.getIqn())
                    && !(isTrue(iscsi.getReadOnly()) && isTrue(other.getReadOnly()));
        }
        if (volume.getRbd() != null && existing.getRbd() != null) {
            RBDVolumeSource rbd = volume.getRbd();
            RBDVolumeSource other = existing.getRbd();
            return overlap(rbd.getMonitors(), other.getMonitors()) && pool(rbd).equals(pool(other))
                    && Objects.equals(rbd.getImage(), other.getImage())
                    && !(isTrue(rbd.getReadOnly()) && isTrue(other.getReadOnly()));
        }
        return false;
    }

    private static boolean overlap(List<String> first, List<String> second) {
        for (String monitor : first) {
            if (second.contains(monitor)) {
                return true;
            }
        }
        return false;
    }

    private static String pool(RBDVolumeSource rbd) {
        return rbd.getPool() == null ? DEFAULT_RBD_POOL : rbd.getPool();
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.DELETE),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD),
                new ClusterEvent(EventResource.PERSISTENT_VOLUME_CLAIM, ClusterEvent.ADD | ClusterEvent.UPDATE));
    }

    /** A claim queues the pod only when the pod uses it. */
    @Override
    public boolean isSchedulableAfter(Pod pod, ClusterEvent event) {
        return PodClaims.claimEventConcerns(pod, event);
    }

    /** The pod's ReadWriteOncePod claims and how many times other pods use them; AddPod/RemovePod change it. */
    private static final class ConflictState implements CycleState.StateData {

        private final Set<String> claims;
        private int count;

        ConflictState(Set<String> claims, int count) {
            this.claims = claims;
            this.count = count;
        }

        @Override
        public ConflictState copy() {
            return new ConflictState(claims, count);
        }
    }
}
