package io.pilothouse.runtime.controllers.garbagecollector;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.Deletions;

/**
 * An object as the garbage collector's dependency graph knows it: its identity, owner references and deletion state.
 *
 * @param kind       the class the object is read and deleted through
 * @param namespace  the namespace, {@code null} for cluster scope
 * @param name       the name
 * @param uid        the uid
 * @param owners     the owner references (shared with the cached object: read only)
 * @param finalizers the finalizers (shared: read only)
 * @param beingDeleted whether {@code deletionTimestamp} is set
 */
record GraphNode(EClass kind, String namespace, String name, String uid, List<OwnerReference> owners,
        List<String> finalizers, boolean beingDeleted) {

    /** Whether the object waits in foreground deletion for its dependents. */
    boolean deletingDependents() {
        return beingDeleted && finalizers.contains(Deletions.FOREGROUND_FINALIZER);
    }

    /** Whether the object waits for its dependents to be orphaned. */
    boolean orphaningDependents() {
        return beingDeleted && finalizers.contains(Deletions.ORPHAN_FINALIZER);
    }

    /** The owner reference to an owner uid, or {@code null}. */
    OwnerReference ownerReference(String ownerUid) {
        for (OwnerReference owner : owners) {
            if (ownerUid.equals(owner.getUid())) {
                return owner;
            }
        }
        return null;
    }

    /** Whether the reference to an owner blocks its foreground deletion. */
    boolean blocks(String ownerUid) {
        OwnerReference owner = ownerReference(ownerUid);
        return owner != null && Boolean.TRUE.equals(owner.getBlockOwnerDeletion());
    }
}
