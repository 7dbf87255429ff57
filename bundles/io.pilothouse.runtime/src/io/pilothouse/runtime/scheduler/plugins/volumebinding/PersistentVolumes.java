package io.pilothouse.runtime.scheduler.plugins.volumebinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.TopologySelectorLabelRequirement;
import io.pilothouse.model.k8s.core.v1.TopologySelectorTerm;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.scheduler.plugins.NodeSelectorMatcher;

/** Which persistent volume may serve a claim on a node, as upstream's {@code FindMatchingVolume}. */
public final class PersistentVolumes {

    /** The resource name of a volume's capacity and a claim's request. */
    public static final String STORAGE = "storage";
    private static final String FILESYSTEM = "Filesystem";
    private static final String HOSTNAME = "kubernetes.io/hostname";

    private PersistentVolumes() {}

    /**
     * The volume a claim would bind to on a node: the volume pre-bound to the claim (none when its node affinity
     * does not match), else the smallest available volume of the claim's class that is large enough, has the claim's
     * access modes and volume mode, matches its selector and the node.
     *
     * @param taken whether a volume is already promised to another claim
     * @return the volume, or {@code null}
     */
    public static PersistentVolume findMatching(PersistentVolumeClaim claim, List<PersistentVolume> volumes,
            Node node, Predicate<PersistentVolume> taken) {
        Map<String, Quantity> requests = claim.getSpec().getResources() == null
                ? Map.of()
                : claim.getSpec().getResources().getRequests().map();
        long requested = storage(requests);
        String requestedClass = PodClaims.storageClassOf(claim);
        PersistentVolume smallest = null;
        long smallestSize = 0;
        for (PersistentVolume volume : volumes) {
            ObjectReference claimRef = volume.getSpec().getClaimRef();
            boolean boundToClaim = claimRef != null && isBoundTo(claimRef, claim);
            if (!boundToClaim && (claimRef != null || taken.test(volume))) {
                continue;
            }
            long size = storage(volume.getSpec().getCapacity().map());
            if (size < requested || !volumeMode(claim.getSpec().getVolumeMode())
                    .equals(volumeMode(volume.getSpec().getVolumeMode()))
                    || volume.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            boolean affinityMatches = nodeAffinityMatches(volume, node);
            if (boundToClaim) {
                return affinityMatches ? volume : null;
            }
            if (isAvailable(volume) && selectorMatches(claim, volume)
                    && PodClaims.storageClassOf(volume).equals(requestedClass) && affinityMatches
                    && volume.getSpec().getAccessModes().containsAll(claim.getSpec().getAccessModes())
                    && (smallest == null || smallestSize > size)) {
                smallest = volume;
                smallestSize = size;
            }
        }
        return smallest;
    }

    /** Whether the volume's required node affinity (if any) matches the node. */
    public static boolean nodeAffinityMatches(PersistentVolume volume, Node node) {
        if (volume.getSpec().getNodeAffinity() == null || volume.getSpec().getNodeAffinity().getRequired() == null) {
            return true;
        }
        for (NodeSelectorTerm term : volume.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()) {
            if (NodeSelectorMatcher.of(term).matches(node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nodes a local volume is pinned to by {@code kubernetes.io/hostname In} requirements of every term, as
     * upstream's {@code GetLocalPersistentVolumeNodeNames}; {@code null} when it is not pinned.
     */
    public static List<String> localNodeNames(PersistentVolume volume) {
        if (volume.getSpec().getLocal() == null || volume.getSpec().getNodeAffinity() == null
                || volume.getSpec().getNodeAffinity().getRequired() == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (NodeSelectorTerm term : volume.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()) {
            List<String> termNames = null;
            for (NodeSelectorRequirement requirement : term.getMatchExpressions()) {
                if (HOSTNAME.equals(requirement.getKey()) && "In".equals(requirement.getOperator())) {
                    termNames = requirement.getValues();
                }
            }
            if (termNames == null) {
                return null;
            }
            names.addAll(termNames);
        }
        return names.isEmpty() ? null : names;
    }

    /**
     * Whether node labels match topology selector terms (terms ORed, label requirements ANDed); no terms match every
     * node, as upstream's {@code MatchTopologySelectorTerms}.
     */
    public static boolean topologyMatches(List<TopologySelectorTerm> terms, Map<String, String> labels) {
        if (terms.isEmpty()) {
            return true;
        }
        for (TopologySelectorTerm term : terms) {
            boolean matches = true;
            for (TopologySelectorLabelRequirement requirement : term.getMatchLabelExpressions()) {
                String value = labels.get(requirement.getKey());
                matches &= value != null && requirement.getValues().contains(value);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** Whether a claim reference names the claim (and its uid, when the reference has one). */
    public static boolean isBoundTo(ObjectReference claimRef, PersistentVolumeClaim claim) {
        return Objects.equals(claimRef.getName(), claim.getMetadata().getName())
                && Objects.equals(claimRef.getNamespace(), claim.getMetadata().getNamespace())
                && (claimRef.getUid() == null || claimRef.getUid().equals(claim.getMetadata().getUid()));
    }

    /**
     * Whether a volume is {@code Available}. Without a PV controller a new volume has no phase; one without a claim
     * counts as available, as the controller would make it.
     */
    private static boolean isAvailable(PersistentVolume volume) {
        String phase = volume.getStatus() == null ? null : volume.getStatus().getPhase();
        return "Available".equals(phase) || (phase == null || "Pending".equals(phase))
                && volume.getSpec().getClaimRef() == null;
    }

    private static boolean selectorMatches(PersistentVolumeClaim claim, PersistentVolume volume) {
        return claim.getSpec().getSelector() == null
                || LabelSelectors.matches(claim.getSpec().getSelector(), volume.getMetadata().getLabels().map());
    }

    private static String volumeMode(String mode) {
        return mode == null ? FILESYSTEM : mode;
    }

    /** The {@code storage} quantity in bytes, 0 when absent. */
    public static long storage(Map<String, Quantity> resources) {
        Quantity quantity = resources.get(STORAGE);
        return quantity == null ? 0 : quantity.value();
    }
}
