package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding;
import io.pilothouse.model.k8s.rbac.v1.PolicyRule;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;
import io.pilothouse.model.k8s.rbac.v1.Role;
import io.pilothouse.model.k8s.rbac.v1.RoleBinding;
import io.pilothouse.model.k8s.rbac.v1.RoleRef;
import io.pilothouse.model.k8s.rbac.v1.Subject;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code DefaultRuleResolver} over the store: the rules a user holds in a namespace, from the
 * ClusterRoleBindings first and then the RoleBindings of the namespace, each binding in name order.
 */
final class RuleResolver {

    /** Receives the rules in visiting order; returns {@code false} to stop. */
    interface Visitor {

        /** A rule with the binding that grants it, or the error of a binding whose role cannot be resolved. */
        boolean visit(String source, Rule rule, String error);
    }

    /** The rules a user holds, with the errors met while resolving them. */
    record Resolved(List<Rule> rules, List<String> errors) {}

    private static final RbacV1Package RBAC = RbacV1Package.eINSTANCE;

    private final ObjectStore store;
    private final boolean storageNames;

    /**
     * A resolver over a store.
     *
     * @param storageNames whether a missing role is named as the apiserver's storage names it ({@code roles}, for
     *                     the guards) rather than as its listers do ({@code role}, for the authorizer)
     */
    RuleResolver(ObjectStore store, boolean storageNames) {
        this.store = store;
        this.storageNames = storageNames;
    }

    /** Visits the rules of the bindings that apply to a user in a namespace (empty: cluster scope only). */
    void visitRulesFor(UserInfo user, String namespace, Visitor visitor) {
        List<ClusterRoleBinding> clusterBindings = store.list(RBAC.getClusterRoleBinding(), null, null);
        for (ClusterRoleBinding binding : clusterBindings) {
            Subject subject = appliesTo(user, binding.getSubjects(), "");
            if (subject != null && !visitRole(binding.getRoleRef(), "", visitor, () -> describe("ClusterRoleBinding",
                    binding.getMetadata().getName(), binding.getRoleRef(), subject, ""))) {
                return;
            }
        }
        if (namespace.isEmpty()) {
            return;
        }
        List<RoleBinding> bindings = store.list(RBAC.getRoleBinding(), namespace, null);
        for (RoleBinding binding : bindings) {
            Subject subject = appliesTo(user, binding.getSubjects(), namespace);
            if (subject != null && !visitRole(binding.getRoleRef(), namespace, visitor, () -> describe("RoleBinding",
                    binding.getMetadata().getName() + "/" + namespace, binding.getRoleRef(), subject, namespace))) {
                return;
            }
        }
    }

    /** All the rules a user holds in a namespace. */
    Resolved rulesFor(UserInfo user, String namespace) {
        List<Rule> rules = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        visitRulesFor(user, namespace, (source, rule, error) -> {
            if (rule != null) {
                rules.add(rule);
            }
            if (error != null) {
                errors.add(error);
            }
            return true;
        });
        return new Resolved(rules, errors);
    }

    /**
     * The rules of the role a binding refers to.
     *
     * @throws IllegalArgumentException with upstream's message when the role does not exist or the kind is unknown
     */
    List<Rule> roleReferenceRules(RoleRef roleRef, String bindingNamespace) {
        List<PolicyRule> rules;
        try {
            rules = switch (roleRef.getKind()) {
                case "Role" -> store.<Role>get(RBAC.getRole(), bindingNamespace, roleRef.getName()).getRules();
                case "ClusterRole" -> store.<ClusterRole>get(RBAC.getClusterRole(), null, roleRef.getName())
                        .getRules();
                default -> throw new IllegalArgumentException(
                        "unsupported role reference kind: " + Rule.quote(roleRef.getKind()));
            };
        } catch (ApiException e) {
            String resource = roleRef.getKind().toLowerCase(Locale.ROOT) + (storageNames ? "s" : "");
            throw new IllegalArgumentException(
                    resource + ".rbac.authorization.k8s.io " + Rule.quote(roleRef.getName()) + " not found", e);
        }
        return rules.stream().map(Rule::of).toList();
    }

    private boolean visitRole(RoleRef roleRef, String namespace, Visitor visitor,
            Supplier<String> source) {
        List<Rule> rules;
        try {
            rules = roleReferenceRules(roleRef, namespace);
        } catch (IllegalArgumentException e) {
            return visitor.visit(null, null, e.getMessage());
        }
        String description = source.get();
        for (Rule rule : rules) {
            if (!visitor.visit(description, rule, null)) {
                return false;
            }
        }
        return true;
    }

    private static Subject appliesTo(UserInfo user, List<Subject> subjects, String namespace) {
        return subjects.stream().filter(subject -> appliesTo(user, subject, namespace)).findFirst().orElse(null);
    }

    private static boolean appliesTo(UserInfo user, Subject subject, String namespace) {
        return switch (subject.getKind()) {
            case "User" -> user.name().equals(subject.getName());
            case "Group" -> user.inGroup(subject.getName());
            case "ServiceAccount" -> {
                String saNamespace = subject.getNamespace() == null || subject.getNamespace().isEmpty()
                        ? namespace
                        : subject.getNamespace();
                yield !saNamespace.isEmpty()
                        && user.name().equals(UserInfo.serviceAccountName(saNamespace, subject.getName()));
            }
            default -> false;
        };
    }

    private static String describe(String bindingKind, String bindingName, RoleRef roleRef, Subject subject,
            String bindingNamespace) {
        String who = subject.getName();
        if (subject.getKind().equals("ServiceAccount")) {
            String saNamespace = subject.getNamespace() == null || subject.getNamespace().isEmpty()
                    ? bindingNamespace
                    : subject.getNamespace();
            who = subject.getName() + "/" + saNamespace;
        }
        return bindingKind + " " + Rule.quote(bindingName) + " of " + roleRef.getKind() + " "
                + Rule.quote(roleRef.getName()) + " to " + subject.getKind() + " " + Rule.quote(who);
    }
}
