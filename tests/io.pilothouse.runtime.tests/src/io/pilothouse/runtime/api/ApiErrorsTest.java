package io.pilothouse.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.meta.v1.Status;
import io.pilothouse.model.k8s.meta.v1.StatusCause;

/** The failures and message formats of upstream's {@code api/errors} package. */
class ApiErrorsTest {

    private static final GroupResource PODS = new GroupResource("", "pods");
    private static final GroupResource DEPLOYMENTS = new GroupResource("apps", "deployments");
    private static final GroupResource INGRESSES = new GroupResource("networking.k8s.io", "ingresses");

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(ApiErrors.notFound(PODS, "web"), 404, "NotFound", "pods \"web\" not found",
                        null, "pods", "web"),
                Arguments.of(ApiErrors.notFound(DEPLOYMENTS, "web"), 404, "NotFound",
                        "deployments.apps \"web\" not found", "apps", "deployments", "web"),
                Arguments.of(ApiErrors.alreadyExists(PODS, "web"), 409, "AlreadyExists",
                        "pods \"web\" already exists", null, "pods", "web"),
                Arguments.of(ApiErrors.alreadyExists(INGRESSES, "site"), 409, "AlreadyExists",
                        "ingresses.networking.k8s.io \"site\" already exists", "networking.k8s.io", "ingresses",
                        "site"),
                Arguments.of(ApiErrors.generateNameConflict(PODS, "web-b4x9z", 1), 409, "AlreadyExists",
                        "pods \"web-b4x9z\" already exists, the server was not able to generate a unique name for the"
                                + " object",
                        null, "pods", "web-b4x9z"),
                Arguments.of(ApiErrors.conflict(PODS, "web", ApiErrors.OPTIMISTIC_LOCK_MESSAGE), 409, "Conflict",
                        "Operation cannot be fulfilled on pods \"web\": the object has been modified; please apply "
                                + "your changes to the latest version and try again",
                        null, "pods", "web"),
                Arguments.of(ApiErrors.forbidden(new GroupResource("", "namespaces"), "default",
                        "this namespace may not be deleted"), 403, "Forbidden",
                        "namespaces \"default\" is forbidden: this namespace may not be deleted", null, "namespaces",
                        "default"),
                Arguments.of(ApiErrors.forbidden(PODS, "", "no"), 403, "Forbidden", "pods is forbidden: no",
                        null, "pods", null),
                Arguments.of(ApiErrors.methodNotSupported(DEPLOYMENTS, "create"), 405, "MethodNotAllowed",
                        "create is not supported on resources of kind \"deployments.apps\"", "apps", "deployments",
                        null),
                Arguments.of(ApiErrors.tooManyRequests(
                        "Cannot evict pod as it would violate the pod's disruption budget.", 10), 429,
                        "TooManyRequests", "Cannot evict pod as it would violate the pod's disruption budget.", null,
                        null, null),
                Arguments.of(ApiErrors.internal("resourceVersion should not be set on objects to be created"), 500,
                        "InternalError",
                        "Internal error occurred: resourceVersion should not be set on objects to be created", null,
                        null, null),
                Arguments.of(ApiErrors.notFound(PODS, "we\"ird"), 404, "NotFound", "pods \"we\\\"ird\" not found",
                        null, "pods", "we\"ird"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void buildsUpstreamStatuses(ApiException failure, int code, String reason, String message, String group,
            String kind, String name) {
        Status status = failure.status();
        assertEquals("v1", status.getApiVersion());
        assertEquals("Status", status.getKind());
        assertEquals("Failure", status.getStatus());
        assertEquals(code, status.getCode());
        assertEquals(reason, status.getReason());
        assertEquals(message, status.getMessage());
        assertEquals(message, failure.getMessage());
        assertEquals(code, failure.code());
        assertEquals(reason, failure.reason());
        assertEquals(group, status.getDetails().getGroup());
        assertEquals(kind, status.getDetails().getKind());
        assertEquals(name, status.getDetails().getName());
    }

    @Test
    void carriesRetryAfterSeconds() {
        assertEquals(10, ApiErrors.tooManyRequests("slow down", 10).status().getDetails().getRetryAfterSeconds());
        assertEquals(1, ApiErrors.generateNameConflict(PODS, "x", 1).status().getDetails().getRetryAfterSeconds());
        assertNull(ApiErrors.notFound(PODS, "x").status().getDetails().getRetryAfterSeconds());
    }

    static Stream<Arguments> invalids() {
        FieldError name = FieldError.required("metadata.name", "name or generateName is required");
        FieldError image = FieldError.required("spec.containers[0].image", "");
        FieldError label = FieldError.invalid("metadata.labels", "a b", "must be a valid label value");
        return Stream.of(
                Arguments.of(List.of(), "Pod \"web\" is invalid"),
                Arguments.of(List.of(name),
                        "Pod \"web\" is invalid: metadata.name: Required value: name or generateName is required"),
                Arguments.of(List.of(image, label), "Pod \"web\" is invalid: [spec.containers[0].image: Required "
                        + "value, metadata.labels: Invalid value: \"a b\": must be a valid label value]"),
                Arguments.of(List.of(image, image), "Pod \"web\" is invalid: spec.containers[0].image: Required "
                        + "value"));
    }

    @ParameterizedTest
    @MethodSource("invalids")
    void aggregatesFieldErrorsAsUpstreamDoes(List<FieldError> errors, String message) {
        ApiException invalid = ApiErrors.invalid(new GroupKind("", "Pod"), "web", errors);
        assertEquals(422, invalid.code());
        assertEquals("Invalid", invalid.reason());
        assertEquals(message, invalid.getMessage());
        assertEquals("Pod", invalid.status().getDetails().getKind());
        assertEquals(errors.size(), invalid.status().getDetails().getCauses().size());
    }

    @Test
    void listsOneCausePerFieldError() {
        FieldError label = FieldError.invalid("metadata.labels", "a b", "must be a valid label value");
        StatusCause cause = ApiErrors.invalid(new GroupKind("apps", "Deployment"), "web", List.of(label))
                .status().getDetails().getCauses().get(0);
        assertEquals("FieldValueInvalid", cause.getReason());
        assertEquals("Invalid value: \"a b\": must be a valid label value", cause.getMessage());
        assertEquals("metadata.labels", cause.getField());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NOT_FOUND     | FieldValueNotFound     | \"x\" | d | Not found: \"x\": d",
            "REQUIRED      | FieldValueRequired     | \"x\" | d | Required value: d",
            "DUPLICATE     | FieldValueDuplicate    | \"x\" | '' | Duplicate value: \"x\"",
            "INVALID       | FieldValueInvalid      | 3     | d | Invalid value: 3: d",
            "NOT_SUPPORTED | FieldValueNotSupported | \"x\" | d | Unsupported value: \"x\": d",
            "FORBIDDEN     | FieldValueForbidden    | \"x\" | d | Forbidden: d",
            "TOO_LONG      | FieldValueTooLong      | \"x\" | d | Too long: d",
            "TOO_MANY      | FieldValueTooMany      | 5     | d | Too many: 5: d",
            "INTERNAL      | InternalError          | \"x\" | d | Internal error: d",
            "TYPE_INVALID  | FieldValueTypeInvalid  | 1.5   | d | Invalid value: 1.5: d",
    })
    void printsFieldErrorBodies(FieldError.Type type, String causeType, String badValue, String detail, String body) {
        FieldError error = new FieldError(type, "spec.x", badValue, detail);
        assertEquals(causeType, type.causeType());
        assertEquals(body, error.body());
        assertEquals("spec.x: " + body, error.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain         | \"plain\"",
            "a\"b          | \"a\\\"b\"",
            "back\\slash   | \"back\\\\slash\"",
    })
    void quotesAsGoDoes(String text, String quoted) {
        assertEquals("Invalid value: " + quoted, FieldError.invalid("f", text, "").body());
    }

    @Test
    void quotesControlCharactersAsGoDoes() {
        assertEquals("Invalid value: \"a\\nb\\tc\\x01\\a\"",
                FieldError.invalid("f", "a\nb\tc\u0001\u0007", "").body());
        assertEquals("[]string{\"a\", \"b\"}", FieldError.goStringSlice(List.of("a", "b")));
    }
}
