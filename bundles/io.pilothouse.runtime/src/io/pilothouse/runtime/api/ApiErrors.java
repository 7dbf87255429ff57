package io.pilothouse.runtime.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.Status;
import io.pilothouse.model.k8s.meta.v1.StatusCause;
import io.pilothouse.model.k8s.meta.v1.StatusDetails;

/**
 * Builds the failures of upstream's {@code k8s.io/apimachinery/pkg/api/errors} package, with its codes, reasons,
 * details and message formats. In details, {@code kind} holds the resource ({@code pods}) for resource errors and
 * the kind ({@code Pod}) for {@code Invalid}, as upstream does.
 */
public final class ApiErrors {

    /** The reason upstream gives when an update carries a stale {@code resourceVersion}. */
    public static final String OPTIMISTIC_LOCK_MESSAGE = "the object has been modified; please apply your changes to the latest version and try again";

    private static final MetaV1Factory META = MetaV1Factory.eINSTANCE;

    private ApiErrors() {}

    /** 404 NotFound: {@code pods "web" not found}. */
    public static ApiException notFound(GroupResource resource, String name) {
        return failure(404, "NotFound", resource + " " + GoStrings.quote(name) + " not found",
                details(resource.group(), resource.resource(), name));
    }

    /** 409 AlreadyExists: {@code pods "web" already exists}. */
    public static ApiException alreadyExists(GroupResource resource, String name) {
        return failure(409, "AlreadyExists", resource + " " + GoStrings.quote(name) + " already exists",
                details(resource.group(), resource.resource(), name));
    }

    /** 409 AlreadyExists when no generated name was free. */
    public static ApiException generateNameConflict(GroupResource resource, String name, int retryAfterSeconds) {
        StatusDetails details = details(resource.group(), resource.resource(), name);
        details.setRetryAfterSeconds(retryAfterSeconds);
        return failure(409, "AlreadyExists", resource + " " + GoStrings.quote(name)
                + " already exists, the server was not able to generate a unique name for the object", details);
    }

    /** 409 Conflict: {@code Operation cannot be fulfilled on pods "web": <reason>}. */
    public static ApiException conflict(GroupResource resource, String name, String reason) {
        return failure(409, "Conflict",
                "Operation cannot be fulfilled on " + resource + " " + GoStrings.quote(name) + ": " + reason,
                details(resource.group(), resource.resource(), name));
    }

    /**
     * 422 Invalid: {@code Pod "web" is invalid: <errors>}, one error as is, several in brackets, repeated messages
     * once; one status cause per error.
     */
    public static ApiException invalid(GroupKind kind, String name, List<FieldError> errors) {
        StatusDetails details = details(kind.group(), kind.kind(), name);
        Set<String> messages = new LinkedHashSet<>();
        for (FieldError error : errors) {
            details.getCauses().add(cause(error.type().causeType(), error.body(), error.field()));
            messages.add(error.toString());
        }
        String prefix = kind + " " + GoStrings.quote(name) + " is invalid";
        String message = switch (messages.size()) {
            case 0 -> prefix;
            case 1 -> prefix + ": " + messages.iterator().next();
            default -> prefix + ": [" + String.join(", ", messages) + "]";
        };
        return failure(422, "Invalid", message, details);
    }

    /** 403 Forbidden: {@code namespaces "default" is forbidden: <reason>}, without the name when it is empty. */
    public static ApiException forbidden(GroupResource resource, String name, String reason) {
        String subject = name.isEmpty() ? resource.toString() : resource + " " + GoStrings.quote(name);
        return failure(403, "Forbidden", subject + " is forbidden: " + reason,
                details(resource.group(), resource.resource(), name));
    }

    /** 429 TooManyRequests with a message and the seconds to wait. */
    public static ApiException tooManyRequests(String message, int retryAfterSeconds) {
        StatusDetails details = META.createStatusDetails();
        details.setRetryAfterSeconds(retryAfterSeconds);
        return failure(429, "TooManyRequests", message, details);
    }

    /** 405 MethodNotAllowed: {@code <action> is not supported on resources of kind "pods"}. */
    public static ApiException methodNotSupported(GroupResource resource, String action) {
        return failure(405, "MethodNotAllowed",
                action + " is not supported on resources of kind " + GoStrings.quote(resource.toString()),
                details(resource.group(), resource.resource(), ""));
    }

    /** 500 InternalError: {@code Internal error occurred: <message>}. */
    public static ApiException internal(String message) {
        StatusDetails details = META.createStatusDetails();
        details.getCauses().add(cause("", message, ""));
        return failure(500, "InternalError", "Internal error occurred: " + message, details);
    }

    /** 400 BadRequest with upstream's message and no details, as for a malformed patch. */
    public static ApiException badRequest(String message) {
        return failure(400, "BadRequest", message, null);
    }

    /**
     * 409 Conflict of a server-side apply: one {@code FieldManagerConflict} cause per conflicting field, given as
     * field path to message.
     */
    public static ApiException applyConflict(String message, List<Map.Entry<String, String>> conflicts) {
        StatusDetails details = META.createStatusDetails();
        for (Map.Entry<String, String> conflict : conflicts) {
            details.getCauses().add(cause("FieldManagerConflict", conflict.getValue(), conflict.getKey()));
        }
        return failure(409, "Conflict", message, details);
    }

    /** 500 with no reason: how upstream answers an error that is not an API status (a failed patch merge). */
    public static ApiException unknown(String message) {
        return failure(500, "", message, null);
    }

    /** Adds a cause to the details of a failure. */
    static ApiException withCause(ApiException failure, String type, String message, String field) {
        Status status = failure.status();
        status.getDetails().getCauses().add(cause(type, message, field));
        return new ApiException(status);
    }

    private static ApiException failure(int code, String reason, String message, StatusDetails details) {
        Status status = META.createStatus();
        status.setApiVersion("v1");
        status.setKind("Status");
        status.setMetadata(META.createListMeta());
        status.setStatus("Failure");
        status.setMessage(message);
        status.setReason(emptyToNull(reason));
        status.setDetails(details);
        status.setCode(code);
        return new ApiException(status);
    }

    private static StatusDetails details(String group, String kind, String name) {
        StatusDetails details = META.createStatusDetails();
        details.setName(emptyToNull(name));
        details.setGroup(emptyToNull(group));
        details.setKind(emptyToNull(kind));
        return details;
    }

    private static StatusCause cause(String type, String message, String field) {
        StatusCause cause = META.createStatusCause();
        cause.setReason(emptyToNull(type));
        cause.setMessage(emptyToNull(message));
        cause.setField(emptyToNull(field));
        return cause;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
