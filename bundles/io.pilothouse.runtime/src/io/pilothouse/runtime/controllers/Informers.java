package io.pilothouse.runtime.controllers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.runtime.api.ObjectStore;

/**
 * The informers of one cluster, one per kind, as client-go's {@code SharedInformerFactory}: the first controller to
 * ask for a kind starts its informer (one cache, one watch), the others add their handlers to it.
 */
public final class Informers {

    private final ObjectStore store;
    private final Map<EClass, Informer<?>> started = new HashMap<>();

    /** The informers of the cluster of this store. */
    public Informers(ObjectStore store) {
        this.store = store;
    }

    /**
     * The informer of a kind, started on first use, with the handler added: the handler hears of every cached object
     * at once (as added, in key order), then of every change.
     */
    @SuppressWarnings("unchecked")
    <T extends EObject> Informer<T> informer(EClass kind, Informer.Handler<T> handler) {
        Informer<T> informer = (Informer<T>) started.get(kind);
        if (informer == null) {
            informer = Informer.start(store, kind, handler);
            started.put(kind, informer);
        } else {
            informer.addHandler(handler);
        }
        return informer;
    }
}
