package io.pilothouse.runtime.api.rbac;

/**
 * What a request asks to do, as the apiserver's {@code authorizer.Attributes} without the user.
 *
 * @param verb            the verb ({@code get}, {@code list}, {@code create}, {@code escalate}, ...)
 * @param resourceRequest whether the request is for a resource (else for a non-resource URL)
 * @param namespace       the namespace, empty for cluster scope
 * @param apiGroup        the API group, empty for the core group
 * @param resource        the resource ({@code pods})
 * @param subresource     the subresource ({@code log}), or empty
 * @param name            the object's name, or empty
 * @param path            the URL path of a non-resource request
 */
public record Attributes(String verb, boolean resourceRequest, String namespace, String apiGroup, String resource,
        String subresource, String name, String path) {

    /** A request for a resource. */
    public static Attributes resource(String verb, String namespace, String apiGroup, String resource,
            String subresource, String name) {
        return new Attributes(verb, true, orEmpty(namespace), orEmpty(apiGroup), resource, orEmpty(subresource),
                orEmpty(name), "");
    }

    /** A request for a non-resource URL ({@code /healthz}). */
    public static Attributes nonResource(String verb, String path) {
        return new Attributes(verb, false, "", "", "", "", "", path);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
