package io.pilothouse.runtime.api;

import org.eclipse.emf.ecore.EObject;

/**
 * What the store runs on a create or an update just before it persists, as the API server runs its admission chain:
 * it may change the object, and it rejects with an {@link ApiException}.
 */
public interface Admission {

    /** Admits the creation of an object whose namespace and name are set; the object may be changed. */
    void admitCreate(KindInfo info, EObject object);

    /** Admits the replacement of {@code current} (the stored object: read only) by {@code object}, which may change. */
    void admitUpdate(KindInfo info, EObject object, EObject current);
}
