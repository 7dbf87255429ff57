package io.pilothouse.runtime.api.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.meta.v1.Status;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.apply.ManifestApply;

/**
 * Requests made as a user through {@link AuthorizedStore}: authorized by RBAC before admission, refused with
 * upstream's 403 and message, and the escalation and bind guards on roles and bindings.
 */
class AuthorizedStoreTest {

    private static final String API = "system:serviceaccount:shop:api";
    private static final String JANE_ROLE = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: shop}
            rules: [{apiGroups: [''], resources: [%s], verbs: [get]}]
            """;
    private static final String JANE_BINDING = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: jane-%1$s, namespace: shop}
            subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: jane}]
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: %1$s}
            """;

    private final Cluster cluster = cluster();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            API  | create pod shop/web           | pods is forbidden: User "system:serviceaccount:shop:api" cannot \
            create resource "pods" in API group "" in the namespace "shop"
            API  | get secret shop/db            | secrets "db" is forbidden: User "system:serviceaccount:shop:api" \
            cannot get resource "secrets" in API group "" in the namespace "shop"
            API  | get configmap default/app     | configmaps "app" is forbidden: User \
            "system:serviceaccount:shop:api" cannot get resource "configmaps" in API group "" in the namespace \
            "default"
            jane | list node -                   | nodes is forbidden: User "jane" cannot list resource "nodes" in API \
            group "" at the cluster scope
            jane | get namespace shop            | namespaces "shop" is forbidden: User "jane" cannot get resource \
            "namespaces" in API group "" in the namespace "shop"
            jane | delete deployment shop/web    | deployments.apps "web" is forbidden: User "jane" cannot delete \
            resource "deployments" in API group "apps" in the namespace "shop"
            jane | updateStatus configmap shop/app-config | configmaps "app-config" is forbidden: User "jane" \
            cannot update resource "configmaps/status" in API group "" in the namespace "shop"
            """)
    void refusesWithUpstreamsForbiddenMessage(String who, String request, String message) {
        ApiException e = assertThrows(ApiException.class, () -> send(who, request));
        Status status = e.status();
        assertEquals(List.of(403, "Forbidden", message), List.of(status.getCode(), status.getReason(),
                status.getMessage()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            API   | create configmap shop/feature-flags
            API   | get configmap shop/app-config
            API   | list configmap shop/-
            API   | update configmap shop/app-config
            jane  | list pod shop/-
            ADMIN | delete configmap shop/app-config
            ADMIN | list node -
            """)
    void allowsWhatTheBindingsGrant(String who, String request) {
        send(who, request);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pods    | ''
            secrets | roles.rbac.authorization.k8s.io "reader" is forbidden: user "jane" \
            (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\\n\
            {APIGroups:[""], Resources:["secrets"], Verbs:["get"]}
            """)
    void roleCreationRunsTheEscalationGuard(String resources, String message) {
        assertEquals(message.replace("\\n", "\n"), outcome(() -> as("jane").create(load(JANE_ROLE.formatted(
                resources)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            view  | rolebindings.rbac.authorization.k8s.io "jane-view" is forbidden: \
            clusterroles.rbac.authorization.k8s.io "view" not found
            admin | rolebindings.rbac.authorization.k8s.io "jane-admin" is forbidden: user "jane" \
            (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\\n\
            {APIGroups:[""], Resources:["configmaps"], Verbs:["delete"]}
            """)
    void bindingCreationRunsTheBindGuard(String role, String message) {
        cluster.store().create(load("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: admin}
                rules: [{apiGroups: [''], resources: [pods], verbs: [get]}, \
                {apiGroups: [''], resources: [configmaps], verbs: [delete]}]
                """));
        assertEquals(message.replace("\\n", "\n"), outcome(() -> as("jane").create(load(JANE_BINDING.formatted(
                role)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            API   | false | 0
            jane  | false | 0
            ADMIN | true  | 2
            """)
    void rulesReviewHasThePrivilegedGroupsRulesFirst(String who, boolean privileged, int fullAuthority) {
        List<Rule> rules = as(who).rulesReview("shop");
        assertEquals(privileged, rules.get(0).resources().equals(List.of("*")));
        assertEquals(fullAuthority, rules.stream().filter(Rule.FULL_AUTHORITY.get(0)::equals).count());
    }

    private AuthorizedStore as(String who) {
        UserInfo user = switch (who) {
            case "API" -> UserInfo.impersonated(API, List.of());
            case "ADMIN" -> UserInfo.CLUSTER_ADMIN;
            default -> UserInfo.impersonated(who, List.of());
        };
        return new AuthorizedStore(cluster.store(), user);
    }

    /** Sends {@code <verb> <kind> <namespace>/<name>}, {@code -} for no name or cluster scope. */
    private void send(String who, String request) {
        String[] parts = request.split(" ");
        AuthorizedStore store = as(who);
        String[] key = parts[2].split("/");
        String namespace = key.length == 2 ? key[0] : null;
        String name = key[key.length - 1].equals("-") ? null : key[key.length - 1];
        var kind = switch (parts[1]) {
            case "pod" -> CoreV1Package.Literals.POD;
            case "secret" -> CoreV1Package.Literals.SECRET;
            case "configmap" -> CoreV1Package.Literals.CONFIG_MAP;
            case "node" -> CoreV1Package.Literals.NODE;
            case "namespace" -> CoreV1Package.Literals.NAMESPACE;
            default -> AppsV1Package.Literals.DEPLOYMENT;
        };
        switch (parts[0]) {
            case "create" -> store.create(newObject(parts[1], namespace, name));
            case "get" -> store.get(kind, namespace, name);
            case "list" -> store.list(kind, namespace, null);
            case "update" -> store.update(store.<ConfigMap>get(kind, namespace, name));
            case "updateStatus" -> store.updateStatus(cluster.store().get(kind, namespace, name));
            default -> store.delete(kind, namespace, name);
        }
    }

    private static EObject newObject(String kind, String namespace, String name) {
        String metadata = "metadata: {name: " + name + ", namespace: " + namespace + "}\n";
        return load(kind.equals("pod")
                ? "apiVersion: v1\nkind: Pod\n" + metadata + "spec: {containers: [{name: app, image: nginx}]}\n"
                : "apiVersion: v1\nkind: ConfigMap\n" + metadata);
    }

    private static String outcome(Runnable request) {
        try {
            request.run();
            return "";
        } catch (ApiException e) {
            assertEquals(403, e.code());
            return e.getMessage();
        }
    }

    private static EObject load(String yaml) {
        return new ManifestLoader(KindRegistry.builtIn())
                .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                        "request.yaml")
                .objects().get(0);
    }

    private static Cluster cluster() {
        Cluster cluster = new Cluster();
        RbacBootstrap.install(cluster.store());
        try (InputStream in = AuthorizedStoreTest.class.getResourceAsStream("/rbac/requests.yaml")) {
            new ManifestApply(cluster.store(), null)
                    .apply(new ManifestLoader(KindRegistry.builtIn()).load(in, "requests.yaml").objects());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cluster;
    }
}
