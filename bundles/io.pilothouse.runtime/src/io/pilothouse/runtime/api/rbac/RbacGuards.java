package io.pilothouse.runtime.api.rbac;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding;
import io.pilothouse.model.k8s.rbac.v1.Role;
import io.pilothouse.model.k8s.rbac.v1.RoleBinding;
import io.pilothouse.model.k8s.rbac.v1.RoleRef;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.GroupResource;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The escalation and bind guards of upstream's RBAC storage, for a write made as a user (the store itself has no
 * authentication). A user may create or update a role only with rules it holds, unless it may {@code escalate}
 * roles; and a binding only to a role whose rules it holds, unless it may {@code bind} that role. Members of
 * {@code system:masters} pass. Objects of other kinds pass.
 */
public final class RbacGuards {

    private static final String GROUP = "rbac.authorization.k8s.io";
    private static final String AGGREGATION_MESSAGE = "must have cluster-admin privileges to use the aggregationRule";

    private final RuleResolver resolver;
    private final RbacAuthorizer authorizer;

    public RbacGuards(ObjectStore store) {
        this.resolver = new RuleResolver(store, true);
        this.authorizer = new RbacAuthorizer(store);
    }

    /**
     * Checks the creation of an object by a user.
     *
     * @throws io.pilothouse.runtime.api.ApiException Forbidden with upstream's message
     */
    public void checkCreate(UserInfo user, EObject object) {
        check(user, object, "");
    }

    /**
     * Checks the update of an object by a user; {@code escalate} may then be granted for the object's name only.
     *
     * @throws io.pilothouse.runtime.api.ApiException Forbidden with upstream's message
     */
    public void checkUpdate(UserInfo user, EObject object) {
        check(user, object, null);
    }

    private void check(UserInfo user, EObject object, String requestName) {
        if (user.inGroup(UserInfo.MASTERS)) {
            return;
        }
        switch (object) {
            case Role role -> checkRole(user, "roles", role.getMetadata().getNamespace(),
                    role.getMetadata().getName(), requestName, role.getRules().stream().map(Rule::of).toList(),
                    false);
            case ClusterRole role -> checkRole(user, "clusterroles", "", role.getMetadata().getName(), requestName,
                    role.getRules().stream().map(Rule::of).toList(), role.getAggregationRule() != null
                            && !role.getAggregationRule().getClusterRoleSelectors().isEmpty());
            case RoleBinding binding -> checkBinding(user, "rolebindings", binding.getMetadata().getNamespace(),
                    binding.getMetadata().getName(), binding.getRoleRef());
            case ClusterRoleBinding binding -> checkBinding(user, "clusterrolebindings", "",
                    binding.getMetadata().getName(), binding.getRoleRef());
            default -> {
                return;
            }
        }
    }

    private void checkRole(UserInfo user, String resource, String namespace, String name, String requestName,
            List<Rule> rules, boolean aggregated) {
        String scope = namespace == null ? "" : namespace;
        String nameOfRequest = requestName == null ? name : requestName;
        if (allowed(user, "escalate", scope, resource, nameOfRequest)) {
            return;
        }
        RuleResolver.Resolved held = resolver.rulesFor(user, scope);
        String missing = Escalation.missing(user, held, rules);
        if (missing != null) {
            throw ApiErrors.forbidden(new GroupResource(GROUP, resource), name, missing);
        }
        if (aggregated && Escalation.missing(user, held, Rule.FULL_AUTHORITY) != null) {
            throw ApiErrors.forbidden(new GroupResource(GROUP, resource), name, AGGREGATION_MESSAGE);
        }
    }

    private void checkBinding(UserInfo user, String resource, String namespace, String name, RoleRef roleRef) {
        String scope = namespace == null ? "" : namespace;
        String roleResource = roleRef.getKind().toLowerCase(Locale.ROOT) + "s";
        if (allowed(user, "bind", scope, roleResource, roleRef.getName())) {
            return;
        }
        GroupResource groupResource = new GroupResource(GROUP, resource);
        List<Rule> rules;
        try {
            rules = resolver.roleReferenceRules(roleRef, scope);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.forbidden(groupResource, name, e.getMessage());
        }
        String missing = Escalation.missing(user, resolver.rulesFor(user, scope), rules);
        if (missing != null) {
            throw ApiErrors.forbidden(groupResource, name, missing);
        }
    }

    private boolean allowed(UserInfo user, String verb, String namespace, String resource, String name) {
        return authorizer.authorize(user, Attributes.resource(verb, namespace, GROUP, resource, "", name)).allowed();
    }
}
