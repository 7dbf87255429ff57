package io.pilothouse.runtime.controllers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Claims objects for a controller as upstream's {@code BaseControllerRefManager.ClaimObject}: an object it controls
 * that still matches the selector is kept, one that no longer matches is released (its reference removed); an
 * orphan that matches is adopted (a controller reference added) unless the controller or the object is being
 * deleted, or a fresh read of the controller says it may not adopt. Objects controlled by others are left alone.
 */
public final class ControllerRefManager {

    private final ObjectStore store;
    private final EObject controller;
    private final String controllerUid;
    private final boolean controllerDeleting;
    private final LabelSelector selector;
    private final BooleanSupplier canAdopt;
    private Boolean adoptable;

    /**
     * @param canAdopt upstream's {@code RecheckDeletionTimestamp}: whether a fresh read of the controller has the
     *                 same uid and no deletion timestamp; asked at most once
     */
    public ControllerRefManager(ObjectStore store, EObject controller, LabelSelector selector,
            BooleanSupplier canAdopt) {
        ObjectMeta meta = KindInfo.of(controller.eClass()).metadata(controller);
        this.store = store;
        this.controller = controller;
        this.controllerUid = meta.getUid();
        this.controllerDeleting = meta.getDeletionTimestamp() != null;
        this.selector = selector;
        this.canAdopt = canAdopt;
    }

    /**
     * Claims the candidates, in order.
     *
     * @return the claimed objects, as stored after any adoption
     * @throws ApiException the first failed adoption or release, after every candidate was considered
     */
    public <T extends EObject> List<T> claim(List<T> candidates) {
        List<T> claimed = new ArrayList<>();
        ApiException failure = null;
        for (T candidate : candidates) {
            try {
                T owned = claimOne(candidate);
                if (owned != null) {
                    claimed.add(owned);
                }
            } catch (ApiException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return claimed;
    }

    private <T extends EObject> T claimOne(T candidate) {
        ObjectMeta meta = KindInfo.of(candidate.eClass()).metadata(candidate);
        boolean matches = LabelSelectors.matches(selector, LabelSelectors.labels(meta));
        OwnerReference reference = ControllerRefs.controllerOf(meta);
        if (reference != null) {
            if (!reference.getUid().equals(controllerUid)) {
                return null;
            }
            if (matches) {
                return candidate;
            }
            if (!controllerDeleting) {
                write(candidate, copyMeta -> copyMeta.getOwnerReferences()
                        .removeIf(owner -> controllerUid.equals(owner.getUid())));
            }
            return null;
        }
        if (controllerDeleting || !matches || meta.getDeletionTimestamp() != null) {
            return null;
        }
        if (adoptable == null) {
            adoptable = canAdopt.getAsBoolean();
        }
        if (!adoptable) {
            return null;
        }
        return write(candidate, copyMeta -> copyMeta.getOwnerReferences()
                .add(ControllerRefs.newControllerRef(controller)));
    }

    private <T extends EObject> T write(T candidate, Consumer<ObjectMeta> change) {
        T copy = EcoreUtil.copy(candidate);
        change.accept(KindInfo.of(copy.eClass()).metadata(copy));
        try {
            return store.update(copy);
        } catch (ApiException e) {
            if (e.code() == 404) {
                return null;
            }
            throw e;
        }
    }
}
