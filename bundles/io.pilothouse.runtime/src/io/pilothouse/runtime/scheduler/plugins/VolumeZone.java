package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
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
 * Keeps a pod off nodes outside the zones and regions of its bound volumes, as upstream's VolumeZone: the volume's
 * {@code topology.kubernetes.io/zone|region} labels (or the legacy {@code failure-domain.beta.kubernetes.io} ones,
 * values joined by {@code __}) must hold the node's label of the same key (for a legacy key, else its GA key). Nodes
 * without any of these labels fit.
 */
public final class VolumeZone implements PreFilterPlugin, FilterPlugin, EnqueueExtensions {

    public static final String NAME = "VolumeZone";
    public static final String ERR_REASON_CONFLICT = "node(s) had no available volume zone";

    private static final String BETA_ZONE = "failure-domain.beta.kubernetes.io/zone";
    private static final String BETA_REGION = "failure-domain.beta.kubernetes.io/region";
    private static final String ZONE = "topology.kubernetes.io/zone";
    private static final String REGION = "topology.kubernetes.io/region";
    private static final List<String> TOPOLOGY_LABELS = List.of(BETA_ZONE, BETA_REGION, ZONE, REGION);
    private static final String STATE_KEY = "PreFilter" + NAME;
    private static final Status REJECTED = Status.unresolvable(ERR_REASON_CONFLICT).withPlugin(NAME);

    private final Handle handle;

    public VolumeZone(Handle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Status preFilter(CycleState state, PodInfo pod, PreFilterResult[] result) {
        if (!PodClaims.hasClaims(pod.pod())) {
            return Status.SKIP;
        }
        Listers listers = handle.listers();
        List<Topology> topologies = new ArrayList<>();
        for (PodClaims.ClaimVolume volume : PodClaims.of(pod.pod())) {
            PersistentVolumeClaim claim = listers.persistentVolumeClaim(pod.namespace(), volume.claimName());
            if (claim == null) {
                return Status.unresolvable(PodClaims.notFound(volume.claimName()));
            }
            if (!PodClaims.isBound(claim)) {
                Status unbound = unbound(claim, listers);
                if (unbound.isSuccess()) {
                    continue;
                }
                return unbound;
            }
            String volumeName = claim.getSpec().getVolumeName();
            PersistentVolume pv = listers.persistentVolume(volumeName);
            if (pv == null) {
                return Status.unresolvable("persistentvolume \"" + volumeName + "\" not found");
            }
            Map<String, String> labels = pv.getMetadata().getLabels().map();
            for (String key : TOPOLOGY_LABELS) {
                String value = labels.get(key);
                if (value != null) {
                    topologies.add(new Topology(key, Set.copyOf(Arrays.asList(value.split("__")))));
                }
            }
        }
        if (topologies.isEmpty()) {
            return Status.SKIP;
        }
        state.write(STATE_KEY, List.copyOf(topologies));
        return Status.SUCCESS;
    }

    /** Success for an unbound claim of a WaitForFirstConsumer class (skipped), otherwise the rejection. */
    private static Status unbound(PersistentVolumeClaim claim, Listers listers) {
        String className = PodClaims.storageClassOf(claim);
        if (className.isEmpty()) {
            return Status.unresolvable("PersistentVolumeClaim had no pv name and storageClass name");
        }
        StorageClass storageClass = listers.storageClass(className);
        if (storageClass == null) {
            return Status.unresolvable("storageclass.storage.k8s.io \"" + className + "\" not found");
        }
        return PodClaims.WAIT_FOR_FIRST_CONSUMER.equals(storageClass.getVolumeBindingMode())
                ? Status.SUCCESS
                : Status.unresolvable("PersistentVolume had no name");
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo node) {
        @SuppressWarnings("unchecked")
        List<Topology> topologies = state.read(STATE_KEY, List.class);
        Map<String, String> labels = node.node().getMetadata().getLabels().map();
        boolean constrained = false;
        for (String key : TOPOLOGY_LABELS) {
            constrained |= labels.containsKey(key);
        }
        if (!constrained) {
            return Status.SUCCESS;
        }
        for (Topology topology : topologies) {
            String value = labels.get(topology.key());
            if (value == null) {
                value = labels.get(gaKey(topology.key()));
            }
            if (value == null || !topology.values().contains(value)) {
                return REJECTED;
            }
        }
        return Status.SUCCESS;
    }

    private static String gaKey(String key) {
        return switch (key) {
            case BETA_ZONE -> ZONE;
            case BETA_REGION -> REGION;
            default -> key;
        };
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.STORAGE_CLASS, ClusterEvent.ADD),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL),
                new ClusterEvent(EventResource.PERSISTENT_VOLUME_CLAIM, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.PERSISTENT_VOLUME, ClusterEvent.ADD | ClusterEvent.UPDATE));
    }

    /** A claim queues the pod when the pod uses it; a class only when it waits for the first consumer. */
    @Override
    public boolean isSchedulableAfter(Pod pod, ClusterEvent event) {
        return switch (event.resource()) {
            case PERSISTENT_VOLUME_CLAIM -> PodClaims.claimEventConcerns(pod, event);
            case STORAGE_CLASS -> PodClaims.WAIT_FOR_FIRST_CONSUMER
                    .equals(((StorageClass) event.object()).getVolumeBindingMode());
            default -> true;
        };
    }

    /** A topology label of one of the pod's volumes and the values it allows. */
    private record Topology(String key, Set<String> values) {}
}
