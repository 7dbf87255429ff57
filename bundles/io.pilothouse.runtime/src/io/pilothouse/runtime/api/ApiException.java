package io.pilothouse.runtime.api;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.meta.v1.Status;

/** A failed API call, carrying the {@code Status} the API server would answer with. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Status status;

    /** An exception for a failure status; its message is the status message. */
    public ApiException(Status status) {
        super(status.getMessage());
        this.status = status;
    }

    /** A copy of the status. */
    public Status status() {
        return EcoreUtil.copy(status);
    }

    /** The HTTP status code ({@code 404}). */
    public int code() {
        return status.getCode();
    }

    /** The machine-readable reason ({@code NotFound}). */
    public String reason() {
        return status.getReason();
    }
}
