package io.pilothouse.model.validation;

import io.pilothouse.model.io.Diagnostic.Severity;

/**
 * A validation rule: its stable code (such as {@code K8S-SCHEMA-001} or {@code LINT-LATEST-TAG}), its severity, the
 * family it belongs to, and a one-line summary for documentation and SARIF rule metadata.
 */
public record Rule(String code, Severity severity, Family family, String summary) {

    /** The levels of validation, from what the parser sees to what only a reviewer would say. */
    public enum Family {
        /** YAML syntax and decoding. */
        SYNTAX,
        /** The OpenAPI schema of a kind: fields, types, required fields, enums, formats. */
        SCHEMA,
        /** What kube-apiserver's validation rejects beyond the schema. */
        API_SERVER,
        /** References between resources across all the files given. */
        REFERENCE,
        /** Deprecated and removed API versions. */
        DEPRECATION,
        /** Best practices: accepted by the API server but probably wrong. */
        LINT
    }
}
