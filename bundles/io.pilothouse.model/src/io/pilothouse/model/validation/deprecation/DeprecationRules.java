package io.pilothouse.model.validation.deprecation;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.Rule.Family;
import java.util.List;

/** The deprecation rules: an API version v1.36 no longer serves, and one it serves with a deprecation warning. */
public final class DeprecationRules {

    public static final Rule REMOVED = new Rule("K8S-DEPRECATED-001", Severity.ERROR, Family.DEPRECATION,
            "The API version of the kind is no longer served");
    public static final Rule DEPRECATED = new Rule("K8S-DEPRECATED-002", Severity.WARNING, Family.DEPRECATION,
            "The API version of the kind is deprecated");

    /** Every rule of the family, by code. */
    public static final List<Rule> ALL = List.of(REMOVED, DEPRECATED);

    private DeprecationRules() {}
}
