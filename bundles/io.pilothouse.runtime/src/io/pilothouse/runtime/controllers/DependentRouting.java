package io.pilothouse.runtime.controllers;

import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.KindInfo;

/**
 * Routes the changes of the objects a controller manages (the pods of a ReplicaSet, StatefulSet or DaemonSet, the
 * ReplicaSets of a Deployment) to the keys of their owners, as upstream's controllers do: a dependent with a
 * controllerRef wakes that owner, and its former owner when the reference changed; an orphan wakes every owner in
 * its namespace whose selector matches it, so it can be adopted, when it appears and when its labels change.
 *
 * @param <O> the owner kind
 * @param <D> the dependent kind
 */
public final class DependentRouting<O extends EObject, D extends EObject> implements Informer.Handler<D> {

    private final Informer<O> owners;
    private final KindInfo dependents;
    private final BiPredicate<O, D> selects;
    private final Consumer<String> enqueue;

    /**
     * @param owners        the informer of the owner kind
     * @param dependentKind the kind of the dependents
     * @param selects       whether an owner's selector matches a dependent
     * @param enqueue       queues an owner's key
     */
    public DependentRouting(Informer<O> owners, EClass dependentKind, BiPredicate<O, D> selects,
            Consumer<String> enqueue) {
        this.owners = owners;
        this.dependents = KindInfo.of(dependentKind);
        this.selects = selects;
        this.enqueue = enqueue;
    }

    @Override
    public void onAdd(D dependent) {
        enqueueOwners(dependent);
    }

    @Override
    public void onUpdate(D old, D current) {
        ObjectMeta oldMeta = dependents.metadata(old);
        ObjectMeta currentMeta = dependents.metadata(current);
        OwnerReference oldRef = ControllerRefs.controllerOf(oldMeta);
        OwnerReference currentRef = ControllerRefs.controllerOf(currentMeta);
        boolean refChanged = !EcoreUtil.equals(oldRef, currentRef);
        if (refChanged && oldRef != null) {
            enqueueController(oldMeta.getNamespace(), oldRef);
        }
        if (currentRef != null) {
            enqueueController(currentMeta.getNamespace(), currentRef);
        } else if (refChanged || !Labels.same(oldMeta, currentMeta)) {
            enqueueOwners(current);
        }
    }

    @Override
    public void onDelete(D dependent) {
        ObjectMeta meta = dependents.metadata(dependent);
        enqueueController(meta.getNamespace(), ControllerRefs.controllerOf(meta));
    }

    /** Wakes the dependent's controller, or for an orphan every owner of its namespace that selects it. */
    public void enqueueOwners(D dependent) {
        ObjectMeta meta = dependents.metadata(dependent);
        OwnerReference reference = ControllerRefs.controllerOf(meta);
        if (reference != null) {
            enqueueController(meta.getNamespace(), reference);
            return;
        }
        for (O owner : owners.inNamespace(meta.getNamespace())) {
            if (selects.test(owner, dependent)) {
                enqueue.accept(Informer.key(owners.metadata(owner)));
            }
        }
    }

    /** Wakes the owner a controllerRef points at, if it is of the owner kind and still the same object. */
    public void enqueueController(String namespace, OwnerReference reference) {
        O owner = owners.controllerOf(namespace, reference);
        if (owner != null) {
            enqueue.accept(Informer.key(owners.metadata(owner)));
        }
    }
}
