package io.pilothouse.runtime.controllers.volume.persistentvolume;

import java.util.List;
import java.util.Objects;

import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims;

/**
 * The PV controller's choice of a volume for an unbound claim, as upstream's {@code findBestMatchForClaim} (which
 * passes no node): a volume pre-bound to the claim wins; else, unless the claim's class binds late, the
 * {@code Available} volume of the claim's class that matches its selector, volume mode and access modes, is large
 * enough, has the fewest access modes and then the smallest capacity (then the first name).
 */
final class VolumeMatcher {

    static final String STORAGE = "storage";
    private static final String AVAILABLE = "Available";
    private static final String FILESYSTEM = "Filesystem";

    private VolumeMatcher() {}

    /** The best volume for the claim among the volumes (in name order), {@code null} when none fits. */
    static PersistentVolume findBestMatch(PersistentVolumeClaim claim, List<PersistentVolume> volumes,
            boolean delayBinding) {
        long requested = requestedStorage(claim);
        PersistentVolume best = null;
        for (PersistentVolume volume : volumes) {
            if (storage(volume) < requested || !Objects.equals(mode(claim.getSpec().getVolumeMode()),
                    mode(volume.getSpec().getVolumeMode()))) {
                continue;
            }
            ObjectReference claimRef = volume.getSpec().getClaimRef();
            if (claimRef != null && isFor(claimRef, claim)) {
                return volume;
            }
            if (!delayBinding && claimRef == null && isAvailable(volume) && matches(claim, volume)
                    && (best == null || isSmaller(volume, best))) {
                best = volume;
            }
        }
        return best;
    }

    /** Whether a claim reference names the claim, and its uid when the reference has one. */
    static boolean isFor(ObjectReference claimRef, PersistentVolumeClaim claim) {
        return Objects.equals(claimRef.getNamespace(), claim.getMetadata().getNamespace())
                && Objects.equals(claimRef.getName(), claim.getMetadata().getName())
                && (claimRef.getUid() == null || claimRef.getUid().equals(claim.getMetadata().getUid()));
    }

    /** The storage a claim requests in bytes, 0 when it requests none. */
    static long requestedStorage(PersistentVolumeClaim claim) {
        Quantity quantity = claim.getSpec().getResources() == null
                ? null
                : claim.getSpec().getResources().getRequests().get(STORAGE);
        return quantity == null ? 0 : quantity.value();
    }

    private static long storage(PersistentVolume volume) {
        Quantity quantity = volume.getSpec().getCapacity().get(STORAGE);
        return quantity == null ? 0 : quantity.value();
    }

    private static boolean isAvailable(PersistentVolume volume) {
        return volume.getStatus() != null && AVAILABLE.equals(volume.getStatus().getPhase());
    }

    private static boolean matches(PersistentVolumeClaim claim, PersistentVolume volume) {
        return PodClaims.storageClassOf(volume).equals(PodClaims.storageClassOf(claim))
                && volume.getSpec().getAccessModes().containsAll(claim.getSpec().getAccessModes())
                && (claim.getSpec().getSelector() == null || LabelSelectors.matches(claim.getSpec().getSelector(),
                        volume.getMetadata().getLabels().map()));
    }

    private static boolean isSmaller(PersistentVolume volume, PersistentVolume best) {
        int modes = Integer.compare(volume.getSpec().getAccessModes().size(), best.getSpec().getAccessModes().size());
        return modes != 0 ? modes < 0 : storage(volume) < storage(best);
    }

    private static String mode(String volumeMode) {
        return volumeMode == null ? FILESYSTEM : volumeMode;
    }
}
