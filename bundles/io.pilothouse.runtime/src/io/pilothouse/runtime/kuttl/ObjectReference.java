package io.pilothouse.runtime.kuttl;

/**
 * An object a test step deletes: by name, or every object of the kind in the namespace when the name is absent.
 *
 * @param namespace the namespace, {@code null} for the test's namespace
 * @param name      the name, {@code null} for every object of the kind
 */
public record ObjectReference(String apiVersion, String kind, String namespace, String name) {}
