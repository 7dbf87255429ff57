package io.pilothouse.runtime.scheduler.plugins.volumebinding;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.Listers;

/**
 * The persistent volume claims of a pod's volumes and the storage facts the volume plugins share, as upstream's
 * {@code storagehelpers} and {@code ephemeral} packages.
 */
public final class PodClaims {

    /** Set by the PV controller on a claim once its binding is complete. */
    public static final String ANN_BIND_COMPLETED = "pv.kubernetes.io/bind-completed";
    /** Set on a claim or volume whose binding the PV controller made. */
    public static final String ANN_BOUND_BY_CONTROLLER = "pv.kubernetes.io/bound-by-controller";
    /** The node the scheduler chose for a claim to be provisioned. */
    public static final String ANN_SELECTED_NODE = "volume.kubernetes.io/selected-node";
    /** The storage class of a claim or volume before {@code storageClassName}. */
    public static final String ANN_BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";
    /** The binding mode that lets the scheduler bind or provision. */
    public static final String WAIT_FOR_FIRST_CONSUMER = "WaitForFirstConsumer";
    /** The provisioner of classes without dynamic provisioning. */
    public static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

    private PodClaims() {}

    /**
     * A volume of a pod backed by a claim.
     *
     * @param volume    the pod's volume
     * @param claimName the claim: {@code persistentVolumeClaim.claimName}, or {@code <pod>-<volume>} for a generic
     *                  ephemeral volume
     * @param ephemeral whether the claim comes from an ephemeral volume (the pod must own it)
     */
    public record ClaimVolume(Volume volume, String claimName, boolean ephemeral) {}

    /** The claim-backed volumes of a pod, in the order of {@code spec.volumes}. */
    public static List<ClaimVolume> of(Pod pod) {
        List<ClaimVolume> claims = new ArrayList<>();
        for (Volume volume : pod.getSpec().getVolumes()) {
            if (volume.getPersistentVolumeClaim() != null) {
                claims.add(new ClaimVolume(volume, volume.getPersistentVolumeClaim().getClaimName(), false));
            } else if (volume.getEphemeral() != null) {
                claims.add(new ClaimVolume(volume, pod.getMetadata().getName() + "-" + volume.getName(), true));
            }
        }
        return claims;
    }

    /** Whether a pod has a volume backed by a claim. */
    public static boolean hasClaims(Pod pod) {
        for (Volume volume : pod.getSpec().getVolumes()) {
            if (volume.getPersistentVolumeClaim() != null || volume.getEphemeral() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The queueing hint the volume plugins share: an event about a claim concerns a pod only when a volume of the pod
     * is backed by that claim (upstream's {@code isPVCRequestedFromPod}); other events always do.
     */
    public static boolean claimEventConcerns(Pod pod, ClusterEvent event) {
        if (event.resource() != EventResource.PERSISTENT_VOLUME_CLAIM) {
            return true;
        }
        PersistentVolumeClaim claim = (PersistentVolumeClaim) event.object();
        if (!pod.getMetadata().getNamespace().equals(claim.getMetadata().getNamespace())) {
            return false;
        }
        for (ClaimVolume volume : of(pod)) {
            if (volume.claimName().equals(claim.getMetadata().getName())) {
                return true;
            }
        }
        return false;
    }

    /** The API's NotFound message for a claim. */
    public static String notFound(String claimName) {
        return "persistentvolumeclaim \"" + claimName + "\" not found";
    }

    /**
     * Looks up the claim of a volume as upstream's {@code podHasPVCs} does.
     *
     * @throws ClaimException when the claim does not exist, is being deleted, or (ephemeral) is not the pod's
     */
    public static PersistentVolumeClaim lookUp(Pod pod, ClaimVolume volume, Listers listers) {
        String namespace = pod.getMetadata().getNamespace();
        PersistentVolumeClaim claim = listers.persistentVolumeClaim(namespace, volume.claimName());
        if (claim == null) {
            throw new ClaimException(notFound(volume.claimName()));
        }
        if (claim.getMetadata().getDeletionTimestamp() != null) {
            throw new ClaimException("persistentvolumeclaim \"" + volume.claimName() + "\" is being deleted");
        }
        String podUid = pod.getMetadata().getUid();
        if (volume.ephemeral() && (podUid == null || !ControllerRefs.isControlledBy(claim.getMetadata(), podUid))) {
            throw new ClaimException("PVC " + namespace + "/" + volume.claimName() + " was not created for pod "
                    + namespace + "/" + pod.getMetadata().getName() + " (pod is not owner)");
        }
        return claim;
    }

    /** The storage class of a claim: {@code storageClassName}, else the beta annotation, else {@code ""}. */
    public static String storageClassOf(PersistentVolumeClaim claim) {
        String name = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
        return name != null ? name : betaStorageClass(claim.getMetadata());
    }

    /** The storage class of a volume: {@code storageClassName}, else the beta annotation, else {@code ""}. */
    public static String storageClassOf(PersistentVolume volume) {
        String name = volume.getSpec() == null ? null : volume.getSpec().getStorageClassName();
        return name != null ? name : betaStorageClass(volume.getMetadata());
    }

    private static String betaStorageClass(ObjectMeta meta) {
        String name = meta.getAnnotations().get(ANN_BETA_STORAGE_CLASS);
        return name == null ? "" : name;
    }

    /**
     * Whether a claim is bound. Upstream also waits for the PV controller's {@code bind-completed} annotation; the
     * simulated cluster has no PV controller, so a claim naming its volume counts as bound.
     */
    public static boolean isBound(PersistentVolumeClaim claim) {
        String volumeName = claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
        return volumeName != null && !volumeName.isEmpty();
    }

    /**
     * Whether a claim's class binds late ({@code WaitForFirstConsumer}); a claim without class, or whose class
     * does not exist, binds at once. An unset mode is the API default, {@code Immediate}.
     */
    public static boolean isDelayBinding(PersistentVolumeClaim claim, Listers listers) {
        String className = storageClassOf(claim);
        if (className.isEmpty()) {
            return false;
        }
        StorageClass storageClass = listers.storageClass(className);
        return storageClass != null && WAIT_FOR_FIRST_CONSUMER.equals(storageClass.getVolumeBindingMode());
    }

    /** Why a claim of a pod cannot be used; its message is the status reason. */
    public static final class ClaimException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ClaimException(String message) {
            super(message, null, false, false);
        }
    }
}
