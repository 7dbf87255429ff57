package io.pilothouse.model.validation.schema;

import java.util.List;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.Rule.Family;

/** The rules of the schema family: what the OpenAPI schema and kube-apiserver's field formats reject. */
public final class SchemaRules {

    public static final Rule MISSING_SCHEMA = rule("K8S-SCHEMA-000",
            "No schema is known for the apiVersion and kind of the resource");
    public static final Rule PROHIBITED_KIND = rule("K8S-SCHEMA-001", "The kind is rejected by the options");
    public static final Rule REQUIRED = rule("K8S-SCHEMA-002", "A required field is missing");
    public static final Rule UNSUPPORTED_VALUE = rule("K8S-SCHEMA-003", "A value is not one of the allowed values");
    public static final Rule STRING_LENGTH = rule("K8S-SCHEMA-004", "A string is shorter or longer than allowed");
    public static final Rule PATTERN = rule("K8S-SCHEMA-005", "A string does not match the schema's pattern");
    public static final Rule NUMBER_RANGE = rule("K8S-SCHEMA-006", "A number is outside the allowed range");
    public static final Rule ITEM_COUNT = rule("K8S-SCHEMA-007", "A list or map has too few or too many items");
    public static final Rule NAME = rule("K8S-SCHEMA-008", "metadata.name is missing or not a valid name");
    public static final Rule NAMESPACE = rule("K8S-SCHEMA-009", "metadata.namespace is not a valid namespace name");
    public static final Rule LABEL = rule("K8S-SCHEMA-010", "A label key or value is not valid");
    public static final Rule ANNOTATION = rule("K8S-SCHEMA-011",
            "An annotation key is not valid or the annotations are too large");
    public static final Rule PORT = rule("K8S-SCHEMA-012", "A port number or port name is not valid");
    public static final Rule QUANTITY = rule("K8S-SCHEMA-013", "A resource quantity is negative");

    /** Every rule of the family, by code. */
    public static final List<Rule> ALL = List.of(MISSING_SCHEMA, PROHIBITED_KIND, REQUIRED, UNSUPPORTED_VALUE,
            STRING_LENGTH, PATTERN, NUMBER_RANGE, ITEM_COUNT, NAME, NAMESPACE, LABEL, ANNOTATION, PORT, QUANTITY);

    private SchemaRules() {}

    private static Rule rule(String code, String summary) {
        return new Rule(code, Severity.ERROR, Family.SCHEMA, summary);
    }
}
