package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.EnqueueExtensions;
import io.pilothouse.runtime.scheduler.framework.FilterPlugin;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.Listers;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreBindPlugin;
import io.pilothouse.runtime.scheduler.framework.PreFilterPlugin;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.ReservePlugin;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PersistentVolumes;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims.ClaimException;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.VolumeBinder;

/**
 * Binds the pod's persistent volume claims, as upstream's VolumeBinding: bound claims need their volume's node
 * affinity to match the node; claims of an {@code Immediate} class must already be bound; claims of a
 * {@code WaitForFirstConsumer} class need an available volume that fits on the node, else a class that can provision
 * there. Reserve promises the chosen volumes to the pod; PreBind writes the bindings and the selected-node annotations.
 * <p>
 * Upstream's Score (the StorageCapacityScoring feature) is alpha and off in v1.36, so this plugin does not score.
 */
public final class VolumeBinding
        implements
            PreFilterPlugin,
            FilterPlugin,
            ReservePlugin,
            PreBindPlugin,
            EnqueueExtensions {

    public static final String NAME = "VolumeBinding";
    public static final String ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
    public static final String ERR_REASON_NODE_CONFLICT = "node(s) had volume node affinity conflict";
    public static final String ERR_REASON_PV_NOT_EXIST = "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)";
    public static final String ERR_UNBOUND_IMMEDIATE = "pod has unbound immediate PersistentVolumeClaims";

    private static final String STATE_KEY = NAME;
    private static final String NO_API = "no API to write the volume bindings to";

    private final Handle handle;
    private final VolumeBinder binder;
    /** Volumes promised at Reserve to a claim ({@code namespace/name}) whose binding is not written yet. */
    private final Map<String, String> assumedVolumes = new HashMap<>();

    /** @param store the API the bindings are written to, {@code null} when there is none (PreBind then fails) */
    public VolumeBinding(Handle handle, ObjectStore store) {
        this.handle = handle;
        this.binder = store == null ? null : new VolumeBinder(store);
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
        List<PersistentVolumeClaim> bound = new ArrayList<>();
        List<PersistentVolumeClaim> delayed = new ArrayList<>();
        boolean unboundImmediate = false;
        for (PodClaims.ClaimVolume volume : PodClaims.of(pod.pod())) {
            PersistentVolumeClaim claim;
            try {
                claim = PodClaims.lookUp(pod.pod(), volume, listers);
            } catch (ClaimException e) {
                return Status.unresolvable(e.getMessage());
            }
            if (PodClaims.isBound(claim)) {
                bound.add(claim);
            } else if (PodClaims.isDelayBinding(claim, listers)) {
                delayed.add(claim);
            } else {
                unboundImmediate = true;
            }
        }
        if (unboundImmediate) {
            return Status.unresolvable(ERR_UNBOUND_IMMEDIATE);
        }
        Set<String> eligible = eligibleNodes(bound, listers);
        if (eligible != null) {
            result[0] = PreFilterResult.of(eligible);
        }
        state.write(STATE_KEY, new ClaimsState(List.copyOf(bound), List.copyOf(delayed), new HashMap<>()));
        return Status.SUCCESS;
    }

    /** The nodes local volumes of bound claims pin the pod to (the intersection), {@code null} for all nodes. */
    private static Set<String> eligibleNodes(List<PersistentVolumeClaim> bound, Listers listers) {
        Set<String> eligible = null;
        for (PersistentVolumeClaim claim : bound) {
            PersistentVolume volume = listers.persistentVolume(claim.getSpec().getVolumeName());
            List<String> names = volume == null ? null : PersistentVolumes.localNodeNames(volume);
            if (names != null) {
                if (eligible == null) {
                    eligible = new LinkedHashSet<>(names);
                } else {
                    eligible.retainAll(names);
                }
            }
        }
        return eligible;
    }

    @Override
    public Status filter(CycleState state, PodInfo pod, NodeInfo nodeInfo) {
        ClaimsState claims = state.read(STATE_KEY, ClaimsState.class);
        Node node = nodeInfo.node();
        Listers listers = handle.listers();
        boolean boundSatisfied = true;
        boolean volumesFound = true;
        for (PersistentVolumeClaim claim : claims.bound()) {
            PersistentVolume volume = listers.persistentVolume(claim.getSpec().getVolumeName());
            if (volume == null) {
                volumesFound = false;
                break;
            }
            if (!PersistentVolumes.nodeAffinityMatches(volume, node)) {
                boundSatisfied = false;
                break;
            }
        }
        PodVolumes podVolumes = new PodVolumes(new ArrayList<>(), new ArrayList<>());
        boolean unboundSatisfied = claims.delayed().isEmpty() || findUnbound(claims, node, podVolumes);
        List<String> reasons = new ArrayList<>();
        if (!boundSatisfied) {
            reasons.add(ERR_REASON_NODE_CONFLICT);
        }
        if (!unboundSatisfied) {
            reasons.add(ERR_REASON_BIND_CONFLICT);
        }
        if (!volumesFound) {
            reasons.add(ERR_REASON_PV_NOT_EXIST);
        }
        if (!reasons.isEmpty()) {
            return Status.unresolvable(reasons.toArray(String[]::new));
        }
        claims.byNode().put(nodeInfo.name(), podVolumes);
        return Status.SUCCESS;
    }

    /** Finds volumes or provisioning for the delayed claims on a node, as upstream's {@code FindPodVolumes}. */
    private boolean findUnbound(ClaimsState claims, Node node, PodVolumes podVolumes) {
        Listers listers = handle.listers();
        String nodeName = node.getMetadata().getName();
        List<PersistentVolumeClaim> toProvision = new ArrayList<>();
        List<PersistentVolumeClaim> toMatch = new ArrayList<>();
        for (PersistentVolumeClaim claim : claims.delayed()) {
            String selectedNode = claim.getMetadata().getAnnotations().get(PodClaims.ANN_SELECTED_NODE);
            if (selectedNode != null && !selectedNode.equals(nodeName)) {
                return false;
            }
            (selectedNode != null ? toProvision : toMatch).add(claim);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (PersistentVolumeClaim claim : toMatch) {
            PersistentVolume volume = PersistentVolumes.findMatching(claim, listers.persistentVolumes(), node,
                    pv -> chosen.contains(pv.getMetadata().getName())
                            || assumedVolumes.containsKey(pv.getMetadata().getName()));
            if (volume == null) {
                toProvision.add(claim);
            } else {
                chosen.add(volume.getMetadata().getName());
                podVolumes.staticBindings().add(new Binding(volume, claim));
            }
        }
        for (PersistentVolumeClaim claim : toProvision) {
            StorageClass storageClass = listers.storageClass(PodClaims.storageClassOf(claim));
            if (storageClass == null || !canProvision(storageClass, node)) {
                return false;
            }
            podVolumes.provisions().add(claim);
        }
        return true;
    }

    private static boolean canProvision(StorageClass storageClass, Node node) {
        String provisioner = storageClass.getProvisioner();
        return provisioner != null && !provisioner.isEmpty() && !PodClaims.NO_PROVISIONER.equals(provisioner)
                && PersistentVolumes.topologyMatches(storageClass.getAllowedTopologies(),
                        node.getMetadata().getLabels().map());
    }

    @Override
    public Status reserve(CycleState state, PodInfo pod, String nodeName) {
        PodVolumes podVolumes = podVolumes(state, nodeName);
        if (podVolumes != null) {
            for (Binding binding : podVolumes.staticBindings()) {
                assumedVolumes.put(binding.volume().getMetadata().getName(), claimKey(binding.claim()));
            }
        }
        return Status.SUCCESS;
    }

    @Override
    public void unreserve(CycleState state, PodInfo pod, String nodeName) {
        PodVolumes podVolumes = podVolumes(state, nodeName);
        if (podVolumes != null) {
            for (Binding binding : podVolumes.staticBindings()) {
                assumedVolumes.remove(binding.volume().getMetadata().getName(), claimKey(binding.claim()));
            }
        }
    }

    @Override
    public Status preBind(CycleState state, PodInfo pod, String nodeName) {
        PodVolumes podVolumes = podVolumes(state, nodeName);
        if (podVolumes == null || podVolumes.staticBindings().isEmpty() && podVolumes.provisions().isEmpty()) {
            return Status.SKIP;
        }
        if (binder == null) {
            return Status.error(NO_API);
        }
        try {
            for (Binding binding : podVolumes.staticBindings()) {
                binder.bind(binding.volume(), binding.claim());
                assumedVolumes.remove(binding.volume().getMetadata().getName());
            }
            for (PersistentVolumeClaim claim : podVolumes.provisions()) {
                binder.selectNode(claim, nodeName);
            }
        } catch (ApiException e) {
            return Status.error(e.getMessage());
        }
        return Status.SUCCESS;
    }

    private static PodVolumes podVolumes(CycleState state, String nodeName) {
        try {
            return state.read(STATE_KEY, ClaimsState.class).byNode().get(nodeName);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static String claimKey(PersistentVolumeClaim claim) {
        return claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName();
    }

    @Override
    public List<ClusterEvent> eventsToRegister() {
        return List.of(new ClusterEvent(EventResource.STORAGE_CLASS, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.PERSISTENT_VOLUME_CLAIM, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.PERSISTENT_VOLUME, ClusterEvent.ADD | ClusterEvent.UPDATE),
                new ClusterEvent(EventResource.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL
                        | ClusterEvent.UPDATE_NODE_TAINT),
                new ClusterEvent(EventResource.CSI_NODE, ClusterEvent.ADD | ClusterEvent.UPDATE));
    }

    /** A claim queues the pod only when the pod uses it. */
    @Override
    public boolean isSchedulableAfter(Pod pod, ClusterEvent event) {
        return PodClaims.claimEventConcerns(pod, event);
    }

    /** A volume chosen for a claim. */
    private record Binding(PersistentVolume volume, PersistentVolumeClaim claim) {}

    /** What binding the pod's claims takes on one node. */
    private record PodVolumes(List<Binding> staticBindings, List<PersistentVolumeClaim> provisions) {}

    /** The pod's claims sorted at PreFilter, and what Filter found on each feasible node. */
    private record ClaimsState(List<PersistentVolumeClaim> bound, List<PersistentVolumeClaim> delayed,
            Map<String, PodVolumes> byNode) {}
}
