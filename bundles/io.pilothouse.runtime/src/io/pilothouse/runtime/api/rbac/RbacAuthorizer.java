package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's RBAC authorizer over the roles and bindings in a store: a request is allowed when a rule of a role
 * bound to the user (directly, through a group or as a service account) allows it; otherwise RBAC has no opinion.
 */
public final class RbacAuthorizer {

    private final RuleResolver resolver;

    public RbacAuthorizer(ObjectStore store) {
        this.resolver = new RuleResolver(store, false);
    }

    /**
     * Decides a request: allowed with {@code RBAC: allowed by <binding>}, or denied with the errors met while
     * resolving roles ({@code RBAC: clusterrole.rbac.authorization.k8s.io "x" not found}) or an empty reason.
     */
    public Decision authorize(UserInfo user, Attributes request) {
        String[] allowedBy = new String[1];
        List<String> errors = new ArrayList<>();
        resolver.visitRulesFor(user, request.namespace(), (source, rule, error) -> {
            if (error != null) {
                errors.add(error);
            }
            if (rule != null && rule.allows(request)) {
                allowedBy[0] = source;
                return false;
            }
            return true;
        });
        if (allowedBy[0] != null) {
            return new Decision(true, "RBAC: allowed by " + allowedBy[0]);
        }
        return new Decision(false, errors.isEmpty() ? "" : "RBAC: " + aggregate(errors));
    }

    /** The rules a user holds in a namespace, as {@code SelfSubjectRulesReview} resolves them. */
    public List<Rule> rulesFor(UserInfo user, String namespace) {
        return resolver.rulesFor(user, namespace).rules();
    }

    /** The message of upstream's error aggregate: the one error, or all in brackets. */
    static String aggregate(List<String> errors) {
        return errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]";
    }
}
