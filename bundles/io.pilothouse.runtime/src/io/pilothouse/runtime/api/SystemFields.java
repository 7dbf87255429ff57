package io.pilothouse.runtime.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Time;

/** The metadata the API server owns: filled on create, kept on update, as upstream's {@code rest} package does. */
final class SystemFields {

    private SystemFields() {}

    /** Fills the system fields of an object being created; clears the ones a client may not set. */
    static void fill(ObjectMeta meta, String uid, Time now) {
        meta.setUid(uid);
        meta.setCreationTimestamp(now);
        meta.setGeneration(1L);
        meta.setDeletionTimestamp(null);
        meta.setDeletionGracePeriodSeconds(null);
        meta.setSelfLink(null);
    }

    /**
     * Keeps the system fields of the stored object in an update (a client cannot change them) and checks that no
     * finalizer is added to an object being deleted. The generation is the caller's.
     *
     * @throws ApiException Invalid when finalizers are added to an object being deleted
     */
    static void keep(KindInfo info, ObjectMeta meta, ObjectMeta current) {
        if (current.getDeletionTimestamp() != null) {
            Set<String> added = new TreeSet<>(meta.getFinalizers());
            added.removeAll(current.getFinalizers());
            if (!added.isEmpty()) {
                throw ApiErrors.invalid(info.groupKind(), meta.getName(), List.of(FieldError.forbidden(
                        "metadata.finalizers", "no new finalizers can be added if the object is being deleted, "
                                + "found new finalizers " + FieldError.goStringSlice(List.copyOf(added)))));
            }
        }
        meta.setNamespace(current.getNamespace());
        meta.setUid(current.getUid());
        meta.setCreationTimestamp(current.getCreationTimestamp());
        meta.setDeletionTimestamp(current.getDeletionTimestamp());
        meta.setDeletionGracePeriodSeconds(current.getDeletionGracePeriodSeconds());
        meta.setSelfLink(null);
    }
}
