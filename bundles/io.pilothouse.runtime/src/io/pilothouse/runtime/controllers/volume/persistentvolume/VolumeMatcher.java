package io.pilothouse.runtime.controllers.volume.persistentvolume;

import java.util.List;
import java.util.Objects;

import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PersistentVolumes;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims;

/**
 * The PV controller's choice of a volume for an unbound claim, as upstream's {@code findBestMatchForClaim} (which
 * passes no node): a volume pre-bound to the claim wins; else, unless the claim's class binds late, the
 * {@code Available} volume of the claim's class that matches its selector, volume mode and access modes, is large
 * enough, has the fewest access modes and then the smallest capacity (then the first name).
 */
final class VolumeMatcher {

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
            if (claimRef != null && PersistentVolumes.isBoundTo(claimRef, claim)) {
                return volume;
            }
            if (!delayBinding && claimRef == null && isAvailable(volume) && matches(claim, volume)
                    && (best == null || isSmaller(volume, best))) {
                best = volume;
            }
        }
        return best;
    }

    /** The storage a claim requests in bytes, 0 when it requests none. */
    private static long requestedStorage(PersistentVolumeClaim claim) {
        return claim.getSpec().getResources() == null
                ? 0
                : PersistentVolumes.storage(claim.getSpec().getResources().getRequests().map());
    }

    private static long storage(PersistentVolume volume) {
        return PersistentVolumes.storage(volume.getSpec().getCapacity().map());
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
