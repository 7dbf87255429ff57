package io.pilothouse.runtime.api.admission;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;

/** One create or update passing through the admission chain: the object, which plugins may change, and warnings. */
public final class AdmissionRequest {

    /** The operations that are admitted. */
    public enum Operation {
        /** A create. */
        CREATE,
        /** An update. */
        UPDATE
    }

    private final Operation operation;
    private final KindInfo info;
    private final EObject object;
    private final EObject oldObject;
    private final List<String> warnings = new ArrayList<>();

    /**
     * A request.
     *
     * @param oldObject the stored object for an update, {@code null} for a create
     */
    public AdmissionRequest(Operation operation, KindInfo info, EObject object, EObject oldObject) {
        this.operation = operation;
        this.info = info;
        this.object = object;
        this.oldObject = oldObject;
    }

    /** The operation. */
    public Operation operation() {
        return operation;
    }

    /** What the store knows of the kind. */
    public KindInfo info() {
        return info;
    }

    /** The object to admit, changed in place by mutating plugins. */
    public EObject object() {
        return object;
    }

    /** The stored object of an update, {@code null} for a create. */
    public EObject oldObject() {
        return oldObject;
    }

    /** The metadata of the object. */
    public ObjectMeta metadata() {
        return info.metadata(object);
    }

    /** The namespace of the object, {@code null} for a cluster-scoped one. */
    public String namespace() {
        return metadata().getNamespace();
    }

    /** The warnings given so far, in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Adds a warning for the client. */
    void warn(String warning) {
        warnings.add(warning);
    }

    /**
     * The Forbidden failure of an admission plugin, naming the object by name, else by generateName, else
     * {@code Unknown}, as upstream's admission errors do.
     */
    ApiException forbidden(String reason) {
        ObjectMeta meta = metadata();
        String name = meta.getName();
        if (name == null || name.isEmpty()) {
            name = meta.getGenerateName() == null || meta.getGenerateName().isEmpty()
                    ? "Unknown"
                    : meta.getGenerateName();
        }
        return ApiErrors.forbidden(info.resource(), name, reason);
    }
}
