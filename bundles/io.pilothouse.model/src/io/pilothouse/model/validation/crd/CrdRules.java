package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.Rule.Family;
import java.util.List;

/** The rules checked on custom resources against the CustomResourceDefinitions found in the input. */
public final class CrdRules {

    /** The apiVersion names a version the CustomResourceDefinition does not serve. */
    public static final Rule VERSION_NOT_SERVED = new Rule("K8S-CRD-001", Severity.ERROR, Family.SCHEMA,
            "The API version of a custom resource is not served by its CustomResourceDefinition");
    /** A field the structural schema does not declare (pruned by the API server, rejected by strict validation). */
    public static final Rule UNKNOWN_FIELD = new Rule("K8S-CRD-002", Severity.ERROR, Family.SCHEMA,
            "A field of a custom resource is not declared in the schema of its CustomResourceDefinition");
    /** A value of the wrong type or format. */
    public static final Rule TYPE = new Rule("K8S-CRD-003", Severity.ERROR, Family.SCHEMA,
            "A value of a custom resource does not have the type or format its schema declares");
    /** A required field is missing. */
    public static final Rule REQUIRED = new Rule("K8S-CRD-004", Severity.ERROR, Family.SCHEMA,
            "A field that the schema of a custom resource requires is missing");
    /** A value outside the enum of its schema. */
    public static final Rule ENUM = new Rule("K8S-CRD-005", Severity.ERROR, Family.SCHEMA,
            "A value of a custom resource is not one of the values its schema allows");
    /** A length, bound, pattern, count or uniqueness constraint of the schema is violated. */
    public static final Rule CONSTRAINT = new Rule("K8S-CRD-006", Severity.ERROR, Family.SCHEMA,
            "A value of a custom resource violates a constraint of its schema");
    /** Two items of an x-kubernetes-list-type set or map list have the same value or key. */
    public static final Rule DUPLICATE = new Rule("K8S-CRD-007", Severity.ERROR, Family.SCHEMA,
            "A list of type set or map of a custom resource holds a duplicate");
    /** The metadata of the resource or of an embedded resource is invalid. */
    public static final Rule METADATA = new Rule("K8S-CRD-008", Severity.ERROR, Family.API_SERVER,
            "The metadata, apiVersion or kind of a custom resource or embedded resource is invalid");
    /** An x-kubernetes-validations rule evaluated to false or failed. */
    public static final Rule VALIDATION_RULE = new Rule("K8S-CRD-009", Severity.ERROR, Family.API_SERVER,
            "A value of a custom resource fails an x-kubernetes-validations rule of its schema");
    /** An x-kubernetes-validations rule could not be evaluated here (unsupported function, update-only rule). */
    public static final Rule RULE_NOT_EVALUATED = new Rule("K8S-CRD-010", Severity.INFO, Family.API_SERVER,
            "An x-kubernetes-validations rule was not evaluated");
    /** Validation rules were skipped because the object already violates its schema. */
    public static final Rule RULES_SKIPPED = new Rule("K8S-CRD-011", Severity.INFO, Family.API_SERVER,
            "The x-kubernetes-validations rules were not checked because the object violates its schema");

    /** Every rule of this family, in code order. */
    public static final List<Rule> ALL = List.of(VERSION_NOT_SERVED, UNKNOWN_FIELD, TYPE, REQUIRED, ENUM, CONSTRAINT,
            DUPLICATE, METADATA, VALIDATION_RULE, RULE_NOT_EVALUATED, RULES_SKIPPED);

    private CrdRules() {}
}
