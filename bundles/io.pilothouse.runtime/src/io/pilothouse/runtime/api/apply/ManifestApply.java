package io.pilothouse.runtime.api.apply;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.admission.AdmissionChain;
import io.pilothouse.runtime.api.patch.PatchType;

/**
 * Applies a manifest set to a store in {@link InstallOrder}, one object after the other, so that each is admitted
 * against the objects ranked before it (a quota or limit range of the set applies to the set's pods). Each named
 * object is applied as {@code kubectl apply --server-side} does, with the field manager {@code pilothouse}: created
 * when absent; when present, the manifest's fields are set, the fields a previous apply set and the manifest no
 * longer has are removed, and the fields others set (controllers, defaults, status) stay. An object with only a
 * {@code generateName} is created. One that is rejected (a conflict with another field manager among the reasons) is
 * reported with its status and does not stop the others.
 */
public final class ManifestApply {

    private static final int NOT_FOUND = 404;
    /** {@code kubectl apply --server-side} as the manager {@code pilothouse}, without forcing conflicts. */
    private static final PatchType APPLY = PatchType.apply("pilothouse", false);

    private final ObjectStore store;
    private final AdmissionChain admission;

    /**
     * An apply into a store.
     *
     * @param admission the chain installed in the store, whose warnings are reported, or {@code null}
     */
    public ManifestApply(ObjectStore store, AdmissionChain admission) {
        this.store = store;
        this.admission = admission;
    }

    /** Applies the objects; the result is in apply order. */
    public List<AppliedObject> apply(List<? extends EObject> objects) {
        List<AppliedObject> results = new ArrayList<>();
        for (EObject object : InstallOrder.sort(objects)) {
            results.add(applyOne(object));
        }
        return results;
    }

    private AppliedObject applyOne(EObject object) {
        KindInfo info = KindInfo.of(object.eClass());
        ObjectMeta meta = info.metadataIfSet(object);
        String name = meta == null || meta.getName() == null ? "" : meta.getName();
        String namespace = !info.namespaced()
                ? ""
                : meta == null || meta.getNamespace() == null ? "default" : meta.getNamespace();
        try {
            EObject current = existing(info, namespace, name);
            AppliedObject.Outcome outcome;
            EObject stored;
            if (name.isEmpty()) {
                stored = store.create(object);
                outcome = AppliedObject.Outcome.CREATED;
            } else {
                stored = store.patch(info.eClass(), namespace, name, APPLY, configuration(object));
                if (current == null) {
                    outcome = AppliedObject.Outcome.CREATED;
                } else {
                    boolean same = info.metadata(stored).getResourceVersion()
                            .equals(info.metadata(current).getResourceVersion());
                    outcome = same ? AppliedObject.Outcome.UNCHANGED : AppliedObject.Outcome.UPDATED;
                }
            }
            return new AppliedObject(info.gvk(), namespace, info.metadata(stored).getName(), outcome, null,
                    warnings());
        } catch (ApiException e) {
            return new AppliedObject(info.gvk(), namespace, name, AppliedObject.Outcome.FAILED, e.status(),
                    warnings());
        }
    }

    private EObject existing(KindInfo info, String namespace, String name) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return store.get(info.eClass(), namespace, name);
        } catch (ApiException e) {
            if (e.code() == NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    private static String configuration(EObject object) {
        return new ManifestWriter(KindRegistry.builtIn()).toJson(List.of(object), new UnknownFields());
    }

    private List<String> warnings() {
        return admission == null ? List.of() : admission.warnings();
    }
}
