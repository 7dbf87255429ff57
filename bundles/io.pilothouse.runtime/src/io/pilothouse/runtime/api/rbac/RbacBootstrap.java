package io.pilothouse.runtime.api.rbac;

import java.util.List;

import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding;
import io.pilothouse.model.k8s.rbac.v1.PolicyRule;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Factory;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;
import io.pilothouse.model.k8s.rbac.v1.RoleRef;
import io.pilothouse.model.k8s.rbac.v1.Subject;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The bootstrap policy the apiserver creates at start that matters to a preview: {@code cluster-admin} bound to
 * {@code system:masters}, the discovery, public-info and basic-user roles bound to authenticated users, and the
 * service account issuer discovery role bound to all service accounts.
 * <p>
 * The controllers' roles ({@code system:controller:*}) are left out: the simulated controllers write to the store
 * directly, as the cluster admin. Upstream's controllers act as their service accounts
 * ({@code system:serviceaccount:kube-system:<controller>}), but the bootstrap policy grants each of them what it does
 * and the apiserver reconciles those roles at every start, so no controller request is ever refused; authorizing
 * them would cost every write and change no outcome.
 */
public final class RbacBootstrap {

    private static final RbacV1Factory RBAC = RbacV1Factory.eINSTANCE;
    private static final String GET = "get";

    private RbacBootstrap() {}

    /** Creates the bootstrap ClusterRoles and ClusterRoleBindings that the store does not hold yet. */
    public static void install(ObjectStore store) {
        role(store, "cluster-admin", List.of(rule(List.of("*"), List.of("*"), List.of(), List.of("*")),
                rule(List.of(), List.of(), List.of("*"), List.of("*"))), List.of(UserInfo.MASTERS));
        role(store, "system:discovery", List.of(rule(List.of(), List.of(), List.of("/api", "/api/*", "/apis",
                "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"),
                List.of(GET))), List.of(UserInfo.AUTHENTICATED));
        role(store, "system:public-info-viewer", List.of(rule(List.of(), List.of(),
                List.of("/healthz", "/livez", "/readyz", "/version", "/version/"), List.of(GET))),
                List.of(UserInfo.AUTHENTICATED, "system:unauthenticated"));
        role(store, "system:basic-user", List.of(
                rule(List.of("authorization.k8s.io"), List.of("selfsubjectaccessreviews", "selfsubjectrulesreviews"),
                        List.of(), List.of("create")),
                rule(List.of("authentication.k8s.io"), List.of("selfsubjectreviews"), List.of(), List.of("create"))),
                List.of(UserInfo.AUTHENTICATED));
        role(store, "system:service-account-issuer-discovery", List.of(rule(List.of(), List.of(),
                List.of("/.well-known/openid-configuration", "/.well-known/openid-configuration/", "/openid/v1/jwks",
                        "/openid/v1/jwks/"),
                List.of(GET))), List.of(UserInfo.SERVICE_ACCOUNTS));
    }

    private static void role(ObjectStore store, String name, List<PolicyRule> rules, List<String> groups) {
        if (store.list(RbacV1Package.Literals.CLUSTER_ROLE, null, null).stream()
                .noneMatch(existing -> name.equals(((ClusterRole) existing).getMetadata().getName()))) {
            ClusterRole role = RBAC.createClusterRole();
            role.setMetadata(metadata(name));
            role.getRules().addAll(rules);
            store.create(role);
        }
        if (store.list(RbacV1Package.Literals.CLUSTER_ROLE_BINDING, null, null).stream()
                .noneMatch(existing -> name.equals(((ClusterRoleBinding) existing).getMetadata().getName()))) {
            ClusterRoleBinding binding = RBAC.createClusterRoleBinding();
            binding.setMetadata(metadata(name));
            RoleRef roleRef = RBAC.createRoleRef();
            roleRef.setApiGroup("rbac.authorization.k8s.io");
            roleRef.setKind("ClusterRole");
            roleRef.setName(name);
            binding.setRoleRef(roleRef);
            for (String group : groups) {
                Subject subject = RBAC.createSubject();
                subject.setApiGroup("rbac.authorization.k8s.io");
                subject.setKind("Group");
                subject.setName(group);
                binding.getSubjects().add(subject);
            }
            store.create(binding);
        }
    }

    private static ObjectMeta metadata(String name) {
        ObjectMeta metadata = MetaV1Factory.eINSTANCE.createObjectMeta();
        metadata.setName(name);
        metadata.getLabels().put("kubernetes.io/bootstrapping", "rbac-defaults");
        metadata.getAnnotations().put("rbac.authorization.kubernetes.io/autoupdate", "true");
        return metadata;
    }

    private static PolicyRule rule(List<String> apiGroups, List<String> resources, List<String> urls,
            List<String> verbs) {
        PolicyRule rule = RBAC.createPolicyRule();
        rule.getApiGroups().addAll(apiGroups);
        rule.getResources().addAll(resources);
        rule.getNonResourceURLs().addAll(urls);
        rule.getVerbs().addAll(verbs);
        return rule;
    }
}
