package io.pilothouse.runtime.api.admission;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.runtime.api.Admission;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.FieldError;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * What the API server does to a create or an update before it persists it, in upstream's order: the scheme's
 * defaulting, the mutating admission plugins, the validation of the object ({@code Invalid} on errors), then the
 * validating admission plugins. The plugins of the standard chain keep the order of upstream's plugin list:
 * NamespaceLifecycle, LimitRanger, ServiceAccount, PodSecurity, Priority, DefaultTolerationSeconds,
 * DefaultStorageClass, ResourceQuota.
 */
public final class AdmissionChain implements Admission {

    private final List<MutatingAdmission> mutating;
    private final ObjectValidator validator;
    private final List<ValidatingAdmission> validating;
    private List<String> warnings = List.of();

    /** A chain of the given plugins, each phase in list order. */
    public AdmissionChain(List<MutatingAdmission> mutating, ObjectValidator validator,
            List<ValidatingAdmission> validating) {
        this.mutating = List.copyOf(mutating);
        this.validator = validator;
        this.validating = List.copyOf(validating);
    }

    /** The standard chain over a store, with a validator ({@link ObjectValidator#NONE} for none). */
    public static AdmissionChain standard(ObjectStore store, ObjectValidator validator) {
        LimitRanger limitRanger = new LimitRanger(store);
        return new AdmissionChain(
                List.of(new NamespaceLifecycle(store), limitRanger, new ServiceAccount(store), new Priority(store),
                        new DefaultTolerationSeconds(), new DefaultStorageClass(store)),
                validator, List.of(limitRanger, new PodSecurity(store), new ResourceQuota(store)));
    }

    /** Installs the standard chain in a store, which then runs it on every create and update. */
    public static AdmissionChain install(ObjectStore store, ObjectValidator validator) {
        AdmissionChain chain = standard(store, validator);
        store.setAdmission(chain);
        return chain;
    }

    /** The names of the plugins, mutating then validating. */
    public List<String> pluginNames() {
        List<String> names = new ArrayList<>();
        mutating.forEach(plugin -> names.add(plugin.name()));
        validating.forEach(plugin -> names.add(plugin.name()));
        return names;
    }

    /** The warnings of the latest request admitted or rejected. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void admitCreate(KindInfo info, EObject object) {
        admit(new AdmissionRequest(AdmissionRequest.Operation.CREATE, info, object, null));
    }

    @Override
    public void admitUpdate(KindInfo info, EObject object, EObject current) {
        admit(new AdmissionRequest(AdmissionRequest.Operation.UPDATE, info, object, current));
    }

    /**
     * Runs the chain on a request, changing its object.
     *
     * @throws io.pilothouse.runtime.api.ApiException the first rejection
     */
    public void admit(AdmissionRequest request) {
        warnings = List.of();
        try {
            Defaulting.apply(request.object());
            for (MutatingAdmission plugin : mutating) {
                plugin.admit(request);
            }
            List<FieldError> errors = validator.validate(request.object());
            if (!errors.isEmpty()) {
                throw ApiErrors.invalid(request.info().groupKind(), nameOf(request), errors);
            }
            for (ValidatingAdmission plugin : validating) {
                plugin.validate(request);
            }
        } finally {
            warnings = request.warnings();
        }
    }

    private static String nameOf(AdmissionRequest request) {
        String name = request.metadata().getName();
        return name == null ? "" : name;
    }
}
