package io.pilothouse.runtime.api.admission;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

/** Reads of the store that admission plugins make, where a missing object is an answer, not a failure. */
final class StoreLookups {

    private static final int NOT_FOUND = 404;

    private StoreLookups() {}

    /** The object, or {@code null} when it does not exist. */
    static <T extends EObject> T find(ObjectStore store, EClass kind, String namespace, String name) {
        try {
            return store.get(kind, namespace, name);
        } catch (ApiException e) {
            if (e.code() == NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
