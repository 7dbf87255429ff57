package io.pilothouse.runtime.controllers.statefulset;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.KindInfo;

/**
 * The owners a claim of a StatefulSet needs under {@code persistentVolumeClaimRetentionPolicy}, as upstream's
 * {@code updateClaimOwnerRefs}: with {@code whenDeleted: Delete} the set owns the claims of its pods in scale, with
 * {@code whenScaled: Delete} the pod owns its claim once its ordinal is out of scale (condemned), so the garbage
 * collector removes the claim with its owner; {@code Retain} (the default) means no such owner.
 */
final class ClaimRetention {

    static final String DELETE = "Delete";

    private ClaimRetention() {}

    /**
     * Sets the owner references of the claim.
     *
     * @return whether they changed
     */
    static boolean apply(PersistentVolumeClaim claim, StatefulSet set, EObject pod, boolean condemned) {
        StatefulSetPersistentVolumeClaimRetentionPolicy policy = set.getSpec()
                .getPersistentVolumeClaimRetentionPolicy();
        boolean whenDeleted = policy != null && DELETE.equals(policy.getWhenDeleted());
        boolean whenScaled = policy != null && DELETE.equals(policy.getWhenScaled());
        boolean ownedBySet = whenDeleted && !(whenScaled && condemned);
        boolean ownedByPod = whenScaled && condemned && pod != null;
        boolean changed = own(claim.getMetadata(), set, ownedBySet);
        if (pod != null) {
            changed |= own(claim.getMetadata(), pod, ownedByPod);
        }
        return changed;
    }

    private static boolean own(ObjectMeta claim, EObject owner, boolean owned) {
        KindInfo info = KindInfo.of(owner.eClass());
        String uid = info.metadata(owner).getUid();
        boolean present = claim.getOwnerReferences().stream().anyMatch(ref -> uid.equals(ref.getUid()));
        if (owned == present) {
            return false;
        }
        if (owned) {
            OwnerReference reference = MetaV1Factory.eINSTANCE.createOwnerReference();
            reference.setApiVersion(info.gvk().apiVersion());
            reference.setKind(info.gvk().kind());
            reference.setName(info.metadata(owner).getName());
            reference.setUid(uid);
            claim.getOwnerReferences().add(reference);
        } else {
            claim.getOwnerReferences().removeIf(ref -> uid.equals(ref.getUid()));
        }
        return true;
    }
}
